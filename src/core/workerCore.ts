/**
 * The bot's core in a worker thread (coreWorker.ts): loading, index building, snapshot writing, actor discovery
 * and timelines run there, so the main thread (the Discord gateway, timers, replies) never stalls on them. The
 * main thread holds only a handle: each lookup is a message and its answer a structured clone (well under a
 * millisecond of main-thread time). A reload starts a new worker while the old one serves; `reloadingCore`
 * swaps the handles once the new one is ready and passes, and the old worker ends when its last call is answered.
 *
 * The worker runs from the compiled `coreWorker.js` beside this file, or from `coreWorker.ts` through tsx when
 * the process runs from sources (tests, `tsx src/cli/main.ts`).
 */
import { readdir } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import type { Core } from "./core.js";
import type { Serving } from "./reloadingCore.js";
import { CORE_LOAD_DEADLINE, coreYoungGenerationMb, scaledDeadlineMs, TIMELINE_PREBUILD_MS } from "./servingLimits.js";
import { armDeadline, type Deadline } from "../util/threadDeadline.js";
import { isArticleFileName } from "../corpus/loadCorpus.js";
import { workerEntry } from "../util/workerEntry.js";
import type { CoreSummary } from "./summary.js";
import { type CallMessage, type CoreMethod, type WorkerInput, WorkerMessage } from "./workerProtocol.js";

export interface WorkerCore extends Serving {
  readonly summary: CoreSummary;
  /** Timelines the worker built before it reported ready. */
  readonly timelines: number;
  /** The worker's young generation as V8 sized it (its heap limit less its old generation), in MB: `coreYoungGenerationMb()`. */
  readonly youngGenerationMb: number;
  /** Calls sent and not yet answered (the worker answers one at a time). */
  queued(): number;
  /** The worker has ended (died, or terminated once retired): it answers nothing more. */
  readonly ended: boolean;
  /** Ends the worker once its running calls are answered (a reload replaced it). */
  retire(): void;
  /** Ends the worker now; running calls fail. Not an exit (`onExit`): the caller ends it. */
  terminate(): Promise<void>;
}

export interface WorkerCoreOptions {
  corpusDir: string;
  cacheDir: string | null;
  timelineBudgetMs?: number;
  /** Progress lines of the load (snapshot loaded or built and saved, timelines). */
  log?: (message: string) => void;
  /** The worker ended while serving (a crash, out of memory): its calls fail until a reload replaces it. */
  onExit?: (reason: string) => void;
  /** Each answered call with its times (the bot logs the slow ones at debug level). */
  onCall?: (timing: CallTiming) => void;
  /**
   * How long the worker may take to be ready before it is terminated and the start rejected (default: scaled by the
   * folder's article files, {@link CORE_LOAD_DEADLINE}).
   */
  deadlineMs?: number;
}

/** Where a call's time went: waiting in the worker, running there, and the rest (messages both ways, this thread's event loop). */
export interface CallTiming {
  method: CoreMethod;
  /** From the call to its result's arrival on this thread. */
  roundTripMs: number;
  queuedMs: number;
  runMs: number;
  /** Round trip minus queued and run: posting, cloning and delivering the call and its result. */
  deliveryMs: number;
}

type Result<K extends CoreMethod> = Awaited<ReturnType<Core[K]>>;

/** How to start the worker: the compiled `coreWorker.js`, or `coreWorker.ts` through tsx (see workerEntry.ts). */
export function coreWorkerEntry(): { entry: URL | string; eval: boolean } {
  return workerEntry(import.meta.url, "coreWorker");
}

