/** Random corpora for the equivalence tests of the index builder, the candidate selection and live updates. */
import { Rng } from "../../bench/synthetic.js";
import { Analyzer } from "../../src/analysis/analyzer.js";
import type { Article, Passage } from "../../src/corpus/types.js";

const STEMS = ["waffen", "ruhe", "gespräch", "ukraine", "russland", "kiew", "moskau", "verhandlung", "treffen", "hilfe", "militär", "präsident", "minister", "abkommen", "rohstoff", "energie", "angriff", "drohne", "front", "grenze"];
const SMALL = ["und", "der", "die", "das", "mit", "in", "am", "es", "USA", "EU", "G-7", "30", "2025"];

/** A Zipf-like vocabulary: a few words in most passages (like "Ukraine"), compounds, hyphenated names, stopwords. */
export function randomVocabulary(rng: Rng, size: number): string[] {
  const words: string[] = [];
  for (let i = 0; i < size; i++) {
    const a = rng.pick(STEMS);
    const b = rng.pick(STEMS);
    const shape = rng.int(0, 5);
    const word = shape === 0 ? a : shape === 1 ? a + b : shape === 2 ? `${a[0]!.toUpperCase()}${a.slice(1)}${b}` : shape === 3 ? `${a}-${b}` : `${a}${rng.hex(3).replace(/\d/g, "x")}`;
    words.push(word);
  }
  return [...words, ...SMALL];
}

export function randomPassages(rng: Rng, count: number, vocabulary: readonly string[]): Passage[] {
  return Array.from({ length: count }, (_, i) => {
    const length = rng.int(1, 25);
    const words: string[] = [];
    // Zipf-like: low ranks far more often.
    for (let w = 0; w < length; w++) words.push(vocabulary[Math.floor(vocabulary.length * rng.float() ** 3)]!);
    const text = words.join(" ");
    const heading = rng.chance(0.2) ? vocabulary[rng.int(0, vocabulary.length - 1)]! : undefined;
    return { id: `a#${i}`, articleId: "a", ordinal: i, text, start: 0, sentences: [text], ...(heading ? { heading } : {}) };
  });
}

export const ARTICLE: Article = { id: "a", file: "a.txt", title: "a", date: null, meta: {}, text: "" };

export function testAnalyzer(): Analyzer {
  return new Analyzer({ variants: new Map(), dictionary: STEMS });
}

export { Rng };
