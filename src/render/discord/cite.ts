/**
 * Citations: outlet, the headline linked to the article, and the day. The answer model may carry `outlet`, `url`
 * and `published` on an article reference (the living-corpus citation fields); they are read when present, so a
 * citation is "title — date" until they exist and "outlet · linked headline · day" once they do.
 */
import type { ArticleRef } from "../../answer/types.js";
import type { ArticleMeta } from "../../corpus/types.js";
import { formatDate, type Lang } from "../locale.js";
import { escapeText } from "./escape.js";
import { shorten } from "../../util/text.js";

/** Duplicates a result cites after "auch in" (the citation numbers and the source buttons alike); more are counted, not listed. */
export const MAX_ALSO_IN = 3;

export interface Citation {
  title: string;
  outlet?: string;
  url?: string;
  /** "YYYY-MM-DD" (published) or the article's "YYYY-MM" date, null when undated. */
  day: string | null;
}

/** A URL Discord may link: http(s) only, parsed and re-serialised. */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== "string" || url === "") return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** The citation of an answer's article reference; citation fields are optional on the model. */
export function citationOfRef(ref: ArticleRef): Citation {
  const extra = ref as ArticleRef & { outlet?: unknown; url?: unknown; published?: unknown; meta?: Partial<ArticleMeta> };
  const published = text(extra.published) ?? text(extra.meta?.published);
  return {
    title: ref.title,
    outlet: text(extra.outlet) ?? text(extra.meta?.outlet),
    url: safeUrl(extra.url ?? extra.meta?.url),
    day: published && DAY.test(published) ? published : ref.date,
  };
}

/** The citation of a whole article (/source, "Quelle öffnen"). */
export function citationOfArticle(article: { title: string; date: string | null; meta: ArticleMeta }): Citation {
  const published = text(article.meta.published);
  return {
    title: article.title,
    outlet: text(article.meta.outlet),
    url: safeUrl(article.meta.url),
    day: published && DAY.test(published) ? published : article.date,
  };
}

/** "[text](url)" with the text escaped (brackets too) and the URL's parentheses and spaces percent-encoded. */
export function maskedLink(label: string, url: string | undefined): string {
  // A bracket after an even number of backslashes is live markdown; one more backslash makes it literal.
  const shown = escapeText(label).replace(/(\\*)([[\]])/gu, (_, s: string, b: string) => (s.length % 2 === 0 ? `${s}\\${b}` : `${s}${b}`));
  if (!url) return shown;
  const target = url.replace(/[()\s<>]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `[${shown}](${target})`;
}

/** "Outlet · [Headline](url) · 15. März 2025"; without the fields "Headline · März 2025". */
export function citationText(c: Citation, lang: Lang, maxTitle = 150): string {
  const parts: string[] = [];
  if (c.outlet) parts.push(escapeText(shorten(c.outlet, 60)));
  parts.push(maskedLink(shorten(c.title, maxTitle), c.url));
  parts.push(formatDate(c.day, lang));
  return parts.join(" · ");
}
