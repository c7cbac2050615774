/** Words shared by the timeline renderers (Discord, text, picture): an entry's day or week, an article by title and outlet. */
import type { SourceRef, TimelineEvent } from "../timeline/types.js";
import { type Lang, localeOf } from "./locale.js";
import { weekdayNames } from "../util/calendar.js";
import { shorten } from "../util/text.js";
import { t } from "./messages.js";

/** "So" … "Sa" / "Sun" … "Sat", Sunday first. */
const WEEKDAYS: Record<Lang, string[]> = { de: weekdayNames(localeOf("de"), "short"), en: weekdayNames(localeOf("en"), "short") };

/** The date within its month group: "Sa 15." / "Sat 15", "Woche ab 10." / "week of 10"; nothing for a month. */
export function dayLabel(event: Pick<TimelineEvent, "date" | "precision">, lang: Lang): string | undefined {
  if (!event.date || event.date.length < 10) return undefined;
  const day = Number(event.date.slice(8, 10));
  const dayText = lang === "de" ? `${day}.` : String(day);
  if (event.precision === "week") return t("week_of", lang, { day: dayText });
  if (event.precision !== "day") return undefined;
  const weekday = WEEKDAYS[lang][new Date(`${event.date}T00:00:00Z`).getUTCDay()]!;
  return `${weekday} ${dayText}`;
}

/** "Titel (Outlet)": how a reader recognises an article; the title is cut at a word to fit `max`. */
export function sourceName(ref: SourceRef, max = 90): string {
  const outlet = ref.outlet ? ` (${ref.outlet})` : "";
  const room = Math.max(20, max - outlet.length);
  return `${shorten(ref.title, room)}${outlet}`;
}

/**
 * The period a timeline was asked for: "Zeitraum: März 2025 bis April 2025", or with one end open "ab März 2025" /
 * "bis April 2025" (an open end is no "heute": a period may lie in the future). `show` writes a date as the renderer
 * does.
 */
export function periodLine(range: { from?: string; to?: string }, lang: Lang, show: (date: string) => string): string {
  if (range.from && range.to) return t("timeline_range", lang, { from: show(range.from), to: show(range.to) });
  if (range.from) return t("timeline_range_from", lang, { from: show(range.from) });
  if (range.to) return t("timeline_range_to", lang, { to: show(range.to) });
  return "";
}
