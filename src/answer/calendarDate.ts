/**
 * A day of the calendar in a sentence: "15. August", "1. Sept. 2025", "am 15.8.2025", "2025-08-15", "August 15".
 * "An welchem Datum …", "On what date …" ask for one (questionIntent.ts); a weekday ("am Freitag") or a month alone is
 * a time, no date. Not a section or a version ("Punkt 5.3.", "Version 2.1.3"), a clock time ("um 15.30."), a day
 * beyond 31 or a month beyond 12.
 */
import { allGermanMonthSpellings, eitherCase, ENGLISH_MONTHS, GERMAN_MONTH_ABBREVIATIONS } from "../util/calendar.js";

/** Pseudo-term for a sentence that names a day of the calendar. */
export const DATE_TERM = "§date";

const DAY = "(?:0?[1-9]|[12]\\d|3[01])";
const MONTH = "(?:0?[1-9]|1[0-2])";
const MONTH_NAME = `(?:${eitherCase(allGermanMonthSpellings())})(?![\\p{L}])|(?:${eitherCase(Object.values(GERMAN_MONTH_ABBREVIATIONS).flat())})\\.`;
/** Words after which "5.3." numbers a section or tells the time, not a day ("zum 1.5." is a day: whole words only). */
const NOT_A_DAY_AFTER = `(?<!(?:(?<![\\p{L}])(?:${eitherCase(["um", "punkt", "punkte", "kapitel", "kap\\.", "paragraf", "paragraph", "abschnitt", "artikel", "art\\.", "absatz", "ziffer", "nr\\.", "nummer", "version", "seite", "tabelle", "abb\\."])})|§)\\s?)`;
const ENGLISH_MONTH = ENGLISH_MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join("|");

const CALENDAR_DATE = new RegExp(
  [
    `\\b\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])\\b`,
    `(?<![\\d.,])\\b${DAY}\\.\\s?(?:${MONTH_NAME})`,
    `${NOT_A_DAY_AFTER}(?<![\\d.,])\\b${DAY}\\.${MONTH}\\.(?:\\d{4}|\\d{2})?(?!\\d)(?!\\.\\d)`,
    `\\b(?:${ENGLISH_MONTH})\\s${DAY}(?!\\d)`,
  ].join("|"),
  "u",
);

/** Whether a sentence names a day of the calendar. */
export function holdsDate(sentence: string): boolean {
  return CALENDAR_DATE.test(sentence);
}
