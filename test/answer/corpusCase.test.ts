/**
 * How the corpus writes a word decides the nouns of a question typed all in lower case: a name or noun the corpus
 * writes capitalised is one, as in the question typed properly.
 */
import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { writtenCapitalised } from "../../src/answer/corpusCase.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import { engineOf } from "../fixtures/engines.js";

const TEXTS = {
  "a.txt": "Am Samstag telefonierte Rubio mit Lawrow. Danach sagte Rubio, das Gespräch am Samstag sei gut gewesen.",
  "b.txt": "Die Gespräche in Dschidda dauerten lange. Dort in Dschidda verhandelten die Delegationen über eine Waffenruhe.",
  "c.txt": "Die Lage bleibt schwierig, sagte ein Sprecher. Es gebe schwierige Fragen. Vorsichtig äußerte sich der Sprecher. Er blieb vorsichtig.",
};

describe("how the corpus writes a word", () => {
  it("GIVEN names written capitalised and a word written in lower case THEN only the names count as capitalised", async () => {
    const e = await engineOf(TEXTS);
    const term = (w: string) => e.index.analyzer.headTerm(w)!;
    expect(writtenCapitalised(e.index, term("rubio"))).toBe(true);
    expect(writtenCapitalised(e.index, term("dschidda"))).toBe(true);
    expect(writtenCapitalised(e.index, term("schwierig"))).toBe(false);
    // Capitalised only as a sentence's first word: no evidence.
    expect(writtenCapitalised(e.index, term("vorsichtig"))).toBe(false);
  });

  it("GIVEN a word capitalised only after a quotation's closing mark THEN it is no evidence either", async () => {
    const e = await engineOf({ "q.txt": "Der Minister sprach. „Das ist schwierig.“ Vorsichtig äußerte sich der Sprecher. „Nein, danke.“ Vorsichtig sagte er dann noch etwas." });
    expect(writtenCapitalised(e.index, e.index.analyzer.headTerm("vorsichtig")!)).toBe(false);
  });

  it("GIVEN a question typed all in lower case THEN the names the corpus writes capitalised are its nouns, and it is answered as typed properly", async () => {
    const e = await engineOf(TEXTS);
    const nouns = (q: string) =>
      parseQuery(q, e.index.analyzer, e.lexicon, (t) => e.index.df.has(t), DEFAULT_RANKING, (t) => writtenCapitalised(e.index, t))
        .concepts.filter((c) => c.noun)
        .map((c) => c.label.toLowerCase());
    expect(nouns("mit wem telefonierte rubio am samstag")).toEqual(expect.arrayContaining(["rubio", "samstag"]));
    expect(nouns("wer verhandelte in dschidda")).toContain("dschidda");
    expect(nouns("ist die lage schwierig")).not.toContain("schwierig");
    const typed = answer(e, "Wer verhandelte in Dschidda?");
    const lower = answer(e, "wer verhandelte in dschidda");
    expect(lower.abstained).toBe(typed.abstained);
    expect(lower.results.map((r) => r.passage)).toEqual(typed.results.map((r) => r.passage));
  });
});
