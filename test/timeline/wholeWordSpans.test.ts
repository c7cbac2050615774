/**
 * The actor matcher checks word boundaries in code (wholeWordSpans) instead of compiling two Unicode lookarounds
 * into each alias's and title's expression. It must find exactly what the lookaround expression finds, on any text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wholeWordSpans } from "../../src/timeline/actorPatterns.js";

const BEFORE = "(?<![\\p{L}\\p{N}\\p{M}])";
const AFTER = "(?![\\p{L}\\p{N}\\p{M}])";

/** Bodies shaped like the matcher's: names with an optional genitive (also a bare apostrophe), titles with case endings. */
const BODIES = ["putin(?:'?s)?", "lawrow(?:'?s|')?", "peskow(?:'?s)?", "dmitri\\s+peskow(?:'?s)?", "aussenminist(?:er|ers|ern|e|en|em|es)", "us-sondergesandt(?:e|er|en|em|es)", "ministerin(?:nen)?", "a", "ab(?:c)?"];

/** Pieces that make boundaries interesting: the bodies' own words, apostrophes, letters, digits, a combining mark, an astral letter and an emoji, spaces and punctuation. */
const PIECES = ["putin", "lawrow", "peskow", "dmitri", "aussenminister", "aussenministers", "us-sondergesandte", "ministerinnen", "abc", "ab", "a", "'", "’", "s", "sche", "x", "7", "\u0301", "𝐀", "😀", " ", "  ", "-", ",", ".", "„", "“", "\n", "é"];

function reference(text: string, body: string): Array<[number, number]> {
  return [...text.matchAll(new RegExp(`${BEFORE}${body}${AFTER}`, "gu"))].map((m) => [m.index, m.index + m[0].length]);
}

function spans(text: string, body: string): Array<[number, number]> {
  return [...wholeWordSpans(text, new RegExp(body, "gu"), () => new RegExp(`${BEFORE}${body}${AFTER}`, "uy"))];
}

describe("wholeWordSpans", () => {
  it("GIVEN texts of names, apostrophes, marks, astral characters and punctuation THEN it finds exactly what the lookaround expression finds", () => {
    fc.assert(
      fc.property(fc.constantFrom(...BODIES), fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (body, pieces) => {
        const text = pieces.join("");
        expect(spans(text, body)).toEqual(reference(text, body));
      }),
      { numRuns: 3000 },
    );
  });

  it("GIVEN arbitrary strings THEN it finds exactly what the lookaround expression finds", () => {
    fc.assert(
      fc.property(fc.constantFrom(...BODIES), fc.string({ unit: "grapheme-composite", maxLength: 40 }), (body, text) => {
        expect(spans(text, body)).toEqual(reference(text, body));
      }),
      { numRuns: 1000 },
    );
  });

  it("GIVEN a genitive that runs into a word ('putin'sche') THEN the name alone is found, as the lookahead backs off to it", () => {
    expect(spans("putin'sche", "putin(?:'?s)?")).toEqual([[0, 5]]);
    expect(spans("putins sagte", "putin(?:'?s)?")).toEqual([[0, 6]]);
    expect(spans("xputin putin", "putin(?:'?s)?")).toEqual([[7, 12]]);
  });
});
