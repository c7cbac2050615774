/**
 * When did the event a German news sentence reports happen?
 *
 * A focused resolver rather than chrono-node's German parser: news text needs a *past* bias
 * ("am Samstag" in a Sunday article is yesterday, not next week), "am vergangenen Dienstag" and
 * "in der Nacht zum Sonntag" must resolve to the right day, and a month-level article date must never
 * produce an invented day (chrono fills missing components from the reference date).
 *
 * Rules, in priority order (the first that applies wins; within a rule the earliest phrase wins):
 * 1. Absolute day in the text — "15. März 2025", "am 15. März", "vom 1. bis 3. März" (first day),
 *    "1.3.2025", "am 1.3.", "2025-03-15" → that day (`source: "text"`). A missing year is taken from
 *    the publication/article date, choosing the year that puts the day nearest to it
 *    ("28. Dezember" in a January article → previous year).
 * 2. Relative day — only when the publication DAY is known (`published`, or a "YYYY-MM-DD" articleDate):
 *    - "am vergangenen/letzten/vorigen Dienstag" → the latest Tuesday strictly before publication;
 *    - "am kommenden/nächsten/folgenden Montag" → the first Monday strictly after publication;
 *    - "in der Nacht zum/zu/auf (den) Sonntag", "Nacht von Samstag auf Sonntag" → the Sunday, directed
 *      like a bare weekday;
 *    - a bare weekday ("am Samstag", "Samstagabend", "seit Montag") → the latest such day on or before
 *      publication, unless its clause (text between , ; : and quotes) is future tense — contains
 *      soll/sollen/werde/werden/wird/will/wollen/wolle/plant/planen — then the first such day on or
 *      after publication;
 *    - "Dienstag vergangener/kommender Woche" → that weekday in the previous/next calendar week;
 *    - "heute", "gestern", "vorgestern", "morgen", "übermorgen", "vor drei Tagen", "vor einer Woche";
 *    - a weekday followed by a parenthetical anchor ("am Montag (nach der Wahl)") refers to another
 *      event, so it is NOT resolved to a day.
 *    `source: "relative"`, precision "day".
 * 3. Month in the text — "im März", "Anfang/Mitte/Ende Februar", "seit Januar", "März 2025" → month
 *    precision, `source: "text"`.
 * 4. Relative week or month — "vergangene Woche", "kommende Woche", "am Wochenende" (needs the
 *    publication day; reported with week precision: the Monday of that week, "YYYY-MM-DD"),
 *    "vergangenen Monat", "vor zwei Monaten" (month precision; the article month suffices).
 * 5. Otherwise the article: month precision, the month of `published` or `articleDate`
 *    (`source: "article"`). The article's day is NOT used: an undated sentence is not evidence
 *    that the event happened on the publication day.
 * 6. No date at all → `{ date: null, precision: "none", source: "none" }`.
 *
 * Background dates never date an event: a date the sentence mentions only to set the scene is skipped
 * by every rule above — "seit Februar 2022", "seit Beginn des Krieges im Februar 2022", "der Einmarsch
 * am 24. Februar 2022", "im Februar 2022 begonnenen Krieg", "vor drei Jahren, im Februar 2022", and a
 * deadline ("bis Ende August").
 * ("Vor drei Jahren" itself is never a candidate.) See `isBackground`.
 *
 * Why over 300 lines: the six date rules above are ordered and interact (background dates, future tense, anchors); they are tested as one resolver in test/timeline/eventDate.test.ts.
 */

import { alternation, allGermanMonthSpellings, GERMAN_MONTH_ABBREVIATIONS, GERMAN_MONTHS, GERMAN_WEEKDAYS, GERMAN_WEEKDAYS_FROM_MONDAY, germanMonthSpellings, germanWeekday, SONNABEND } from "../util/calendar.js";
import { addMonths, DAY_MS, dayMs, inferYear, isMonth, isoDay, isoMonth, makeDay, mondayOf, nextWeekday, previousWeekday } from "../util/isoDates.js";

export type DatePrecision = "day" | "week" | "month" | "none";
export type DateSource = "text" | "relative" | "article" | "none";

export interface EventDate {
  /** "YYYY-MM-DD" (day precision; with week precision the Monday of the week), "YYYY-MM" (month precision) or null. */
  date: string | null;
  precision: DatePrecision;
  source: DateSource;
  /** The words of the sentence the date was read from, verbatim ("am vergangenen Dienstag"). */
  phrase?: string;
}

