/** What discovery decides per distinct word: its fast folding equals foldName. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldWord } from "../../src/analysis/normalize.js";
import { foldLatin, foldOnce } from "../../src/timeline/discoveryWords.js";
import { foldName } from "../../src/timeline/nameFolding.js";

const PIECES = ["A", "z", "Ä", "ä", "ß", "ẞ", "Ö", "ü", "é", "É", "ñ", "ÿ", "Ø", "Æ", "Ð", "Þ", "×", "÷", "µ", "ª", "º", "\u00A0", "\u00AD", "´", "’", "'", "-",
  "\u2011", " ", "\t", ".", "İ", "K", "ﬁ", "e\u0301", "Ω", "𝐀", "\uD800", "x"];

describe("foldOnce", () => {
  it("GIVEN words of ASCII, Latin-1 letters and other characters THEN it folds as foldName", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (parts) => {
        const word = parts.join("");
        expect(foldOnce(word)).toBe(foldName(word));
      }),
      { numRuns: 10_000 },
    );
  });

  it("GIVEN every pair of printable ASCII units and Latin-1 letters THEN it folds as foldName", () => {
    const units = Array.from({ length: 0x100 }, (_, u) => String.fromCharCode(u)).filter((c) => /^[\x21-\x7e\u00c0-\u00ff]$/u.test(c));
    for (const a of units) for (const b of units) expect(foldOnce(a + b + a)).toBe(foldName(a + b + a));
  });

  it("GIVEN any Unicode string THEN it folds as foldName", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (word) => {
        expect(foldOnce(word)).toBe(foldName(word));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe("foldLatin", () => {
  it("GIVEN every pair of printable ASCII units and Latin-1 letters (not × nor ÷) THEN it is foldWord's folding too (the topic counts' key)", () => {
    const units = Array.from({ length: 0x100 }, (_, u) => String.fromCharCode(u)).filter((c) => /^[\x21-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]$/u.test(c));
    for (const a of units) for (const b of units) expect(foldLatin(a + b + a)).toBe(foldWord(a + b + a));
  });

  it("GIVEN words of other characters THEN it folds none of them", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (parts) => {
        const word = parts.join("");
        const folded = foldLatin(word);
        if (folded !== undefined) expect(folded).toBe(foldWord(word));
        else expect(/[^\x21-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]/u.test(word)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });
});
