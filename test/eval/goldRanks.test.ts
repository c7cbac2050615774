/**
 * Where the gold passage stands (src/eval/goldRanks.ts, `npm run eval -- gold`): its place among the candidates as
 * the mix ranks them, and whether a passage of its own article stands above it.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { RerankFeatures, RerankWeights } from "../../src/answer/rerank.js";
import { casesOf } from "../../src/eval/cases.js";
import { goldRank, goldReport } from "../../src/eval/goldRanks.js";
import { collectCandidates, type LearnSample } from "../../src/eval/learn.js";
import { createEngine } from "../../src/search/engine.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

/** Features that are all 0 but `coverage`, so a mix weighing coverage ranks by it. */
const covering = (coverage: number): RerankFeatures => ({ bm25: 0, coverage, window: 0, evidence: 0, sentence: 0, length: 0, pairs: 0, answerType: 0, month: 0, lead: 0 });
/** Coverage alone decides. */
const byCoverage: RerankWeights = covering(1);

/** Candidates of the given coverages and articles; the gold one at `gold`. */
function sample(coverages: number[], articles: string[], gold: number): LearnSample {
  return { suite: "s", candidates: coverages.map((c, i) => ({ features: covering(c), gold: i === gold, articleId: articles[i] })) };
}

describe("gold passage ranks", () => {
  it("GIVEN the gold candidate scoring highest THEN it is first", () => {
    expect(goldRank(sample([0.2, 0.9, 0.5], ["a", "b", "c"], 1), byCoverage)).toEqual({ place: "1", ownArticleAbove: false });
  });

  it("GIVEN its own article's lead above it THEN it is second, with its own article above", () => {
    expect(goldRank(sample([0.9, 0.6, 0.1], ["a", "a", "b"], 1), byCoverage)).toEqual({ place: "2-3", ownArticleAbove: true });
  });

  it("GIVEN four passages of other articles above it THEN it is in 4-10, and no passage of its article is above", () => {
    expect(goldRank(sample([0.9, 0.8, 0.7, 0.6, 0.5, 0.1], ["b", "c", "d", "e", "a", "a"], 4), byCoverage)).toEqual({ place: "4-10", ownArticleAbove: false });
  });

  it("GIVEN the gold candidate 3rd, 4th, 10th or 11th THEN the places split between 3 and 4 and between 10 and 11", () => {
    /** The gold candidate at `place` (from 1) of twelve, every candidate of another article. */
    const at = (place: number) => goldRank(sample(Array.from({ length: 12 }, (_, i) => 1 - i / 12), Array.from({ length: 12 }, (_, i) => `a${i}`), place - 1), byCoverage).place;
    expect([1, 2, 3, 4, 10, 11, 12].map(at)).toEqual(["1", "2-3", "2-3", "4-10", "4-10", "11+", "11+"]);
  });

  it("GIVEN the gold candidate tied with another THEN the engine's order decides, as its stable sort does (answer.ts)", () => {
    expect(goldRank(sample([0.5, 0.5], ["b", "a"], 1), byCoverage).place).toBe("2-3");
    expect(goldRank(sample([0.5, 0.5], ["a", "b"], 0), byCoverage).place).toBe("1");
  });

  it("GIVEN another mix THEN the place follows it: the gold candidate ranks by the weights given", () => {
    const s: LearnSample = { suite: "s", candidates: [{ features: { ...covering(0.9), bm25: 0 }, gold: false, articleId: "b" }, { features: { ...covering(0.1), bm25: 1 }, gold: true, articleId: "a" }] };
    expect(goldRank(s, byCoverage).place).toBe("2-3");
    expect(goldRank(s, { ...byCoverage, bm25: 1 }).place).toBe("1");
  });

  it("GIVEN no gold candidate THEN the place is 'no candidate'; the report counts each place per suite", () => {
    const samples = [sample([0.5, 0.4], ["a", "b"], -1), sample([0.9, 0.6], ["a", "a"], 1), sample([0.9, 0.6], ["a", "b"], 0)];
    expect(goldRank(samples[0]!, byCoverage).place).toBe("no candidate");
    const report = goldReport(samples, byCoverage);
    expect(report).toContain("| s | 3 | 1 | 1 | 0 | 0 | 1 | 1 |");
  });

  it("GIVEN the seed corpus THEN every candidate the engine reports carries its article, and the questions add up", async () => {
    const engine = await createEngine(CORPUS_DIR);
    const cases = casesOf([{ q: "Wann stimmte die Ukraine der Waffenruhe zu?", files: ["000_4a36d75bdf1d0814.txt"], expect: "am Dienstag" }], () => "tune");
    const samples = collectCandidates([{ name: "one", corpus: "seed", cases }], new Map([["seed" as const, engine]]));
    expect(samples[0]!.candidates.length).toBeGreaterThan(0);
    // Each candidate its own passage's article: the gold ones the asked file's, and not every candidate the same one.
    const asked = engine.index.articles.find((a) => a.file === "000_4a36d75bdf1d0814.txt")!.id;
    const golds = samples[0]!.candidates.filter((c) => c.gold);
    expect(golds.length).toBeGreaterThan(0);
    expect(golds.every((c) => c.articleId === asked)).toBe(true);
    expect(new Set(samples[0]!.candidates.map((c) => c.articleId)).size).toBeGreaterThan(1);
    expect(goldReport(samples, DEFAULT_RANKING.mix)).toMatch(/\| one \| 1 \| 1 \| 0 \| 0 \| 0 \| 0 \| 0 \|/);
  });
});
