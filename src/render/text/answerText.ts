/** Answer → readable terminal text: quote and citation (headline, outlet, day, link); never a file name. */
import type { Answer, ArticleRef } from "../../answer/types.js";
import { formatDate, type Lang } from "../locale.js";
import { abstainLines, t } from "../messages.js";
import { inQuotationMarks } from "../../util/text.js";

export function renderAnswerText(answer: Answer, lang: Lang = answer.language): string {
  if (answer.abstained) {
    if (answer.reason === "empty") return t("empty_question", lang);
    const { body, examples } = abstainLines(answer.corpus, lang, answer.unknownWords);
    return [t("abstain_title", lang), body, ...(examples ? [examples] : [])].join("\n");
  }
  const lines: string[] = [];
  answer.results.forEach((r, i) => {
    lines.push(`[${i + 1}] ${inQuotationMarks(r.quote)}`);
    lines.push(`    — ${citationText(r, lang)}`);
    if (r.alsoIn.length > 0) lines.push(`    ${t("also_in", lang)}: ${r.alsoIn.map((a) => `${a.outlet ?? a.title} (${formatDate(a.published ?? a.date, lang)})`).join(", ")}`);
  });
  lines.push(t("searched", lang, answer.searched));
  return lines.join("\n");
}

/** "Headline · Outlet · 16. März 2025 · https://…": what is known, in that order. */
export function citationText(ref: ArticleRef, lang: Lang): string {
  return [ref.title, ref.outlet, formatDate(ref.published ?? ref.date, lang), ref.url].filter(Boolean).join(" · ");
}
