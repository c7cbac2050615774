/**
 * The index build's second thread (started by shardedBuild.ts): it splits and tokenizes its run of the articles and
 * posts that shard back; then it receives the rest of the decompounder's corpus words and a list of raw tokens, and
 * posts their terms, found with an analyzer equal to the calling thread's (same variants, lemmas and dictionary).
 */
import { parentPort, workerData } from "node:worker_threads";
import { z } from "zod";
import { Analyzer } from "../analysis/analyzer.js";
import type { Article } from "../corpus/types.js";
import { analyzeTokens, shardOf } from "./buildShard.js";

const port = (() => {
  if (!parentPort) throw new Error("buildWorker: not started as a worker thread");
  return parentPort;
})();

const strings = z.custom<string[]>((v) => Array.isArray(v) && v.every((s) => typeof s === "string"));

/** The envelope is checked; the articles are the corpus's plain-data model, passed on as they came. */
const BuildCall = z.object({
  articles: z.custom<Article[]>((v) => Array.isArray(v) && v.every((a) => typeof a === "object" && a !== null && "text" in a && "id" in a)),
  variants: z.map(z.string(), z.string()),
  lemmas: z.custom<Map<string, string>>((v) => v instanceof Map),
  lexiconWords: strings,
});

const AnalyzeCall = z.object({ words: strings, raws: strings });

/** The buffers behind typed arrays, to transfer instead of copy. */
function buffersOf(arrays: Int32Array[]): ArrayBuffer[] {
  return arrays.map((a) => a.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

const fail = (e: unknown) => port.postMessage({ kind: "error", message: e instanceof Error ? e.message : String(e) });

try {
  const call = BuildCall.parse(workerData);
  const shard = shardOf(call.articles);
  const words = shard.words;
  port.postMessage({ kind: "shard", shard }, buffersOf([shard.passages, shard.sentenceStarts, shard.sentenceBounds, shard.stream, shard.starts]));
  port.once("message", (raw: unknown) => {
    try {
      const request = AnalyzeCall.parse(raw);
      const dictionary = new Set(call.lexiconWords);
      for (const w of request.words) dictionary.add(w);
      for (const w of words) dictionary.add(w);
      const analyzed = analyzeTokens(new Analyzer({ variants: call.variants, dictionary, lemmas: call.lemmas }), request.raws);
      port.postMessage({ kind: "terms", analyzed }, buffersOf([analyzed.ids, analyzed.ends]));
    } catch (e) {
      fail(e);
    }
  });
} catch (e) {
  fail(e);
}
