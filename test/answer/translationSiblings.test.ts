/**
 * A question word the corpus does not use, whose sibling through a narrow English translation it does use (Ding:
 * "Wunsch" and "Wille" both render "will"), is a paraphrase, not a missing topic: the sibling joins its concept at a
 * small weight and the question is answered. Without it the engine abstains on a question its corpus answers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING, type RankingConfig } from "../../src/answer/ranking.js";
import type { Engine } from "../../src/search/engine.js";
import { seedCore } from "../fixtures/corpus.js";

let engine: Engine;
beforeAll(async () => {
  engine = (await seedCore()).engine;
});

const WITHOUT: RankingConfig = { ...DEFAULT_RANKING, alternatives: { ...DEFAULT_RANKING.alternatives, translationSibling: 0 } };
const QUESTION = "Weshalb sperrt sich die ukrainische Regierung gegen Trumps Wunsch nach Bodenschätzen?";

describe("translation siblings in questions", () => {
  it("GIVEN 'Wunsch', which the seed articles never write THEN its concept holds 'Wille' (they write 'Willens') at the sibling weight", () => {
    expect(engine.index.df.has(engine.index.analyzer.headTerm("Wunsch")!)).toBe(false);
    const parsed = parseQuery(QUESTION, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t), DEFAULT_RANKING);
    const wish = parsed.concepts.find((c) => c.label === "Wunsch")!;
    const will = wish.alts.find((a) => a.term === engine.index.analyzer.headTerm("Wille"));
    expect(will?.weight).toBe(DEFAULT_RANKING.alternatives.translationSibling);
    expect(engine.index.df.has(will!.term)).toBe(true);
  });

  it("GIVEN the question THEN the engine answers from the article on the rare-earths deal, and abstains without siblings", () => {
    const a = answer(engine, QUESTION);
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.file).toBe("002_bdd157e6eb167cd2.txt");
    expect(answer(engine, QUESTION, { ranking: WITHOUT }).abstained).toBe(true);
  });

  it("GIVEN a word the corpus uses THEN no sibling joins it (only unknown words are widened)", () => {
    const parsed = parseQuery("Was sagte Rubio über den guten Willen Russlands?", engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t), DEFAULT_RANKING);
    const will = parsed.concepts.find((c) => c.label === "Willen")!;
    expect(will.alts.some((a) => a.weight === DEFAULT_RANKING.alternatives.translationSibling && a.term === engine.index.analyzer.headTerm("Wunsch"))).toBe(false);
  });
});
