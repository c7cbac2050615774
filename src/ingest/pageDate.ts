/**
 * Publication dates: a date string in the formats pages and feeds use → the day and, when given, the instant; and
 * the date lines a page shows when its metadata names none.
 */
import type { DomDocument } from "./dom.js";
import { first } from "./pageMetadata.js";
import { alternation, capitalised, englishMonthNumber, GERMAN_MONTHS, germanMonthNumber } from "../util/calendar.js";

/**
 * A date string → day (in the writer's own time zone) and, when it has a time, an ISO date-time with offset.
 * Reads ISO 8601, RFC 2822 (feeds), "16. März 2025", "16.03.2025, 14:05 Uhr" and "March 16, 2025".
 */
export function parseDate(value: string | undefined | null): { published?: string; publishedAt?: string } {
  if (!value) return {};
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (iso) {
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`;
    if (!iso[4]) return check(day);
    const zone = iso[7] ? (iso[7] === "Z" ? "Z" : iso[7].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2")) : undefined;
    return check(day, zone ? `${day}T${iso[4]}:${iso[5]}:${iso[6] ?? "00"}${zone}` : undefined);
  }
  const german = /\b(\d{1,2})\.\s*([A-Za-zäÄ]+)\s+(\d{4})\b/.exec(s);
  if (german) {
    const m = germanMonthNumber(german[2]!);
    if (m > 0) return check(`${german[3]}-${pad(m)}-${pad(Number(german[1]))}`, undefined, timeOf(s, `${german[3]}-${pad(m)}-${pad(Number(german[1]))}`));
  }
  const numeric = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s);
  if (numeric) {
    const day = `${numeric[3]}-${pad(Number(numeric[2]))}-${pad(Number(numeric[1]))}`;
    return check(day, undefined, timeOf(s, day));
  }
  const english = /\b([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})\b/.exec(s);
  if (english && englishMonthNumber(english[1]!) > 0 && !/^\w{3},/.test(s)) {
    return check(`${english[3]}-${pad(englishMonthNumber(english[1]!))}-${pad(Number(english[2]))}`);
  }
  // RFC 2822: "Sun, 16 Mar 2025 10:00:00 +0100" — the day in the writer's zone, not in UTC.
  const time = Date.parse(s);
  if (Number.isNaN(time)) return {};
  const zone = /([+-])(\d{2}):?(\d{2})\s*$/.exec(s);
  const offsetMin = zone ? (zone[1] === "-" ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  const shifted = new Date(time + offsetMin * 60_000);
  // A year beyond what a Date can hold ("Sun, 16 Mar 275760 …"): no date, not an error.
  if (Number.isNaN(shifted.getTime())) return {};
  // V8 reads a four-digit year below 100 as a two-digit one ("0025" → 2025): a year written in four digits is that year.
  // Not a zone's offset ("-0500"), which is four digits too.
  const written = /(?<![+-])\b(\d{4})\b/.exec(s)?.[1];
  if (written !== undefined && Number(written) !== shifted.getUTCFullYear()) return {};
  const local = shifted.toISOString();
  const suffix = zone ? `${zone[1]}${zone[2]}:${zone[3]}` : "Z";
  return check(local.slice(0, 10), `${local.slice(0, 19)}${suffix}`);
}

function timeOf(s: string, day: string): string | undefined {
  const t = /\b(\d{1,2})[:.](\d{2})\s*Uhr\b/.exec(s);
  // A wall-clock time without a zone is not an instant: it stays out of publishedAt.
  return t ? `${day} ${pad(Number(t[1]))}:${t[2]}` : undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");

function check(day: string, at?: string, _local?: string): { published?: string; publishedAt?: string } {
  const published = first("published", day);
  if (!published) return {};
  const year = Number(published.slice(0, 4));
  if (year < 1990 || year > new Date().getUTCFullYear() + 1) return {};
  const publishedAt = at ? first("publishedAt", at) : undefined;
  return publishedAt ? { published, publishedAt } : { published };
}

/** "16. März 2025" or "16.03.2025" in running text. */
const VISIBLE_DATE_LINE = new RegExp(`(\\d{1,2}\\.\\s*(${alternation(GERMAN_MONTHS.map(capitalised))})\\s+\\d{4}|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b)`);

/** Visible date lines: <time datetime>, elements classed as dates, then the first date in the page text. */
export function visibleDate(document: DomDocument): { published?: string; publishedAt?: string } {
  for (const el of Array.from(document.querySelectorAll("time[datetime], [itemprop='datePublished']"))) {
    const found = parseDate(el.getAttribute("datetime") ?? el.getAttribute("content") ?? el.textContent);
    if (found.published) return found;
  }
  for (const el of Array.from(document.querySelectorAll("[class*='date'], [class*='datum'], [class*='publish'], [class*='time'], [id*='date']")).slice(0, 20)) {
    const found = parseDate(el.textContent);
    if (found.published) return found;
  }
  const body = (document.body?.textContent ?? "").slice(0, 5000);
  const line = VISIBLE_DATE_LINE.exec(body);
  return line ? parseDate(line[0]) : {};
}