export interface EventDateContext {
  /** Article date, "YYYY-MM" or "YYYY-MM-DD"; null when undated. */
  articleDate: string | null;
  /** Publication day "YYYY-MM-DD", when known. */
  published?: string;
}


/** Per month: its spellings and abbreviations (with or without a period) as a regex alternation. */
const MONTHS: Array<[number, string]> = GERMAN_MONTHS.map((_, i) => [
  i + 1,
  alternation([...germanMonthSpellings(i + 1), ...(GERMAN_MONTH_ABBREVIATIONS[i + 1] ?? []).map((a) => `${a}\\.?`)]),
]);
const FULL_MONTHS = alternation(allGermanMonthSpellings());
const ANY_MONTH = MONTHS.map(([, re]) => re).join("|");

function monthNumber(word: string): number {
  const w = word.toLowerCase();
  for (const [n, re] of MONTHS) if (new RegExp(`^(?:${re})$`, "u").test(w)) return n;
  throw new Error(`unknown month "${word}"`);
}

/** Monday first, "sonnabend" beside "samstag". */
const WEEKDAY = alternation([...GERMAN_WEEKDAYS_FROM_MONDAY.slice(0, 6), SONNABEND, GERMAN_WEEKDAYS[0]]);
const DAYTIME = "morgen|vormittag|mittag|nachmittag|abend|nacht|früh";
const PAST_MOD = "vergangen|letzt|vorig";
const FUTURE_MOD = "kommend|nächst|naechst|folgend";
const ADJ_END = "(?:e|en|er|em|es)?";
const NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
const NOT_LETTER_AFTER = "(?![\\p{L}\\p{N}])";

const NUMBER_WORDS: Record<string, number> = {
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
const NUMBER = `\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")}`;

const FUTURE_TENSE = /(?<![\p{L}])(?:soll|sollen|werde|werden|wird|will|wollen|wolle|plant|planen)(?![\p{L}])/iu;
const CLAUSE_BREAK = /[,;:„“”"«»‚‘]|(?<=\p{L}{2})[.!?](?=\s|$)/u;


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
function isFutureClause(sentence: string, start: number, end: number): boolean {
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
function afterDayWord(s: string, at: number): boolean {
  let k = at;
  while (k > 0 && /\s/u.test(s[k - 1]!)) k--;
  return k < at && DAY_WORD_BEFORE.test(s.slice(Math.max(0, k - 7), k));
}
const DAY_WORD_BEFORE = /(?:heute|gestern|am|jeden|vom|bis|diesen|dem|den)$/iu;

// --------------------------------------------------------------------------------------------

interface Candidate {
  tier: number;
  index: number;
  result: EventDate;
}

interface Reference {
  /** Publication day, ms since epoch. */
  pub?: number;
  /** "YYYY-MM" of publication or article. */
  month?: string;
}

function reference(ctx: EventDateContext): Reference {
  const pub = (ctx.published !== undefined ? dayMs(ctx.published) : undefined) ?? (ctx.articleDate ? dayMs(ctx.articleDate) : undefined);
  if (pub !== undefined) return { pub, month: isoDay(pub).slice(0, 7) };
  if (ctx.articleDate && isMonth(ctx.articleDate)) return { month: ctx.articleDate };
  return {};
}

function absoluteDays(s: string, ref: Reference, out: Candidate[]): void {
  const push = (index: number, phrase: string, y: number | undefined, m: number, d: number) => {
    const year = y ?? (ref.month ? inferYear(m, ref.month) : undefined);
    if (year === undefined) return;
    const date = makeDay(year, m, d);
    if (date) out.push({ tier: 1, index, result: { date, precision: "day", source: "text", phrase } });
  };
  const lead = `${NOT_LETTER_BEFORE}(?:(am|vom|seit|ab|bis(?:\\s+zum)?|zum|dem|den)\\s+)?(?<![\\d.])`;
  const named = new RegExp(
    `${lead}(\\d{1,2})\\.\\s*(?:(?:bis|und|u\\.|[-–])\\s*\\d{1,2}\\.\\s*)?(${ANY_MONTH})(?![\\p{L}])(?:\\s*(\\d{4})${NOT_LETTER_AFTER})?`,
    "giu",
  );
  for (const m of s.matchAll(named)) {
    const phrase = m[0].replace(/\s+$/u, "");
    push(m.index, phrase, m[4] ? Number(m[4]) : undefined, monthNumber(m[3]!), Number(m[2]));
  }
  // "1.3.2025", "01.03.25"; without a year only after a preposition ("am 1.3."), not in "Version 1.3."
  const numeric = new RegExp(`${lead}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2}(?!\\d))?`, "giu");
  for (const m of s.matchAll(numeric)) {
    if (!m[4] && !m[1]) continue;
    const y = m[4] ? (m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4])) : undefined;
    push(m.index, m[0], y, Number(m[3]), Number(m[2]));
  }
  for (const m of s.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu)) {
    push(m.index, m[0], Number(m[1]), Number(m[2]), Number(m[3]));
  }
}

