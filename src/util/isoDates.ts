/**
 * Calendar arithmetic on ISO dates ("YYYY-MM-DD" days, "YYYY-MM" months), in UTC: no time zone is involved, a
 * day is its midnight in milliseconds. One home for it: event dates (timeline/eventDate.ts), data-file
 * validation, timeline periods and the chart's weeks all count days the same way.
 */

import { utcTime } from "./calendar.js";

/**
 * The years a date may have: the date marker of an article (`check` calls another "implausible"), a date read from its
 * text and a timeline's period. A year outside is a typo ("0001", "0099"), not news, and would stretch a chart over
 * centuries.
 */
export const MIN_PLAUSIBLE_YEAR = 1900;
export const MAX_PLAUSIBLE_YEAR = 2100;

/** Whether `year` is within {@link MIN_PLAUSIBLE_YEAR}–{@link MAX_PLAUSIBLE_YEAR}. */
export const isPlausibleYear = (year: number): boolean => year >= MIN_PLAUSIBLE_YEAR && year <= MAX_PLAUSIBLE_YEAR;

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** The ISO day of a UTC midnight (or any instant of that day). */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** "YYYY-MM" of a year and a month 1–12. */
export const isoMonth = (y: number, m: number): string => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;

/** The UTC midnight of a calendar-valid "YYYY-MM-DD" ("2025-02-30" is not), else undefined. */
export function dayMs(iso: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(iso)) return undefined;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms) || isoDay(ms) !== iso ? undefined : ms;
}

/** Whether `iso` is a calendar-valid "YYYY-MM-DD". */
export const isCalendarDay = (iso: string): boolean => dayMs(iso) !== undefined;

/** The ISO day of a year, month 1–12 and day, or undefined when that day does not exist. */
export function makeDay(y: number, m: number, d: number): string | undefined {
  const iso = `${isoMonth(y, m)}-${String(d).padStart(2, "0")}`;
  return isCalendarDay(iso) ? iso : undefined;
}

/** Whether `s` is a "YYYY-MM" month. */
export function isMonth(s: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/u.test(s);
}

/** The month `delta` months after (before, when negative) the "YYYY-MM" month `ym`. */
export function addMonths(ym: string, delta: number): string {
  const [y, m] = ym.split("-").map(Number) as [number, number];
  const idx = y * 12 + (m - 1) + delta;
  return isoMonth(Math.floor(idx / 12), (idx % 12) + 1);
}

/** The day `n` days after (before, when negative) the ISO day `day`. */
export const addDays = (day: string, n: number): string => isoDay(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS);

/** The first day of the month after the "YYYY-MM" month (the exclusive end of that month). */
export function monthEnd(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return isoDay(utcTime(y, m, 1));
}

/** Year for a day or month written without one: the candidate nearest to the reference month "YYYY-MM". */
export function inferYear(month: number, ref: string): number {
  const [ry, rm] = ref.split("-").map(Number) as [number, number];
  let best = ry;
  for (const y of [ry, ry - 1, ry + 1]) {
    if (Math.abs(y * 12 + month - (ry * 12 + rm)) < Math.abs(best * 12 + month - (ry * 12 + rm))) best = y;
  }
  return best;
}

/** Day of the week of a UTC midnight, 0 = Sunday. */
export const weekday = (ms: number): number => new Date(ms).getUTCDay();

/** Latest `dow` (0 = Sunday) on or before (`strict`: before) the day `ref`. */
export function previousWeekday(ref: number, dow: number, strict: boolean): number {
  let back = (weekday(ref) - dow + 7) % 7;
  if (back === 0 && strict) back = 7;
  return ref - back * DAY_MS;
}

/** First `dow` (0 = Sunday) on or after (`strict`: after) the day `ref`. */
export function nextWeekday(ref: number, dow: number, strict: boolean): number {
  let fwd = (dow - weekday(ref) + 7) % 7;
  if (fwd === 0 && strict) fwd = 7;
  return ref + fwd * DAY_MS;
}

/** Monday of the calendar week containing the day `ref`. */
export const mondayOf = (ref: number): number => ref - ((weekday(ref) + 6) % 7) * DAY_MS;

/** Monday of the calendar week containing the ISO day `day`, as an ISO day. */
export const weekMonday = (day: string): string => isoDay(mondayOf(Date.parse(`${day}T00:00:00Z`)));
