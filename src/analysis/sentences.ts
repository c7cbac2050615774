/**
 * German sentence splitting with character offsets.
 *
 * Intl.Segmenter('de') breaks after ordinals ("am 15. März"), photo position markers ("(M.)")
 * and abbreviations, and does not split glued sentences ("…hieß es weiter.Nato-Generalsekretär"),
 * so this splitter decides each candidate boundary itself.
 */

import { allGermanMonthSpellings, alternation, GERMAN_MONTH_ABBREVIATIONS } from "../util/calendar.js";
import { GERMAN_ABBREVIATIONS } from "./abbreviations.js";

export interface SentenceSpan {
  start: number;
  end: number;
}

/** A month name or abbreviation: "am 15. März" and "15. Feb." do not end a sentence after the ordinal. */
const MONTHS = new RegExp(`^(${alternation([...allGermanMonthSpellings(), ...Object.values(GERMAN_MONTH_ABBREVIATIONS).flat()])})\\b`, "i");

const CLOSERS = "\"'“”‘’»«)]";

/** How far a boundary decision looks before and after its candidate: every test on a candidate is bounded by it. */
const CONTEXT = 40;

/** Longest entry of {@link GERMAN_ABBREVIATIONS} (lower-casing never shortens a string). */
const MAX_ABBREVIATION_LENGTH = Math.max(...[...GERMAN_ABBREVIATIONS].map((a) => a.length));

/**
 * Splits `text` into sentence spans; every span is a verbatim slice, trimmed of outer whitespace.
 *
 * Linear in the text: a run of marks ("....", "?!") and its closing quotes are scanned once for all the marks
 * in it, each candidate looks at most {@link CONTEXT} characters either side, and the word before a candidate
 * is extended from the previous candidate's instead of rescanned.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const words = wordTracker(text);
  let start = 0;
  // The marks after the first mark of the current run end at `runEnd`, its closers at `closedEnd`.
  let runEnd = -1;
  let closedEnd = -1;
  // Inside one run every "." but the first decides on its word alone: the last decision is reused for the same word.
  let memoWord: string | null = null;
  let memoResult = false;
  // The regular expression engine finds the next candidate (a char-code loop over every character took ~4 times as long).
  const candidates = CANDIDATE;
  candidates.lastIndex = 0;
  while (candidates.test(text)) {
    const i = candidates.lastIndex - 1;
    const ch = text.charCodeAt(i);
    if (ch === 0x0a) {
      pushSpan(text, start, i, spans);
      start = i + 1;
      continue;
    }
    let inRun = true;
    if (i >= runEnd) {
      inRun = false;
      memoWord = null;
      let end = i + 1;
      while (end < text.length && isSentenceMark(text.charCodeAt(end))) end++;
      runEnd = end;
      while (end < text.length && isCloser(text.charCodeAt(end))) end++;
      closedEnd = end;
    }
    const end = closedEnd;
    let boundary: boolean;
    if (ch !== 0x2e) boundary = isBoundaryAfterMark(text, end);
    else {
      const word = words.before(i);
      if (inRun && word === memoWord) boundary = memoResult;
      else {
        boundary = isBoundaryAfterDot(text, i, word, end);
        // The first mark of a run also looks at a photo marker before it; later ones never can (a mark precedes them).
        if (inRun) {
          memoWord = word;
          memoResult = boundary;
        }
      }
    }
    if (!boundary) continue;
    pushSpan(text, start, end, spans);
    start = end;
    candidates.lastIndex = end;
  }
  pushSpan(text, start, text.length, spans);
  return spans;
}

/**
 * Where a sentence may end: a mark, or a line break that another follows (a paragraph break). One UTF-16 unit each, so
 * the scan goes on at the next unit. Shared: {@link splitSentences} runs to its end without calling itself.
 */
const CANDIDATE = /[.!?\u2026]|\n(?=\n)/g;

/** ".", "!" or "?": the marks a run of marks is made of. */
function isSentenceMark(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/** 1 for the UTF-16 units of {@link CLOSERS}. */
const CLOSER_UNITS = new Uint8Array(0x10000);
for (const c of CLOSERS) CLOSER_UNITS[c.charCodeAt(0)] = 1;

function isCloser(c: number): boolean {
  return CLOSER_UNITS[c] === 1;
}

function pushSpan(text: string, from: number, to: number, spans: SentenceSpan[]): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) spans.push({ start: s, end: e });
}