function relativeDays(s: string, ref: Reference, out: Candidate[]): void {
  const pub = ref.pub;
  if (pub === undefined) return;
  const add = (index: number, phrase: string, ms: number) =>
    out.push({ tier: 2, index, result: { date: isoDay(ms), precision: "day", source: "relative", phrase } });
  const direct = (dow: number, mod: string | undefined, start: number, end: number): number => {
    if (mod && new RegExp(`^(?:${PAST_MOD})`, "iu").test(mod)) return previousWeekday(pub, dow, true);
    if (mod && new RegExp(`^(?:${FUTURE_MOD})`, "iu").test(mod)) return nextWeekday(pub, dow, true);
    return isFutureClause(s, start, end) ? nextWeekday(pub, dow, false) : previousWeekday(pub, dow, false);
  };

  // "in der Nacht zum Sonntag", "Nacht von Samstag auf Sonntag" → the Sunday.
  const night = new RegExp(
    `${NOT_LETTER_BEFORE}(?:in\\s+der\\s+)?nacht\\s+(?:von\\s+(?:${WEEKDAY})\\s+)?(?:zum|zu|auf(?:\\s+den)?)\\s+(?:(${PAST_MOD}|${FUTURE_MOD})${ADJ_END}\\s+)?(${WEEKDAY})${NOT_LETTER_AFTER}`,
    "giu",
  );
  for (const m of s.matchAll(night)) {
    add(m.index, m[0], direct(germanWeekday(m[2]!), m[1], m.index, m.index + m[0].length));
  }

  const day = new RegExp(
    `${NOT_LETTER_BEFORE}(?:(?:am|an\\s+diesem|seit|ab|bis|vom)\\s+)?(?:(${PAST_MOD}|${FUTURE_MOD}|dies)${ADJ_END}\\s+)?(${WEEKDAY})(?:${DAYTIME})?${NOT_LETTER_AFTER}(?:\\s+(${PAST_MOD}|${FUTURE_MOD})${ADJ_END}\\s+woche${NOT_LETTER_AFTER})?`,
    "giu",
  );
  for (const m of s.matchAll(day)) {
    const end = m.index + m[0].length;
    if (/^\s*\((?:nach|vor)(?![\p{L}])/iu.test(s.slice(end))) continue; // "am Montag (nach der Wahl)": anchored elsewhere
    const dow = germanWeekday(m[2]!);
    const weekMod = m[3];
    if (weekMod) {
      const shift = new RegExp(`^(?:${PAST_MOD})`, "iu").test(weekMod) ? -7 : 7;
      add(m.index, m[0], mondayOf(pub) + (shift + ((dow + 6) % 7)) * DAY_MS);
    } else {
      add(m.index, m[0], direct(dow, m[1], m.index, end));
    }
  }

  const deictic: Record<string, number> = { vorgestern: -2, gestern: -1, heute: 0, übermorgen: 2, uebermorgen: 2 };
  for (const m of s.matchAll(/(?<![\p{L}])(vorgestern|gestern|heute|übermorgen|uebermorgen)(?![\p{L}])/giu)) {
    add(m.index, m[0], pub + deictic[m[1]!.toLowerCase()]! * DAY_MS);
  }
  // lower-case "morgen" is tomorrow; "heute Morgen", "am Morgen" are times of day.
  for (const m of s.matchAll(/(?<![\p{L}])morgen(?![\p{L}])/gu)) {
    if (afterDayWord(s, m.index)) continue;
    add(m.index, m[0], pub + DAY_MS);
  }
  const ago = new RegExp(`${NOT_LETTER_BEFORE}vor\\s+(${NUMBER})\\s+(tag|tagen|woche|wochen)${NOT_LETTER_AFTER}`, "giu");
  for (const m of s.matchAll(ago)) {
    const n = /^\d/u.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()]!;
    add(m.index, m[0], pub - n * (m[2]!.toLowerCase().startsWith("tag") ? 1 : 7) * DAY_MS);
  }
}

