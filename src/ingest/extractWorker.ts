/**
 * The thread that extracts articles from pages (started by extractThread.ts): linkedom and Readability run here, so a
 * page that takes them seconds never holds up the thread that talks to Discord, and the host can end this thread
 * when a page takes longer than its time budget. It says `ready` once its modules are loaded, then answers each
 * page with `extractArticle`'s result, one page at a time, in the order they came.
 */
import { parentPort, workerData } from "node:worker_threads";
import { z } from "zod";
import { type ExtractResult, extractArticle } from "./extract.js";

const port = (() => {
  if (!parentPort) throw new Error("extractWorker: not started as a worker thread");
  return parentPort;
})();

/** Test-only: a module whose `extractArticle` runs instead of extract.ts's (a page that never ends, a crash). */
const Start = z.object({ module: z.string().optional() }).catch({});
const Page = z.object({ id: z.number().int(), html: z.string(), pageUrl: z.string().optional() });

type Extract = (html: string, pageUrl?: string) => ExtractResult;

async function extractor(module: string | undefined): Promise<Extract> {
  if (module === undefined) return extractArticle;
  const loaded: unknown = await import(module);
  const fn = typeof loaded === "object" && loaded !== null && "extractArticle" in loaded ? loaded.extractArticle : undefined;
  if (typeof fn !== "function") throw new Error(`extractWorker: ${module} has no extractArticle`);
  return fn as Extract;
}

const extract = await extractor(Start.parse(workerData ?? {}).module);

port.on("message", (raw: unknown) => {
  const page = Page.safeParse(raw);
  if (!page.success) {
    const id = typeof raw === "object" && raw !== null && "id" in raw && typeof raw.id === "number" ? raw.id : -1;
    port.postMessage({ kind: "error", id, message: `extractWorker: bad call: ${page.error.issues[0]?.message ?? "invalid"}` });
    return;
  }
  const { id, html, pageUrl } = page.data;
  try {
    port.postMessage({ kind: "result", id, result: extract(html, pageUrl) });
  } catch (e) {
    // What extractArticle throws on the calling thread, the ingest's caller gets as the same unexpected error.
    port.postMessage({ kind: "error", id, message: e instanceof Error ? e.message : String(e) });
  }
});
port.postMessage({ kind: "ready" });
