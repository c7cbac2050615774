/**
 * /ask → Discord. The top two or three results are public when they answer, each a block quote with its
 * citation as subtext ("[1] Outlet · linked headline · day"), "auch in [2] …" for the same report elsewhere, and
 * "Treffer 1–3 von 5" in the footer. Citation numbers name articles, not passages: an article keeps its number
 * in the answer, in "Weitere Treffer" and on its button. Below: one "Quelle öffnen" button per cited article
 * (a select menu past five), "Weitere Treffer" and "Hilfreich? 👍 👎". The question is echoed in the content
 * line, which also lets the buttons recover it from the message after a restart.
 *
 * Why over 300 lines: one reply with several linked parts (public quotes, citation numbers per article, buttons or menu per cited article, more results, abstention); the parts share the numbering and must agree.
 */
import { ButtonStyle } from "discord.js";
import type { Answer, AnswerResult, ArticleRef } from "../../answer/types.js";
import type { SourceArticle } from "../../source/types.js";
import { formatDate, type Lang } from "../locale.js";
import { abstainLines, t, tCount } from "../messages.js";
import { citationOfRef, citationText } from "./cite.js";
import { locateQuote } from "./context.js";
import { type ButtonId, buttonId, MENU_IDS, quoteCheck } from "./customId.js";
import { escapeText, escapeWithBold, unescapeText } from "./escape.js";
import { shorten } from "../../util/text.js";
import { MAX_BUTTONS_PER_ROW, MAX_CONTENT, MAX_EMBED_DESCRIPTION, MAX_EMBED_TITLE } from "../../util/discordLimits.js";
import { button, COLORS, type Component, type DiscordReply, noMentions, rows, selectMenu } from "./payload.js";

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
/** Duplicates named after "auch in"; more are counted, not listed. */
const MAX_ALSO_IN = 3;
/** Results shown publicly at most. */
export const MAX_PUBLIC_RESULTS = 3;
/** A further result is public only when it scores at least this share of the best one … */
export const PUBLIC_RELATIVE_SCORE = 0.7;
/** … and bolds at least as many content words as the best one, up to this many. */
const PUBLIC_MIN_CONTENT_WORDS = 2;

/** "❓ <question>", escaped and defused: the only place user input is echoed. */
export function questionLine(question: string): string {
  return shorten(QUESTION_MARK + escapeText(question), MAX_CONTENT);
}

/** The question from a message the bot wrote with `questionLine`, or undefined. */
export function questionFromMessage(content: string | null | undefined): string | undefined {
  if (!content?.startsWith(QUESTION_MARK)) return undefined;
  const question = unescapeText(content.slice(QUESTION_MARK.length)).trim();
  return question === "" ? undefined : question;
}

/**
 * Generic time nouns: capitalised like content nouns, but as filler as a verb ("in den kommenden Tagen").
 * Named days and months stay (they answer "wann").
 */
const TIME_NOUNS = new Set(
  "tag tage tagen tages woche wochen monat monate monaten monats jahr jahre jahren jahres stunde stunden minute minuten sekunde sekunden zeit mal wochenende uhr"
    .split(" "),
);

function isContentWord(word: string): boolean {
  if (/\p{N}/u.test(word)) return true;
  return /^\p{Lu}/u.test(word) && !TIME_NOUNS.has(word.toLowerCase());
}

/**
 * The answer model marks every word that matched the question, verbs and time words included. Bold goes only on
 * names and content nouns: in German quotes those are the capitalised words (and numbers like "80-Jährige"),
 * minus generic time nouns. A lower-case mark between two kept ones ("Meet the Press") stays with its phrase.
 */
export function contentMarks(quote: string, marks: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = [...marks].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const keep = sorted.map(([s, e]) => isContentWord(quote.slice(s, e)));
  const gapIsSpace = (a: readonly [number, number], b: readonly [number, number]) => /^\s+$/u.test(quote.slice(a[1], b[0]));
  const kept = sorted.filter((mark, i) => {
    if (keep[i]) return true;
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    return Boolean(prev && next && keep[i - 1] && keep[i + 1] && gapIsSpace(prev, mark) && gapIsSpace(mark, next));
  });
  // Neighbours with only a space between them are one bold phrase: "**Keith Kellogg**", not "**Keith** **Kellogg**".
  const merged: Array<[number, number]> = [];
  for (const mark of kept) {
    const last = merged.at(-1);
    if (last && (mark[0] <= last[1] || gapIsSpace(last, mark))) last[1] = Math.max(last[1], mark[1]);
    else merged.push([mark[0], mark[1]]);
  }
  return merged;
}

