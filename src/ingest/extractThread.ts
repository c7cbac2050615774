/**
 * Pages extracted off the calling thread, within a time budget. One warm worker (extractWorker.ts) takes the pages one
 * at a time, in the order they were asked for; a page that is not done within the budget, or whose worker ends (out
 * of memory, a crash), is that page's refusal (`extract_timeout`, `extract_failed`), and the next page gets a fresh
 * worker; once closed (the bot's stop), every page is refused. Starting one costs ~0.2 s (linkedom and Readability
 * load), so the worker is kept between pages; an idle worker does not keep the process alive. The answer is checked
 * (zod) before it is trusted.
 */
import { type ResourceLimits, Worker } from "node:worker_threads";
import { z } from "zod";
import { armDeadline, type Deadline } from "../util/threadDeadline.js";
import { workerEntry } from "../util/workerEntry.js";
import { because, type ExtractFailure, type IngestCause } from "./cause.js";
import { type ExtractResult, extractArticle } from "./extract.js";
import { EXTRACT_TIME_BUDGET_MS, EXTRACT_WORKER_HEAP_MB, EXTRACT_WORKER_START_MS } from "./limits.js";

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
  /** Closed for good (the bot's stop): every later page is refused at once. */
  private closed = false;

  constructor(options: ExtractThreadOptions = {}) {
    this.budgetMs = options.budgetMs ?? EXTRACT_TIME_BUDGET_MS;
    this.resourceLimits = options.resourceLimits ?? { maxOldGenerationSizeMb: EXTRACT_WORKER_HEAP_MB };
    this.module = options.module;
  }

  /** The page's ExtractResult; a refusal when the budget ran out or the worker ended. Rejects as extractArticle would throw. */
  readonly extract: PageExtractor = (html, pageUrl) =>
    new Promise<ExtractResult>((resolve, reject) => {
      if (this.closed) {
        resolve(failed("closed"));
        return;
      }
      this.queue.push({ id: this.nextId++, html, pageUrl, resolve, reject });
      this.pump();
    });

  /** Ends the worker for good: the page it reads, the pages waiting and every later page are refused (`extract_failed`, closed). */
  async close(): Promise<void> {
    this.closed = true;
    const running = this.running;
    this.refuseWaiting("closed");
    if (running) this.end(running, "closed", "closed");
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
      this.end(running, "ended", "out of time", { ok: false, ...because({ code: "extract_timeout", seconds: this.budgetMs / 1000 }) }),
    );
  }

  private start(): Running | null {
    const { entry, eval: evaluate } = workerEntry(import.meta.url, "extractWorker");
    let worker: Worker;
    try {
      worker = new Worker(entry, { eval: evaluate, execArgv: [], workerData: { module: this.module }, resourceLimits: this.resourceLimits });
    } catch (e) {
      this.refuseWaiting(`cannot start (${errorDetail(e)})`, "not_started");
      return null;
    }
    const running: Running = { worker, ready: false, current: null, deadline: { clear: () => undefined } };
    this.running = running;
    running.deadline = armDeadline("extraction worker start", EXTRACT_WORKER_START_MS, () => this.end(running, "not_started", "did not start"));
    worker.on("message", (raw: unknown) => this.receive(running, raw));
    // Whatever the worker threw, an Error or not: reading it must not throw on this thread.
    worker.on("error", (e: unknown) => this.end(running, outOfMemory(e) ? "out_of_memory" : "ended", errorDetail(e)));
    worker.on("exit", (code) => this.end(running, "ended", `exited (code ${code})`));
    return running;
  }

  private receive(running: Running, raw: unknown): void {
    if (this.running !== running) return;
    const reply = Reply.safeParse(raw);
    if (!reply.success) {
      this.end(running, "broken", "malformed reply");
      return;
    }
    const message = reply.data;
    if (message.kind === "ready" && running.ready) {
      // A second "ready" would clear the budget of the page it reads.
      this.end(running, "broken", "ready twice");
      return;
    }
    if (message.kind === "ready") {
      running.deadline.clear();
      running.ready = true;
    } else {
      const call = running.current;
      if (call?.id !== message.id) {
        this.end(running, "broken", "answered another page");
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
  private end(running: Running, why: ExtractFailure, detail: string, refusal = failed(why, detail)): void {
    if (this.running !== running) return;
    this.running = null;
    running.deadline.clear();
    void running.worker.terminate();
    running.current?.resolve(refusal);
    running.current = null;
    if (!running.ready) this.refuseWaiting(detail, why === "closed" ? "closed" : "not_started");
    else this.pump();
  }

  private refuseWaiting(detail: string, why: ExtractFailure = "closed"): void {
    for (const call of this.queue.splice(0)) call.resolve(failed(why, detail));
  }
}

function failed(why: ExtractFailure, detail: string = why): ExtractResult {
  return { ok: false, ...because({ code: "extract_failed", why, detail }) };
}

function outOfMemory(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
}

/** The worker's error as a refusal's detail (English, for logs): "out of memory", or its message; never throws. */
function errorDetail(e: unknown): string {
  if (outOfMemory(e)) return "out of memory";
  if (e instanceof Error) return e.message.slice(0, 160);
  try {
    return String(e).slice(0, 160);
  } catch {
    // An object whose toString throws.
    return "unknown error";
  }
}

let shared: ExtractThread | undefined;

/** The process's extraction worker, with the default budget: the ingest's default {@link PageExtractor}. */
export const extractInWorker: PageExtractor = (html, pageUrl) => {
  shared ??= new ExtractThread();
  return shared.extract(html, pageUrl);
};

/** Ends the process's extraction worker for good (the bot's stop): every later page is refused (`extract_failed`, closed). */
export async function closeExtractWorker(): Promise<void> {
  // Closed even before its first page, so that none starts a worker afterwards (a thread starts its worker lazily).
  shared ??= new ExtractThread();
  await shared.close();
}
