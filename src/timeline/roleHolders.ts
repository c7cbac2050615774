/**
 * Which actor a role title names at a date (actorMatch.ts): the holders active in that period, unless several
 * could be meant, and the words before a title that make it somebody else's ("Ex-", "der frühere …").
 */
import type { RoleHolder } from "./actorPatterns.js";

/** A role preceded by one of these is somebody else's ("Ex-US-Präsident", "der frühere Bundeskanzler"). */
export const NOT_CURRENT_HOLDER =
  /(?:^|[^\p{L}\p{N}])(?:ex|vize|(?:ehemalig|fruher|vormalig|damalig|einstig|kunftig|zukunftig|designiert|vorherig|stellvertretend)\p{L}*)[\s-]*$/u;

export interface Interval {
  start: string;
  end: string;
}

export const DATE_RE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/u;

/** Inclusive day range of "YYYY", "YYYY-MM" or "YYYY-MM-DD" as comparable strings. */
export function toInterval(date: string): Interval {
  if (!DATE_RE.test(date)) throw new RangeError(`expected YYYY, YYYY-MM or YYYY-MM-DD, got "${date}"`);
  if (date.length === 4) return { start: `${date}-01-01`, end: `${date}-12-31` };
  if (date.length === 7) return { start: `${date}-01`, end: `${date}-31` };
  return { start: date, end: date };
}

function holderActive(h: RoleHolder, when: Interval | undefined): boolean {
  if (!when) return true;
  const start = h.from ? toInterval(h.from).start : "0000-00-00";
  const end = h.to ? toInterval(h.to).end : "9999-99-99";
  return when.start <= end && start <= when.end;
}

/** The single actor a role names at `when`, or undefined when nobody or several could be meant. */
export function roleHolder(holders: RoleHolder[], when: Interval | undefined): string | undefined {
  const active = holders.filter((h) => holderActive(h, when));
  const ids = new Set(active.map((h) => h.actorId));
  if (ids.size !== 1 || !active.every((h) => h.unambiguous)) return undefined;
  return active[0]!.actorId;
}
