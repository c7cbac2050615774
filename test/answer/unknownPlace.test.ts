/**
 * A country or a capital the corpus never names: the question is about a place the reports do not cover, however well
 * its other words match (unknownPlace.ts). Fails with `abstain.weights.unknownPlace` 0.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { Engine } from "../../src/search/engine.js";
import { seedCore } from "../fixtures/corpus.js";
import { engineOf } from "../fixtures/engines.js";

const REPORTS = {
  "p_a.txt": "Die italienische Regierung lehnt eine Beteiligung an einer Friedenstruppe ab. Die Wahl der Partner sei offen.",
  "p_b.txt": "Moskau reagierte zurückhaltend auf den Vorschlag einer Waffenruhe. Die Partei des Präsidenten begrüßte die Gespräche.",
  "p_c.txt": "In Washington hieß es, die Waffenruhe könne schon bald beginnen. Die Wahl in den USA hatte die Lage verändert. Der nationale Sicherheitsrat tagte.",
  "p_d.txt": "Die polnische Armee verstärkte die Grenze. Im Inland wuchs die Kritik an der Waffenruhe. Der Fußball ruhte am Wochenende.",
  "p_e.txt": "Die ältesten südafrikanischen Schulen gründeten Missionare.",
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(REPORTS);
});

/** The feature as answer() computes it (abstention off, so that every question reaches it). */
function unknownPlace(question: string, over = engine): number {
  let seen = -1;
  const ranking = { ...DEFAULT_RANKING, abstain: { ...DEFAULT_RANKING.abstain, threshold: Number.NEGATIVE_INFINITY } };
  answer(over, question, { ranking, trace: (step, d) => {
    if (step === "best") seen = d.unknownPlace as number;
  } });
  return seen;
}

describe("a country or capital the corpus never names", () => {
  it.each([
    ["Wie reagierte China auf den Vorschlag einer Waffenruhe?"],
    ["Was sagt Peking zu der Waffenruhe?"],
    ["Was sagt Chinas Regierung zu der Waffenruhe?"],
    ["Welche Partei hat die Wahl in Österreich gewonnen?"],
    ["Who won the Canadian election?"],
    ["How did Beijing react to the ceasefire proposal?"],
    // "Taiwan" translates as "Nationalchina" too: the corpus's "nationale" is a part of that word, no name of the place.
    ["What is happening in Taiwan?"],
    // Judged before typo alternatives and without the thesaurus's looser words: "Irland" is no "Inland", "Polen" no "Fußball".
    ["Wie reagierte Irland auf die Waffenruhe?"],
  ])("GIVEN %j THEN the place is flagged and the bot abstains", (question) => {
    expect(unknownPlace(question)).toBe(1);
    expect(answer(engine, question).abstained).toBe(true);
  });

  it.each([
    // Named as written, through its adjective ("italienische", "polnische"), its capital ("Moskau" for Russland) or a
    // translation, the glossary's too ("Poland" → polnisch).
    ["Wie reagierte Moskau auf den Vorschlag einer Waffenruhe?"],
    ["Was sagt Italien zur Friedenstruppe?"],
    ["Wie reagierte Russland auf den Vorschlag einer Waffenruhe?"],
    ["How did Moscow react to the ceasefire proposal?"],
    ["What did Poland reinforce at the border?"],
    ["Was verstärkte Polen an der Grenze?"],
    // A genitive's place has the adjectives of the place ("Südafrikas" → südafrikanisch).
    ["Wer gründete die ältesten Schulen Südafrikas?"],
    // No country: a person the corpus never names is left to the other features.
    ["Was sagt Olaf Lies zur Waffenruhe?"],
  ])("GIVEN %j THEN no unknown place is flagged", (question) => {
    expect(unknownPlace(question)).toBe(0);
  });

  it("GIVEN a country named only by its adjective or capital THEN an English question about it is not flagged either", async () => {
    const named = await engineOf({ "n_a.txt": "Die spanische Regierung kündigte neue Sanktionen an.", "n_b.txt": "Peking äußerte sich zurückhaltend zur Waffenruhe." });
    expect(unknownPlace("What sanctions did Spain announce?", named)).toBe(0);
    expect(unknownPlace("Welche Sanktionen kündigte Spanien an?", named)).toBe(0);
    expect(unknownPlace("What did the Chinese government say about the ceasefire?", named)).toBe(0);
  });

  it("GIVEN countries named only by adjectives no suffix rule derives THEN they are not flagged ('portugiesische', 'dänische', 'vietnamesische')", async () => {
    const named = await engineOf({
      "j_a.txt": "Die portugiesische Regierung kündigte neue Sanktionen an.",
      "j_b.txt": "Die dänische Regierung kündigte neue Sanktionen an.",
      "j_c.txt": "Die vietnamesische Regierung kündigte neue Sanktionen an.",
    });
    for (const country of ["Portugal", "Dänemark", "Vietnam"]) expect(unknownPlace(`Welche Sanktionen kündigte ${country} an?`, named), country).toBe(0);
    expect(unknownPlace("Welche Sanktionen kündigte Schweden an?", named)).toBe(1);
  });

  it("GIVEN a corpus that holds only other words the dictionaries list with a country THEN it is flagged ('Soldaten' of 'north korean troops', 'Flop' of 'turkey')", async () => {
    const other = await engineOf({ "o_a.txt": "Die Soldaten an der Front warten auf die Waffenruhe.", "o_b.txt": "Der erste Plan für die Waffenruhe war ein Flop." });
    expect(unknownPlace("Wie reagierte Nordkorea auf die Waffenruhe?", other)).toBe(1);
    expect(unknownPlace("How did Turkey react to the ceasefire?", other)).toBe(1);
  });

  it("GIVEN a corpus whose only word near 'Polen' is the thesaurus's 'Fußball' THEN Polen is flagged", async () => {
    const football = await engineOf({ "f_a.txt": "Der Fußball ruhte am Wochenende. Die Waffenruhe hielt.", "f_b.txt": "In Moskau begannen Gespräche über die Waffenruhe." });
    expect(unknownPlace("Wie reagierte Polen auf die Waffenruhe?", football)).toBe(1);
  });

  it("GIVEN the seed articles, which match every other word of a China question, THEN it abstains, and with the feature's weight 0 it is answered from those words", async () => {
    const seed = (await seedCore()).engine;
    const question = "Wie reagierte China auf den Vorschlag einer 30-tägigen Waffenruhe?";
    const off = { ...DEFAULT_RANKING, abstain: { ...DEFAULT_RANKING.abstain, weights: { ...DEFAULT_RANKING.abstain.weights, unknownPlace: 0 } } };
    expect(answer(seed, question).abstained).toBe(true);
    expect(answer(seed, question, { ranking: off }).abstained).toBe(false);
    expect(DEFAULT_RANKING.abstain.weights.unknownPlace).toBeLessThan(0);
  });
});
