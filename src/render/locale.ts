/** The bot's own words in German and English; corpus quotes are always German. */
import de from "./catalog/de.json" with { type: "json" };
import en from "./catalog/en.json" with { type: "json" };

export type Lang = "de" | "en";

/** Discord locales ("de", "en-US", "en-GB", …) and CLI flags → one of the two languages; German is the default. */
export function langOf(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith("en") ? "en" : "de";
}

const LOCALES: Record<Lang, string> = { de: "de-DE", en: "en-GB" };
/** Read from the catalogues directly (messages.ts imports this module's types; no cycle). */
const UNDATED: Record<Lang, string> = { de: de.undated, en: en.undated };

type Formatters = { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat };
const formatters = new Map<Lang, Formatters>();

function formattersOf(lang: Lang): Formatters {
  let f = formatters.get(lang);
  if (!f) {
    const locale = LOCALES[lang];
    f = {
      day: new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
      month: new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }),
    };
    formatters.set(lang, f);
  }
  return f;
}

/**
 * "2025-03" → "März 2025" / "March 2025"; "2025-03-15" → "15. März 2025" / "15 March 2025"; null → "undatiert".
 * Month names come from Intl.DateTimeFormat; anything that is not a calendar date is shown as given.
 */
export function formatDate(date: string | null | undefined, lang: Lang): string {
  if (!date) return UNDATED[lang];
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/u.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const at = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  if (Number.isNaN(at.getTime()) || at.getUTCMonth() !== Number(mo) - 1) return date;
  return d ? formattersOf(lang).day.format(at) : formattersOf(lang).month.format(at);
}

/** "2025-03" → "März 2025" for grouping timelines by month. */
export function formatMonth(date: string | null | undefined, lang: Lang): string {
  return formatDate(date ? date.slice(0, 7) : null, lang);
}
