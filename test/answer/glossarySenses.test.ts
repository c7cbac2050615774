/**
 * The domain glossary gives a word the senses a question means by it: the verb "say" is said, stated, reported; the
 * noun sense ("have a say", "a say", "the final say") has phrase entries of its own. A sense listed under the wrong key
 * matches passages about anything with a table or a seat in them ("Platz am Tisch" → Platz, Tisch at full weight).
 * A name the glossary translates ("Saudi") is also itself where the corpus uses it as written.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { Engine } from "../../src/search/engine.js";
import { seedCore } from "../fixtures/corpus.js";

let engine: Engine;
beforeAll(async () => {
  engine = (await seedCore()).engine;
});

function alternativesOf(question: string, label: string, ranking = DEFAULT_RANKING) {
  const parsed = parseQuery(question, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t), ranking);
  const concept = parsed.concepts.find((c) => c.label.toLowerCase() === label);
  expect(concept, `a concept for "${label}" in "${question}"`).toBeDefined();
  return concept!.alts;
}

function termsOf(question: string, label: string): string[] {
  return alternativesOf(question, label).map((a) => a.term);
}

/** The noun sense's words, as index terms. */
const seatAtTheTable = () => ["Mitspracherecht", "Mitsprache", "Platz", "Tisch", "mitreden"].map((w) => engine.index.analyzer.headTerm(w)!);

describe("glossary senses", () => {
  // The phrase tests come first in meaning: they show the noun sense's terms reach a concept over this corpus, so the
  // verb tests' "not contained" is no empty claim.
  it.each([
    ["Will Europe have a say in the negotiations?", "have a say"],
    ["Does Ukraine have any say in the talks?", "any say"],
    ["Who has the final say on a ceasefire?", "final say"],
  ])("GIVEN %j THEN the phrase means a voice in the talks", (question, label) => {
    expect(termsOf(question, label)).toEqual(expect.arrayContaining(seatAtTheTable()));
  });

  it.each([
    ["What did Lavrov say about the talks?", "say"],
    ["Who says the talks failed?", "says"],
  ])("GIVEN %j THEN the verb stands for saying, not for a seat at the table", (question, label) => {
    const terms = termsOf(question, label);
    expect(terms).toContain(engine.index.analyzer.headTerm("sagte"));
    for (const term of seatAtTheTable()) expect(terms).not.toContain(term);
  });

  it("GIVEN a word the glossary has (\"common\" → gemeinsam) THEN the general dictionary's best senses of the word as written join it, weighing less (\"How common …\" → üblich)", () => {
    const usual = engine.index.analyzer.headTerm("üblich")!;
    const together = engine.index.analyzer.headTerm("gemeinsam")!;
    const alts = alternativesOf("How common were such talks?", "common");
    expect(alts.find((a) => a.term === together)?.weight).toBe(1);
    expect(alts.find((a) => a.term === usual)?.weight).toBeCloseTo(DEFAULT_RANKING.translation.besideGlossary);
    const off = { ...DEFAULT_RANKING, translation: { ...DEFAULT_RANKING.translation, besideGlossary: 0 } };
    expect(alternativesOf("How common were such talks?", "common", off).map((a) => a.term)).not.toContain(usual);
    // Only the word as written: "hosted" is no entry of the dictionary, and its base "host" has other senses first.
    expect(termsOf("Who hosted the talks?", "hosted")).not.toContain(engine.index.analyzer.headTerm("aufnehmen"));
  });

  it.each([
    ["What did Trump say about the talks?", "trump", "Trumpf"],
    ["what did trump say about the talks", "trump", "Trumpf"],
    ["What did Turkey offer?", "turkey", "Truthahn"],
  ])("GIVEN %j THEN a name or a place gets no dictionary senses beside the glossary's (%s is no %s)", (question, label, sense) => {
    expect(termsOf(question, label)).not.toContain(engine.index.analyzer.headTerm(sense));
  });

  it("GIVEN \"name\" THEN it stands for a name and naming, not for an election (\"elect\" and \"nominate\" have entries of their own)", () => {
    const terms = termsOf("What is the name of the US envoy?", "name");
    expect(terms).toEqual(expect.arrayContaining(["Name", "nennen", "ernannt"].map((w) => engine.index.analyzer.headTerm(w))));
    expect(terms).not.toContain(engine.index.analyzer.headTerm("wählen"));
    expect(terms).not.toContain(engine.index.analyzer.headTerm("Wahl"));
  });
});

describe("names the glossary translates", () => {
  it("GIVEN a capitalised word inside an English question that the corpus uses as written (\"Saudi\" of Saudi-Arabien) THEN the word itself joins the glossary's words for it at full weight", () => {
    const saudi = engine.index.analyzer.headTerm("Saudi")!;
    expect(engine.index.df.has(saudi)).toBe(true);
    const alts = alternativesOf("Which Saudi city hosted the talks?", "saudi");
    expect(alts.find((a) => a.term === saudi)?.weight).toBe(1);
    expect(alts.map((a) => a.term)).toContain(engine.index.analyzer.headTerm("saudische"));
    // In lower case, or first in the question, it is no name: the glossary's words, and the word only as a part of theirs.
    expect(alternativesOf("Which saudi city hosted the talks?", "saudi").find((a) => a.term === saudi)?.weight).toBeLessThan(1);
    expect(alternativesOf("Saudi officials hosted the talks?", "saudi").find((a) => a.term === saudi)?.weight).toBeLessThan(1);
  });

  it("GIVEN a capitalised English word whose German stem is another word the corpus uses (\"Plane\" → plan) THEN that word joins only at a name translation's weight", () => {
    const plan = engine.index.analyzer.headTerm("Plane")!;
    expect(engine.index.df.has(plan)).toBe(true);
    expect(alternativesOf("Which Plane did Rubio take to Jeddah?", "plane").find((a) => a.term === plan)?.weight).toBe(DEFAULT_RANKING.alternatives.nameTranslation);
  });
});
