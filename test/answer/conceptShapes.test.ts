/**
 * Concepts and their alternatives come in one shape each (every field set, in one order): /ask reads them in its
 * hottest loops, and objects of mixed shapes kept V8 deoptimising those loops long after warm-up (3–6 ms outliers
 * in the seed corpus's p99).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { addFuzzyAlternatives } from "../../src/answer/evidence.js";
import { withOutlets } from "../../src/answer/outlets.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { Engine } from "../../src/search/engine.js";
import { seedCore } from "../fixtures/corpus.js";

let engine: Engine;
beforeAll(async () => {
  engine = (await seedCore()).engine;
});

/** Questions that reach every kind of concept: answer types, months, outlets, compounds, verb forms, English translations, typos, names. */
const QUESTIONS = [
  "Wann stimmte die Ukraine im März der Waffenruhe zu?",
  "Wie viele Soldaten könnten europäische Länder schicken?",
  "Was berichtete die Tagesschau über die Militärhilfe?",
  "Welche Rolle spielt die Türkei bei den Friedensgesprächen?",
  "Which leaders joined Starmer's video call about security guarantees?",
  "Wer ist Keith Kellog?",
  "Gab Rubio die Zusage ab?",
  "Was sagte der italienische Regierungschef?",
];

describe("concept shapes", () => {
  it("GIVEN questions of every kind THEN every concept has the same keys in the same order, and so does every alternative", () => {
    const conceptKeys = new Set<string>();
    const alternativeKeys = new Set<string>();
    for (const q of QUESTIONS) {
      const parsed = parseQuery(q, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t), DEFAULT_RANKING);
      const concepts = withOutlets(engine.index, parsed.concepts, DEFAULT_RANKING.outletWeight);
      addFuzzyAlternatives(engine.index, concepts, DEFAULT_RANKING, engine.lexicon.general);
      for (const c of concepts) {
        conceptKeys.add(Object.keys(c).join(","));
        for (const a of c.alts) alternativeKeys.add(Object.keys(a).join(","));
      }
    }
    expect([...conceptKeys]).toEqual(["label,written,alts,noun,translated,weight,framing"]);
    expect([...alternativeKeys]).toEqual(["term,weight,part,derived"]);
  });
});
