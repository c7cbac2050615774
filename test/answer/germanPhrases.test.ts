/**
 * Names of more than one word with short forms (synonyms.de.json `names`): each word of "der Europäischen Union"
 * gains "EU". Texts are our own.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { nameShortForms, nameTable } from "../../src/answer/germanPhrases.js";
import { parseQuery } from "../../src/answer/query.js";
import type { Answer } from "../../src/answer/types.js";
import type { Engine } from "../../src/search/engine.js";
import { engineOf } from "../fixtures/engines.js";
import { OTHER_NEWS } from "../fixtures/texts.js";

const TEXTS: Record<string, string> = {
  "a_usa.txt": "Die USA schicken ihre Diplomaten nach Oslo.",
  "b_staaten.txt": "Viele Staaten schicken ihre Diplomaten nach Oslo.",
  "c_nahost.txt": "Die Regierungen in Nahost reagierten gelassen auf die neuen Zölle.",
  "d_osten.txt": "Im Osten der Ukraine reagierte man gelassen auf die neuen Zölle.",
  "e_cdu.txt": "Die CDU plant mit den Partnern neue Zölle auf Stahl.",
  ...OTHER_NEWS,
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(TEXTS);
});

const top = (a: Answer) => (a.abstained ? "(abstained)" : a.results[0]!.file);
const concepts = (q: string) => parseQuery(q, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t)).concepts;

describe("names of more than one word", () => {
  it("GIVEN 'der Europäischen Union' THEN each of its words keeps its concept and gains the short form 'EU'", () => {
    const byLabel = new Map(concepts("Was sagte Lars Berg über einen Beitritt zur Europäischen Union?").map((c) => [c.label, c.alts.map((a) => a.term)]));
    expect(byLabel.get("Europäischen")).toContain("eu");
    expect(byLabel.get("Union")?.[0]).toBe(engine.index.analyzer.headTerm("Union"));
    expect(byLabel.get("Union")).toContain("eu");
  });

  it("GIVEN the name in a question THEN a passage with its short form holds all of it, one with a word of it only that word", () => {
    expect(top(answer(engine, "Wen schicken die Vereinigten Staaten nach Oslo?"))).toBe("a_usa.txt");
    expect(top(answer(engine, "Wie reagierte der Nahe Osten auf die Zölle?"))).toBe("c_nahost.txt");
    // A word of the name keeps no synonyms of its own: "Union" is no CDU there.
    expect(top(answer(engine, "Welche Zölle auf Stahl plant die Europäische Union?"))).not.toBe("e_cdu.txt");
  });

  it("GIVEN the short form THEN the name's words are no alternatives of it ('USA' finds no 'Staaten')", () => {
    const usa = concepts("Wen schicken die USA nach Oslo?").flatMap((c) => c.alts.map((a) => a.term));
    expect(usa).not.toContain(engine.index.analyzer.headTerm("Staaten"));
  });

  it("GIVEN the shipped list THEN every name can match (no stopword among its words) and gets short forms", () => {
    const table = nameTable(engine.lexicon, engine.index.analyzer);
    expect(table.size).toBe(engine.lexicon.names.size);
    const tokens = "die Vereinigten Arabischen Emirate".split(" ").map((raw) => ({ raw }));
    const found = nameShortForms(tokens, engine.lexicon, engine.index.analyzer);
    expect(found.get(tokens[0]!)).toBeUndefined();
    expect(found.get(tokens[1]!)).toEqual(found.get(tokens[3]!));
    expect(found.get(tokens[3]!)).toContain(engine.index.analyzer.headTerm("VAE"));
  });
});
