/**
 * German writes nouns capitalised: an English noun is known through a German translation only where the corpus writes
 * that translation as a noun. "champions" → Meister shares its stem "meist" with "die meisten", which the seed articles
 * write, and a sports question was answered from an article on air strikes.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { wordKind } from "../../src/answer/ownWords.js";
import { DEFAULT_RANKING, type RankingConfig } from "../../src/answer/ranking.js";
import type { Engine } from "../../src/search/engine.js";
import { seedCore } from "../fixtures/corpus.js";

let engine: Engine;
beforeAll(async () => {
  engine = (await seedCore()).engine;
});

const WITHOUT: RankingConfig = { ...DEFAULT_RANKING, translatedNounUse: false };

describe("English nouns known only through German nouns", () => {
  it("GIVEN 'die meisten' in the articles and no 'Meister' THEN the stem is a word of its own, but not as a noun", () => {
    const meist = engine.index.analyzer.headTerm("Meister")!;
    expect(engine.index.analyzer.headTerm("meisten")).toBe(meist);
    expect(wordKind(engine.index, meist)).toBe("own");
    expect(wordKind(engine.index, meist, undefined, true)).toBe("collision");
  });

  it("GIVEN a noun the articles do write capitalised THEN it stays a word of its own as a noun", () => {
    const talks = engine.index.analyzer.headTerm("Gespräche")!;
    expect(wordKind(engine.index, talks, undefined, true)).toBe("own");
  });

  it("GIVEN 'Who won the Champions League final?' THEN the engine abstains, and answered without the rule", () => {
    const q = "Who won the Champions League final?";
    expect(answer(engine, q).abstained).toBe(true);
    expect(answer(engine, q, { ranking: WITHOUT }).abstained).toBe(false);
  });

  it("GIVEN an English question whose nouns the articles write as nouns THEN it is answered as before", () => {
    const a = answer(engine, "Who is the Kremlin spokesman?");
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.passage).toContain("Peskow");
  });
});
