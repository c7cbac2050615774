/**
 * Which results of an answer are shown publicly, and which of their marked words are bold: the best result and the
 * following ones while they answer too, with only names and content nouns bolded.
 */
import type { Answer, AnswerResult } from "../../answer/types.js";

/** Results shown publicly at most. */
export const MAX_PUBLIC_RESULTS = 3;
/** A further result is public only when it scores at least this share of the best one … */
export const PUBLIC_RELATIVE_SCORE = 0.7;
/** … and bolds at least as many content words as the best one, up to this many. */
const PUBLIC_MIN_CONTENT_WORDS = 2;

/**
 * Generic time nouns: capitalised like content nouns, but as filler as a verb ("in den kommenden Tagen").
 * Named days and months stay (they answer "wann").
 */
const TIME_NOUNS = new Set(
  "tag tage tagen tages woche wochen monat monate monaten monats jahr jahre jahren jahres stunde stunden minute minuten sekunde sekunden zeit mal wochenende uhr"
    .split(" "),
);

function isContentWord(word: string): boolean {
  if (/\p{N}/u.test(word)) return true;
  return /^\p{Lu}/u.test(word) && !TIME_NOUNS.has(word.toLowerCase());
}

/**
 * The answer model marks every word that matched the question, verbs and time words included. Bold goes only on
 * names and content nouns: in German quotes those are the capitalised words (and numbers like "80-Jährige"),
 * minus generic time nouns. A lower-case mark between two kept ones ("Meet the Press") stays with its phrase.
 */
export function contentMarks(quote: string, marks: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = [...marks].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const keep = sorted.map(([s, e]) => isContentWord(quote.slice(s, e)));
  const gapIsSpace = (a: readonly [number, number], b: readonly [number, number]) => /^\s+$/u.test(quote.slice(a[1], b[0]));
  const kept = sorted.filter((mark, i) => {
    if (keep[i]) return true;
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    return Boolean(prev && next && keep[i - 1] && keep[i + 1] && gapIsSpace(prev, mark) && gapIsSpace(mark, next));
  });
  // Neighbours with only a space between them are one bold phrase: "**Keith Kellogg**", not "**Keith** **Kellogg**".
  const merged: Array<[number, number]> = [];
  for (const mark of kept) {
    const last = merged.at(-1);
    if (last && (mark[0] <= last[1] || gapIsSpace(last, mark))) last[1] = Math.max(last[1], mark[1]);
    else merged.push([mark[0], mark[1]]);
  }
  return merged;
}

function contentWords(result: AnswerResult): Set<string> {
  const words = contentMarks(result.quote, result.marks).flatMap(([s, e]) => result.quote.slice(s, e).toLowerCase().split(/\s+/u));
  return new Set(words.filter((w) => w !== ""));
}

/**
 * The results shown publicly: the best one, then the following ones while they answer too — scoring at least
 * 70 % of the best and bolding as many of the question's content words as it does (up to two). At most three.
 */
export function publicResults(answer: Answer): AnswerResult[] {
  const [top, ...rest] = answer.abstained ? [] : answer.results;
  if (!top) return [];
  const need = Math.min(PUBLIC_MIN_CONTENT_WORDS, contentWords(top).size);
  const shown = [top];
  for (const result of rest) {
    if (shown.length >= MAX_PUBLIC_RESULTS) break;
    if (result.score < PUBLIC_RELATIVE_SCORE * top.score || contentWords(result).size < need) break;
    shown.push(result);
  }
  return shown;
}
