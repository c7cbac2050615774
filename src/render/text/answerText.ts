/** Answer → readable terminal text: quote, citation and date. */
import type { Answer } from "../../answer/types.js";
import { formatDate, type Lang } from "../locale.js";
import { t } from "../messages.js";

export function renderAnswerText(answer: Answer, lang: Lang = answer.language): string {
  if (answer.abstained) {
    if (answer.reason === "empty") return t("empty_question", lang);
    return [t("abstain_title", lang), t("abstain_body", lang), t("abstain_examples", lang)].join("\n");
  }
  const lines: string[] = [];
  answer.results.forEach((r, i) => {
    lines.push(`[${i + 1}] „${r.quote}“`);
    lines.push(`    — ${r.title} · ${formatDate(r.date, lang)} · ${r.file}`);
    if (r.alsoIn.length > 0) lines.push(`    ${t("also_in", lang)}: ${r.alsoIn.map((a) => `${a.file} (${formatDate(a.date, lang)})`).join(", ")}`);
  });
  lines.push(t("searched", lang, answer.searched));
  return lines.join("\n");
}