const LETTER = /^\p{L}$/u;
const POSITION_MARKER = /^\(\s*(?:[lmr]|v\.\s*l\.\s*n\.\s*r|v\.\s*l|li|re)$/i;
const WORD_CHAR = /^[\p{L}\p{N}.]$/u;

/** Whether `s.slice(from, to)` (one code point) is a letter, a digit or a dot; ASCII without a regex. */
function isWordChar(s: string, from: number, to: number): boolean {
  const c = s.charCodeAt(from);
  if (c < 0x80) return c === 0x2e || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return WORD_CHAR.test(s.slice(from, to));
}

/** Start of the code point that ends at `k` in `s`. */
function codePointStart(s: string, k: number): number {
  const low = s.charCodeAt(k - 1);
  if (low >= 0xdc00 && low <= 0xdfff && k >= 2) {
    const high = s.charCodeAt(k - 2);
    if (high >= 0xd800 && high <= 0xdbff) return k - 2;
  }
  return k - 1;
}

/**
 * The word before a candidate: the letters, digits and dots that the {@link CONTEXT} characters before it end
 * with (what `/[\p{L}\p{N}.]*$/u` matches in `text.slice(dot - CONTEXT, dot)`). Candidates come in increasing
 * order; when only word characters lie between the previous candidate and this one, the run of word characters
 * is the previous one's, so each character is looked at about once.
 */
function wordTracker(text: string): { before(dot: number): string } {
  let lastDot = -1;
  // Start of the run of word characters ending at lastDot, or a position at or before that candidate's window.
  let lastRun = 0;
  return {
    before(dot) {
      const floor = Math.max(0, dot - CONTEXT);
      let k = dot;
      let run: number;
      for (;;) {
        if (k <= floor) {
          run = k;
          break;
        }
        if (k === lastDot) {
          run = lastRun;
          break;
        }
        const from = codePointStart(text, k);
        if (!isWordChar(text, from, k)) {
          run = k;
          break;
        }
        k = from;
      }
      lastDot = dot;
      lastRun = run;
      let start = run;
      if (start <= floor) {
        // The window may begin with the second half of a surrogate pair: alone, it is no letter.
        const c = text.charCodeAt(floor);
        start = floor > 0 && c >= 0xdc00 && c <= 0xdfff && isHighSurrogate(text.charCodeAt(floor - 1)) ? floor + 1 : floor;
      }
      return text.slice(start, dot);
    },
  };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** After "?", "!" or "…": an end unless a lower-case continuation follows ("… bereit?“, sagte er"). */
function isBoundaryAfterMark(text: string, end: number): boolean {
  return !/^\s*[,;:a-zäöüß]/.test(text.slice(end, end + CONTEXT));
}

/** After a ".": `word` is the word it ends, `end` the index after the marks and closing quotes that follow. */
function isBoundaryAfterDot(text: string, dot: number, word: string, end: number): boolean {
  const next = text.slice(end, end + CONTEXT);
  const glued = end < text.length && !isSpace(text, end);
  let dots = 0;
  while (word.charCodeAt(dots) === 0x2e) dots++;
  const bare = dots > 0 ? word.slice(dots) : word;
  // Decimal and ordinal numbers: "15. März", "1.3.2025", "Nr. 5".
  if (isDigits(bare)) {
    if (glued && /^\d/.test(next)) return false;
    if (/^\s*\p{Ll}/u.test(next) || MONTHS.test(next.trimStart())) return false;
    // "des 18. Jahrhunderts", "des 80. Jahrestages", "am 3. Tag"; not a plural ("… ab 1991. Wochen später …").
    if (/^\s*(?:Jahrhunderts?|Jahrestag(?:e?s)?|Mal|Platz|Tag|Woche|Monat|Runde|Sitzung|Kapitel)\b/.test(next)) return false;
  }
  // Position markers in photo captions: "(M.)", "(l.)", "(r.)", "(v. l.)".
  if (text[end - 1] === ")" && isPositionMarker(text.slice(Math.max(0, dot - CONTEXT), dot))) return false;
  if (bare.length > 0 && bare.length <= MAX_ABBREVIATION_LENGTH && GERMAN_ABBREVIATIONS.has(bare.toLowerCase())) {
    // An abbreviation may still end a sentence when a new sentence plainly starts after it.
    return /^\s+(Die|Der|Das|Er|Sie|Es|Ein|Eine|Laut|Nach|Am|In)\s/.test(next) && bare.length > 3;
  }
  // Initials such as "A. Merkel" or "U.S.".
  if ((bare.length <= 2 && /^\p{Lu}$/u.test(bare)) || endsWithDotLetter(bare)) return false;
  if (glued) {
    if (next.charCodeAt(0) < 0x80 && !/^[A-Z]/.test(next)) return false;
    // Glued sentences ("weiter.Nato-Generalsekretär") split only before a capitalised word,
    // and never inside URLs, file names or domains ("t-online.de", "Imago/dpa").
    // (Two lower-case letters end `bare`: its last four code units hold them.)
    return /^\p{Lu}\p{Ll}/u.test(next) && /\p{Ll}{2}$/u.test(bare.slice(-4)) && !/^(de|com|org|net|html?)\b/.test(next);
  }
  return /^\s*[^\p{Ll},;:]/u.test(next) || next.trim() === "";
}

/** `before` ends with "(M", "(l", "( v. l" …; the marker holds no "(", so only the last "(" can open it. */
function isPositionMarker(before: string): boolean {
  const open = before.lastIndexOf("(");
  return open >= 0 && POSITION_MARKER.test(before.slice(open));
}

/** `/\s/.test(text[at])`; ASCII without a regex. */
function isSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : /\s/.test(text[at]!);
}

/** `/^\d+$/`. */
function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** `/\.\p{L}$/u`: a dot, then one letter at the end. */
function endsWithDotLetter(s: string): boolean {
  if (s.length < 2) return false;
  const from = codePointStart(s, s.length);
  if (s[from - 1] !== ".") return false;
  const c = s.charCodeAt(from);
  return c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : LETTER.test(s.slice(from));
}
