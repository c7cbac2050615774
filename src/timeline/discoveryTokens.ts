/**
 * The tokens actor discovery reads (discoverActors.ts): initials ("J.D."), words with inner hyphens and apostrophes,
 * sentence punctuation and paragraph breaks. They are the matches of {@link DISCOVERY_TOKEN}, found by a scanner
 * over char codes: at 20,000 articles the expression's `matchAll` took ~3 s of discovery's ~10 s.
 * `test/timeline/discoveryTokens.test.ts` compares both on random Unicode, pathological and corpus text.
 */
import { Buffer } from "node:buffer";
import { endianness } from "node:os";
import { FNV_OFFSET, FNV_PRIME, hashUnits } from "../analysis/tokenScanner.js";
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

/** The class bits of each ASCII unit, known at once: most units of a German text are ASCII. */
const ASCII = Uint8Array.from({ length: 0x80 }, (_, u) => classify(String.fromCharCode(u)));

/**
 * The UTF-16 units of the text being scanned, copied into a typed array reused from text to text: the scan reads
 * every unit of ~70 million at 20,000 articles, and `charCodeAt` checks the string's representation at each read.
 * Only units before the text's length are read (the array holds older units after them).
 */
let units = new Uint16Array(1 << 15);
let unitBytes = Buffer.from(units.buffer);
const LITTLE_ENDIAN = endianness() === "LE";

function copyUnits(text: string): void {
  if (text.length > units.length) {
    units = new Uint16Array(Math.max(text.length, units.length * 2));
    unitBytes = Buffer.from(units.buffer);
  }
  if (LITTLE_ENDIAN) unitBytes.write(text, 0, "utf16le");
  else for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
}

/** The code point at i (< the text's length) as (class bits << 1) | (width − 1); a lone surrogate has no class. */
function at(text: string, i: number): number {
  const u = units[i]!;
  return u < 0x80 ? ASCII[u]! << 1 : classified(text, i, text.length);
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

/**
 * The FNV-1a hash ({@link hashUnits}) of the word being scanned, updated by {@link run} and {@link apostropheParts}
 * as they pass over its units: the word table (discoveryWords.ts) needs every word's hash, and hashing in a second
 * walk over the ~9.5 million words of 20,000 articles cost ~0.4 s.
 */
let hash = FNV_OFFSET;

/** The end of the run of code points of class `bits` from i (i when there is none), its units added to {@link hash}. */
function run(text: string, i: number, bits: number): number {
  const n = text.length;
  const of = units;
  let h = hash;
  while (i < n) {
    const u = of[i]!;
    if (u < 0x80) {
      if ((ASCII[u]! & bits) === 0) break;
      h = Math.imul(h ^ u, FNV_PRIME);
      i++;
      continue;
    }
    const c = classified(text, i, n);
    if (!is(c, bits)) break;
    h = Math.imul(h ^ u, FNV_PRIME);
    if ((c & 1) !== 0) h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
    i += width(c);
  }
  hash = h;
  return i;
}

/** After parts `['’][\p{L}\p{M}]+` from i: where they end (their units added to {@link hash}). */
function apostropheParts(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c !== 0x27 && c !== 0x2019) || i + 1 >= text.length) return i;
    const before = hash;
    hash = Math.imul(hash ^ c, FNV_PRIME);
    const end = run(text, i + 1, LETTER_OR_MARK);
    if (end === i + 1) {
      hash = before;
      return i;
    }
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

/** Room for the tokens of a long article before the buffer grows. */
const INITIAL_TOKENS = 4096;

/**
 * Where the tokens of a text are written by {@link scanDiscoveryTokens}: parallel arrays, grown as needed and reused
 * from text to text, so that a scan makes no object or string per token (~25 million tokens at 20,000 articles).
 */
export class TokenBuffer {
  count = 0;
  starts = new Int32Array(INITIAL_TOKENS);
  ends = new Int32Array(INITIAL_TOKENS);
  /** 0 for a word; for punctuation its UTF-16 unit; for a paragraph break 0x0a (`\n`). */
  units = new Uint16Array(INITIAL_TOKENS);
  /** A word's {@link hashUnits} (0 for other tokens). */
  hashes = new Int32Array(INITIAL_TOKENS);

  push(start: number, end: number, unit: number, hash = 0): void {
    const k = this.count;
    if (k === this.starts.length) this.grow();
    this.starts[k] = start;
    this.ends[k] = end;
    this.units[k] = unit;
    this.hashes[k] = hash;
    this.count = k + 1;
  }

  private grow(): void {
    const length = this.starts.length * 2;
    const starts = new Int32Array(length);
    const ends = new Int32Array(length);
    const units = new Uint16Array(length);
    const hashes = new Int32Array(length);
    starts.set(this.starts);
    ends.set(this.ends);
    units.set(this.units);
    hashes.set(this.hashes);
    this.starts = starts;
    this.ends = ends;
    this.units = units;
    this.hashes = hashes;
  }
}

/** The tokens of a text in order (`text.matchAll(DISCOVERY_TOKEN)`), written into `out` from its start, each word with its hash. */
export function scanDiscoveryTokens(text: string, out: TokenBuffer): void {
  out.count = 0;
  copyUnits(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = at(text, i);
    if (is(c, UPPER)) {
      const end = initialsEnd(text, i, c);
      if (end >= 0) {
        out.push(i, end, 0, hashUnits(text, i, end));
        i = end;
        continue;
      }
    }
    if (is(c, LETTER_OR_MARK | NUMBER)) {
      hash = FNV_OFFSET;
      let end = apostropheParts(text, run(text, i, LETTER_OR_MARK | NUMBER));
      while (text.charCodeAt(end) === 0x2d && end + 1 < n) {
        // The hyphen belongs to the word only when a part follows it.
        const before = hash;
        hash = Math.imul(hash ^ 0x2d, FNV_PRIME);
        const part = run(text, end + 1, LETTER_OR_MARK);
        if (part === end + 1) {
          hash = before;
          break;
        }
        end = apostropheParts(text, part);
      }
      out.push(i, end, 0, hash);
      i = end;
      continue;
    }
    const unit = text.charCodeAt(i);
    if (isPunctuation(unit)) {
      out.push(i, i + 1, unit);
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
        out.push(i, last + 1, 0x0a);
        i = last + 1;
        continue;
      }
    }
    i += width(c);
  }
}

/** The tokens of a text in order: `text.matchAll(DISCOVERY_TOKEN)`, each with whether it is a word. */
export function discoveryTokens(text: string): Token[] {
  const buffer = new TokenBuffer();
  scanDiscoveryTokens(text, buffer);
  const out: Token[] = [];
  for (let k = 0; k < buffer.count; k++) {
    const start = buffer.starts[k]!;
    const end = buffer.ends[k]!;
    out.push({ text: text.slice(start, end), start, end, word: buffer.units[k] === 0 });
  }
  return out;
}
