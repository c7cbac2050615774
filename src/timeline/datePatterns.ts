/**
 * The German date vocabulary the event-date resolver (eventDate.ts) reads: months, weekdays, number words and the
 * regular-expression pieces built from them, and the clause helpers (is a date's clause future tense, does a word
 * follow a day word).
 */

import { alternation, allGermanMonthSpellings, GERMAN_MONTH_ABBREVIATIONS, GERMAN_MONTHS, GERMAN_WEEKDAYS, GERMAN_WEEKDAYS_FROM_MONDAY, germanMonthSpellings, SONNABEND } from "../util/calendar.js";

/** Per month: its spellings and abbreviations (with or without a period) as a regex alternation. */
const MONTHS: Array<[number, string]> = GERMAN_MONTHS.map((_, i) => [
  i + 1,
  alternation([...germanMonthSpellings(i + 1), ...(GERMAN_MONTH_ABBREVIATIONS[i + 1] ?? []).map((a) => `${a}\\.?`)]),
]);
export const FULL_MONTHS = alternation(allGermanMonthSpellings());
export const ANY_MONTH = MONTHS.map(([, re]) => re).join("|");

export function monthNumber(word: string): number {
  const w = word.toLowerCase();
  for (const [n, re] of MONTHS) if (new RegExp(`^(?:${re})$`, "u").test(w)) return n;
  throw new Error(`unknown month "${word}"`);
}

/** Monday first, "sonnabend" beside "samstag". */
export const WEEKDAY = alternation([...GERMAN_WEEKDAYS_FROM_MONDAY.slice(0, 6), SONNABEND, GERMAN_WEEKDAYS[0]]);
export const DAYTIME = "morgen|vormittag|mittag|nachmittag|abend|nacht|früh";
export const PAST_MOD = "vergangen|letzt|vorig";
export const FUTURE_MOD = "kommend|nächst|naechst|folgend";
export const ADJ_END = "(?:e|en|er|em|es)?";
export const NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
export const NOT_LETTER_AFTER = "(?![\\p{L}\\p{N}])";

export const NUMBER_WORDS: Record<string, number> = {
  ein: 1,
  einem: 1,
  einer: 1,
  eine: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  zwoelf: 12,
};
export const NUMBER = `\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")}`;

const FUTURE_TENSE = /(?<![\p{L}])(?:soll|sollen|werde|werden|wird|will|wollen|wolle|plant|planen)(?![\p{L}])/iu;
const CLAUSE_BREAK = /[,;:„“”"«»‚‘]|(?<=\p{L}{2})[.!?](?=\s|$)/u;
/**
 * Where a clause ends for the background rules (eventDate.ts `insertedOrWarStart`): the tense rule's breaks but a decimal
 * comma ("1,5 Millionen"), and a dash between spaces and a bracket too. Not a period: the text is one sentence
 * (sentences.ts), so a period inside it ends an ordinal or an abbreviation ("Die 3. Armee", "z. B.", "St. Petersburg"),
 * where the tense rule, which reads a few words around a weekday, may take "St." for a break.
 */
export const CLAUSE_END = /(?<!\d),|,(?!\d)|[;:()„“”"«»‚‘]|\s[–—-]\s|[!?](?:\s|$)/u;

/**
 * The future-tense test looks at most this far either side of a date within its clause: a clause is far
 * shorter in a news sentence, and a sentence of many dates without a break costs no more than its length.
 */
const CLAUSE_WINDOW = 300;

/** Clause breaks of the last sentence asked about (every date of one sentence asks about the same one). */
let lastBreaks: { sentence: string; at: number[] } | undefined;

function clauseBreaks(sentence: string): number[] {
  if (lastBreaks?.sentence !== sentence) {
    lastBreaks = { sentence, at: [...sentence.matchAll(new RegExp(CLAUSE_BREAK.source, "gu"))].map((m) => m.index) };
  }
  return lastBreaks.at;
}

/** Whether the clause around [start, end) is in the future tense ("… will am Montag reisen"). */
export function isFutureClause(sentence: string, start: number, end: number): boolean {
  const breaks = clauseBreaks(sentence);
  // The last break before `start` (each break is one character) and the first at or after `end`.
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  let from = lo > 0 ? breaks[lo - 1]! + 1 : 0;
  let next = lo;
  while (next < breaks.length && breaks[next]! < end) next++;
  let to = next < breaks.length ? breaks[next]! : sentence.length;
  from = Math.max(from, start - CLAUSE_WINDOW);
  to = Math.min(to, end + CLAUSE_WINDOW);
  return FUTURE_TENSE.test(sentence.slice(from, to));
}

/** `/(?:heute|gestern|am|…)\s+$/iu` on `s.slice(0, at)`, looking back only over the whitespace and one word. */
export function afterDayWord(s: string, at: number): boolean {
  let k = at;
  while (k > 0 && /\s/u.test(s[k - 1]!)) k--;
  return k < at && DAY_WORD_BEFORE.test(s.slice(Math.max(0, k - 7), k));
}
const DAY_WORD_BEFORE = /(?:heute|gestern|am|jeden|vom|bis|diesen|dem|den)$/iu;
