/**
 * The capitalised words of a text that the corpus profile counts as topics: the matches of
 * `(?<![\p{L}-])\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?![\p{L}])` (flags `gu`), found by a scanner over char codes:
 * at 20,000 articles the expression (its lookbehind is tried at every position) took ~2 s of the ~5 s the
 * profile's facts cost. `test/corpus/capitalisedWords.test.ts` compares both on random Unicode and corpus text.
 *
 * What the expression does, backtracking included: a word starts at an upper-case letter not preceded by a
 * letter or a hyphen, continues over lower-case letters, then over parts "-" (upper-case letter) lower-case
 * letters; when a letter follows its end, the last part is dropped (the hyphen before it is no letter), and a
 * word without parts is no match.
 */
import { codePointClasses } from "../util/codePoints.js";

export const CAPITALISED_WORD = /(?<![\p{L}-])\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?![\p{L}])/gu;

const LETTER = 1;
const UPPER = 2;
const LOWER = 4;
const KNOWN = 8;

const LETTERS = /^\p{L}$/u;
const UPPERS = /^\p{Lu}$/u;
const LOWERS = /^\p{Ll}$/u;

function classify(char: string): number {
  return KNOWN | (LETTERS.test(char) ? LETTER : 0) | (UPPERS.test(char) ? UPPER : 0) | (LOWERS.test(char) ? LOWER : 0);
}

const classified = codePointClasses(classify);

/** The code point at i as (class bits << 1) | (width − 1). A lone surrogate is a code point of no class. */
function at(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return (KNOWN | LETTER | LOWER) << 1;
    if (c >= 0x41 && c <= 0x5a) return (KNOWN | LETTER | UPPER) << 1;
    return KNOWN << 1;
  }
  return classified(text, i, text.length);
}

/** Whether the code point that ends just before i is a letter or a hyphen (false at the start). */
function letterOrHyphenBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c === 0x2d) return true;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return ((at(text, i - 2) >> 1) & LETTER) !== 0;
  }
  return ((at(text, i - 1) >> 1) & LETTER) !== 0;
}

/** The end of the run of lower-case letters starting at i (i when there is none). */
function lowerRun(text: string, i: number): number {
  while (i < text.length) {
    const c = at(text, i);
    if (((c >> 1) & LOWER) === 0) break;
    i += (c & 1) + 1;
  }
  return i;
}

/**
 * A unit that may start a match: an ASCII upper-case letter or any unit outside ASCII. The scan jumps over the runs
 * between them (lower-case prose, spaces, punctuation: no ASCII unit but A–Z can start a word) with the regular
 * expression engine instead of a step per unit.
 */
const MAY_START = /[A-Z\u0080-\uffff]/g;

/** Calls `visit(start, end)` for every match of {@link CAPITALISED_WORD} in `text`, in order. */
export function capitalisedWords(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80 && (unit < 0x41 || unit > 0x5a)) {
      MAY_START.lastIndex = i;
      if (!MAY_START.test(text)) return;
      i = MAY_START.lastIndex - 1;
      continue;
    }
    const c = at(text, i);
    const width = (c & 1) + 1;
    if (((c >> 1) & UPPER) === 0 || letterOrHyphenBefore(text, i)) {
      i += width;
      continue;
    }
    const first = lowerRun(text, i + width);
    if (first === i + width) {
      i += width;
      continue;
    }
    let end = first;
    let previous = -1;
    // Parts: "-", an optional upper-case letter, lower-case letters.
    while (end < n && text.charCodeAt(end) === 0x2d && end + 1 < n) {
      let k = end + 1;
      const u = at(text, k);
      if (((u >> 1) & UPPER) !== 0) k += (u & 1) + 1;
      const partEnd = k < n ? lowerRun(text, k) : k;
      if (partEnd === k) break;
      previous = end;
      end = partEnd;
    }
    if (end < n && ((at(text, end) >> 1) & LETTER) !== 0) {
      if (previous < 0) {
        i += width;
        continue;
      }
      end = previous;
    }
    visit(i, end);
    i = end;
  }
}
