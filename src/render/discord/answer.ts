/**
 * /ask → Discord: the best quote with the matched words in bold, its citation "[1] Title — März 2025",
 * "auch in [2] …" for the same report elsewhere, the searched corpus size in the footer, and the buttons
 * "Quelle öffnen" and "Weitere Treffer". The question is echoed in the content line, which also lets
 * "Weitere Treffer" recover it from the message after a restart.
 */
import type { Answer, AnswerResult, ArticleRef } from "../../answer/types.js";
import { formatDate, type Lang } from "../locale.js";
import { abstainLines, t } from "../messages.js";
import { escapeText, escapeWithBold, truncate, unescapeText } from "./escape.js";
import { MAX_CONTENT, MAX_EMBED_DESCRIPTION, MAX_EMBED_TITLE } from "./limits.js";
import { button, COLORS, type DiscordReply, noMentions, row } from "./payload.js";

export interface AnswerRenderOptions {
  lang: Lang;
  /** Page of the cited article that holds the quote; without it there is no "Quelle öffnen" button. */
  sourcePageOf?: (result: AnswerResult) => number | undefined;
  /** Key the bot remembered the question under; without it there is no "Weitere Treffer" button. */
  questionKey?: string;
}

const QUESTION_MARK = "❓ ";
/** Duplicates named after "auch in"; more are counted, not listed. */
const MAX_ALSO_IN = 3;

/** "❓ <question>", escaped and defused: the only place user input is echoed. */
export function questionLine(question: string): string {
  return truncate(QUESTION_MARK + escapeText(question), MAX_CONTENT);
}

/** The question from a message the bot wrote with `questionLine`, or undefined. */
export function questionFromMessage(content: string | null | undefined): string | undefined {
  if (!content?.startsWith(QUESTION_MARK)) return undefined;
  const question = unescapeText(content.slice(QUESTION_MARK.length)).trim();
  return question === "" ? undefined : question;
}

function citation(n: number, ref: ArticleRef, lang: Lang): string {
  return `[${n}] ${escapeText(truncate(ref.title, 150))} — ${formatDate(ref.date, lang)}`;
}

/** Quote plus citations; numbering continues from `firstRef`. Returns the text and the next free number. */
function resultBlock(result: AnswerResult, firstRef: number, lang: Lang): { text: string; next: number } {
  const lines = [`„${escapeWithBold(result.quote, result.marks)}“`, citation(firstRef, result, lang)];
  let next = firstRef + 1;
  const shown = result.alsoIn.slice(0, MAX_ALSO_IN);
  if (shown.length > 0) {
    const refs = shown.map((ref) => citation(next++, ref, lang));
    const more = result.alsoIn.length - shown.length;
    lines.push(`${t("also_in", lang)} ${refs.join("; ")}${more > 0 ? ` (+${more})` : ""}`);
  }
  return { text: lines.join("\n"), next };
}

function abstention(answer: Answer, lang: Lang): DiscordReply {
  if (answer.reason === "empty") return { content: t("empty_question", lang), allowedMentions: noMentions(), ephemeral: true };
  const about = abstainLines(answer.corpus, lang);
  return {
    content: questionLine(answer.question),
    embeds: [
      {
        title: t("abstain_title", lang),
        description: about.examples ? `${about.body}\n\n${about.examples}` : about.body,
        color: COLORS.notice,
        footer: { text: t("searched", lang, answer.searched) },
      },
    ],
    allowedMentions: noMentions(),
  };
}

export function renderAnswer(answer: Answer, opts: AnswerRenderOptions): DiscordReply {
  const { lang } = opts;
  const top = answer.results[0];
  if (answer.abstained || !top) return abstention(answer, lang);
  const page = opts.sourcePageOf?.(top);
  return {
    content: questionLine(answer.question),
    embeds: [
      {
        description: truncate(resultBlock(top, 1, lang).text, MAX_EMBED_DESCRIPTION),
        color: COLORS.answer,
        footer: { text: t("searched", lang, answer.searched) },
      },
    ],
    components: row(
      page === undefined
        ? undefined
        : button({ id: { kind: "open", articleId: top.articleId, page }, label: t("open_source", lang), emoji: "📄" }),
      opts.questionKey && answer.results.length > 1
        ? button({ id: { kind: "more", key: opts.questionKey }, label: t("more_results", lang), emoji: "🔎" })
        : undefined,
    ),
    allowedMentions: noMentions(),
  };
}

/** Results 2–5 for "Weitere Treffer": only for the person who clicked, each with its own source button. */
export function renderMoreResults(answer: Answer, opts: AnswerRenderOptions): DiscordReply {
  const { lang } = opts;
  const rest = answer.abstained ? [] : answer.results.slice(1, 5);
  if (rest.length === 0) return { content: t("no_more_results", lang), allowedMentions: noMentions(), ephemeral: true };
  const blocks: string[] = [];
  const buttons = new Map<string, ReturnType<typeof button>>();
  // Numbering continues after the first reply's references, so "[n]" means one article across both messages.
  let ref = 2 + Math.min(answer.results[0]?.alsoIn.length ?? 0, MAX_ALSO_IN);
  let length = 0;
  for (const result of rest) {
    const number = ref;
    const block = resultBlock(result, number, lang);
    // Whole results or none: a cut quote would misquote.
    if (length + block.text.length + 2 > MAX_EMBED_DESCRIPTION) break;
    blocks.push(block.text);
    length += block.text.length + 2;
    ref = block.next;
    const page = opts.sourcePageOf?.(result);
    if (page !== undefined) {
      const b = button({ id: { kind: "open", articleId: result.articleId, page }, label: `[${number}]`, emoji: "📄" });
      // Two results on the same page of the same article share one button (custom ids must be unique).
      if (b && !buttons.has(b.custom_id)) buttons.set(b.custom_id, b);
    }
  }
  return {
    content: questionLine(answer.question),
    embeds: [
      {
        title: truncate(t("more_results_title", lang), MAX_EMBED_TITLE),
        description: blocks.join("\n\n"),
        color: COLORS.answer,
        footer: { text: t("searched", lang, answer.searched) },
      },
    ],
    components: row(...buttons.values()),
    allowedMentions: noMentions(),
    ephemeral: true,
  };
}
