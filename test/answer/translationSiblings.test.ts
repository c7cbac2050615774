/**
 * A question noun the corpus does not use, whose sibling through a narrow English translation it does use (Ding:
 * "Wunsch" and "Wille" both render "wish"), is a paraphrase, not a missing topic: the sibling joins its concept at a
 * small weight and the question is answered. Without it the engine abstains on a question its corpus answers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import type { Concept } from "../../src/answer/concepts.js";
import { addFuzzyAlternatives } from "../../src/answer/evidence.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING, type RankingConfig } from "../../src/answer/ranking.js";
import { addTranslationSiblings, unknownNouns } from "../../src/answer/siblings.js";
import type { Engine } from "../../src/search/engine.js";
import { seedCore } from "../fixtures/corpus.js";

let engine: Engine;
beforeAll(async () => {
  engine = (await seedCore()).engine;
});

const WITHOUT: RankingConfig = { ...DEFAULT_RANKING, alternatives: { ...DEFAULT_RANKING.alternatives, translationSibling: 0 } };
const QUESTION = "Weshalb sperrt sich die ukrainische Regierung gegen Trumps Wunsch nach Bodenschätzen?";

/** The question's concepts as answer() widens them. */
function concepts(question: string): Concept[] {
  const parsed = parseQuery(question, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t), DEFAULT_RANKING);
  const nouns = unknownNouns(engine.index, parsed.concepts);
  addFuzzyAlternatives(engine.index, parsed.concepts, DEFAULT_RANKING, engine.lexicon.general);
  addTranslationSiblings(engine.index, nouns, engine.lexicon.general, DEFAULT_RANKING.alternatives.translationSibling);
  return parsed.concepts;
}

const term = (word: string) => engine.index.analyzer.headTerm(word)!;

describe("translation siblings in questions", () => {
  it("GIVEN 'Wunsch', which the seed articles never write THEN its concept holds 'Wille' (they write 'Willens') at the sibling weight", () => {
    expect(engine.index.df.has(term("Wunsch"))).toBe(false);
    const wish = concepts(QUESTION).find((c) => c.label === "Wunsch")!;
    const will = wish.alts.find((a) => a.term === term("Wille"));
    expect(will?.weight).toBe(DEFAULT_RANKING.alternatives.translationSibling);
    expect(engine.index.df.has(will!.term)).toBe(true);
  });

  it("GIVEN the question THEN the engine answers from the article on the rare-earths deal, and abstains without siblings", () => {
    const a = answer(engine, QUESTION);
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.file).toBe("002_bdd157e6eb167cd2.txt");
    expect(answer(engine, QUESTION, { ranking: WITHOUT }).abstained).toBe(true);
  });

  it("GIVEN a noun the corpus uses THEN no sibling joins it (only unknown nouns are widened)", () => {
    // Ding renders "ceasefire" as Waffenruhe, Feuerpause, Feuereinstellung: siblings the articles do not need here.
    expect(engine.lexicon.general.translationSiblings("waffenruhe")).toContain("Feuereinstellung");
    const ceasefire = concepts("Wann stimmte die Ukraine der Waffenruhe zu?").find((c) => c.label === "Waffenruhe")!;
    // (A compound's modifier may weigh as much: "Waffen" in Waffenruhe; it is a part.)
    expect(ceasefire.alts.some((a) => !a.part && a.weight === DEFAULT_RANKING.alternatives.translationSibling)).toBe(false);
    expect(unknownNouns(engine.index, [ceasefire])).toEqual([]);
  });
});
