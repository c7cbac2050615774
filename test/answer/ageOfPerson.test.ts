/**
 * "Wie alt ist …?" is answered by an age beside the person asked about, not by anyone's age in a passage that names
 * them elsewhere (ageOfPerson.ts). Fails with `ageBesidePerson` false.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { agedConcepts } from "../../src/answer/ageOfPerson.js";
import { answer } from "../../src/answer/answer.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { Engine } from "../../src/search/engine.js";
import { seedCore } from "../fixtures/corpus.js";

let engine: Engine;
beforeAll(async () => {
  engine = (await seedCore()).engine;
});

describe("the age of the person asked about", () => {
  it("GIVEN the seed articles, which give Kellogg's age (\"Der 80-Jährige\") in a passage that also names Putin, THEN Kellogg's age is answered and Putin's and Rubio's are not", () => {
    const kellogg = answer(engine, "Wie alt ist Keith Kellogg?");
    expect(kellogg.abstained).toBe(false);
    expect(kellogg.results[0]!.quote).toContain("80-Jährige");
    expect(answer(engine, "How old is Kellogg?").results[0]?.quote).toContain("80-Jährige");
    expect(answer(engine, "Wie alt ist Putin?").abstained).toBe(true);
    expect(answer(engine, "Wie alt ist Marco Rubio?").abstained).toBe(true);
  });

  it("GIVEN the rule switched off THEN the Putin question is answered with Kellogg's age (the rule is what abstains)", () => {
    const off = { ...DEFAULT_RANKING, ageBesidePerson: false };
    const putin = answer(engine, "Wie alt ist Putin?", { ranking: off });
    expect(putin.abstained).toBe(false);
    expect(putin.results[0]!.quote).toContain("80-Jährige");
  });

  it("GIVEN an age required of anyone (\"Wie alt muss man sein …\") or no noun THEN the rule does not apply", () => {
    const concepts = (q: string) => parseQuery(q, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t), DEFAULT_RANKING).concepts;
    const q = "Wie alt muss man mindestens sein, um Abgeordneter zu werden?";
    expect(agedConcepts(q, concepts(q))).toBeNull();
    expect(agedConcepts("Wie alt ist er?", concepts("Wie alt ist er?"))).toBeNull();
    const putin = "Wie alt ist Putin?";
    expect(agedConcepts(putin, concepts(putin))?.persons.map((i) => concepts(putin)[i]!.label)).toEqual(["Putin"]);
  });
});
