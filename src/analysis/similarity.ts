/** Small measures shared by duplicate detection, timelines, article lookup and actor matching. */
import { codePointClasses } from "../util/codePoints.js";
import { foldWord } from "./normalize.js";
import { FNV_OFFSET, FNV_PRIME, isJoiner } from "./tokenScanner.js";

/**
 * Share of the smaller set's terms that stand in the other: 1 when one text's words are all in the other.
 * Sets smaller than `minSize` are too short to judge and score 0.
 */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>, minSize = 1): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < Math.max(1, minSize)) return 0;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / small.size;
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Edit distance from `q` to the closest prefix of `key` (prefixes within `slack` of q's length). */
export function prefixDistance(q: string, key: string, slack = 2): number {
  let best = Number.POSITIVE_INFINITY;
  for (let len = Math.max(0, q.length - slack); len <= Math.min(key.length, q.length + slack); len++) {
    best = Math.min(best, editDistance(q, key.slice(0, len)));
  }
  return best;
}

/**
 * Words per shingle. Five words rarely repeat by chance in news prose ("Marco Rubio und sein russischer" is a
 * run, "Rubio" and "Lawrow" are not), yet a syndicated copy that changes a word here and there keeps most runs.
 */
export const SHINGLE_WORDS = 5;

/** A word with letters, digits and inner hyphens or apostrophes ("US-Außenministerium", "geht’s"). */
const SHINGLE_WORD = /[\p{L}\p{N}]+(?:[-‐‑'’][\p{L}\p{N}]+)*/gu;

/**
 * Normalised words of `text`: lower case, umlauts and ß folded, punctuation dropped, inner hyphens removed so
 * "Ukraine-Kriegs" and "Ukrainekriegs" (000 and 001 spell it differently) are the same word.
 */
export function shingleWords(text: string): string[] {
  // foldWord on the whole text at once: it works character by character, and one normalisation is cheaper than fifty.
  return Array.from(foldWord(text.normalize("NFKC")).matchAll(SHINGLE_WORD), (m) => m[0].replace(/[-‐‑'’]/g, ""));
}

/**
 * Word shingles: every run of `k` consecutive normalised words, joined by a space. A text shorter than `k` words
 * is one shingle of all its words (none when it has no words).
 */
export function shingles(text: string, k = SHINGLE_WORDS): Set<string> {
  const words = shingleWords(text);
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length < k) {
    out.add(words.join(" "));
    return out;
  }
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(" "));
  return out;
}

/**
 * {@link shingles} as 32-bit hashes of the same runs of words: the same containment and resemblance but for a
 * collision (about one in four billion for two different runs), without a string per run. /ask compares the
 * quotes of its ranked candidates this way (their shingles took a fifth of a question's time on the seed corpus).
 */
export function shingleHashes(text: string, k = SHINGLE_WORDS): Set<number> {
  const words = shingleWordHashes(text);
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < k) {
    out.add(runHash(words, 0, words.length));
    return out;
  }
  for (let i = 0; i + k <= words.length; i++) out.add(runHash(words, i, i + k));
  return out;
}

/**
 * `shingleWords(text)`, each word hashed as `hashUnits` (tokenScanner.ts) hashes it, in one scan of the folded text without a
 * string or a match per word: the words of a quote are hashed as they are read, inner hyphens and apostrophes skipped.
 */
export function shingleWordHashes(text: string): number[] {
  const folded = foldWord(text.normalize("NFKC"));
  const n = folded.length;
  const out: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < n; ) {
    const code = wordCharAt(folded, i, n);
    const width = (code & 1) + 1;
    if (code & (WORD_CHAR << 1)) {
      for (let u = i; u < i + width; u++) h = Math.imul(h ^ folded.charCodeAt(u), FNV_PRIME);
      inWord = true;
    } else if (inWord && !(isJoiner(folded.charCodeAt(i)) && i + 1 < n && wordCharAt(folded, i + 1, n) & (WORD_CHAR << 1))) {
      out.push(h);
      h = FNV_OFFSET;
      inWord = false;
    }
    i += width;
  }
  if (inWord) out.push(h);
  return out;
}

/** SHINGLE_WORD's character class, `[\p{L}\p{N}]`, as a class bit of {@link codePointClasses}. */
const WORD_CHAR = 1;
const CLASSIFIED = 2;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const wordCharAt = codePointClasses((char) => CLASSIFIED | (LETTER_OR_DIGIT.test(char) ? WORD_CHAR : 0));

/** The words `hashes[from … to)` in order, mixed into one 32-bit value (murmur3's finaliser at the end). */
function runHash(hashes: readonly number[], from: number, to: number): number {
  let h = to - from;
  for (let i = from; i < to; i++) h = Math.imul((h << 5) | (h >>> 27), 0x9e3779b1) ^ hashes[i]!;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Jaccard resemblance of two shingle sets: shared over all; 0 when both are empty. */
export function resemblance<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}
