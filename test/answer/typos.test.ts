import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import { createEngine, type Engine } from "../../src/search/engine.js";

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine("corpus", { cacheDir: null });
});

describe("typos in names", () => {
  it("GIVEN a seven-letter name with one wrong letter whose correct stem lost its ending ('Starmar' / starm) THEN the name's passage answers; with one edit allowed it does not", () => {
    const q = "Was sagte Starmar nach der Videokonferenz?";
    const on = answer(engine, q);
    expect(on.abstained).toBe(false);
    expect(on.results[0]!.quote).toContain("Starmer");
    const off = answer(engine, q, { ranking: { ...DEFAULT_RANKING, fuzzyTwoEditsLength: 8 } });
    expect(off.abstained || !off.results[0]!.quote.includes("Starmer")).toBe(true);
  });
});
