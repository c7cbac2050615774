/**
 * The German (and English) calendar words, in one place: month and weekday names with the spellings news text
 * uses, helpers that turn them into patterns and numbers, and formatting through Intl.DateTimeFormat.
 * Plain data: no imports, so every layer may use it (analysis, answer, timeline, ingest, render).
 */

/** German month names, lower case, January first. */
export const GERMAN_MONTHS = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"] as const;

/** Other full spellings of a German month (Austrian, without umlaut), by month number 1–12. */
export const GERMAN_MONTH_VARIANTS: Readonly<Record<number, readonly string[]>> = { 1: ["jänner", "jaenner"], 2: ["feber"], 3: ["maerz"] };

/** German abbreviations of a month (written with or without a period), by month number 1–12; the longer first. */
export const GERMAN_MONTH_ABBREVIATIONS: Readonly<Record<number, readonly string[]>> = {
  1: ["jan"],
  2: ["feb"],
  3: ["mär", "mrz"],
  4: ["apr"],
  6: ["jun"],
  7: ["jul"],
  8: ["aug"],
  9: ["sept", "sep"],
  10: ["okt"],
  11: ["nov"],
  12: ["dez"],
};

/** English month names, lower case, January first. */
export const ENGLISH_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"] as const;

/**
 * The seasons, their German and English names folded (lower case, umlauts as plain vowels; German also with the umlaut
 * typed as "ue" and in the genitive, "des Herbstes"), and their months (1–12, meteorological: spring is March to May).
 * "fall" is left out: it is more often a verb or "the fall of …".
 */
export const SEASONS: ReadonlyArray<{ german: readonly string[]; english: readonly string[]; months: readonly number[] }> = [
  { german: ["fruhling", "fruhlings", "fruehling", "fruehlings", "fruhjahr", "fruhjahrs", "fruehjahr", "fruehjahrs"], english: ["spring"], months: [3, 4, 5] },
  { german: ["sommer", "sommers"], english: ["summer"], months: [6, 7, 8] },
  { german: ["herbst", "herbstes", "herbsts"], english: ["autumn"], months: [9, 10, 11] },
  { german: ["winter", "winters"], english: ["winter"], months: [12, 1, 2] },
];

/** German weekday names, lower case, in the order of Date#getUTCDay (0 = Sunday). */
export const GERMAN_WEEKDAYS = ["sonntag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag"] as const;

/** "Sonnabend": the northern German Saturday. */
export const SONNABEND = "sonnabend";

/** Monday first, as a German reader lists them. */
export const GERMAN_WEEKDAYS_FROM_MONDAY: readonly string[] = [...GERMAN_WEEKDAYS.slice(1), GERMAN_WEEKDAYS[0]];

/** Every full spelling of German month `n` (1–12): the name, then its variants ("januar", "jänner", "jaenner"). */
export function germanMonthSpellings(n: number): string[] {
  return [GERMAN_MONTHS[n - 1]!, ...(GERMAN_MONTH_VARIANTS[n] ?? [])];
}

/** Every full spelling of every German month, January first: "januar|jänner|jaenner|februar|…" as an array. */
export function allGermanMonthSpellings(): string[] {
  return GERMAN_MONTHS.flatMap((_, i) => germanMonthSpellings(i + 1));
}

/** A regex alternation of the words (they must be plain letters, as every calendar word here is). */
export function alternation(words: readonly string[]): string {
  return words.join("|");
}

/**
 * An alternation of lower-case words, each with its first letter in either case, for a case-sensitive expression:
 * faster in V8 than the i flag (twelve times, on every sentence with a digit, passageTerms.ts `CALENDAR_NUMBER`).
 */
export function eitherCase(words: readonly string[]): string {
  return words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");
}

/** 1–12 for a German month name ("März", "maerz"); 0 for any other word. Abbreviations are not read. */
export function germanMonthNumber(word: string): number {
  const w = word.toLowerCase();
  for (let n = 1; n <= 12; n++) if (germanMonthSpellings(n).includes(w)) return n;
  return 0;
}

/** 1–12 for an English month name ("March"); 0 for any other word. */
export function englishMonthNumber(word: string): number {
  return ENGLISH_MONTHS.indexOf(word.toLowerCase() as (typeof ENGLISH_MONTHS)[number]) + 1;
}

/** 0 (Sunday) … 6 (Saturday) for a German weekday name ("Samstag", "Sonnabend"); -1 for any other word. */
export function germanWeekday(word: string): number {
  const w = word.toLowerCase();
  return w === SONNABEND ? 6 : GERMAN_WEEKDAYS.indexOf(w as (typeof GERMAN_WEEKDAYS)[number]);
}

/** "März" from "märz": the capitalised form of a calendar word. */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting (Intl.DateTimeFormat): the names a reader of `locale` sees

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    formatters.set(key, f);
  }
  return f;
}

type Twelve<T> = [T, T, T, T, T, T, T, T, T, T, T, T];
type Seven<T> = [T, T, T, T, T, T, T];

/** The twelve month names of `locale` ("de-DE" → "Januar" …), January first. */
export function monthNames(locale: string): Twelve<string> {
  const f = formatter(locale, { month: "long" });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2023, i, 1)))) as Twelve<string>;
}

/** The seven weekday names of `locale`, Sunday first (Date#getUTCDay order); "short" without a closing period ("So", "Sun"). */
export function weekdayNames(locale: string, width: "long" | "short" = "long"): Seven<string> {
  const f = formatter(locale, { weekday: width });
  // 2023-01-01 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2023, 0, 1 + i))).replace(/\.$/u, "")) as Seven<string>;
}

/**
 * The UTC time of a calendar day, for every year: `Date.UTC` reads the years 0 to 99 as 1900 to 1999 (a timeline asked
 * "from: 0025-03" showed "März 1925"). `month0` counts from 0 and may overflow into the next year, as in `Date.UTC`.
 */
export function utcTime(year: number, month0: number, day: number): number {
  const at = new Date(0);
  at.setUTCFullYear(year, month0, day);
  return at.getTime();
}

/**
 * "2025-03" → "März 2025" / "March 2025"; "2025-03-15" → "15. März 2025" / "15 March 2025" (for `locale`);
 * undefined for anything that is not a calendar month or day.
 */
export function formatCalendarDate(date: string, locale: string): string | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/u.exec(date);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const at = new Date(utcTime(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  if (Number.isNaN(at.getTime()) || at.getUTCMonth() !== Number(mo) - 1) return undefined;
  return d
    ? formatter(locale, { day: "numeric", month: "long", year: "numeric" }).format(at)
    : formatter(locale, { month: "long", year: "numeric" }).format(at);
}
