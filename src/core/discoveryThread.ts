/**
 * Actor discovery on the other core: at 20,000 articles it reads every article for about 7 s, which a cold start
 * would otherwise add to the index build. The articles go to a worker thread (discoveryWorker.ts) as a structured
 * clone while the calling thread builds the index; the actors come back as plain data, with the corpus facts of the
 * profile (another pass over every text, ~2 s at 20,000 articles). The result equals
 * `discoverActors` on the calling thread (`test/core/discoveryThread.test.ts`).
 */
import { Worker } from "node:worker_threads";
import { z } from "zod";
import type { CorpusFacts } from "../corpus/profile.js";
import type { Article } from "../corpus/types.js";
import type { DiscoveredActor } from "../timeline/discoverActors.js";
import type { DiscoveryInput } from "../timeline/discoveryInput.js";
import { armDeadline } from "../util/threadDeadline.js";
import { workerEntry } from "../util/workerEntry.js";
import { HELPER_THREAD_DEADLINE, scaledDeadlineMs } from "./servingLimits.js";

const DiscoveryResult = z.union([
  z.object({
    ok: z.literal(true),
    actors: z.custom<DiscoveredActor[]>((v) => Array.isArray(v) && v.every((a) => typeof a === "object" && a !== null && "id" in a && "name" in a && "aliases" in a)),
    facts: z.object({ articles: z.number(), from: z.string().nullable(), to: z.string().nullable(), people: z.array(z.string()), topics: z.array(z.string()) }),
  }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

export interface Discovery {
  actors: DiscoveredActor[];
  /** The corpus facts (profile.ts) with the curated and the discovered actors as its people. */
  facts: CorpusFacts;
}

/** The actors of `articles`, discovered in a worker thread. Rejects when the thread fails, answers nonsense or misses its deadline. */
export function discoverInThread(articles: readonly Article[], input: DiscoveryInput, deadlineMs = scaledDeadlineMs(HELPER_THREAD_DEADLINE, articles.length)): Promise<Discovery> {
  return new Promise((resolve, reject) => {
    const { entry, eval: evaluate } = workerEntry(import.meta.url, "discoveryWorker");
    let worker: Worker;
    try {
      worker = new Worker(entry, { eval: evaluate, execArgv: [], workerData: { articles, variants: new Map(input.variants), curated: input.curated } });
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      deadline.clear();
      outcome();
      void worker.terminate();
    };
    worker.once("message", (raw: unknown) => {
      const parsed = DiscoveryResult.safeParse(raw);
      if (!parsed.success) settle(() => reject(new Error("discovery worker: malformed reply")));
      else if (parsed.data.ok) {
        const { actors, facts } = parsed.data;
        settle(() => resolve({ actors, facts }));
      } else {
        const { message } = parsed.data;
        settle(() => reject(new Error(`discovery worker: ${message}`)));
      }
    });
    worker.once("error", (e) => settle(() => reject(e)));
    worker.once("exit", (code) => settle(() => reject(new Error(`discovery worker exited (code ${code})`))));
    const deadline = armDeadline("discovery worker", deadlineMs, (e) => settle(() => reject(e)));
  });
}
