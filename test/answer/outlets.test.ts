import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { outletVocabulary } from "../../src/answer/outlets.js";
import { createEngine, type Engine } from "../../src/search/engine.js";

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine("corpus", { cacheDir: null });
});

describe("a question that names an article's outlet", () => {
  it("GIVEN the seed corpus THEN the outlets' words form a vocabulary of their own", () => {
    const words = outletVocabulary(engine.index);
    expect(words.has(engine.index.analyzer.headTerm("Hochblauen")!)).toBe(true);
    expect(engine.index.df.has(engine.index.analyzer.headTerm("Hochblauen")!)).toBe(false);
  });

  it("GIVEN an outlet word no article text uses ('Sicht vom Hochblauen') THEN it is no missing topic: the question is answered from that outlet's article", () => {
    const q = "Wie nennt Sicht vom Hochblauen den ukrainischen Präsidenten?";
    const a = answer(engine, q);
    expect(a.abstained).toBe(false);
    const outletOf = (file: string) => engine.index.articles.find((x) => x.file === file)!.meta.outlet;
    expect(a.results.slice(0, 3).map((r) => outletOf(r.file))).toContain("Sicht vom Hochblauen");
  });
});
