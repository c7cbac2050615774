/**
 * The index built on two threads (a build worker splits, tokenizes and analyzes part of the corpus) equals the
 * one-thread build byte for byte in its snapshot, whatever the shares of the two threads, and when the worker
 * fails (its part is then built in the calling thread).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type Lexicon, loadLexicon } from "../../src/analysis/lexicon.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { parseArticle } from "../../src/corpus/parseArticle.js";
import type { Article } from "../../src/corpus/types.js";
import { createEngine, type Engine, engineFromArticles, engineInShards } from "../../src/search/engine.js";
import { encodeSnapshot } from "../../src/search/snapshot/codec.js";
import { syntheticArticles } from "../../bench/synthetic.js";
import { CORPUS_DIR, SEED_FILES, tempCorpus } from "../fixtures/corpus.js";

/** Texts whose tokens are unusual: surrogate pairs, lone surrogates, marks, invisible characters, over-long tokens, headings. */
const ODD_TEXTS = [
  "Überschrift ohne Punkt\n\nDer US-Außenminister sprach mit 𝐀𝐁𝐂-Vertretern über 30-tägige Waffenruhe\u00AD-Pläne.\n\n" + `${"x".repeat(80)} Ka\u0301rol Wei\u00ADter.`,
  "Zwischentitel\n\nLawrow’s Kollege \uD800 sagte, die G-7-Länder seien 😀 bereit. Selenskyj traf Lawrow in Dschidda.\n\nNoch ein Absatz mit Kiew und Kyiv.",
];

function snapshotBytes(engine: Engine): Buffer[] {
  return encodeSnapshot({ index: engine.index, corpusProblems: [] }).map(([, bytes]) => Buffer.from(bytes));
}

describe("engineInShards", () => {
  let lexicon: Lexicon;
  let articles: Article[];
  let single: Buffer[];

  beforeAll(async () => {
    lexicon = (await loadLexicon(CORPUS_DIR)).lexicon;
    const odd = ODD_TEXTS.map((text, i) => {
      const parsed = parseArticle(`90${i}_odd.txt`, new TextEncoder().encode(text));
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed.article;
    });
    articles = [...(await loadCorpus(CORPUS_DIR)).articles, ...syntheticArticles(40, 3), ...odd];
    single = snapshotBytes(engineFromArticles(articles, lexicon));
  });

  it("GIVEN any shares of the articles and of the analysis THEN the snapshot equals the one-thread build's", async () => {
    for (const [mainShare, analysisShare] of [[0.3, 0.8], [0, 1], [1, 0]] as const) {
      const log: string[] = [];
      const engine = await engineInShards(articles, lexicon, { minArticles: 1, mainShare, analysisShare, log: (m) => log.push(m) });
      expect(log.filter((l) => /failed/.test(l))).toEqual([]);
      expect(snapshotBytes(engine)).toEqual(single);
    }
  });

  it("GIVEN articles whose map would give an array with holey elements (written in v8's sparse form) THEN the snapshot bytes are the same", () => {
    const engine = engineFromArticles(articles, lexicon);
    // A subclass's map creates its result with `new Subclass(length)`: holey, as V8's map is when it leaves its fast path.
    class Articles extends Array<Article> {}
    const subclassed = Articles.from(engine.index.articles);
    expect(snapshotBytes({ ...engine, index: { ...engine.index, articles: subclassed } })).toEqual(single);
  });

  it("GIVEN a worker that dies (no heap to start in) THEN its part is built here and the snapshot is the same", async () => {
    const log: string[] = [];
    const engine = await engineInShards(articles, lexicon, { minArticles: 1, mainShare: 0.5, analysisShare: 0.5, workerResourceLimits: { maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 }, log: (m) => log.push(m) });
    expect(log.some((l) => /build worker failed/.test(l))).toBe(true);
    expect(snapshotBytes(engine)).toEqual(single);
  });

  it("GIVEN createEngine with shards from one article THEN it builds on two threads and answers as the one-thread build", async () => {
    const corpus = tempCorpus(SEED_FILES);
    try {
      const log: string[] = [];
      const two = await createEngine(corpus.dir, { shards: { minArticles: 1, mainShare: 0.5, analysisShare: 0.5 }, log: (m) => log.push(m) });
      expect(log.some((l) => /two threads/.test(l))).toBe(true);
      const one = await createEngine(corpus.dir);
      expect(snapshotBytes(two)).toEqual(snapshotBytes(one));
    } finally {
      corpus.cleanup();
    }
  });
});
