/**
 * The analyzer's tokens (its `TOKEN` expression: words, numbers and hyphen/apostrophe compounds) found by a scanner
 * over char codes instead of a Unicode regular expression: the index build reads ~12 million tokens at 200,000
 * passages, and the scanner gives their offsets without a match array or a string per token, so the builder can
 * look each token up in its table of distinct tokens before (or without) slicing it.
 *
 * It finds exactly the regular expression's matches (`test/analysis/tokenScanner.test.ts` compares both on random
 * Unicode, pathological and corpus text). The expression is
 * `W(?:[-‐‑'’]W)*` with `W = [\p{L}\p{N}](?:[\p{L}\p{N}\p{M}<invisible>]*[\p{L}\p{N}\p{M}])?`, so:
 * a token starts at a letter or digit, runs over letters, digits, marks and invisible characters, ends at its last
 * letter, digit or mark, and continues over a hyphen or apostrophe only when a letter or digit follows it.
 */
import { codePointClasses } from "../util/codePoints.js";
import { INVISIBLE_CHARACTERS } from "../util/text.js";

/** A code point that can start a word part (`[\p{L}\p{N}]`). */
const START = 1;
/** One that can end it (`[\p{L}\p{N}\p{M}]`). */
const END = 2;
/** One that can stand inside it (the ends and the invisible characters). */
const INSIDE = 4;
/** Known: the other bits are set (a table entry of 0 is not classified yet). */
const KNOWN = 8;

const STARTS = /^[\p{L}\p{N}]$/u;
const ENDS = /^[\p{L}\p{N}\p{M}]$/u;
const INSIDES = new RegExp(`^[\\p{L}\\p{N}\\p{M}${INVISIBLE_CHARACTERS}]$`, "u");

function classify(char: string): number {
  return KNOWN | (STARTS.test(char) ? START : 0) | (ENDS.test(char) ? END : 0) | (INSIDES.test(char) ? INSIDE : 0);
}

const codePointAt = codePointClasses(classify);

/** The class bits of the code point at `i` in a text that ends at `n` (a lone surrogate is a code point of its own, of no class). */
function classAt(text: string, i: number, n: number): number {
  return codePointAt(text, i, n) >> 1;
}

/** Width in UTF-16 units of the code point at `i`, in a text that ends at `n`. */
function widthAt(text: string, i: number, n: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}

/** FNV-1a's offset basis and prime: {@link hashUnits}, and similarity.ts hashing the words of a quote as it reads them. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** The 32-bit FNV-1a hash of `text.slice(start, end)`'s UTF-16 units (as a signed integer): what the scanner gives as `hash`. */
export function hashUnits(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Hyphens and apostrophes that join word parts: - ‐ ‑ ' ’. */
export function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x27 || c === 0x2019;
}

/**
 * Steps through the tokens of a text: `reset(text)`, then `next()` until it returns false; after each true, the
 * token is `text.slice(start, end)`.
 */
export class TokenScanner {
  private text = "";
  private at = 0;
  private to = 0;
  start = 0;
  end = 0;
  /** The FNV-1a hash of the token's UTF-16 units ({@link hashUnits}), found while scanning. */
  hash = 0;

  /** Scans `text.slice(from, to)` (its tokens as that slice's, at offsets into `text`). */
  reset(text: string, from = 0, to = text.length): this {
    this.text = text;
    this.at = from;
    this.to = to;
    return this;
  }

  next(): boolean {
    const text = this.text;
    const n = this.to;
    let i = this.at;
    // The next code point that starts a word part.
    while (i < n) {
      const c = text.charCodeAt(i);
      // ASCII fast path: letters and digits start, everything else does not.
      if (c < 0x80) {
        if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) break;
        i++;
        continue;
      }
      if ((classAt(text, i, n) & START) !== 0) break;
      i += widthAt(text, i, n);
    }
    if (i >= n) {
      this.at = n;
      return false;
    }
    const start = i;
    let h = FNV_OFFSET;
    for (;;) {
      // A word part starting at i: the longest run of inside code points, cut back to its last end.
      const width = widthAt(text, i, n);
      h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
      if (width === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
      i += width;
      let end = i;
      let hashAtEnd = h;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c < 0x80) {
          if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) {
            h = Math.imul(h ^ c, FNV_PRIME);
            hashAtEnd = h;
            end = ++i;
            continue;
          }
          break;
        }
        const bits = classAt(text, i, n);
        if ((bits & INSIDE) === 0) break;
        h = Math.imul(h ^ c, FNV_PRIME);
        if (widthAt(text, i, n) === 2) h = Math.imul(h ^ text.charCodeAt(++i), FNV_PRIME);
        i++;
        if ((bits & END) !== 0) {
          end = i;
          hashAtEnd = h;
        }
      }
      i = end;
      h = hashAtEnd;
      // Another part after a hyphen or an apostrophe.
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && (classAt(text, i + 1, n) & START) !== 0) {
        h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
        i++;
        continue;
      }
      break;
    }
    this.hash = h;
    this.start = start;
    this.end = i;
    this.at = i;
    return true;
  }
}

const shared = new TokenScanner();

/** Every token of a text, in order (what `text.match(TOKEN)` gives). */
export function scanTokens(text: string): string[] {
  const out: string[] = [];
  const scanner = shared.reset(text);
  while (scanner.next()) out.push(text.slice(scanner.start, scanner.end));
  scanner.reset("");
  return out;
}
