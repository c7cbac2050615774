/**
 * The tokens actor discovery reads (discoverActors.ts): initials ("J.D."), words with inner hyphens and apostrophes,
 * sentence punctuation and paragraph breaks. They are the matches of {@link DISCOVERY_TOKEN}, found by a scanner
 * over char codes: at 20,000 articles the expression's `matchAll` took ~3 s of discovery's ~10 s.
 * `test/timeline/discoveryTokens.test.ts` compares both on random Unicode, pathological and corpus text.
 */
import { codePointClasses } from "../util/codePoints.js";

export const DISCOVERY_TOKEN = /\p{Lu}\.(?:\s?\p{Lu}\.)+|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*(?:-[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)*|[.,;:!?()„“”"«»–—]|\n\s*\n/gu;

export interface Token {
  text: string;
  start: number;
  end: number;
  /** false for punctuation and paragraph breaks. */
  word: boolean;
}

/** `[\p{L}\p{M}]`, `\p{N}`, `\p{Lu}`, `\s`; KNOWN: classified. */
const LETTER_OR_MARK = 1;
const NUMBER = 2;
const UPPER = 4;
const SPACE = 8;
const KNOWN = 16;

const LETTERS_OR_MARKS = /^[\p{L}\p{M}]$/u;
const NUMBERS = /^\p{N}$/u;
const UPPERS = /^\p{Lu}$/u;
const SPACES = /^\s$/u;

function classify(char: string): number {
  return KNOWN | (LETTERS_OR_MARKS.test(char) ? LETTER_OR_MARK : 0) | (NUMBERS.test(char) ? NUMBER : 0) | (UPPERS.test(char) ? UPPER : 0) | (SPACES.test(char) ? SPACE : 0);
}

const classified = codePointClasses(classify);

/** The code point at i as (class bits << 1) | (width − 1); a lone surrogate has no class. */
function at(text: string, i: number): number {
  return classified(text, i, text.length);
}

const is = (code: number, bits: number): boolean => ((code >> 1) & bits) !== 0;
const width = (code: number): number => (code & 1) + 1;

/** `[.,;:!?()„“”"«»–—]`. */
function isPunctuation(c: number): boolean {
  return (
    c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x28 || c === 0x29 || c === 0x201e ||
    c === 0x201c || c === 0x201d || c === 0x22 || c === 0xab || c === 0xbb || c === 0x2013 || c === 0x2014
  );
}

/** The end of the run of code points of class `bits` from i (i when there is none). */
function run(text: string, i: number, bits: number): number {
  while (i < text.length) {
    const c = at(text, i);
    if (!is(c, bits)) break;
    i += width(c);
  }
  return i;
}

/** After parts `['’][\p{L}\p{M}]+` from i: where they end. */
function apostropheParts(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c !== 0x27 && c !== 0x2019) || i + 1 >= text.length) return i;
    const end = run(text, i + 1, LETTER_OR_MARK);
    if (end === i + 1) return i;
    i = end;
  }
}

/** The end of initials `\p{Lu}\.(?:\s?\p{Lu}\.)+` from i (an upper-case letter), or −1. */
function initialsEnd(text: string, i: number, first: number): number {
  let j = i + width(first);
  if (text.charCodeAt(j) !== 0x2e) return -1;
  j++;
  let parts = 0;
  for (;;) {
    let k = j;
    if (k < text.length && is(at(text, k), SPACE)) k++;
    if (k >= text.length) break;
    const c = at(text, k);
    if (!is(c, UPPER) || text.charCodeAt(k + width(c)) !== 0x2e) break;
    j = k + width(c) + 1;
    parts++;
  }
  return parts > 0 ? j : -1;
}

/** The tokens of a text in order: `text.matchAll(DISCOVERY_TOKEN)`, each with whether it is a word. */
export function discoveryTokens(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = at(text, i);
    if (is(c, UPPER)) {
      const end = initialsEnd(text, i, c);
      if (end >= 0) {
        out.push({ text: text.slice(i, end), start: i, end, word: true });
        i = end;
        continue;
      }
    }
    if (is(c, LETTER_OR_MARK | NUMBER)) {
      let end = apostropheParts(text, run(text, i, LETTER_OR_MARK | NUMBER));
      while (text.charCodeAt(end) === 0x2d && end + 1 < n) {
        const part = run(text, end + 1, LETTER_OR_MARK);
        if (part === end + 1) break;
        end = apostropheParts(text, part);
      }
      out.push({ text: text.slice(i, end), start: i, end, word: true });
      i = end;
      continue;
    }
    const unit = text.charCodeAt(i);
    if (isPunctuation(unit)) {
      out.push({ text: text[i]!, start: i, end: i + 1, word: false });
      i++;
      continue;
    }
    if (unit === 0x0a) {
      // `\n\s*\n`: to the last line break of the run of white space after this one.
      let last = -1;
      for (let k = i + 1; k < n; k++) {
        const u = text.charCodeAt(k);
        if (u === 0x0a) last = k;
        else if (!is(at(text, k), SPACE)) break;
      }
      if (last > 0) {
        out.push({ text: text.slice(i, last + 1), start: i, end: last + 1, word: false });
        i = last + 1;
        continue;
      }
    }
    i += width(c);
  }
  return out;
}