function contentWords(result: AnswerResult): Set<string> {
  const words = contentMarks(result.quote, result.marks).flatMap(([s, e]) => result.quote.slice(s, e).toLowerCase().split(/\s+/u));
  return new Set(words.filter((w) => w !== ""));
}

/**
 * The results shown publicly: the best one, then the following ones while they answer too — scoring at least
 * 70 % of the best and bolding as many of the question's content words as it does (up to two). At most three.
 */
export function publicResults(answer: Answer): AnswerResult[] {
  const [top, ...rest] = answer.abstained ? [] : answer.results;
  if (!top) return [];
  const need = Math.min(PUBLIC_MIN_CONTENT_WORDS, contentWords(top).size);
  const shown = [top];
  for (const result of rest) {
    if (shown.length >= MAX_PUBLIC_RESULTS) break;
    if (result.score < PUBLIC_RELATIVE_SCORE * top.score || contentWords(result).size < need) break;
    shown.push(result);
  }
  return shown;
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
  const quote = escapeWithBold(result.quote.trim(), contentMarks(result.quote.trim(), shiftMarks(result)))
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

interface SourceTarget {
  n: number;
  ref: ArticleRef;
  id: ButtonId;
}

/** The button target for each cited article of `results`: the quote's paragraph, else the article's first page. */
function sourceTargets(results: readonly AnswerResult[], numbers: ReadonlyMap<string, number>, articles?: ReadonlyMap<string, SourceArticle>): SourceTarget[] {
  const targets = new Map<string, SourceTarget>();
  for (const result of results) {
    const quote = result.quote;
    if (!targets.has(result.articleId) && quote.length > 0) {
      const id: ButtonId = { kind: "ctx", articleId: result.articleId, start: result.quoteStart, length: quote.length, check: quoteCheck(quote) };
      targets.set(result.articleId, { n: numbers.get(result.articleId) ?? 0, ref: result, id });
    }
    for (const ref of result.alsoIn.slice(0, MAX_ALSO_IN)) {
      if (targets.has(ref.articleId)) continue;
      const article = articles?.get(ref.articleId);
      const span = article ? locateQuote(article, quote) : undefined;
      const id: ButtonId =
        article && span
          ? { kind: "ctx", articleId: ref.articleId, start: span.start, length: span.end - span.start, check: quoteCheck(article.text.slice(span.start, span.end)) }
          : { kind: "src", articleId: ref.articleId, page: 0 };
      targets.set(ref.articleId, { n: numbers.get(ref.articleId) ?? 0, ref, id });
    }
  }
  return [...targets.values()].filter((target) => buttonId(target.id) !== undefined).sort((a, b) => a.n - b.n);
}

/** One button per cited article ("📄 [2]"), or one select menu when there are more than five. */
function sourceComponents(targets: readonly SourceTarget[], lang: Lang): Component[] {
  if (targets.length === 0) return [];
  if (targets.length === 1) {
    const only = targets[0]!;
    return [button({ id: only.id, label: `${t("open_source", lang)} [${only.n}]`, emoji: "📄" })].filter((c) => c !== undefined);
  }
  if (targets.length <= MAX_BUTTONS_PER_ROW) {
    return targets.map((target) => button({ id: target.id, label: `[${target.n}]`, emoji: "📄" })).filter((c) => c !== undefined);
  }
  const menu = selectMenu(
    MENU_IDS.context,
    t("open_source_menu", lang),
    targets.map((target) => ({ label: `[${target.n}] ${target.ref.title}`, value: buttonId(target.id)!, description: formatDate(citationOfRef(target.ref).day, lang), emoji: "📄" })),
  );
  return menu ? [menu] : [];
}

/** At most this many example questions under an abstention: one row of buttons with room to spare. */
export const MAX_EXAMPLE_BUTTONS = 3;

/** The corpus's own example questions as buttons (`run:ask:<n>`: the n-th example of the profile). */
function exampleButtons(examples: readonly string[]): Component[] {
  return examples
    .slice(0, MAX_EXAMPLE_BUTTONS)
    .map((question, i) => button({ id: { kind: "run", target: { kind: "ask", example: i } }, label: question, emoji: "💬", style: ButtonStyle.Primary }))
    .filter((c) => c !== undefined);
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
  const about = abstainLines(answer.corpus, lang);
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
