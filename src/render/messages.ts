/**
 * The bot's own words, by code, from one catalogue per language (src/render/catalog/de.json, en.json).
 * German addresses the user with "du". A test checks that both catalogues have the same codes with the same
 * placeholders and that the Discord renderers take every word they show from here.
 */
import de from "./catalog/de.json" with { type: "json" };
import en from "./catalog/en.json" with { type: "json" };
import { type CorpusProfile, peopleOf, topicsOf } from "../corpus/profile.js";
import { formatDate, type Lang } from "./locale.js";

export type MessageCode = keyof typeof de;

/** Both catalogues, typed by the German one: a code missing in English fails the typecheck. */
export const CATALOGS: Record<Lang, Record<MessageCode, string>> = { de, en };

export function t(code: MessageCode, lang: Lang, vars: Record<string, string | number> = {}): string {
  return CATALOGS[lang][code].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** The placeholder each counted message takes its count in. */
const COUNT_VARIABLE = { searched_articles: "articles", entries: "n", help_articles: "articles" } as const;

/** `<code>_one` for a count of 1, else `<code>_other` (German and English need no more forms). */
export function tCount(code: keyof typeof COUNT_VARIABLE, lang: Lang, count: number, vars: Record<string, string | number> = {}): string {
  return t(count === 1 ? `${code}_one` : `${code}_other`, lang, { ...vars, [COUNT_VARIABLE[code]]: count });
}

/** „…“ in German, “…” in English, around text the bot quotes in its own sentences. */
export function quoted(text: string, lang: Lang): string {
  return t("quoted", lang, { text });
}

/** "A, B und C" / "A, B and C"; one item alone, nothing for none. */
export function listOf(items: readonly string[], lang: Lang): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} ${t("and", lang)} ${items.at(-1)}` : (items[0] ?? "");
}

/** Words the corpus does not use named in an abstention, at most. */
const MAX_UNKNOWN_WORDS_SHOWN = 3;

/**
 * The abstention's explanation: the question's words the corpus does not use (`unknownWords`, as the core names them),
 * then, from the corpus itself, its date range, the people and topics it mentions most, and questions it answers.
 * Without a profile only the first sentences.
 */
export function abstainLines(corpus: CorpusProfile | undefined, lang: Lang, unknownWords: readonly string[] = []): { body: string; examples?: string } {
  const list = (items: readonly string[]) => listOf(items, lang);
  // "Die Artikel erwähnen „Wetter“ nicht.": what the reader may ask about otherwise.
  const unknown = unknownWords.slice(0, MAX_UNKNOWN_WORDS_SHOWN).map((w) => quoted(w, lang));
  let body = unknown.length > 0 ? `${t("abstain_unknown", lang, { words: list(unknown) })} ${t("abstain_body", lang)}` : t("abstain_body", lang);
  if (corpus && corpus.articles > 0) {
    const people = peopleOf(corpus, lang);
    const topics = topicsOf(corpus, lang);
    const vars = { articles: corpus.articles, from: formatDate(corpus.from, lang), to: formatDate(corpus.to, lang), people: list(people), topics: list(topics) };
    if (corpus.from && corpus.to && topics.length > 0) body += ` ${t(people.length > 0 ? "abstain_coverage" : "abstain_coverage_topics", lang, vars)}`;
  }
  const questions = corpus?.examples[lang] ?? [];
  if (questions.length === 0) return { body };
  return { body, examples: t("abstain_examples", lang, { examples: questions.map((q) => quoted(q, lang)).join(" · ") }) };
}
