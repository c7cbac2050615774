/**
 * How names and texts are compared: folding (case, diacritics, apostrophes, hyphens, invisible characters) with a map
 * back to the original offsets, and a spelling-insensitive skeleton for fuzzy matches. Shared by the actor matcher,
 * the actors file (alias collisions) and actor discovery.
 */
import { ONE_INVISIBLE } from "../util/text.js";

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4\u2032]/gu;
const HYPHENS = /[\u2010\u2011\u2212]/gu;

/** Folding a character costs several normalisations; texts reuse few distinct characters. */
const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return ch.toLowerCase();
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = foldCharUncached(ch);
    if (foldCache.size < 10_000) foldCache.set(ch, folded);
  }
  return folded;
}

function foldCharUncached(ch: string): string {
  if (ONE_INVISIBLE.test(ch)) return "";
  return ch
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, "-")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ß/gu, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

/**
 * Folding used for every comparison: NFKC, lower case, ß → ss, diacritics (incl. umlauts) removed,
 * typographic apostrophes → ', hyphen variants → -, whitespace collapsed. "Außenminister" → "aussenminister".
 */
export function foldName(input: string): string {
  let out = "";
  for (const ch of input) out += foldChar(ch);
  return out.replace(/\s+/gu, " ").trim();
}

export interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`: start / end offset of the source character in the original. */
  from: number[];
  to: number[];
}

export function foldWithMap(text: string): FoldedText {
  let folded = "";
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      from.push(i);
      to.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }
  return { folded, from, to };
}

/**
 * A spelling-insensitive key for fuzzy comparison: German/English transliteration differences vanish
 * ("Selenskyj", "Zelenskyy" → "selenski"; "Lawrow", "Lavrov" → "lavrov"; "Kellogg" → "kelog").
 */
export function skeleton(input: string): string {
  return foldName(input)
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .replace(/ph/gu, "f")
    .replace(/ck/gu, "k")
    .replace(/c(?!h)/gu, "k")
    .replace(/w/gu, "v")
    .replace(/z/gu, "s")
    .replace(/[jy]/gu, "i")
    .replace(/(\p{L})\1+/gu, "$1");
}
