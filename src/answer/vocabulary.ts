/**
 * The corpus vocabulary as sorted arrays, for finding a word inside longer corpus words: as their start
 * ("Kernkraft" in "Kernkraftwerk") or end ("Anatolien" in "Ostanatolien"). Built once per index, on first use.
 */
import type { PassageIndex } from "../search/passageIndex.js";
import { firstAtOrAfter } from "../util/sortedArrays.js";

/** Shortest word looked up inside longer ones, and how much longer the longer one must be. */
const MIN_PART_LENGTH = 5;
const MIN_REST_LENGTH = 3;

interface Sorted {
  forward: string[];
  reversed: string[];
}

const cache = new WeakMap<PassageIndex, Sorted>();

function sorted(index: PassageIndex): Sorted {
  let s = cache.get(index);
  if (!s) {
    const terms = [...index.df.keys()].filter((t) => !t.startsWith("§"));
    const reverse = (t: string) => [...t].reverse().join("");
    s = { forward: terms.slice().sort(), reversed: terms.map(reverse).sort() };
    cache.set(index, s);
  }
  return s;
}

function withPrefix(a: string[], prefix: string, minLength: number, out: string[], max: number, map: (t: string) => string): void {
  for (let i = firstAtOrAfter(a, prefix); i < a.length && a[i]!.startsWith(prefix) && out.length < max; i++) {
    if (a[i]!.length >= minLength) out.push(map(a[i]!));
  }
}

/** Corpus terms that start or end with `term` and are clearly longer, the most frequent first. */
export function partsIn(index: PassageIndex, term: string, max: number): string[] {
  if (term.length < MIN_PART_LENGTH) return [];
  const s = sorted(index);
  const found: string[] = [];
  const minLength = term.length + MIN_REST_LENGTH;
  const reverse = (t: string) => [...t].reverse().join("");
  withPrefix(s.forward, term, minLength, found, 200, (t) => t);
  withPrefix(s.reversed, reverse(term), minLength, found, 400, reverse);
  return [...new Set(found)].sort((a, b) => (index.df.get(b) ?? 0) - (index.df.get(a) ?? 0)).slice(0, max);
}

/** Corpus terms that start with `prefix`, at most `max`, in sorted order. */
export function termsStartingWith(index: PassageIndex, prefix: string, max: number): string[] {
  const found: string[] = [];
  withPrefix(sorted(index).forward, prefix, prefix.length, found, max, (t) => t);
  return found;
}
