/**
 * Names of more than one word with short forms (synonyms.de.json `names`): "der Europäischen Union" is the EU. Texts
 * are our own.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { parseQuery } from "../../src/answer/query.js";
import type { Answer } from "../../src/answer/types.js";
import type { Engine } from "../../src/search/engine.js";
import { engineOf } from "../fixtures/engines.js";
import { OTHER_NEWS } from "../fixtures/texts.js";

const TEXTS: Record<string, string> = {
  "a_beitritt.txt": "Lars Berg sieht in einem Beitritt Norwegens zur EU kein Problem.",
  "b_union.txt": "Lars Berg sprach in Oslo über die Union der Fischer und einen Beitritt zu ihr.",
  "c_staaten.txt": "Viele Staaten schicken Diplomaten nach Oslo.",
  "d_usa.txt": "Die USA schicken Diplomaten nach Oslo.",
  ...OTHER_NEWS,
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(TEXTS);
});

const top = (a: Answer) => (a.abstained ? "(abstained)" : a.results[0]!.file);
const concepts = (q: string) => parseQuery(q, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t)).concepts;

describe("names of more than one word", () => {
  it("GIVEN 'der Europäischen Union' THEN it is one concept, the short form first, the last word at a part's weight", () => {
    const c = concepts("Was sagte Lars Berg über einen Beitritt Norwegens zur Europäischen Union?").find((x) => x.label === "Europäischen Union");
    expect(c?.alts.map((a) => a.term)).toEqual(["eu", engine.index.analyzer.headTerm("Union")]);
    expect(c?.alts[1]?.weight).toBeLessThan(1);
    expect(top(answer(engine, "Was sagte Lars Berg über einen Beitritt Norwegens zur Europäischen Union?"))).toBe("a_beitritt.txt");
  });

  it("GIVEN the short form THEN the name's words are no alternatives of it ('USA' finds no 'Staaten')", () => {
    const usa = concepts("Wer schickt die USA nach Oslo?").flatMap((c) => c.alts.map((a) => a.term));
    expect(usa).not.toContain(engine.index.analyzer.headTerm("Staaten"));
    expect(top(answer(engine, "Wen schicken die Vereinigten Staaten nach Oslo?"))).toBe("d_usa.txt");
  });
});
