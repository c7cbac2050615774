/**
 * /ask → Discord. The top two or three results are public when they answer, each a block quote with its
 * citation as subtext ("[1] Outlet · linked headline · day"), "auch in [2] …" for the same report elsewhere, and
 * "Treffer 1–3 von 5" in the footer. Citation numbers name articles, not passages: an article keeps its number
 * in the answer, in "Weitere Treffer" and on its button. Below: one "Quelle öffnen" button per cited article
 * (a select menu past five), "Weitere Treffer" and "Hilfreich? 👍 👎". The question is echoed in the content
 * line, which also lets the buttons recover it from the message after a restart.
 *
 * Which results are public and which words are bold: publicResults.ts; the source and example buttons: answerButtons.ts.
 */
import type { Answer, AnswerResult, ArticleRef } from "../../answer/types.js";
import type { SourceArticle } from "../../source/types.js";
import type { Lang } from "../locale.js";
import { abstainLines, t, tCount } from "../messages.js";
import { exampleButtons, sourceComponents, sourceTargets } from "./answerButtons.js";
import { citationOfRef, citationText, MAX_ALSO_IN } from "./cite.js";
import { escapeText, escapeWithBold, unescapeEchoed } from "./escape.js";
import { onOneLine, shorten } from "../../util/text.js";
import { MAX_CONTENT, MAX_EMBED_DESCRIPTION, MAX_EMBED_TITLE } from "../../util/discordLimits.js";
import { button, COLORS, type DiscordReply, noMentions, rows } from "./payload.js";
import { contentMarks, publicResults } from "./publicResults.js";


export interface AnswerRenderOptions {
  lang: Lang;
  /** Key the bot remembered the question under; without it there is no "Weitere Treffer" button. */
  questionKey?: string;
  /**
   * Cited articles at hand, by id, to find an "auch in" article's copy of the quote; an article missing here
   * opens at its first page. The result's own article needs none (the quote's offsets are in the result).
   */
  articles?: ReadonlyMap<string, SourceArticle>;
  /** "Hilfreich? 👍 👎" under a public answer; default true. */
  feedback?: boolean;
  /**
   * Questions the corpus answers (its profile's examples in this language): offered as buttons under an abstention.
   * Default: those of the answer's own corpus profile, if it carries one.
   */
  examples?: readonly string[];
}

const QUESTION_MARK = "❓ ";

/** "❓ <question>", escaped and defused, links without preview: the only place user input is echoed. */
export function questionLine(question: string): string {
  return shorten(QUESTION_MARK + escapeText(question, { previews: false }), MAX_CONTENT);
}

/** The question from a message the bot wrote with `questionLine`, or undefined. */
export function questionFromMessage(content: string | null | undefined): string | undefined {
  if (!content?.startsWith(QUESTION_MARK)) return undefined;
  const question = unescapeEchoed(content.slice(QUESTION_MARK.length)).trim();
  return question === "" ? undefined : question;
}

/** Stable citation numbers: articles numbered by first appearance over all results and their "auch in" lists. */
export function articleNumbers(answer: Answer): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const result of answer.abstained ? [] : answer.results) {
    for (const ref of [result, ...result.alsoIn.slice(0, MAX_ALSO_IN)]) {
      if (!numbers.has(ref.articleId)) numbers.set(ref.articleId, numbers.size + 1);
    }
  }
  return numbers;
}

function citation(n: number, ref: ArticleRef, lang: Lang): string {
  return `[${n}] ${citationText(citationOfRef(ref), lang)}`;
}

/** Block quote plus citation subtext lines. */
function resultBlock(result: AnswerResult, numbers: ReadonlyMap<string, number>, lang: Lang): string {
  const quote = escapeWithBold(onOneLine(result.quote.trim()), contentMarks(result.quote.trim(), shiftMarks(result)))
    .split("\n")
    .map((line) => `> ${line}`);
  const lines = [...quote, `-# ${citation(numbers.get(result.articleId) ?? 0, result, lang)}`];
  const shown = result.alsoIn.slice(0, MAX_ALSO_IN);
  if (shown.length > 0) {
    const refs = shown.map((ref) => citation(numbers.get(ref.articleId) ?? 0, ref, lang));
    const more = result.alsoIn.length - shown.length;
    lines.push(`-# ${t("also_in", lang)} ${refs.join("; ")}${more > 0 ? ` (+${more})` : ""}`);
  }
  return lines.join("\n");
}

/** Marks relative to the trimmed quote. */
function shiftMarks(result: AnswerResult): Array<[number, number]> {
  const lead = result.quote.length - result.quote.trimStart().length;
  return result.marks.map(([s, e]) => [s - lead, e - lead]);
}

