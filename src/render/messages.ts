/**
 * The bot's own words, by code, from one catalogue per language (src/render/catalog/de.json, en.json).
 * German addresses the user with "du". A test checks that both catalogues have the same codes with the same
 * placeholders and that the Discord renderers take every word they show from here.
 */
import de from "./catalog/de.json" with { type: "json" };
import en from "./catalog/en.json" with { type: "json" };
import type { Lang } from "./locale.js";

export type MessageCode = keyof typeof de;

/** Both catalogues, typed by the German one: a code missing in English fails the typecheck. */
export const CATALOGS: Record<Lang, Record<MessageCode, string>> = { de, en };

export function t(code: MessageCode, lang: Lang, vars: Record<string, string | number> = {}): string {
  return CATALOGS[lang][code].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** `<code>_one` for a count of 1, else `<code>_other` (German and English need no more forms). */
export function tCount(code: "searched_articles", lang: Lang, count: number, vars: Record<string, string | number> = {}): string {
  return t(count === 1 ? `${code}_one` : `${code}_other`, lang, { ...vars, articles: count });
}

/** „…“ in German, “…” in English, around text the bot quotes in its own sentences. */
export function quoted(text: string, lang: Lang): string {
  return t("quoted", lang, { text });
}
