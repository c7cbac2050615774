/**
 * The domain glossary gives a word the senses a question means by it: the verb "say" is said, stated, reported; the
 * noun sense ("have a say", "a say", "the final say") has phrase entries of its own. A sense listed under the wrong key
 * matches passages about anything with a table or a seat in them ("Platz am Tisch" → Platz, Tisch at full weight).
 * A name the glossary translates ("Saudi") is also itself where the corpus uses it as written.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { Engine } from "../../src/search/engine.js";
import { seedCore } from "../fixtures/corpus.js";
import { engineOf } from "../fixtures/engines.js";

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

describe("one thing per glossary group", () => {
  // A group that joins neighbouring topics (weather with forecast and temperature, football with any game, music with
  // film) makes a topic the corpus never reports look covered: a forecast of economists, a "Spiel" of power.
  const news = {
    "w_a.txt": "Die Vorhersage der Ökonomen für das Wochenende fiel düster aus. In München trafen sich am Wochenende die Außenminister.",
    "w_b.txt": "Das Spiel um die Macht in München geht weiter. Die Gesundheit des Präsidenten sei gut, hieß es am Wochenende.",
    "w_c.txt": "Ein Film über die Gespräche in München läuft am Wochenende an.",
  };
  it.each([
    ["Wie wird das Wetter am Wochenende in München?"],
    ["What's the weather like in Munich this weekend?"],
    ["Who won the football match in Munich this weekend?"],
    ["Which concert is on in Munich this weekend?"],
    ["Which hospital in Munich is open at the weekend?"],
  ])("GIVEN %j over news that names a forecast, a power game, a film and health THEN the bot abstains", async (question) => {
    const local = await engineOf(news);
    expect(answer(local, question).abstained).toBe(true);
  });

  it("GIVEN the same news THEN what it does report is answered (the abstentions above are no blanket refusal)", async () => {
    const local = await engineOf(news);
    expect(answer(local, "How gloomy was the forecast for the weekend?").abstained).toBe(false);
    expect(answer(local, "Which film about the talks in Munich opens this weekend?").abstained).toBe(false);
  });
});
