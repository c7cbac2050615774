import { describe, expect, it } from "vitest";
import { CompoundSplitter } from "../../src/analysis/compounds.js";

describe("CompoundSplitter: German compounds split into known parts", () => {
  const splitter = new CompoundSplitter(["angriff", "rakete", "erkenntnis", "militar", "geheimdienst", "einsatz"]);

  it("GIVEN a compound whose parts are known as written THEN it splits, the linker dropped", () => {
    expect(splitter.split("sicherheitsgarantien")).toEqual(["sicherheit", "garantien"]);
    expect(splitter.split("militarhilfe")).toEqual(["militar", "hilfe"]);
  });

  it("GIVEN an inflected last part (plural, genitive, dative) THEN it splits like the base form", () => {
    expect(splitter.split("armeechefs")).toEqual(["armee", "chefs"]);
    expect(splitter.split("militarchefs")).toEqual(["militar", "chefs"]);
    expect(splitter.split("raketenangriffen")).toEqual(["raketen", "angriffen"]);
    expect(splitter.split("geheimdiensterkenntnissen")).toEqual(["geheimdienst", "erkenntnissen"]);
  });

  it("GIVEN an unknown word THEN it stays whole", () => {
    expect(splitter.split("hochblauen")).toEqual([]);
    expect(splitter.split("quxfoobarbaz")).toEqual([]);
  });
});
