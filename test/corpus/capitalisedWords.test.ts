/** The capitalised-word scanner of the corpus profile finds exactly the matches of its regular expression. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CAPITALISED_WORD, capitalisedWords } from "../../src/corpus/capitalisedWords.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

const scanned = (text: string) => {
  const out: Array<[number, number]> = [];
  capitalisedWords(text, (start, end) => out.push([start, end]));
  return out;
};
const matched = (text: string) => [...text.matchAll(CAPITALISED_WORD)].map((m): [number, number] => [m.index, m.index + m[0].length]);

const PIECES = ["A", "b", "Ü", "ß", "ä", "Ǆ", "ǅ", "ª", "7", " ", "-", "--", "‐", "'", ".", "\u0301", "𝐀", "𝐚", "𠀀", "😀", "\uD800", "\uDC00", "x\uD835", "\uDC00y", "Mc", "Cain", "Abc-Def", "-Ghi"];

describe("capitalisedWords", () => {
  it("GIVEN random strings of upper- and lower-case letters, other letters, hyphens, marks and surrogates THEN it finds the regex's matches", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(scanned(text)).toEqual(matched(text));
      }),
      { numRuns: 10_000 },
    );
  });

  it("GIVEN any Unicode string THEN it finds the regex's matches", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        expect(scanned(text)).toEqual(matched(text));
      }),
      { numRuns: 3_000 },
    );
  });

  it("GIVEN the seed corpus THEN it finds the regex's matches", () => {
    for (const name of readdirSync(CORPUS_DIR).filter((n) => n.endsWith(".txt"))) {
      const text = readFileSync(path.join(CORPUS_DIR, name), "utf8");
      expect(scanned(text)).toEqual(matched(text));
    }
  });
});
