import { describe, expect, it } from "vitest";
import { placeDerivations, qualityDerivations } from "../../src/analysis/derivation.js";

describe("placeDerivations", () => {
  it.each([
    ["italien", "italienisch"],
    ["spanien", "spanisch"],
    ["kolumbien", "kolumbianisch"],
    ["russland", "russisch"],
    ["griechenland", "griechisch"],
    ["deutschland", "deutsch"],
    ["england", "englisch"],
    ["thailand", "thailandisch"],
    ["schweden", "schwedisch"],
    ["ukraine", "ukrainisch"],
    ["turkei", "turkisch"],
    ["kanada", "kanadisch"],
    ["amerika", "amerikanisch"],
    ["china", "chinesisch"],
    ["mexiko", "mexikanisch"],
    ["iran", "iranisch"],
  ])("GIVEN the place %s THEN %s is among its adjectives", (place, adjective) => {
    expect(placeDerivations(place, true)).toContain(adjective);
  });

  it.each([
    ["italienische", "italien"],
    ["spanischen", "spanien"],
    ["kolumbianischer", "kolumbien"],
    ["russisches", "russland"],
    ["deutsche", "deutschland"],
    ["englischen", "england"],
    ["schwedisch", "schweden"],
    ["ukrainischen", "ukraine"],
    ["turkische", "turkei"],
    ["kanadischen", "kanada"],
    ["amerikanische", "amerika"],
    ["chinesische", "china"],
    ["mexikanischen", "mexiko"],
    ["europaische", "europa"],
  ])("GIVEN the adjective %s THEN %s is among its places", (adjective, place) => {
    expect(placeDerivations(adjective, false)).toContain(place);
  });

  it("GIVEN a short word, a word with other letters, or an adjective not in -sch THEN no candidates; never the word itself", () => {
    expect(placeDerivations("rom", true)).toEqual([]);
    expect(placeDerivations("sao-paulo", true)).toEqual([]);
    expect(placeDerivations("große", false)).toEqual([]);
    expect(placeDerivations("schnelle", false)).toEqual([]);
    expect(placeDerivations("italien", true)).not.toContain("italien");
  });
});

describe("qualityDerivations", () => {
  it.each([
    ["intensiver", "intensitat"],
    ["intensiv", "intensitat"],
    ["stabil", "stabilitat"],
    ["sicher", "sicherheit"],
    ["moglich", "moglichkeit"],
    ["intensitat", "intensiv"],
    ["sicherheit", "sicher"],
    ["moglichkeiten", "moglich"],
  ])("GIVEN %s THEN %s is among the proposed spellings", (word, derived) => {
    expect(qualityDerivations(word)).toContain(derived);
  });

  it("GIVEN a short word or one with other letters THEN nothing is proposed", () => {
    expect(qualityDerivations("gut")).toEqual([]);
    expect(qualityDerivations("x-men")).toEqual([]);
  });
});