function textMonths(s: string, ref: Reference, out: Candidate[]): void {
  const re = new RegExp(
    `${NOT_LETTER_BEFORE}(?:(?:im|anfang|mitte|ende|seit|bis|ab|vom|zum|bis\\s+ende|bis\\s+mitte|monat)\\s+(${FULL_MONTHS})(?:\\s+(\\d{4}))?|(${FULL_MONTHS})\\s+(\\d{4}))${NOT_LETTER_AFTER}`,
    "giu",
  );
  for (const m of s.matchAll(re)) {
    const month = monthNumber(m[1] ?? m[3]!);
    const yearText = m[2] ?? m[4];
    const year = yearText ? Number(yearText) : ref.month ? inferYear(month, ref.month) : undefined;
    if (year === undefined) continue;
    out.push({ tier: 3, index: m.index, result: { date: isoMonth(year, month), precision: "month", source: "text", phrase: m[0] } });
  }
}

function relativeWeeksAndMonths(s: string, ref: Reference, out: Candidate[]): void {
  const add = (index: number, phrase: string, date: string, precision: DatePrecision = "month") =>
    out.push({ tier: 4, index, result: { date, precision, source: "relative", phrase } });
  const pub = ref.pub;
  if (pub !== undefined) {
    const week = new RegExp(
      `${NOT_LETTER_BEFORE}(?:(anfang|mitte|ende)\\s+)?(?:(?:in|an|am)\\s+)?(?:(der|die|dem|das|diese|dieser|diesem|dieses)\\s+)?(?:(${PAST_MOD}|${FUTURE_MOD})${ADJ_END}\\s+)?(woche|wochenende)${NOT_LETTER_AFTER}`,
      "giu",
    );
    for (const m of s.matchAll(week)) {
      const [, part, det, mod, noun] = m;
      const weekend = noun!.toLowerCase() === "wochenende";
      const isThis = det !== undefined && /^dies/iu.test(det);
      // A bare "die Woche" says nothing; "am Wochenende" and "Anfang der Woche" mean this (or the last) one.
      if (!mod && !isThis && !part && !(weekend && /^am\s/iu.test(m[0]))) continue;
      let monday = mondayOf(pub);
      if (mod) monday += new RegExp(`^(?:${PAST_MOD})`, "iu").test(mod) ? -7 * DAY_MS : 7 * DAY_MS;
      else if (weekend && !isThis) {
        // "am Wochenende": the latest weekend (or, in a future clause, the next one).
        const future = isFutureClause(s, m.index, m.index + m[0].length);
        monday = future ? mondayOf(nextWeekday(pub, 6, false)) : mondayOf(previousWeekday(pub, 0, false));
      }
      add(m.index, m[0], isoDay(monday), "week");
    }
  }
  const month = ref.month;
  if (month === undefined) return;
  const rel = new RegExp(
    `${NOT_LETTER_BEFORE}(?:(?:im|in\\s+diesem|diesen)\\s+)?(?:(${PAST_MOD}|${FUTURE_MOD}|dies)${ADJ_END}\\s+)monat(?:s)?${NOT_LETTER_AFTER}`,
    "giu",
  );
  for (const m of s.matchAll(rel)) {
    const mod = m[1]!.toLowerCase();
    const delta = new RegExp(`^(?:${PAST_MOD})`, "u").test(mod) ? -1 : mod.startsWith("dies") ? 0 : 1;
    add(m.index, m[0], addMonths(month, delta));
  }
  for (const m of s.matchAll(new RegExp(`${NOT_LETTER_BEFORE}vor\\s+(${NUMBER})\\s+monat(?:en)?${NOT_LETTER_AFTER}`, "giu"))) {
    const n = /^\d/u.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()]!;
    add(m.index, m[0], addMonths(month, -n));
  }
}

// --------------------------------------------------------------------------------------------
// Background dates

