/** Texts the renderers show, by code, in German and English. */
import type { Lang } from "./locale.js";

const TEXTS = {
  abstain_title: { de: "Dazu finde ich nichts in den Artikeln.", en: "The articles do not answer that." },
  abstain_body: {
    de: "Ich zitiere nur, was in den Artikeln steht, und rate nicht. Die Artikel behandeln die Verhandlungen zwischen den USA, Russland und der Ukraine von Februar bis April 2025: Telefonate von Rubio und Lawrow, die Gespräche in Saudi-Arabien, den Vorschlag einer 30-tägigen Waffenruhe, Sicherheitsgarantien und die Münchner Sicherheitskonferenz.",
    en: "I only quote what the articles say and never guess. They cover the 2025 negotiations between the US, Russia and Ukraine (February to April): the Rubio–Lavrov calls, the talks in Saudi Arabia, the proposed 30-day ceasefire, security guarantees and the Munich Security Conference.",
  },
  abstain_examples: {
    de: "Zum Beispiel: „Wie reagierte Putin auf den Vorschlag der USA?“ · „Wie alt ist Keith Kellogg?“ · „Was sagte Selenskyj in München?“",
    en: "For example: “How did Putin react to the US proposal?” · “How old is Keith Kellogg?” · “What did Zelensky say in Munich?”",
  },
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

export function t(code: MessageCode, lang: Lang, vars: Record<string, string | number> = {}): string {
  return TEXTS[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
