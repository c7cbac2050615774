/**
 * Narrowing a built timeline (buildTimeline.ts): to a period (a month or a day, inclusive) and, with a second
 * person, to the events whose quote names them too; at most MAX_TIMELINE_EVENTS, the newest kept.
 */
import type { ActorRef, Timeline, TimelineEvent } from "./types.js";
import { addDays, isCalendarDay, isPlausibleYear } from "../util/isoDates.js";

/** Most events a timeline lists: the newest are kept. */
export const MAX_TIMELINE_EVENTS = 2000;

/** "YYYY-MM" or a calendar day "YYYY-MM-DD". */
const PERIOD_RE = /^\d{4}-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/u;

/** Whether `text` is a period of a plausible year (util/isoDates.ts: "0000-01" is none). */
export function isPeriod(text: string): boolean {
  if (!PERIOD_RE.test(text) || !isPlausibleYear(Number(text.slice(0, 4)))) return false;
  return text.length === 7 || isCalendarDay(text);
}

/** First and last day an event date may mean: a day, a week (Monday + 6 days) or a month. */
function span(date: string, precision: TimelineEvent["precision"]): [string, string] {
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  if (precision === "week") return [date, addDays(date, 6)];
  return [date, date];
}

/**
 * The events in [from, to] (inclusive; a month means all its days; an event whose date only says the week
 * or month counts when that week or month overlaps the period; undated events drop out when a period is
 * chosen), and with `other` (another person than the timeline's), only those whose quote names that person too.
 * At most MAX_TIMELINE_EVENTS, the newest kept.
 */
export function narrowTimeline(
  timeline: Timeline,
  options: { from?: string; to?: string; other?: { ref: ActorRef; named: (event: TimelineEvent) => boolean } } = {},
): Timeline {
  const { from, to } = options;
  // The person with themselves ("Lawrow with: Lavrov"): their timeline, not "X with X".
  const other = options.other?.ref.id === timeline.actor.id ? undefined : options.other;
  const lo = from ? span(from, "day")[0] : undefined;
  const hi = to ? span(to, to.length === 7 ? "month" : "day")[1] : undefined;
  let events = timeline.events;
  if (lo || hi) {
    events = events.filter((e) => {
      if (e.date === null) return false;
      const [start, end] = span(e.date, e.precision);
      return (!lo || end >= lo) && (!hi || start <= hi);
    });
  }
  if (other) events = events.filter(other.named);
  const range = from || to ? { range: { ...(from ? { from } : {}), ...(to ? { to } : {}) } } : {};
  return {
    actor: timeline.actor,
    ...(other ? { with: other.ref } : {}),
    ...range,
    events: events.length > MAX_TIMELINE_EVENTS ? events.slice(events.length - MAX_TIMELINE_EVENTS) : events,
    total: timeline.events.length,
  };
}
