/**
 * The buttons under an /ask reply: one "Quelle öffnen" per cited article (a select menu past five), each opening the
 * quote's paragraph where it can be found, and the corpus's example questions under an abstention.
 */
import { ButtonStyle } from "discord.js";
import type { AnswerResult, ArticleRef } from "../../answer/types.js";
import type { SourceArticle } from "../../source/types.js";
import { MAX_BUTTONS_PER_ROW } from "../../util/discordLimits.js";
import { formatDate, type Lang } from "../locale.js";
import { t } from "../messages.js";
import { citationOfRef, MAX_ALSO_IN } from "./cite.js";
import { locateQuote } from "./context.js";
import { type ButtonId, buttonId, MENU_IDS, quoteCheck } from "./customId.js";
import { button, type Component, selectMenu } from "./payload.js";

export interface SourceTarget {
  n: number;
  ref: ArticleRef;
  id: ButtonId;
}

/** The button target for each cited article of `results`: the quote's paragraph, else the article's first page. */
export function sourceTargets(results: readonly AnswerResult[], numbers: ReadonlyMap<string, number>, articles?: ReadonlyMap<string, SourceArticle>): SourceTarget[] {
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
export function sourceComponents(targets: readonly SourceTarget[], lang: Lang): Component[] {
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
export function exampleButtons(examples: readonly string[]): Component[] {
  return examples
    .slice(0, MAX_EXAMPLE_BUTTONS)
    .map((question, i) => button({ id: { kind: "run", target: { kind: "ask", example: i } }, label: question, emoji: "💬", style: ButtonStyle.Primary }))
    .filter((c) => c !== undefined);
}
