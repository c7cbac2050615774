/**
 * The candidate dates of a sentence for the event-date resolver (eventDate.ts), one finder per rule: absolute days
 * (rule 1), relative days (rule 2), months in the text (rule 3), relative weeks and months (rule 4). The resolver's
 * result types are part of the timeline model (types.ts).
 */

import { germanWeekday } from "../util/calendar.js";
import { addMonths, DAY_MS, dayMs, inferYear, isMonth, isoDay, isoMonth, isPlausibleYear, makeDay, mondayOf, nextWeekday, previousWeekday } from "../util/isoDates.js";
import type { DatePrecision, EventDate, EventDateContext } from "./types.js";
import { ADJ_END, ANY_MONTH, afterDayWord, DAYTIME, FULL_MONTHS, FUTURE_MOD, isFutureClause, monthNumber, NOT_LETTER_AFTER, NOT_LETTER_BEFORE, NUMBER, NUMBER_WORDS, PAST_MOD, WEEKDAY } from "./datePatterns.js";

export interface Candidate {
  tier: number;
  index: number;
  result: EventDate;
}

export interface Reference {
  /** Publication day, ms since epoch. */
  pub?: number;
  /** "YYYY-MM" of publication or article. */
  month?: string;
}

export function reference(ctx: EventDateContext): Reference {
  const pub = (ctx.published !== undefined ? dayMs(ctx.published) : undefined) ?? (ctx.articleDate ? dayMs(ctx.articleDate) : undefined);
  if (pub !== undefined) return { pub, month: isoDay(pub).slice(0, 7) };
  if (ctx.articleDate && isMonth(ctx.articleDate)) return { month: ctx.articleDate };
  return {};
}

export function absoluteDays(s: string, ref: Reference, out: Candidate[]): void {
  const push = (index: number, phrase: string, y: number | undefined, m: number, d: number) => {
    const year = y ?? (ref.month ? inferYear(m, ref.month) : undefined);
    // "am 1. Januar 0001": no date of news (the date marker's rule); the sentence keeps the article's date.
    if (year === undefined || !isPlausibleYear(year)) return;
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

export function relativeDays(s: string, ref: Reference, out: Candidate[]): void {
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

  // "Dienstag vergangener Woche", and the week first: "vergangene Woche Dienstag", "in der kommenden Woche am Montag".
  const day = new RegExp(
    `${NOT_LETTER_BEFORE}(?:(?:in\\s+der\\s+)?(${PAST_MOD}|${FUTURE_MOD})${ADJ_END}\\s+woche\\s+)?(?:(?:am|an\\s+diesem|seit|ab|bis|vom)\\s+)?(?:(${PAST_MOD}|${FUTURE_MOD}|dies)${ADJ_END}\\s+)?(${WEEKDAY})(?:${DAYTIME})?${NOT_LETTER_AFTER}(?:\\s+(${PAST_MOD}|${FUTURE_MOD})${ADJ_END}\\s+woche${NOT_LETTER_AFTER})?`,
    "giu",
  );
  for (const m of s.matchAll(day)) {
    const end = m.index + m[0].length;
    if (/^\s*\((?:nach|vor)(?![\p{L}])/iu.test(s.slice(end))) continue; // "am Montag (nach der Wahl)": anchored elsewhere
    const dow = germanWeekday(m[3]!);
    const weekMod = m[1] ?? m[4];
    if (weekMod) {
      const shift = new RegExp(`^(?:${PAST_MOD})`, "iu").test(weekMod) ? -7 : 7;
      add(m.index, m[0], mondayOf(pub) + (shift + ((dow + 6) % 7)) * DAY_MS);
    } else {
      add(m.index, m[0], direct(dow, m[2], m.index, end));
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

export function textMonths(s: string, ref: Reference, out: Candidate[]): void {
  const re = new RegExp(
    `${NOT_LETTER_BEFORE}(?:(?:im|anfang|mitte|ende|seit|bis|ab|vom|zum|bis\\s+ende|bis\\s+mitte|monat)\\s+(${FULL_MONTHS})(?:\\s+(\\d{4}))?|(${FULL_MONTHS})\\s+(\\d{4}))${NOT_LETTER_AFTER}`,
    "giu",
  );
  for (const m of s.matchAll(re)) {
    const month = monthNumber(m[1] ?? m[3]!);
    const yearText = m[2] ?? m[4];
    const year = yearText ? Number(yearText) : ref.month ? inferYear(month, ref.month) : undefined;
    if (year === undefined || !isPlausibleYear(year)) continue;
    out.push({ tier: 3, index: m.index, result: { date: isoMonth(year, month), precision: "month", source: "text", phrase: m[0] } });
  }
}

export function relativeWeeksAndMonths(s: string, ref: Reference, out: Candidate[]): void {
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
