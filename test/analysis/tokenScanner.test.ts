/**
 * The token scanner finds exactly the analyzer's TOKEN matches: on random strings over the characters that decide
 * a token's bounds (letters, digits, marks, invisible characters, hyphens, apostrophes, surrogate pairs and lone
 * surrogates), on any Unicode, on pathological runs and on corpus text.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TOKEN } from "../../src/analysis/tokens.js";
import { scanTokens, TokenScanner } from "../../src/analysis/tokenScanner.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

const byRegex = (text: string) => text.match(TOKEN) ?? [];
/** The scanner's tokens with their offsets, against the regex's matches with theirs. */
const offsetsOf = (text: string) => {
  const out: Array<[number, number]> = [];
  const s = new TokenScanner().reset(text);
  while (s.next()) out.push([s.start, s.end]);
  return out;
};
const regexOffsets = (text: string) => [...text.matchAll(TOKEN)].map((m): [number, number] => [m.index, m.index + m[0].length]);

/** Characters on which a token's bounds turn. */
const PIECES = [
  "a", "Z", "ß", "ü", "Ö", "7", "٣", "Ⅻ", "²", " ", "\n", ".", ",", "-", "‐", "‑", "'", "’", "–", "„", "“",
  "\u0301", "\u0308", "\u00AD", "\u200B", "\u200D", "\uFE0F", "\uFEFF", "\u3164", "\u115F", "\u034F",
  "𝐀", "𠀀", "😀", "\u{1D165}", "\uD800", "\uDC00", "\uDBFF", "x\uD83D", "\uDE00y",
];

describe("TokenScanner", () => {
  it("GIVEN random strings of letters, digits, marks, invisibles, joiners and surrogates THEN it finds the regex's tokens at the regex's offsets", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(offsetsOf(text)).toEqual(regexOffsets(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it("GIVEN a range of a text THEN it finds the tokens of that slice, at offsets into the text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join("");
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        const s = new TokenScanner().reset(text, from, to);
        const found: Array<[number, number]> = [];
        while (s.next()) found.push([s.start - from, s.end - from]);
        expect(found).toEqual(regexOffsets(text.slice(from, to)));
      }),
      { numRuns: 3_000 },
    );
  });

  it("GIVEN any Unicode string THEN it finds the regex's tokens", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 30 }), (a, b) => {
        expect(scanTokens(a + b)).toEqual(byRegex(a + b));
      }),
      { numRuns: 3_000 },
    );
  });

  it("GIVEN pathological runs THEN it finds the regex's tokens", () => {
    const texts = [
      "",
      "-".repeat(1000),
      "a-".repeat(5000),
      "a\u00AD".repeat(3000),
      `${"\u00AD".repeat(100)}b`,
      "x".repeat(10_000),
      "a'b’c‐d‑e-f--g''h",
      "US-Außenminister G-7-Länder 30-tägige Putin’s Ka\u0301rol Wei\u00ADter \u00ADx\u00AD",
    ];
    for (const text of texts) expect(scanTokens(text)).toEqual(byRegex(text));
  });

  it("GIVEN the seed corpus THEN it finds the regex's tokens", () => {
    for (const name of readdirSync(CORPUS_DIR).filter((n) => n.endsWith(".txt"))) {
      const text = readFileSync(path.join(CORPUS_DIR, name), "utf8");
      expect(scanTokens(text)).toEqual(byRegex(text));
    }
  });
});
