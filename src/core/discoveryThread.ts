/**
 * Actor discovery on the other core: at 20,000 articles it reads every article for about 7 s, which a cold start
 * would otherwise add to the index build. The thread is started as soon as a build is likely (before the corpus
 * is read: it boots and loads its dictionaries meanwhile, ~1–2 s at a cold start), then gets the articles as a
 * structured clone while the calling thread builds the index; the actors come back as plain data, with the corpus
 * facts of the profile (whose topics discovery counts from its own tokens, src/timeline/discoveryTopics.ts). The result equals
 * `discoverActors` on the calling thread (`test/core/discoveryThread.test.ts`).
 */
import { Worker } from "node:worker_threads";
import { z } from "zod";
import type { Article } from "../corpus/types.js";
import type { DiscoveredActor } from "../timeline/discoverActors.js";
import type { DiscoveryInput } from "../timeline/discoveryInput.js";
import { armDeadline, type Deadline } from "../util/threadDeadline.js";
import { workerEntry } from "../util/workerEntry.js";
import type { Discovery } from "./discovery.js";
import { HELPER_THREAD_DEADLINE, scaledDeadlineMs } from "./servingLimits.js";

const DiscoveryResult = z.union([
  z.object({
    ok: z.literal(true),
    actors: z.custom<DiscoveredActor[]>((v) => Array.isArray(v) && v.every((a) => typeof a === "object" && a !== null && "id" in a && "name" in a && "aliases" in a)),
    facts: z.object({ articles: z.number(), from: z.string().nullable(), to: z.string().nullable(), people: z.array(z.string()), topics: z.array(z.string()) }),
  }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

/** A discovery thread started ahead of its articles. */
export interface DiscoveryThread {
  /**
   * Hands the thread its articles (once). Rejects when the thread failed, fails, answers nonsense or has not answered
   * within `deadlineMs` (default {@link HELPER_THREAD_DEADLINE}, scaled by the articles): then it is terminated.
   */
  discover(articles: readonly Article[], input: DiscoveryInput, deadlineMs?: number): Promise<Discovery>;
  /** Stops the thread (it will not be asked, or no longer needs to answer). */
  cancel(): void;
}

/**
 * Starts a discovery thread that waits for its articles. While it waits it does not keep the process alive, so a
 * thread that is never asked cannot hold up an exit; {@link DiscoveryThread.cancel} ends it at once.
 */
export function startDiscoveryThread(): DiscoveryThread {
  return new ThreadedDiscovery();
}

/** The actors of `articles`, discovered in a worker thread started for them. */
export function discoverInThread(articles: readonly Article[], input: DiscoveryInput, deadlineMs?: number): Promise<Discovery> {
  return startDiscoveryThread().discover(articles, input, deadlineMs);
}

class ThreadedDiscovery implements DiscoveryThread {
  private worker: Worker | null = null;
  private failure: Error | null = null;
  private asked = false;
  private deadline: Deadline | null = null;
  private pending: { resolve: (d: Discovery) => void; reject: (e: Error) => void } | null = null;

  constructor() {
    const { entry, eval: evaluate } = workerEntry(import.meta.url, "discoveryWorker");
    try {
      this.worker = new Worker(entry, { eval: evaluate, execArgv: [] });
    } catch (e) {
      this.failure = e instanceof Error ? e : new Error(String(e));
      return;
    }
    this.worker.unref();
    this.worker.once("message", (raw: unknown) => this.reply(raw));
    this.worker.once("error", (e) => this.fail(e));
    this.worker.once("exit", (code) => this.fail(new Error(`discovery worker exited (code ${code})`)));
  }

  discover(articles: readonly Article[], input: DiscoveryInput, deadlineMs = scaledDeadlineMs(HELPER_THREAD_DEADLINE, articles.length)): Promise<Discovery> {
    if (this.asked) return Promise.reject(new Error("discovery thread: asked twice"));
    this.asked = true;
    const worker = this.worker;
    if (this.failure !== null || worker === null) return Promise.reject(this.failure ?? new Error("discovery thread: not started"));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      // Asked: the process now waits for its answer.
      worker.ref();
      worker.postMessage({ articles, variants: new Map(input.variants), curated: input.curated });
      this.deadline = armDeadline("discovery worker", deadlineMs, (e) => this.fail(e));
    });
  }

  cancel(): void {
    this.fail(new Error("discovery thread: cancelled"));
  }

  private reply(raw: unknown): void {
    const parsed = DiscoveryResult.safeParse(raw);
    if (!parsed.success) this.fail(new Error("discovery worker: malformed reply"));
    else if (!parsed.data.ok) this.fail(new Error(`discovery worker: ${parsed.data.message}`));
    else {
      const { actors, facts } = parsed.data;
      this.pending?.resolve({ actors, facts });
      this.pending = null;
      this.fail(new Error("discovery thread: done"));
    }
  }

  /** Ends the thread; a caller still waiting gets `e`. */
  private fail(e: Error): void {
    this.deadline?.clear();
    this.deadline = null;
    this.failure ??= e;
    this.pending?.reject(e);
    this.pending = null;
    void this.worker?.terminate();
    this.worker = null;
  }
}
