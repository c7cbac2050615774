/**
 * The messages between the main thread and a core worker (coreWorker.ts), checked with zod where they arrive.
 * Main → worker: the corpus to load (workerData) and calls of the five lookups. Worker → main: progress lines,
 * ready (with the corpus summary) or failed, and one result per call. Results are the core's plain-data models
 * (Answer, TimelineResult, SourceResult, Choice[]) as structured clones; only their envelope is checked here.
 */
import { z } from "zod";
import type { CorpusProfile } from "../corpus/profile.js";
import type { ServingCore } from "./core.js";
import type { CoreSummary } from "./summary.js";

export const WorkerInput = z.object({
  corpusDir: z.string().min(1),
  /** Snapshot cache folder, or null for none. */
  cacheDir: z.string().min(1).nullable(),
  /** Budget for timelines built before ready (ms). */
  timelineBudgetMs: z.number().int().nonnegative(),
});
export type WorkerInput = z.infer<typeof WorkerInput>;

const text = z.string();
const timelineQuery = z.object({ from: z.string().optional(), to: z.string().optional(), with: z.string().optional() }).strict();

export const CallMessage = z.discriminatedUnion("method", [
  z.object({ id: z.number().int(), method: z.literal("ask"), args: z.tuple([text]) }),
  z.object({ id: z.number().int(), method: z.literal("timeline"), args: z.union([z.tuple([text]), z.tuple([text, timelineQuery])]) }),
  z.object({ id: z.number().int(), method: z.literal("source"), args: z.tuple([text]) }),
  z.object({ id: z.number().int(), method: z.literal("actorChoices"), args: z.tuple([text]) }),
  z.object({ id: z.number().int(), method: z.literal("articleChoices"), args: z.tuple([text]) }),
  z.object({ id: z.number().int(), method: z.literal("stats"), args: z.tuple([]) }),
  z.object({ id: z.number().int(), method: z.literal("profile"), args: z.tuple([]) }),
]);
export type CallMessage = z.infer<typeof CallMessage>;
export type CoreMethod = keyof ServingCore;

export const WorkerMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("log"), message: z.string() }),
  z.object({
    type: z.literal("ready"),
    summary: z.custom<CoreSummary>((v) => typeof v === "object" && v !== null),
    /** Computed at load in the worker, so examples and the abstention text cost the main thread nothing. */
    profile: z.custom<CorpusProfile>((v) => typeof v === "object" && v !== null),
    timelines: z.number().int(),
    /** The worker's young generation as V8 sizes it, in MB (its heap limit less its old generation). */
    youngGenerationMb: z.number(),
  }),
  z.object({ type: z.literal("failed"), message: z.string() }),
  /** ok: `value` is the method's return value; otherwise `message` says what it threw. */
  z.object({
    type: z.literal("result"),
    id: z.number().int(),
    ok: z.boolean(),
    value: z.unknown().optional(),
    message: z.string().optional(),
    /** How long the call waited in the worker, and ran there (ms). */
    queuedMs: z.number().optional(),
    runMs: z.number().optional(),
  }),
]);
export type WorkerMessage = z.infer<typeof WorkerMessage>;
