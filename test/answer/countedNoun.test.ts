/**
 * Count questions that name what they count ("Wie viele Journalisten …") are answered by a number of that noun, not by
 * any number. Texts are our own.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { countedConcept, countedNounTerms, holdsCountOf } from "../../src/answer/countedNoun.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { Engine } from "../../src/search/engine.js";
import { engineOf } from "../fixtures/engines.js";

const TEXTS: Record<string, string> = {
  "a_gespraeche.txt": "Die Gespräche in Lissabon dauerten über acht Stunden. Die Delegationen sprachen von Fortschritten.",
  "b_austausch.txt": "In Lissabon wurde ein Austausch vereinbart. Beide Seiten wollen jeweils 1.200 Gefangene freilassen.",
  "c_schalte.txt": "An der Schalte nahmen etwa 20 weitere Staats- und Regierungschefs teil.",
  // Other news, so that the question's words are rare enough to select candidates by.
  ...Object.fromEntries(
    ["Das Wetter in Rom war mild.", "Der Zug nach Wien fiel aus.", "Die Ernte in Bayern war gut.", "Ein Konzert in Köln wurde verschoben.", "Die Börse in Frankfurt schloss fester.", "Im Zoo kam ein Elefant zur Welt.", "Der Hafen in Hamburg wird ausgebaut.", "Die Schulen in Berlin öffnen wieder."].map((t, k) => [`z_${k}.txt`, t]),
  ),
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(TEXTS);
});

const concepts = (q: string) => parseQuery(q, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t)).concepts;
const counted = (q: string) => {
  const cs = concepts(q);
  const at = countedConcept(q, cs);
  return at < 0 ? null : cs[at]!.label;
};
/** The terms and head countOf (answer.ts) gives a count question's noun. */
const countedTerms = (q: string) => {
  const cs = concepts(q);
  return countedNounTerms(cs[countedConcept(q, cs)]!);
};
const holds = (sentence: string, q: string) => {
  const { terms, head } = countedTerms(q);
  return holdsCountOf(engine.index.analyzer, sentence, terms, head);
};

describe("counted noun", () => {
  it("GIVEN a count question THEN the head of the first noun run after 'wie viele'/'how many' is what it counts; none for time units, none after another question word, none when no noun follows", () => {
    expect(counted("Wie viele Journalisten waren akkreditiert?")).toBe("Journalisten");
    expect(counted("Wie viele ukrainische Soldaten sind eingekesselt?")).toBe("Soldaten");
    expect(counted("How many drones were shot down?")).toBe("drones");
    expect(counted("Wie viele Staats- und Regierungschefs nahmen teil?")).toBe("Regierungschefs");
    expect(counted("Wie viele US-Soldaten sind in Polen?")).toBe("Soldaten");
    expect(counted("Wie viele waren in Lissabon akkreditiert?")).toBeNull();
    expect(counted("How many died in Kyiv?")).toBeNull();
    expect(counted("Für wie viele Tage gilt die Waffenruhe?")).toBeNull();
    expect(counted("Seit wie vielen Jahrzehnten dauert der Streit?")).toBeNull();
    expect(counted("Laut welcher Agentur sollen die Länder melden, wie viele Soldaten sie schicken?")).toBeNull();
    expect(counted("Wer hat die Gespräche geleitet?")).toBeNull();
  });

  it("GIVEN a sentence THEN it holds a count of the noun only with a number right before it: two lower-case words between at most, a truncated compound part and its 'und' aside, no punctuation, no year, no clock time", () => {
    const q = "Wie viele Gefangene kamen frei?";
    expect(holds("Beide Seiten wollen jeweils 1.200 Gefangene freilassen.", q)).toBe(true);
    expect(holds("Zehntausende Gefangene warten.", q)).toBe(true);
    expect(holds("Es kamen 300 weitere kranke Gefangene frei.", q)).toBe(true);
    expect(holds("Es kamen 300 weitere schwer kranke Gefangene frei.", q)).toBe(false);
    expect(holds("Die Gespräche über Gefangene dauerten acht Stunden.", q)).toBe(false);
    expect(holds("Um 14 Uhr kamen Gefangene frei.", q)).toBe(false);
    expect(holds("Im Jahr 2022 kamen Gefangene frei.", q)).toBe(false);
    expect(holds("Bis 2024, Gefangene warten noch.", q)).toBe(false);
    const chiefs = "Wie viele Chefs waren dabei?";
    expect(holds("Es nahmen etwa 20 weitere Staats- und Regierungschefs teil.", chiefs)).toBe(true);
    expect(holds("Es nahmen etwa 20 weitere Minister und viele Regierungschefs teil.", chiefs)).toBe(false);
    // A compound counts as its last part, not its first: "Bahnen" for "Schmalspurbahnen", not "Schmalspurgleise".
    expect(holds("Es gab fünf ehemals staatseigene Bahnen.", "Wie viele Schmalspurbahnen gab es?")).toBe(true);
    expect(holds("Es gab fünf Schmalspurgleise.", "Wie viele Schmalspurbahnen gab es?")).toBe(false);
    expect(holds("Sie empfingen 30 Journalisten.", "Wie viele Journalisten waren dort?")).toBe(true);
    expect(holds("Der 28-Punkte-Plan liegt vor.", "Wie viele Punkte hat der Plan?")).toBe(true);
  });

  it("GIVEN a count of something no passage counts, though a number stands in one THEN countedNounAbsent fires, costs its weight and the question abstains; it answers with the check switched off", () => {
    const q = "Wie viele Journalisten waren für die Gespräche in Lissabon akkreditiert?";
    const best = (ranking = DEFAULT_RANKING) => {
      let seen: Record<string, number> = {};
      answer(engine, q, { ranking: { ...ranking, abstain: { ...ranking.abstain, threshold: Number.NEGATIVE_INFINITY } }, trace: (step, d) => {
          if (step === "best") seen = d as Record<string, number>;
        } });
      return seen;
    };
    expect(best()).toMatchObject({ answerTypeAbsent: 0, countedNounAbsent: 1 });
    const weightless = { ...DEFAULT_RANKING, abstain: { ...DEFAULT_RANKING.abstain, weights: { ...DEFAULT_RANKING.abstain.weights, countedNounAbsent: 0 } } };
    expect(best(weightless).score! - best().score!).toBeCloseTo(-DEFAULT_RANKING.abstain.weights.countedNounAbsent, 5);
    expect(DEFAULT_RANKING.abstain.weights.countedNounAbsent).toBeLessThan(0);
    expect(answer(engine, q).abstained).toBe(true);
    expect(answer(engine, q, { ranking: { ...DEFAULT_RANKING, countedNoun: false } }).abstained).toBe(false);
    // A count the corpus gives: the feature stays 0.
    let prisoners = -1;
    answer(engine, "Wie viele Gefangene sollen in Lissabon freikommen?", { trace: (step, d) => {
      if (step === "best") prisoners = d.countedNounAbsent as number;
    } });
    expect(prisoners).toBe(0);
  });

  it("GIVEN a count the corpus gives THEN the passage that counts that noun ranks first, not one with another number", () => {
    const r = answer(engine, "Wie viele Gefangene sollen nach den Gesprächen in Lissabon freikommen?");
    expect(r.abstained).toBe(false);
    expect(r.results[0]!.file).toBe("b_austausch.txt");
  });
});
