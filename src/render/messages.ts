/** Texts the renderers show, by code, in German and English. */
import type { CorpusProfile } from "../corpus/profile.js";
import { formatDate, type Lang } from "./locale.js";

const TEXTS = {
  abstain_title: { de: "Dazu finde ich nichts in den Artikeln.", en: "The articles do not answer that." },
  abstain_body: { de: "Ich zitiere nur, was in den Artikeln steht, und rate nicht.", en: "I only quote what the articles say and never guess." },
  abstain_coverage: {
    de: "Die {articles} Artikel reichen von {from} bis {to}; am häufigsten geht es um {people} und um {topics}.",
    en: "The {articles} articles run from {from} to {to}; they mention {people} most, and {topics}.",
  },
  abstain_coverage_topics: {
    de: "Die {articles} Artikel reichen von {from} bis {to}; am häufigsten geht es um {topics}.",
    en: "The {articles} articles run from {from} to {to}; they are mostly about {topics}.",
  },
  abstain_examples: { de: "Zum Beispiel: {examples}", en: "For example: {examples}" },
  empty_question: { de: "Bitte stelle eine Frage.", en: "Please ask a question." },
  also_in: { de: "auch in", en: "also in" },
  searched: { de: "{articles} Artikel, {passages} Passagen durchsucht", en: "searched {articles} articles, {passages} passages" },
  date_from_copy: { de: "Datum aus einem gleichlautenden Artikel", en: "date taken from a copy of the same report" },
  undated_from: { de: "Datum aus {file}", en: "date taken from {file}" },
  unknown_actor: { de: "Diese Person kenne ich nicht: „{query}“.", en: "I don't know that person: “{query}”." },
  unknown_article: { de: "Diesen Artikel gibt es nicht: „{query}“.", en: "There is no such article: “{query}”." },
  did_you_mean: { de: "Meinten Sie: {list}?", en: "Did you mean: {list}?" },
  no_events: { de: "Keine Einträge.", en: "No entries." },
  timeline_title: { de: "Zeitleiste: {name}", en: "Timeline: {name}" },
  source_title: { de: "Quelle", en: "Source" },
  open_source: { de: "Quelle öffnen", en: "Open source" },
  more_results: { de: "Weitere Treffer", en: "More results" },
  download_text: { de: "Als .txt", en: "As .txt" },
  page: { de: "Seite {page}/{pages}", en: "Page {page}/{pages}" },
  error: { de: "Da ist etwas schiefgegangen (Fehler-ID {id}). Bitte versuche es noch einmal.", en: "Something went wrong (error id {id}). Please try again." },
  cooldown: { de: "Langsam bitte: du kannst in {seconds} s wieder fragen.", en: "Easy there: you can ask again in {seconds} s." },
  too_long: { de: "Die Eingabe ist zu lang (höchstens {max} Zeichen).", en: "That input is too long (at most {max} characters)." },
  no_more_results: { de: "Keine weiteren Treffer.", en: "No further results." },
  meta_date: { de: "Datum", en: "Date" },
  meta_file: { de: "Datei", en: "File" },
  meta_outlet: { de: "Medium", en: "Outlet" },
  meta_link: { de: "Link", en: "Link" },
  full_text_attached: { de: "Der ganze Artikel als Textdatei: {file}", en: "The whole article as a text file: {file}" },
  button_stale: {
    de: "Dieser Knopf gehört zu einer älteren Antwort. Bitte stelle die Frage noch einmal.",
    en: "This button belongs to an older answer. Please ask again.",
  },
  more_results_title: { de: "Weitere Treffer zu deiner Frage", en: "More results for your question" },
  invalid_input: { de: "Diese Eingabe kann ich nicht verarbeiten.", en: "I cannot process that input." },
  ingest_added: { de: "hinzugefügt", en: "added" },
  ingest_duplicate: { de: "schon vorhanden", en: "already there" },
  ingest_refused: { de: "abgelehnt", en: "refused" },
  ingest_summary: { de: "{added} hinzugefügt, {duplicate} schon vorhanden, {refused} abgelehnt", en: "{added} added, {duplicate} already there, {refused} refused" },
  no_token: {
    de: "Kein DISCORD_TOKEN gesetzt: lokale Konsole mit dem eingebetteten Korpus. Für den Discord-Bot DISCORD_TOKEN in .env setzen (siehe .env.example).",
    en: "No DISCORD_TOKEN set: local console on the embedded corpus. To run the Discord bot, set DISCORD_TOKEN in .env (see .env.example).",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageCode = keyof typeof TEXTS;

/**
 * The abstention's explanation, from the corpus itself: its date range, the people and topics it mentions most,
 * and questions it answers. Without a profile only the first sentence.
 */
export function abstainLines(corpus: CorpusProfile | undefined, lang: Lang): { body: string; examples?: string } {
  let body = t("abstain_body", lang);
  if (corpus && corpus.articles > 0) {
    const list = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} ${lang === "de" ? "und" : "and"} ${items.at(-1)}` : (items[0] ?? ""));
    const vars = { articles: corpus.articles, from: formatDate(corpus.from, lang), to: formatDate(corpus.to, lang), people: list(corpus.people), topics: list(corpus.topics) };
    if (corpus.from && corpus.to && corpus.topics.length > 0) body += ` ${t(corpus.people.length > 0 ? "abstain_coverage" : "abstain_coverage_topics", lang, vars)}`;
  }
  const questions = corpus?.examples[lang] ?? [];
  if (questions.length === 0) return { body };
  const quoted = questions.map((q) => (lang === "de" ? `„${q}“` : `“${q}”`)).join(" · ");
  return { body, examples: t("abstain_examples", lang, { examples: quoted }) };
}

export function t(code: MessageCode, lang: Lang, vars: Record<string, string | number> = {}): string {
  return TEXTS[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
