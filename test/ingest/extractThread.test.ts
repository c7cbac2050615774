/**
 * Extraction in a worker thread: the same results as on the calling thread; a page that outlasts its time budget, or
 * whose worker ends (an exit, a full heap), is that page's refusal with a code, and the ingest goes on with the next
 * pages in a fresh worker. The hostile pages are made so by test/ingest/hostileExtract.ts in the worker, so no test
 * depends on how fast the machine is: a page that never ends outlasts any budget.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/ingest/extract.js";
import { closeExtractWorker, ExtractThread, extractInline } from "../../src/ingest/extractThread.js";
import { Ingester } from "../../src/ingest/ingest.js";
import { CorpusStore } from "../../src/ingest/store.js";
import { corpusCopy, html, newsPage, paragraphsAbout, rss, startServer, type TestServer } from "./fixtures.js";
import { EXITS, FILLS_HEAP, NEVER_ENDS, READY_TWICE, THROWS, THROWS_NON_ERROR_LATER } from "./hostileExtract.js";

const HOSTILE = new URL("./hostileExtract.ts", import.meta.url).href;
/**
 * The test's budget: the page that never ends waits this long. The pages after it must extract within it in a worker
 * just started (tens of milliseconds), so it is ample rather than tight.
 */
const BUDGET_MS = 2_000;

let server: TestServer;
let corpus: { dir: string; cleanup: () => void };
const threads: ExtractThread[] = [];

function thread(options: ConstructorParameters<typeof ExtractThread>[0] = {}): ExtractThread {
  const t = new ExtractThread(options);
  threads.push(t);
  return t;
}

/** A news page of its own text; a marker of hostileExtract.ts (an HTML comment) makes it hostile. */
const page = (n: number, marker = "") =>
  newsPage({ headline: `Meldung ${n}: Gespräche über den Korridor ${n}`, outlet: "Werkblatt", datePublished: `2025-05-1${n}T09:00:00+02:00`, paragraphs: paragraphsAbout(`den Getreidekorridor Nummer ${n} bei Odessa-${n}`) }) + marker;

/** A feed of the given pages (path → HTML), ingested as the poller does: four at a time. */
async function ingestFeed(name: string, pages: Record<string, string>, extractor: ExtractThread) {
  for (const [p, body] of Object.entries(pages)) server.route(`/${name}${p}`, html(body));
  server.route(`/${name}.xml`, html(rss(Object.keys(pages).map((p) => ({ link: server.url(`/${name}${p}`), title: p }))), "application/rss+xml"));
  const ingester = new Ingester({ store: new CorpusStore(corpus.dir), extract: extractor.extract });
  return ingester.ingest([server.url(`/${name}.xml`)]);
}

beforeAll(async () => {
  server = await startServer();
  corpus = corpusCopy();
});
afterAll(async () => {
  await Promise.all([...threads.map((t) => t.close()), closeExtractWorker()]);
  await server?.close();
  corpus?.cleanup();
});

describe("GIVEN pages extracted in the worker", () => {
  it("THEN each result equals extractArticle's on this thread: an article, a refusal with what was found, a page too complex to parse", async () => {
    const t = thread();
    const pages = [
      page(1),
      newsPage({ headline: "Exklusiv", outlet: "Plusblatt", isAccessibleForFree: false, paragraphs: ["Nur für Abonnenten. Jetzt weiterlesen."] }),
      `<html><body>${"<div>".repeat(3_000)}tief${"</div>".repeat(3_000)}</body></html>`,
    ];
    for (const p of pages) expect(await t.extract(p, "https://werkblatt.example/a")).toEqual(extractArticle(p, "https://werkblatt.example/a"));
    expect((await t.extract(pages[0]!, undefined)).ok).toBe(true);
  });

  it("THEN an Ingester with the default (the worker) and one with extractInline (this thread) write the same article", async () => {
    server.route("/same", html(page(9)));
    const other = corpusCopy();
    try {
      const viaWorker = await new Ingester({ store: new CorpusStore(corpus.dir) }).ingest([server.url("/same")]);
      const inline = await new Ingester({ store: new CorpusStore(other.dir), extract: extractInline }).ingest([server.url("/same")]);
      expect(viaWorker).toEqual(inline);
      expect(viaWorker[0]?.status).toBe("added");
      const file = viaWorker[0]!.file!;
      expect(readFileSync(path.join(corpus.dir, file), "utf8")).toBe(readFileSync(path.join(other.dir, file), "utf8"));
    } finally {
      other.cleanup();
    }
  });

  it("THEN an error extractArticle throws reaches the caller as on this thread (the ingest's unexpected error), and the worker goes on", async () => {
    const t = thread({ module: HOSTILE });
    await expect(t.extract(page(2, THROWS), undefined)).rejects.toThrow("test: extraction threw");
    expect(await t.extract(page(2), undefined)).toMatchObject({ ok: true });
  });
});

