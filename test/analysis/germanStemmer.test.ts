/**
 * The project's Snowball German stemmer gives the generated Snowball stemmer's stem (`@orama/stemmers`, the eval
 * baseline's) for every word: the dictionaries' forms and lemmas, the seed corpus's words as the analyzer folds
 * them, and random strings over the letters its rules read, most of them ending in the suffixes its steps remove.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { stemmer as snowballStem } from "@orama/stemmers/german";
import { describe, expect, it } from "vitest";
import { germanStem } from "../../src/analysis/germanStemmer.js";
import { foldWord } from "../../src/analysis/normalize.js";
import { CORPUS_DIR, ROOT } from "../fixtures/corpus.js";

/** The words on which the two stemmers differ (at most 10), with both stems. */
function differences(words: Iterable<string>): string[] {
  const out: string[] = [];
  for (const w of words) {
    const expected = snowballStem(w);
    const actual = germanStem(w);
    if (actual !== expected && out.push(`${w}: ${expected} ≠ ${actual}`) >= 10) break;
  }
  return out;
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const LETTERS = "aeiouyäöüßbdfghklmnrstcjpvwxz";
const ENDINGS = ["ern", "em", "en", "er", "es", "e", "s", "est", "st", "heit", "isch", "keit", "lich", "end", "ung", "ig", "ik", "igkeit", "lichkeit", "nisse", "nissen", "ungen", "erlich", "enheit", "eig", "eisch", "eigend"];

describe("germanStem", () => {
  it("GIVEN the lemma and thesaurus dictionaries' words THEN it stems each as Snowball does", () => {
    const words = new Set<string>();
    for (const file of ["lemmas.de.tsv", "thesaurus.de.tsv"]) {
      for (const line of readFileSync(path.join(ROOT, "src/analysis/dict", file), "utf8").split("\n")) {
        if (line.startsWith("#")) continue;
        for (const w of line.split(/[\t;,| ]+/)) if (w) words.add(w);
      }
    }
    expect(words.size).toBeGreaterThan(50_000);
    expect(differences(words)).toEqual([]);
  });

  it("GIVEN the seed articles' words, folded as the analyzer folds them THEN it stems each as Snowball does", () => {
    const words = new Set<string>();
    for (const f of readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".txt"))) {
      for (const w of readFileSync(path.join(CORPUS_DIR, f), "utf8").split(/[^\p{L}\p{N}ß'-]+/u)) if (w) words.add(foldWord(w));
    }
    expect(words.size).toBeGreaterThan(500);
    expect(differences(words)).toEqual([]);
  });

  it("GIVEN 200,000 random strings of German letters, with and without ß and umlauts, most ending in a suffix THEN it stems each as Snowball does", () => {
    const next = random(20261204);
    const words = new Set<string>();
    while (words.size < 200_000) {
      let w = "";
      const length = Math.floor(next() * 9);
      for (let i = 0; i < length; i++) w += LETTERS[Math.floor(next() * LETTERS.length)];
      if (next() < 0.7) w += ENDINGS[Math.floor(next() * ENDINGS.length)];
      if (w) words.add(w);
    }
    expect(differences(words)).toEqual([]);
  });

  it("GIVEN the rules' own cases THEN each step does what Snowball's German stemmer does", () => {
    // ß, u and y between vowels, the -nisse rule, -st after an st-ending, -ig not after e, -keit after -lich, umlauts.
    const cases = ["straße", "bauen", "bayern", "ereignisse", "erkenntnissen", "kleinste", "längste", "ewiges", "heftigkeit", "freundlichkeit", "häuser", "aufeinanderfolgenden"];
    expect(cases.map(germanStem)).toEqual(cases.map(snowballStem));
  });
});
