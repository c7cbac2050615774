/**
 * A pasted article (.txt) → the article to store, as extract.ts gives one for a page: an optional date marker, the
 * headline, clean paragraphs.
 */
import { withNewlines } from "../corpus/parseArticle.js";
import { cleanParagraphs } from "./clean.js";
import type { ExtractedArticle } from "./extract.js";

/**
 * A pasted article (.txt): an optional " date YYYY-MM-DD" or " date YYYY-MM" marker (kept as the new file's), the
 * headline as the first short line when there is one, then paragraphs at blank lines (single lines when the text has
 * no blank lines).
 */
export function fromPlainText(raw: string): ExtractedArticle {
  let text = withNewlines(raw);
  let published: string | undefined;
  let publishedMonth: string | undefined;
  const marker = /^[ \t]*date[ \t]+(\d{4}-\d{2})(-\d{2})?[ \t]*/.exec(text);
  if (marker) {
    if (marker[2]) published = `${marker[1]}${marker[2]}`;
    else publishedMonth = marker[1];
    text = text.slice(marker[0].length);
  }
  const blocks = (/\n[ \t]*\n/.test(text) ? text.split(/\n[ \t]*\n/) : text.split("\n")).map((b) => b.replace(/\s+/g, " ").trim()).filter(Boolean);
  const first = blocks[0] ?? "";
  const title = first.length <= 160 && !/[.:;,!]$/.test(first) ? first : undefined;
  const paragraphs = cleanParagraphs(title ? blocks.slice(1) : blocks, title);
  return { title, published, ...(publishedMonth ? { publishedMonth } : {}), paragraphs };
}