describe("GIVEN a page that outlasts the time budget", () => {
  it("THEN it is refused as extract_timeout and the pages queued behind it are read by a fresh worker", async () => {
    const results = await ingestFeed("slow", { "/never": page(3, NEVER_ENDS), "/next": page(4), "/after": page(5) }, thread({ module: HOSTILE, budgetMs: BUDGET_MS }));
    expect(results.map((r) => [r.status, r.cause?.code])).toEqual([
      ["refused", "extract_timeout"],
      ["added", undefined],
      ["added", undefined],
    ]);
    expect(results[0]).toMatchObject({ url: server.url("/slow/never"), cause: { code: "extract_timeout", seconds: BUDGET_MS / 1000 }, reason: `reading the page took longer than ${BUDGET_MS / 1000} s` });
  });
});

describe("GIVEN a worker that ends while it reads a page", () => {
  it("THEN a worker that exits is that page's refusal (extract_failed), and the next page is read", async () => {
    const results = await ingestFeed("exit", { "/exits": page(6, EXITS), "/next": page(7) }, thread({ module: HOSTILE }));
    expect(results.map((r) => [r.status, r.cause])).toEqual([
      ["refused", { code: "extract_failed", why: "ended", detail: "exited (code 3)" }],
      ["added", undefined],
    ]);
  });

  it("THEN a worker out of memory is that page's refusal, not the process's end, and the next page is read", async () => {
    const t = thread({ module: HOSTILE, resourceLimits: { maxOldGenerationSizeMb: 96 } });
    // The limit holds a worker that reads pages: what fills it below is the page.
    expect(await t.extract(page(8), undefined)).toMatchObject({ ok: true });
    expect(await t.extract(page(8, FILLS_HEAP), undefined)).toEqual({ ok: false, reason: "reading the page failed (out of memory)", cause: { code: "extract_failed", why: "out_of_memory", detail: "out of memory" } });
    expect(await t.extract(page(8), undefined)).toMatchObject({ ok: true });
  });

  it("THEN a worker that throws something no Error is after its answer ends quietly, and the next page is read", async () => {
    const t = thread({ module: HOSTILE });
    // The answer and the error travel apart: on a busy thread the error may be read first, and the page is refused.
    const first = await t.extract(page(9, THROWS_NON_ERROR_LATER), undefined);
    expect(first.ok || (first.cause.code === "extract_failed" && first.cause.why === "ended"), JSON.stringify(first).slice(0, 300)).toBe(true);
    // The worker's error event carries the plain object; reading it must not throw on this thread (it would end the bot).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await t.extract(page(9), undefined)).toMatchObject({ ok: true });
  });

  it("THEN a worker that says it is ready while it reads a page is broken: the page is refused, not left without its budget", async () => {
    const t = thread({ module: HOSTILE, budgetMs: BUDGET_MS });
    expect(await t.extract(page(3, READY_TWICE), undefined)).toMatchObject({ ok: false, cause: { code: "extract_failed", why: "broken" } });
    expect(await t.extract(page(4), undefined)).toMatchObject({ ok: true });
  });
});

describe("GIVEN the extraction closed (the bot's stop)", () => {
  it("THEN the page in reading, the pages waiting and every later page are refused as closed, in German and English alike", async () => {
    const t = thread({ module: HOSTILE, budgetMs: BUDGET_MS });
    const reading = t.extract(page(3, NEVER_ENDS), undefined);
    const waiting = t.extract(page(4), undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await t.close();
    const later = await t.extract(page(5), undefined);
    for (const r of [await reading, await waiting, later]) expect(r).toMatchObject({ ok: false, cause: { code: "extract_failed", why: "closed" } });
  });
});
