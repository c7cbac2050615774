/**
 * Pages extracted off the calling thread, within a time budget. One warm worker (extractWorker.ts) takes the pages one
 * at a time, in the order they were asked for; a page that is not done within the budget, or whose worker ends (out
 * of memory, a crash), is that page's refusal (`extract_timeout`, `extract_failed`), and the next page gets a fresh
 * worker. Starting one costs ~0.2 s (linkedom and Readability load), so the worker is kept between pages; an idle
 * worker does not keep the process alive. The answer is checked (zod) before it is trusted.
 */
import { type ResourceLimits, Worker } from "node:worker_threads";
import { z } from "zod";
import { armDeadline, type Deadline } from "../util/threadDeadline.js";
import { workerEntry } from "../util/workerEntry.js";
import { because, type IngestCause } from "./cause.js";
import { type ExtractResult, extractArticle } from "./extract.js";
import { EXTRACT_TIME_BUDGET_MS, EXTRACT_WORKER_HEAP_MB } from "./limits.js";

/** How the ingest turns a page's HTML into an article: {@link extractInline} or an {@link ExtractThread}'s `extract`. */
export type PageExtractor = (html: string, pageUrl: string | undefined) => Promise<ExtractResult>;

/** extractArticle on the calling thread, without a time budget (tests of the extraction itself). */
export const extractInline: PageExtractor = async (html, pageUrl) => extractArticle(html, pageUrl);

export interface ExtractThreadOptions {
  /** How long one page may take once handed to a started worker. Default {@link EXTRACT_TIME_BUDGET_MS}. */
  budgetMs?: number;
  /** The worker's heap. Default: {@link EXTRACT_WORKER_HEAP_MB} of old generation. */
  resourceLimits?: ResourceLimits;
  /** Test-only: the URL of a module whose `extractArticle` the worker runs instead of extract.ts's. */
  module?: string;
}

/** How long a worker may take to load its modules before the pages waiting for it are refused. */
const START_DEADLINE_MS = 60_000;

const text = z.string().optional();
const Article = z.object({ title: text, outlet: text, url: text, author: text, published: text, publishedAt: text, publishedMonth: text, paragraphs: z.array(z.string()) });
/** A cause's context is the worker's own plain data; its code is checked to be there. */
const Cause = z.custom<IngestCause>((v) => typeof v === "object" && v !== null && "code" in v && typeof v.code === "string");
const Result = z.union([
  z.object({ ok: z.literal(true), article: Article }),
  z.object({ ok: z.literal(false), reason: z.string(), cause: Cause, article: Article.partial().optional() }),
]);
const Reply = z.union([
  z.object({ kind: z.literal("ready") }),
  z.object({ kind: z.literal("result"), id: z.number().int(), result: Result }),
  z.object({ kind: z.literal("error"), id: z.number().int(), message: z.string() }),
]);

interface Call {
  id: number;
  html: string;
  pageUrl: string | undefined;
  resolve: (r: ExtractResult) => void;
  reject: (e: Error) => void;
}

interface Running {
  worker: Worker;
  ready: boolean;
  /** The page the worker has, and its budget (or, before `ready`, the start's deadline). */
  current: Call | null;
  deadline: Deadline;
}

export class ExtractThread {
  private readonly budgetMs: number;
  private readonly resourceLimits: ResourceLimits;
  private readonly module: string | undefined;
  private readonly queue: Call[] = [];
  private running: Running | null = null;
  private nextId = 0;

  constructor(options: ExtractThreadOptions = {}) {
    this.budgetMs = options.budgetMs ?? EXTRACT_TIME_BUDGET_MS;
    this.resourceLimits = options.resourceLimits ?? { maxOldGenerationSizeMb: EXTRACT_WORKER_HEAP_MB };
    this.module = options.module;
  }

