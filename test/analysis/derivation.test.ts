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
    ["aktive", "aktivitat"],
    ["frei", "freiheit"],
    ["schnell", "schnelligkeit"],
  ])("GIVEN the adjective %s THEN %s is among the proposed nouns", (word, derived) => {
    expect(qualityDerivations(word, false)).toContain(derived);
  });

  it.each([
    ["stabilitat", "stabil"],
    ["intensitat", "intensiv"],
    ["freiheiten", "frei"],
    ["schnelligkeit", "schnell"],
  ])("GIVEN the noun %s THEN %s is among the proposed adjectives", (word, derived) => {
    expect(qualityDerivations(word, true)).toContain(derived);
  });

  it("GIVEN a noun that is no noun of quality, or a short or foreign-lettered word THEN nothing is proposed", () => {
    expect(qualityDerivations("kinder", true)).toEqual([]);
    expect(qualityDerivations("menschen", true)).toEqual([]);
    expect(qualityDerivations("universitat", true)).not.toContain("universal");
    expect(qualityDerivations("gut", false)).toEqual([]);
    expect(qualityDerivations("x-men", false)).toEqual([]);
  });
});
