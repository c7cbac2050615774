/** Actor discovery's token scanner finds exactly the matches of its regular expression, each a word or not as before. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashUnits } from "../../src/analysis/tokenScanner.js";
import { DISCOVERY_TOKEN, discoveryTokens, scanDiscoveryTokens, TokenBuffer } from "../../src/timeline/discoveryTokens.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

const PUNCTUATION = new Set([..."\n.,;:!?()„“”\"«»–—"]);
const byRegex = (text: string) => [...text.matchAll(DISCOVERY_TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, word: !PUNCTUATION.has(m[0][0]!) }));

/** The hashes the scanner gives its words, against hashUnits of each word's text (0 for other tokens). */
function hashesMatch(text: string): void {
  const buffer = new TokenBuffer();
  scanDiscoveryTokens(text, buffer);
  for (let k = 0; k < buffer.count; k++) {
    const expected = buffer.units[k] === 0 ? hashUnits(text, buffer.starts[k]!, buffer.ends[k]!) : 0;
    expect(buffer.hashes[k], JSON.stringify(text.slice(buffer.starts[k], buffer.ends[k]))).toBe(expected);
  }
}

const PIECES = [
  "J", "D", "a", "ß", "Ü", "7", "٣", "Ⅻ", ".", ". ", " ", "\t", "\u00A0", "\u3000", "\n", "\n\n", "\r\n", ",", ";", ":", "!", "?", "(", ")", "„", "“", "”", "\"", "«", "»",
  "–", "—", "-", "'", "’", "\u0301", "\u00AD", "𝐀", "𝐚", "𠀀", "😀", "\uD800", "\uDC00", "J.D.", "J. D.", "O'Brien", "Kramp-Karrenbauer",
];

describe("discoveryTokens", () => {
  it("GIVEN random strings of letters, digits, marks, spaces, line breaks, punctuation and surrogates THEN it gives the regex's tokens", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(discoveryTokens(text)).toEqual(byRegex(text));
        hashesMatch(text);
      }),
      { numRuns: 10_000 },
    );
  });

  it("GIVEN any Unicode string THEN it gives the regex's tokens", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 30 }), (a, b) => {
        expect(discoveryTokens(a + b)).toEqual(byRegex(a + b));
        hashesMatch(a + b);
      }),
      { numRuns: 3_000 },
    );
  });

  it("GIVEN pathological runs and the seed corpus THEN it gives the regex's tokens", () => {
    const texts = ["", "\n".repeat(2000), `\n${" ".repeat(3000)}`, "J.".repeat(2000), "a-".repeat(3000), "a'".repeat(3000), "A. B. C. D.E.F", "x".repeat(10_000)];
    for (const name of readdirSync(CORPUS_DIR).filter((n) => n.endsWith(".txt"))) texts.push(readFileSync(path.join(CORPUS_DIR, name), "utf8"));
    for (const text of texts) {
      expect(discoveryTokens(text)).toEqual(byRegex(text));
      hashesMatch(text);
    }
  });
});
