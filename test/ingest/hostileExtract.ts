/**
 * Test-only extraction for the extraction worker (`ExtractThread`'s `module` option): a page carrying one of these
 * markers never ends, ends its thread or fills its heap, as a hostile page or a bug could; any other page is
 * extract.ts's. Runs in the worker thread, so the markers, not a mock, decide.
 */
import { parentPort } from "node:worker_threads";
import { type ExtractResult, extractArticle as extractReal } from "../../src/ingest/extract.js";
import { HANG_GUARD_MS } from "../support/hangGuard.js";

export const NEVER_ENDS = "<!-- test: never ends -->";
export const EXITS = "<!-- test: exits -->";
export const FILLS_HEAP = "<!-- test: fills the heap -->";
export const THROWS = "<!-- test: throws -->";
/** Answers, then throws a value that is no Error outside any call (a stray timer of a library would). */
export const THROWS_NON_ERROR_LATER = "<!-- test: throws a non-Error later -->";
/** Says "ready" again while it reads the page, then never ends. */
export const READY_TWICE = "<!-- test: ready twice -->";

export function extractArticle(html: string, pageUrl?: string): ExtractResult {
  if (html.includes(NEVER_ENDS)) {
    // Busy, as a parser stuck in a page is; the guard only keeps a broken test from spinning for ever.
    const until = Date.now() + HANG_GUARD_MS;
    while (Date.now() < until);
  }
  if (html.includes(EXITS)) process.exit(3);
  if (html.includes(FILLS_HEAP)) {
    const kept: number[][] = [];
    for (;;) kept.push(new Array<number>(100_000).fill(kept.length));
  }
  if (html.includes(THROWS)) throw new Error("test: extraction threw");
  if (html.includes(THROWS_NON_ERROR_LATER)) {
    setTimeout(() => {
      throw { weird: true };
    }, 50);
  }
  if (html.includes(READY_TWICE)) {
    parentPort?.postMessage({ kind: "ready" });
    const until = Date.now() + HANG_GUARD_MS;
    while (Date.now() < until);
  }
  return extractReal(html, pageUrl);
}