/** Whole blocks while they fit (a cut quote would misquote). */
function blocksWithin(results: readonly AnswerResult[], numbers: ReadonlyMap<string, number>, lang: Lang, budget: number): { text: string; count: number } {
  const blocks: string[] = [];
  let length = 0;
  for (const result of results) {
    const block = resultBlock(result, numbers, lang);
    const added = block.length + (blocks.length > 0 ? 2 : 0);
    if (blocks.length > 0 && length + added > budget) break;
    blocks.push(block);
    length += added;
  }
  return { text: shorten(blocks.join("\n\n"), budget), count: blocks.length };
}

/** Empty or junk input: nothing the bot could search for. */
function isJunk(answer: Answer): boolean {
  return answer.reason === "empty" || answer.reason === "no_content" || !/\p{L}{2}/u.test(answer.question);
}

function abstention(answer: Answer, lang: Lang, examples: readonly string[]): DiscordReply {
  const buttons = exampleButtons(examples);
  if (isJunk(answer)) {
    // Private and short: nobody else needs to see "???", and the examples are one click away.
    const words = answer.reason === "empty" ? t("empty_question", lang) : t("junk_question", lang);
    return {
      content: buttons.length > 0 ? `${words} ${t("try_examples", lang)}` : words,
      components: rows(...buttons),
      allowedMentions: noMentions(),
      ephemeral: true,
    };
  }
  // The question's own words: escaped like the question line.
  const about = abstainLines(answer.corpus, lang, answer.unknownWords?.map((word) => escapeText(word, { previews: false })));
  return {
    content: questionLine(answer.question),
    embeds: [
      {
        title: t("abstain_title", lang),
        description: about.examples ? `${about.body}\n\n${about.examples}` : buttons.length > 0 ? `${about.body}\n\n${t("abstain_try", lang)}` : about.body,
        color: COLORS.notice,
        footer: { text: tCount("searched_articles", lang, answer.searched.articles) },
      },
    ],
    components: rows(...buttons),
    allowedMentions: noMentions(),
  };
}

function footer(first: number, last: number, answer: Answer, lang: Lang): string {
  const range = first === last ? `${first}` : `${first}–${last}`;
  return `${t("results_range", lang, { range, total: answer.results.length })} · ${tCount("searched_articles", lang, answer.searched.articles)}`;
}

export function renderAnswer(answer: Answer, opts: AnswerRenderOptions): DiscordReply {
  const { lang } = opts;
  const shown = publicResults(answer);
  if (answer.abstained || shown.length === 0) return abstention(answer, lang, opts.examples ?? answer.corpus?.examples[lang] ?? []);
  const numbers = articleNumbers(answer);
  const blocks = blocksWithin(shown, numbers, lang, MAX_EMBED_DESCRIPTION);
  const visible = shown.slice(0, blocks.count);
  const more = opts.questionKey && answer.results.length > visible.length;
  const feedback = opts.feedback ?? true;
  return {
    content: questionLine(answer.question),
    embeds: [
      {
        description: blocks.text,
        color: COLORS.answer,
        footer: { text: footer(1, visible.length, answer, lang) },
      },
    ],
    components: [
      ...rows(...sourceComponents(sourceTargets(visible, numbers, opts.articles), lang)),
      ...rows(
        more ? button({ id: { kind: "more", key: opts.questionKey! }, label: t("more_results", lang), emoji: "🔎" }) : undefined,
        feedback ? button({ id: { kind: "nop", tag: "fb" }, label: t("helpful", lang), disabled: true }) : undefined,
        feedback ? button({ id: { kind: "fb", vote: "up" }, emoji: "👍" }) : undefined,
        feedback ? button({ id: { kind: "fb", vote: "down" }, emoji: "👎" }) : undefined,
      ),
    ],
    allowedMentions: noMentions(),
  };
}

/** The results after the public ones, for "Weitere Treffer": only for the person who clicked. */
export function renderMoreResults(answer: Answer, opts: AnswerRenderOptions): DiscordReply {
  const { lang } = opts;
  const publicCount = publicResults(answer).length;
  const rest = answer.abstained ? [] : answer.results.slice(publicCount);
  if (rest.length === 0) return { content: t("no_more_results", lang), allowedMentions: noMentions(), ephemeral: true };
  const numbers = articleNumbers(answer);
  const blocks = blocksWithin(rest, numbers, lang, MAX_EMBED_DESCRIPTION);
  const visible = rest.slice(0, blocks.count);
  return {
    content: questionLine(answer.question),
    embeds: [
      {
        title: shorten(t("more_results_title", lang), MAX_EMBED_TITLE),
        description: blocks.text,
        color: COLORS.answer,
        footer: { text: footer(publicCount + 1, publicCount + visible.length, answer, lang) },
      },
    ],
    components: rows(...sourceComponents(sourceTargets(visible, numbers, opts.articles), lang)),
    allowedMentions: noMentions(),
    ephemeral: true,
  };
}

/** Article ids whose text `renderAnswer`/`renderMoreResults` can use to place "auch in" buttons. */
export function alsoInArticleIds(results: readonly AnswerResult[]): string[] {
  return [...new Set(results.flatMap((r) => r.alsoIn.slice(0, MAX_ALSO_IN).map((a) => a.articleId)))];
}
