/**
 * Timeline pictures drawn off the main thread: one worker (chartWorker.ts) per process, started on first use
 * or by `warmChartThread()` at bot start, so the Discord thread only hands over the timeline (a structured
 * clone, well under a millisecond for hundreds of events) and gets the PNG back. An idle worker does not keep
 * the process alive; a worker that dies is replaced on the next call.
 */
import { Worker } from "node:worker_threads";
import { z } from "zod";
import { workerEntry } from "../../util/workerEntry.js";
import type { Timeline } from "../../timeline/types.js";
import type { Lang } from "../locale.js";

const ChartResult = z.union([
  z.object({ id: z.number().int(), ok: z.literal(true), png: z.instanceof(Uint8Array) }),
  z.object({ id: z.number().int(), ok: z.literal(false), message: z.string() }),
]);

interface ChartThread {
  png(timeline: Timeline, lang: Lang): Promise<Buffer>;
  close(): Promise<void>;
}

function startChartThread(onEnd: () => void): ChartThread {
  const { entry, eval: evaluate } = workerEntry(import.meta.url, "chartWorker");
  const worker = new Worker(entry, { eval: evaluate, execArgv: [] });
  worker.unref();
  const pending = new Map<number, { resolve: (png: Buffer) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let ended = false;
  const end = (reason: string) => {
    if (ended) return;
    ended = true;
    onEnd();
    for (const call of pending.values()) call.reject(new Error(reason));
    pending.clear();
  };
  worker.on("message", (raw: unknown) => {
    const parsed = ChartResult.safeParse(raw);
    if (!parsed.success) return;
    const call = pending.get(parsed.data.id);
    if (!call) return;
    pending.delete(parsed.data.id);
    if (pending.size === 0) worker.unref();
    if (parsed.data.ok) call.resolve(Buffer.from(parsed.data.png.buffer, parsed.data.png.byteOffset, parsed.data.png.byteLength));
    else call.reject(new Error(parsed.data.message));
  });
  worker.on("error", (e) => end(`chart worker failed: ${e.message}`));
  worker.on("exit", (code) => end(`chart worker exited (code ${code})`));
  return {
    png(timeline, lang) {
      if (ended) return Promise.reject(new Error("chart worker ended"));
      const id = nextId++;
      return new Promise<Buffer>((resolve, reject) => {
        if (pending.size === 0) worker.ref();
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, lang, timeline });
      });
    },
    async close() {
      end("chart worker closed");
      await worker.terminate();
    },
  };
}

let shared: ChartThread | undefined;

function chartThread(): ChartThread {
  shared ??= startChartThread(() => {
    shared = undefined;
  });
  return shared;
}

/** The PNG of `timelinePng(timeline, lang)`, drawn in the chart worker. */
export function timelinePngOffThread(timeline: Timeline, lang: Lang): Promise<Buffer> {
  return chartThread().png(timeline, lang);
}

/** Starts the chart worker now (it loads its libraries while idle), so the first /timeline does not wait for that. */
export function warmChartThread(): void {
  chartThread();
}

/** Ends the chart worker (the bot's stop); the next picture starts a new one. */
export async function closeChartThread(): Promise<void> {
  const thread = shared;
  shared = undefined;
  await thread?.close();
}
