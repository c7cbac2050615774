/**
 * The analyzer's tokens: what one is (`TOKEN`, found without the expression by tokenScanner.ts), the longest one that
 * is indexed, and a token as the analyzer reads it before folding: its written form and the pieces of a hyphenated
 * one, with a letter code joined to its number.
 */
import { LOWER_CASE_START } from "./normalize.js";
import { scanTokens } from "./tokenScanner.js";
import { INVISIBLE, INVISIBLE_CHARACTERS } from "../util/text.js";

/** A word may hold invisible characters (soft hyphens from the web, zero-width joiners): they are dropped before analysis. */
const WORD_PART = `[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}${INVISIBLE_CHARACTERS}]*[\\p{L}\\p{N}\\p{M}])?`;
/**
 * Words, numbers and hyphen/apostrophe compounds ("US-Außenminister", "30-tägige", "G-7-Länder"). The index build
 * finds the same tokens with a scanner over char codes (tokenScanner.ts).
 */
export const TOKEN = new RegExp(`${WORD_PART}(?:[-‐‑'’]${WORD_PART})*`, "gu");
/** Longer tokens are not indexed (they are no words: URLs, hashes, runs of letters). */
export const MAX_TOKEN_LENGTH = 60;

/** Every token of a text, in order, the over-long ones included (the index builder reads each text once). */
export function allRawTokens(text: string): string[] {
  return scanTokens(text);
}

export interface Token {
  /** The token as written. */
  raw: string;
  start: number;
  end: number;
}

// The analyzer's regular expressions, compiled once: a literal in a method makes a new object on every call, and
// the index build analyses ~300,000 distinct tokens.
const UNICODE_HYPHENS = /[‐‑]/g;
const CURLY_APOSTROPHE = /[’]/g;
export const PIECE_JOINER = /[-']/;
/** A hyphenated name's letters and number ("G-7", "F-16", "Su-34", "MiG-31"): one to three letters, then one to four digits. */
const LETTER_CODE = /^\p{L}{1,3}$/u;
const NUMBER_PIECE = /^\d{1,4}$/;

/**
 * The pieces of a hyphenated word with each letter code joined to its number, as the code is also written ("G-7-Länder"
 * → G7, Länder; "F-16" → F16): the analyzer indexes the joined form beside the pieces, the question parsers look it up.
 */
export function joinLetterCodes(pieces: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const next = pieces[i + 1];
    if (next !== undefined && LETTER_CODE.test(pieces[i]!) && NUMBER_PIECE.test(next)) {
      out.push(pieces[i]! + next);
      i++;
    } else out.push(pieces[i]!);
  }
  return out;
}

/** A raw token as the analyzer reads it before folding: NFKC, no invisible characters, one hyphen and apostrophe. */
export function writtenToken(raw: string): string {
  return raw.normalize("NFKC").replace(INVISIBLE, "").replace(UNICODE_HYPHENS, "-").replace(CURLY_APOSTROPHE, "'");
}

/**
 * Per piece of a hyphenated token (split as its folded form is, `count` pieces; `nonEmpty`: empty pieces dropped),
 * whether it is written as a noun, with a capital; `whole` for every piece where the two splits disagree.
 */
export function piecesAreNouns(written: string, count: number, whole: boolean, nonEmpty = true): boolean[] {
  const pieces = written.split(PIECE_JOINER);
  const kept = nonEmpty ? pieces.filter(Boolean) : pieces;
  return kept.length === count ? kept.map((p) => !LOWER_CASE_START.test(p)) : new Array<boolean>(count).fill(whole);
}
