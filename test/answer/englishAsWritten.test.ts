/**
 * German text quotes English terms ("Elmendorf Air Force Base"): an English word of a question that is no German word
 * also stands for itself as written (RankingConfig `translation.asWritten`). Texts are our own.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { Answer } from "../../src/answer/types.js";
import type { Engine } from "../../src/search/engine.js";
import { engineOf } from "../fixtures/engines.js";
import { OTHER_NEWS } from "../fixtures/texts.js";

const TEXTS: Record<string, string> = {
  "a_rollfeld.txt": "Die beiden Präsidenten begrüßten sich auf dem Rollfeld der Elmendorf Air Force Base in Alaska.",
  "b_stadt.txt": "Die beiden Präsidenten begrüßten sich in Anchorage in Alaska vor vielen Kameras.",
  ...OTHER_NEWS,
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(TEXTS);
});

const OFF = { ...DEFAULT_RANKING, translation: { ...DEFAULT_RANKING.translation, asWritten: 0 } };
const top = (a: Answer) => (a.abstained ? "(abstained)" : a.results[0]!.file);
const alternatives = (q: string, ranking = DEFAULT_RANKING) =>
  parseQuery(q, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t), ranking).concepts.flatMap((c) => c.alts.map((a) => a.term));

describe("English words as written", () => {
  it("GIVEN an English word that is no German word and that the corpus uses THEN it is an alternative of its own concept", () => {
    const air = engine.index.analyzer.headTerm("Air")!;
    expect(alternatives("At which air force base did the presidents greet each other?")).toContain(air);
    expect(alternatives("At which air force base did the presidents greet each other?", OFF)).not.toContain(air);
  });

  it("GIVEN the English term in a German text THEN its passage ranks first; switched off, the other passage does", () => {
    const q = "At which air force base did the two presidents greet each other in Alaska?";
    expect(top(answer(engine, q))).toBe("a_rollfeld.txt");
    expect(top(answer(engine, q, { ranking: OFF }))).toBe("b_stadt.txt");
  });
});
