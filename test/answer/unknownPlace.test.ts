/**
 * A country or a capital the corpus never names: the question is about a place the reports do not cover, however well
 * its other words match (unknownPlace.ts). Fails with `abstain.weights.unknownPlace` 0.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import { namesUnknownPlace } from "../../src/answer/unknownPlace.js";
import type { Engine } from "../../src/search/engine.js";
import { seedCore } from "../fixtures/corpus.js";
import { engineOf } from "../fixtures/engines.js";

const REPORTS = {
  "p_a.txt": "Die italienische Regierung lehnt eine Beteiligung an einer Friedenstruppe ab. Die Wahl der Partner sei offen.",
  "p_b.txt": "Moskau reagierte zurückhaltend auf den Vorschlag einer Waffenruhe. Die Partei des Präsidenten begrüßte die Gespräche.",
  "p_c.txt": "In Washington hieß es, die Waffenruhe könne schon bald beginnen. Die Wahl in den USA hatte die Lage verändert. Der nationale Sicherheitsrat tagte.",
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(REPORTS);
});

const flagged = (question: string) => {
  const { concepts } = parseQuery(question, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t), DEFAULT_RANKING);
  return namesUnknownPlace(engine.index, concepts, engine.lexicon.general);
};

describe("a country or capital the corpus never names", () => {
  it.each([
    ["Wie reagierte China auf den Vorschlag einer Waffenruhe?"],
    ["Was sagt Peking zu der Waffenruhe?"],
    ["Welche Partei hat die Wahl in Österreich gewonnen?"],
    ["Who won the Canadian election?"],
    ["How did Beijing react to the ceasefire proposal?"],
    // "Taiwan" translates as "Nationalchina" too: the corpus's "nationale" is a part of that word, no name of the place.
    ["What is happening in Taiwan?"],
  ])("GIVEN %j THEN the place is flagged and the bot abstains", (question) => {
    expect(flagged(question)).toBe(true);
    expect(answer(engine, question).abstained).toBe(true);
  });

  it.each([
    // Named as written, through its adjective ("italienische"), its country ("Moskau" for Russland) or a translation.
    ["Wie reagierte Moskau auf den Vorschlag einer Waffenruhe?"],
    ["Was sagt Italien zur Friedenstruppe?"],
    ["Wie reagierte Russland auf den Vorschlag einer Waffenruhe?"],
    ["How did Moscow react to the ceasefire proposal?"],
    // No country: a region or a person the corpus never names is left to the other features.
    ["Was sagt Olaf Lies zur Waffenruhe?"],
  ])("GIVEN %j THEN no unknown place is flagged", (question) => {
    expect(flagged(question)).toBe(false);
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