/** Words that open a duration: a date up to six words after them is where it started ("seit Beginn des Krieges im Februar 2022"). */
const SINCE_BEFORE = /(?<![\p{L}])(?:seit|seitdem)(?:\s+(?!(?:und|als|nachdem|wo|wahrend|dann)(?![\p{L}]))[^\s,;:!?„“”"«»]+){0,6}\s*$/iu;
/** A war's start named right before an old date: "des Angriffskriegs im Februar 2022", "der Einmarsch am 24. Februar". */
const WAR_START_BEFORE = /(?:krieg|kriegs|krieges|kriegsbeginn|invasion|vollinvasion|einmarsch|einmarsches|uberfall|uberfalls|annexion|ausbruch|ausbruchs|beginn|beginns)\s*$/iu;
/** "vor drei Jahren, im Februar 2022": an apposition to a distance in years. */
const YEARS_AGO_BEFORE =
  /(?<![\p{L}])vor\s+(?:\d+|ein\p{L}*|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|mehr\s+als\s+\S+|uber\s+\S+)\s+jahr(?:en)?\s*,?\s*$/iu;
/** "im Februar 2022 begonnenen Krieg": the date qualifies a past thing. */
const PARTICIPLE_AFTER = /^\s*(?:begonnen|gestartet|eingeleitet|annektiert|besetzt|ausgebrochen)\p{L}*/iu;
/** The phrase itself starts a duration or names a deadline: "seit dem 24. Februar", "seit Januar", "bis Ende August". */
const SINCE_PHRASE = /^(?:seit|bis)(?![\p{L}])/iu;
/** A date at least this many months before the article's lies outside the news it reports, unless nothing else dates it. */
const OLD_MONTHS = 6;

/**
 * True when the candidate date only sets the scene of the sentence (the start of a duration, a war's
 * start, a date "three years ago") rather than dating what the sentence reports. War starts and
 * participles count only for dates at least OLD_MONTHS before the article ("über den Ukraine-Krieg
 * am Samstag" is still Saturday's event).
 */
function isBackground(s: string, c: Candidate, ref: Reference): boolean {
  const phrase = c.result.phrase ?? "";
  const before = foldForBackground(s.slice(Math.max(0, c.index - 120), c.index));
  if (c.result.source === "text" && (SINCE_PHRASE.test(phrase) || SINCE_BEFORE.test(before))) return true;
  if (YEARS_AGO_BEFORE.test(before)) return true;
  if (!isOld(c.result.date, ref)) return false;
  const trimmed = before.replace(/(?:\s+(?:des|der|dem|den|russisch|ukrainisch|gross|umfassend)\p{L}*)+\s*$/u, " ");
  return WAR_START_BEFORE.test(trimmed) || PARTICIPLE_AFTER.test(s.slice(c.index + phrase.length, c.index + phrase.length + 40));
}

function isOld(date: string | null, ref: Reference): boolean {
  if (!date || !ref.month) return false;
  const months = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7));
  return months(ref.month) - months(date.slice(0, 7)) >= OLD_MONTHS;
}

/** Lower case with umlauts and ß folded, so the patterns above stay ASCII. */
function foldForBackground(text: string): string {
  return text.toLowerCase().replace(/ä/gu, "a").replace(/ö/gu, "o").replace(/ü/gu, "u").replace(/ß/gu, "ss");
}

/** Date of the event a sentence reports; see the module comment for the rules. Pure. */
export function resolveEventDate(sentence: string, ctx: EventDateContext): EventDate {
  const s = sentence.normalize("NFC");
  const ref = reference(ctx);
  const found: Candidate[] = [];
  absoluteDays(s, ref, found);
  relativeDays(s, ref, found);
  textMonths(s, ref, found);
  relativeWeeksAndMonths(s, ref, found);
  // A candidate inside a background one ("Februar 2022" in "am 24. Februar 2022") is background too.
  const background = found.filter((c) => isBackground(s, c, ref)).map((c) => [c.index, c.index + (c.result.phrase?.length ?? 0)] as const);
  const events = found.filter((c) => !background.some(([from, to]) => c.index >= from && c.index < to));
  events.sort((a, b) => a.tier - b.tier || a.index - b.index);
  if (events[0]) return events[0].result;
  if (ref.month) return { date: ref.month, precision: "month", source: "article" };
  return { date: null, precision: "none", source: "none" };
}

export type EventDateLike = EventDate | string | null | undefined;

/**
 * Chronological order for `Array#sort`: a month-precision date ("2025-03") sorts at the start of its
 * month, before "2025-03-01"; equal dates compare 0 (sort is stable); undated (null) sorts last.
 */
export function compareEventDates(a: EventDateLike, b: EventDateLike): number {
  const ka = typeof a === "string" ? a : (a?.date ?? null);
  const kb = typeof b === "string" ? b : (b?.date ?? null);
  if (ka === kb) return 0;
  if (ka === null) return 1;
  if (kb === null) return -1;
  return ka < kb ? -1 : 1;
}
