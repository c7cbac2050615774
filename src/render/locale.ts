/** The bot's own words in German and English; corpus quotes are always German. */
import de from "./catalog/de.json" with { type: "json" };
import en from "./catalog/en.json" with { type: "json" };
import { formatCalendarDate } from "../util/calendar.js";

export type Lang = "de" | "en";

/** Discord locales ("de", "en-US", "en-GB", …) and CLI flags → one of the two languages; German is the default. */
export function langOf(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith("en") ? "en" : "de";
}

const LOCALES: Record<Lang, string> = { de: "de-DE", en: "en-GB" };
/** The Intl locale of a language: "de-DE", "en-GB". */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}
/** Read from the catalogues directly (messages.ts imports this module's types; no cycle). */
const UNDATED: Record<Lang, string> = { de: de.undated, en: en.undated };

/**
 * "2025-03" → "März 2025" / "March 2025"; "2025-03-15" → "15. März 2025" / "15 March 2025"; null → "undatiert".
 * Month names come from Intl.DateTimeFormat (src/util/calendar.ts); anything that is not a calendar date is shown as given.
 */
export function formatDate(date: string | null | undefined, lang: Lang): string {
  if (!date) return UNDATED[lang];
  return formatCalendarDate(date, LOCALES[lang]) ?? date;
}

/** "2025-03" → "März 2025" for grouping timelines by month. */
export function formatMonth(date: string | null | undefined, lang: Lang): string {
  return formatDate(date ? date.slice(0, 7) : null, lang);
}
