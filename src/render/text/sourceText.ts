/** The original article as text: metadata on top, then the text exactly as stored. */
import type { SourceArticle } from "../../source/types.js";
import { formatDate, type Lang } from "../locale.js";

export function renderSourceText(article: SourceArticle, lang: Lang = "de"): string {
  const meta = [article.outlet, formatDate(article.published ?? article.date, lang), article.url].filter(Boolean).join(" · ");
  return `${article.title}\n${meta}\n\n${article.text.trim()}`;
}
