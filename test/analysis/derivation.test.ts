import { describe, expect, it } from "vitest";
import { placeDerivations } from "../../src/analysis/derivation.js";

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
