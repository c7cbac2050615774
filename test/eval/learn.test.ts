/**
 * The re-ranking learner (src/eval/learn.ts): on samples whose gold candidate differs from the others in one feature
 * only, the fit weighs that feature and ranks the gold candidates first; on the seed corpus the engine reports a
 * feature vector for every candidate it re-ranks.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import { RERANK_FEATURES, type RerankFeatures } from "../../src/answer/rerank.js";
import { casesOf } from "../../src/eval/cases.js";
import { asMix, collectCandidates, fitPairwise, hitsAt1, type LearnSample, learnReport } from "../../src/eval/learn.js";
import { createEngine } from "../../src/search/engine.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

/** A pseudo-random but fixed sequence. */
function sequence(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function samples(decisive: keyof RerankFeatures, count: number): LearnSample[] {
  const next = sequence(7);
  const noise = (): RerankFeatures => ({ bm25: next(), coverage: next(), window: next(), evidence: next(), sentence: next(), length: next() - 0.5, pairs: next(), answerType: next(), month: next(), lead: next() });
  return Array.from({ length: count }, () => {
    const candidates = Array.from({ length: 5 }, () => ({ features: { ...noise(), [decisive]: 0.2 * next() }, gold: false }));
    // The gold candidate at a varying place: ties (all weights zero) do not find it.
    candidates.splice(Math.floor(next() * 6), 0, { features: { ...noise(), [decisive]: 0.5 + 0.5 * next() }, gold: true });
    return { suite: "synthetic", candidates };
  });
}

describe("re-ranking learner", () => {
  it.each(["sentence", "evidence", "bm25"] as const)("GIVEN gold candidates that stand out by %s only THEN the fit weighs it most and ranks them first", (decisive) => {
    const data = samples(decisive, 60);
    const weights = fitPairwise(data);
    const strongest = RERANK_FEATURES[weights.indexOf(Math.max(...weights))];
    expect(strongest).toBe(decisive);
    const mix = asMix(weights);
    expect(hitsAt1(data, mix).get("synthetic")).toEqual({ hits: 60, of: 60 });
    // Weighing another feature alone does not find them: the fit is what ranks them first.
    const other = RERANK_FEATURES.find((f) => f !== decisive && f !== "length")!;
    const wrong = Object.fromEntries(RERANK_FEATURES.map((f) => [f, f === other ? 1 : 0])) as typeof mix;
    expect(hitsAt1(data, wrong).get("synthetic")!.hits).toBeLessThan(40);
  });

  it("GIVEN gold candidates that stand out by one feature THEN the report's refit without that feature finds fewer of them than the full two-fold fit", () => {
    const report = learnReport(samples("evidence", 60));
    const hits = (row: string) => Number(new RegExp(`\\| ${row} \\| (\\d+)/60 \\|`).exec(report)?.[1]);
    expect(hits("two-fold \\(fitted on the other half\\)")).toBe(60);
    expect(hits("two-fold without evidence")).toBeLessThan(40);
    expect(hits("two-fold without bm25")).toBe(60);
  });

  it("GIVEN a decisive feature that is set in few questions and small THEN the fit still finds it: the penalty weighs standardised differences", () => {
    const next = sequence(11);
    const noise = (): RerankFeatures => ({ bm25: next(), coverage: next(), window: next(), evidence: next(), sentence: next(), length: next() - 0.5, pairs: next(), answerType: 0, month: 0, lead: 0 });
    // Like a month asked by one question in ten: the gold candidate alone holds it, at a small value.
    const data: LearnSample[] = Array.from({ length: 200 }, (_, q) => {
      const asks = q % 10 === 0;
      const candidates = Array.from({ length: 5 }, () => ({ features: noise(), gold: false }));
      const gold = asks ? { ...noise(), month: 0.05 } : { ...noise(), sentence: 1, evidence: 1 };
      candidates.splice(q % 6, 0, { features: gold, gold: true });
      return { suite: asks ? "month" : "other", candidates };
    });
    const mix = asMix(fitPairwise(data));
    expect(hitsAt1(data, mix).get("month")!.hits).toBeGreaterThanOrEqual(18);
    expect(mix.month).toBeGreaterThan(0);
  });

  it("GIVEN no question with a gold and another candidate THEN the fit is all zeros (nothing to learn)", () => {
    expect(fitPairwise([{ suite: "s", candidates: [{ features: { bm25: 1, coverage: 1, window: 1, evidence: 1, sentence: 1, length: 0, pairs: 1, answerType: 1, month: 1, lead: 1 }, gold: true }] }])).toEqual(
      RERANK_FEATURES.map(() => 0),
    );
  });

  it("GIVEN seed questions THEN every candidate the engine re-ranks comes with its features, and the expected passage is among them", async () => {
    const engine = await createEngine(CORPUS_DIR);
    const cases = casesOf(
      [
        { q: "Wer ist Keith Kellogg?", files: ["000_4a36d75bdf1d0814.txt"], expect: "Kellogg" },
        { q: "Welche Rolle spielt die Türkei?", answerable: false },
      ],
      () => "tune",
    );
    const got = collectCandidates([{ name: "seed", corpus: "seed", cases }], new Map([["seed", engine]]));
    expect(got).toHaveLength(1);
    const [sample] = got;
    expect(sample!.candidates.length).toBeGreaterThan(1);
    expect(sample!.candidates.length).toBeLessThanOrEqual(DEFAULT_RANKING.candidates);
    expect(sample!.candidates.some((c) => c.gold)).toBe(true);
    for (const c of sample!.candidates) {
      for (const f of RERANK_FEATURES) expect(Number.isFinite(c.features[f])).toBe(true);
      expect(c.features.bm25).toBeGreaterThan(0);
      expect(c.features.bm25).toBeLessThanOrEqual(1);
    }
  });
});
