import { describe, expect, it } from "vitest";
import { actionDerivations, placeDerivations, qualityDerivations } from "../../src/analysis/derivation.js";

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
    ["ungarn", "ungarisch"],
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
    ["ungarischen", "ungarn"],
  ])("GIVEN the adjective %s THEN %s is among its places", (adjective, place) => {
    expect(placeDerivations(adjective, false)).toContain(place);
  });

  it("GIVEN a short word, a word with other letters, or an adjective not in -sch THEN no candidates; never the word itself", () => {
    expect(placeDerivations("rom", true)).toEqual([]);
    expect(placeDerivations("sao-paulo", true)).toEqual([]);
    expect(placeDerivations("große", false)).toEqual([]);
    expect(placeDerivations("schnelle", false)).toEqual([]);
    expect(placeDerivations("italien", true)).not.toContain("italien");
    expect(placeDerivations("iran", true)).not.toContain("iraisch");
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

describe("actionDerivations", () => {
  it.each([
    ["verhandlung", "verhandeln"],
    ["verhandlungen", "verhandeln"],
    ["forderung", "fordern"],
    ["warnung", "warnen"],
    ["absicherung", "absichern"],
  ])("GIVEN the noun %s THEN the verb %s is proposed", (word, derived) => {
    expect(actionDerivations(word, true)).toContain(derived);
  });

  it.each([
    ["verhandeln", "verhandlung"],
    ["verhandelt", "verhandlung"],
    ["forderte", "forderung"],
    ["warnte", "warnung"],
    ["geliefert", "lieferung"],
    ["absichern", "absicherung"],
  ])("GIVEN the verb form %s THEN the noun %s is proposed", (word, derived) => {
    expect(actionDerivations(word, false)).toContain(derived);
  });

  it("GIVEN a noun without -ung, or a short or foreign-lettered word THEN nothing is proposed", () => {
    expect(actionDerivations("frieden", true)).toEqual([]);
    expect(actionDerivations("ung", true)).toEqual([]);
    expect(actionDerivations("x-men", false)).toEqual([]);
  });
});