/** Starts a worker on the corpus; resolves once it serves, rejects with the load's one-line error. */
export function startCoreWorker(opts: WorkerCoreOptions): Promise<WorkerCore> {
  const { entry, eval: evaluate } = coreWorkerEntry();
  const input: WorkerInput = { corpusDir: opts.corpusDir, cacheDir: opts.cacheDir, timelineBudgetMs: opts.timelineBudgetMs ?? TIMELINE_PREBUILD_MS };
  // No inherited Node options: the bootstrap loads tsx where needed. The young generation is the worker's own: a
  // larger one keeps garbage collection out of most answers (CORE_SEMI_SPACE_MB). A process-wide
  // --max-semi-space-size (NODE_OPTIONS) overrides it; the worker reports what V8 gives it (`youngGenerationMb`).
  const worker = new Worker(entry, { workerData: input, eval: evaluate, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: coreYoungGenerationMb() } });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; method: CoreMethod; sent: number }>();
  let nextId = 0;
  let state: "starting" | "serving" | "retiring" | "ended" = "starting";

  return new Promise<WorkerCore>((resolveStart, rejectStart) => {
    let deadline: Deadline | undefined;
    const end = (reason: string) => {
      const was = state;
      if (was === "ended") return;
      state = "ended";
      deadline?.clear();
      if (was === "starting") rejectStart(new Error(reason));
      if (was === "serving") opts.onExit?.(reason);
      for (const call of pending.values()) call.reject(new Error(reason));
      pending.clear();
    };
    const endIfRetired = () => {
      if (state === "retiring" && pending.size === 0) void worker.terminate();
    };

    function request<K extends CoreMethod>(method: K, args: unknown[]): Promise<Result<K>> {
      if (state === "ended" || state === "starting") return Promise.reject(new Error("core worker is not serving"));
      const id = nextId++;
      return new Promise<Result<K>>((resolve, reject) => {
        // A running call keeps the process alive; an idle worker does not (see "ready").
        if (pending.size === 0) worker.ref();
        pending.set(id, { resolve: (value) => resolve(value as Result<K>), reject, method, sent: performance.now() });
        // The worker checks the call with zod (CallMessage); the types here keep it well-formed.
        worker.postMessage({ id, method, args } as CallMessage);
      });
    }

    worker.on("message", (raw: unknown) => {
      const parsed = WorkerMessage.safeParse(raw);
      if (!parsed.success) {
        opts.log?.(`core worker: unexpected message (${parsed.error.issues[0]?.message ?? "invalid"})`);
        return;
      }
      const message = parsed.data;
      switch (message.type) {
        case "log":
          opts.log?.(message.message);
          return;
        case "failed":
          end(message.message);
          void worker.terminate();
          return;
        case "ready": {
          if (state !== "starting") return;
          state = "serving";
          deadline?.clear();
          // Running calls and the bot's own handles keep the process alive; an idle worker must not.
          worker.unref();
          const summary = message.summary;
          const timelines = message.timelines;
          resolveStart({
            summary,
            timelines,
            youngGenerationMb: message.youngGenerationMb,
            ask: (question) => request("ask", [question]),
            timeline: (actor, query) => request("timeline", query === undefined ? [actor] : [actor, query]),
            source: (idOrFile) => request("source", [idOrFile]),
            actorChoices: (prefix) => request("actorChoices", [prefix]),
            articleChoices: (query) => request("articleChoices", [query]),
            // Known since "ready": no round trip to the worker.
            stats: () => ({ articles: summary.articleFiles.length, passages: summary.passages }),
            profile: () => message.profile,
            queued: () => pending.size,
            get ended() {
              return state === "ended";
            },
            retire() {
              if (state !== "serving") return;
              state = "retiring";
              endIfRetired();
            },
            async terminate() {
              // Ended on purpose (the process stops): no `onExit`, which is for a worker that dies while serving and
              // would have the bot reload the whole corpus on its way out.
              if (state === "serving") state = "retiring";
              end("core worker terminated");
              await worker.terminate();
            },
          });
          return;
        }
        case "result": {
          const call = pending.get(message.id);
          if (!call) return;
          pending.delete(message.id);
          if (opts.onCall) {
            const roundTripMs = performance.now() - call.sent;
            const queuedMs = message.queuedMs ?? 0;
            const runMs = message.runMs ?? 0;
            opts.onCall({ method: call.method, roundTripMs, queuedMs, runMs, deliveryMs: roundTripMs - queuedMs - runMs });
          }
          if (message.ok) call.resolve(message.value);
          else call.reject(new Error(message.message ?? "core worker: call failed"));
          if (pending.size === 0) worker.unref();
          endIfRetired();
          return;
        }
      }
    });
    worker.on("error", (error) => end(`core worker failed: ${error.message}`));
    worker.on("exit", (code) => end(`core worker exited (code ${code})`));
    // A worker that never gets ready (hung) would stall the start, or the reload and every one queued behind it.
    void deadlineFor(opts).then((ms) => {
      if (state !== "starting") return;
      deadline = armDeadline("core worker (loading the corpus)", ms, (error) => {
        end(error.message);
        void worker.terminate();
      });
    });
  });
}

/** The load's deadline: given, or scaled by the article files in the folder (none readable: the base). */
async function deadlineFor(opts: WorkerCoreOptions): Promise<number> {
  if (opts.deadlineMs !== undefined) return opts.deadlineMs;
  const names = await readdir(opts.corpusDir).catch(() => [] as string[]);
  return scaledDeadlineMs(CORE_LOAD_DEADLINE, names.filter(isArticleFileName).length);
}
