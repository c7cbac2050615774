/** The bot's own words in German and English; corpus quotes are always German. */

export type Lang = "de" | "en";

/** Discord locales ("de", "en-US", "en-GB", …) and CLI flags → one of the two languages; German is the default. */
export function langOf(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith("en") ? "en" : "de";
}

const MONTHS: Record<Lang, string[]> = {
  de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** "2025-03" → "März 2025"; "2025-03-15" → "15. März 2025" / "15 March 2025"; null → "undatiert". */
export function formatDate(date: string | null, lang: Lang): string {
  if (!date) return lang === "de" ? "undatiert" : "undated";
  const [y, m, d] = date.split("-");
  const month = MONTHS[lang][Number(m) - 1] ?? m;
  if (!d) return `${month} ${y}`;
  return lang === "de" ? `${Number(d)}. ${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** "2025-03" → "März 2025" for grouping timelines by month. */
export function formatMonth(date: string | null, lang: Lang): string {
  return formatDate(date ? date.slice(0, 7) : null, lang);
}