  /** The page's ExtractResult; a refusal when the budget ran out or the worker ended. Rejects as extractArticle would throw. */
  readonly extract: PageExtractor = (html, pageUrl) =>
    new Promise<ExtractResult>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, html, pageUrl, resolve, reject });
      this.pump();
    });

  /** Ends the worker; pages still waiting are refused (`extract_failed`). The next page starts a new one. */
  async close(): Promise<void> {
    const running = this.running;
    this.refuseWaiting("closed");
    if (running) this.end(running, "closed");
    await running?.worker.terminate();
  }

  /** Hands the next page to the worker when it is free, starting one when there is none. */
  private pump(): void {
    if (this.queue.length === 0) return;
    const running = this.running ?? this.start();
    if (!running?.ready || running.current) return;
    const call = this.queue.shift()!;
    running.current = call;
    running.worker.ref();
    running.worker.postMessage({ id: call.id, html: call.html, pageUrl: call.pageUrl });
    running.deadline = armDeadline("extraction worker", this.budgetMs, () =>
      this.end(running, "out of time", { ok: false, ...because({ code: "extract_timeout", seconds: this.budgetMs / 1000 }) }),
    );
  }

  private start(): Running | null {
    const { entry, eval: evaluate } = workerEntry(import.meta.url, "extractWorker");
    let worker: Worker;
    try {
      worker = new Worker(entry, { eval: evaluate, execArgv: [], workerData: { module: this.module }, resourceLimits: this.resourceLimits });
    } catch (e) {
      this.refuseWaiting(`cannot start (${e instanceof Error ? e.message : String(e)})`);
      return null;
    }
    const running: Running = { worker, ready: false, current: null, deadline: { clear: () => undefined } };
    this.running = running;
    running.deadline = armDeadline("extraction worker start", START_DEADLINE_MS, () => this.end(running, "did not start"));
    worker.on("message", (raw: unknown) => this.receive(running, raw));
    worker.on("error", (e) => this.end(running, errorDetail(e)));
    worker.on("exit", (code) => this.end(running, `exited (code ${code})`));
    return running;
  }

  private receive(running: Running, raw: unknown): void {
    if (this.running !== running) return;
    const reply = Reply.safeParse(raw);
    if (!reply.success) {
      this.end(running, "malformed reply");
      return;
    }
    const message = reply.data;
    if (message.kind === "ready") {
      running.deadline.clear();
      running.ready = true;
    } else {
      const call = running.current;
      if (call?.id !== message.id) {
        this.end(running, "answered another page");
        return;
      }
      running.deadline.clear();
      running.current = null;
      if (message.kind === "result") call.resolve(message.result);
      else call.reject(new Error(message.message));
    }
    if (this.queue.length === 0) running.worker.unref();
    this.pump();
  }

  /**
   * Terminates `running` (once). Its page gets `refusal`; when it ended before it was ready, so does every waiting page
   * (a worker that cannot start would fail them all, again and again); otherwise they go to a fresh worker.
   */
  private end(running: Running, detail: string, refusal = failed(detail)): void {
    if (this.running !== running) return;
    this.running = null;
    running.deadline.clear();
    void running.worker.terminate();
    running.current?.resolve(refusal);
    running.current = null;
    if (!running.ready) this.refuseWaiting(detail);
    else this.pump();
  }

  private refuseWaiting(detail: string): void {
    for (const call of this.queue.splice(0)) call.resolve(failed(detail));
  }
}

function failed(detail: string): ExtractResult {
  return { ok: false, ...because({ code: "extract_failed", detail }) };
}

/** The worker's error as a refusal's detail: "out of memory", or its message. */
function errorDetail(e: Error): string {
  if ((e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY") return "out of memory";
  return e.message.slice(0, 160);
}

let shared: ExtractThread | undefined;

/** The process's extraction worker, with the default budget: the ingest's default {@link PageExtractor}. */
export const extractInWorker: PageExtractor = (html, pageUrl) => {
  shared ??= new ExtractThread();
  return shared.extract(html, pageUrl);
};

/** Ends the process's extraction worker (the bot's stop); the next page starts a new one. */
export async function closeExtractWorker(): Promise<void> {
  await shared?.close();
}
