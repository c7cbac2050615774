/**
 * "Quelle öffnen" → the paragraph around a quote with the quote in bold, then "Ganzer Artikel" (the /source page
 * that holds it, privately) and a link to the original. A quote reported "auch in" another article is found
 * there by its words (`locateQuote`), so every cited article opens at the right place.
 */
import type { SourceArticle } from "../../source/types.js";
import { formatDate, type Lang } from "../locale.js";
import { t } from "../messages.js";
import { citationOfArticle } from "./cite.js";
import { escapeText, escapeWithBold } from "./escape.js";
import { shorten } from "../../util/text.js";
import { MAX_EMBED_DESCRIPTION, MAX_EMBED_TITLE } from "../../util/discordLimits.js";
import { button, COLORS, type DiscordReply, linkButton, noMentions, row } from "./payload.js";
import { sourcePageOf } from "./source.js";

export interface TextSpan {
  start: number;
  end: number;
}

/** Characters of context shown at most; a longer paragraph is cut around the quote at sentence ends. */
export const CONTEXT_CHARS = 1500;

/** The paragraphs of `article` that the span touches, as one span. */
function paragraphAround(article: SourceArticle, span: TextSpan): TextSpan {
  const touched = article.paragraphs.filter((p) => p.end > span.start && p.start < span.end);
  if (touched.length === 0) return { start: 0, end: article.text.length };
  return { start: Math.min(touched[0]!.start, span.start), end: Math.max(touched.at(-1)!.end, span.end) };
}

/** Sentence starts (after ". ", "! ", "? ", "… ") within `range`, as offsets. */
function sentenceStarts(text: string, range: TextSpan): number[] {
  const starts = [range.start];
  const slice = text.slice(range.start, range.end);
  for (const m of slice.matchAll(/[.!?…]["“”»]?\s+(?=\S)/gu)) starts.push(range.start + (m.index ?? 0) + m[0].length);
  return starts;
}

/** The part of the paragraph shown: all of it when it fits, else whole sentences around the quote. */
function window(text: string, para: TextSpan, quote: TextSpan): TextSpan {
  if (para.end - para.start <= CONTEXT_CHARS) return para;
  const room = Math.max(0, CONTEXT_CHARS - (quote.end - quote.start));
  const starts = sentenceStarts(text, para);
  let start = quote.start;
  let end = quote.end;
  // Widen by whole sentences, alternately before and after, while the text fits.
  for (let grew = true; grew; ) {
    grew = false;
    const before = [...starts].reverse().find((s) => s < start);
    if (before !== undefined && end - before <= quote.end - quote.start + room) {
      start = before;
      grew = true;
    }
    const after = starts.find((s) => s > end);
    const next = after ?? para.end;
    if (next > end && next - start <= quote.end - quote.start + room) {
      end = next;
      grew = true;
    }
  }
  return { start, end };
}

export function renderContext(article: SourceArticle, quote: TextSpan, lang: Lang): DiscordReply {
  const para = paragraphAround(article, quote);
  const shown = window(article.text, para, quote);
  const body = article.text.slice(shown.start, shown.end);
  const marked = escapeWithBold(body.trimEnd(), [[quote.start - shown.start, quote.end - shown.start]]);
  const cite = citationOfArticle(article);
  const sub = [cite.outlet ? escapeText(cite.outlet) : undefined, formatDate(cite.day, lang)].filter(Boolean).join(" · ");
  const text = `${shown.start > para.start ? "… " : ""}${marked}${shown.end < para.end ? " …" : ""}`;
  return {
    embeds: [
      {
        title: shorten(escapeText(article.title || article.file), MAX_EMBED_TITLE),
        ...(cite.url && cite.url.length <= 2048 ? { url: cite.url } : {}),
        description: shorten(`${text}\n-# ${sub}`, MAX_EMBED_DESCRIPTION),
        color: COLORS.answer,
        footer: { text: t("context_footer", lang) },
      },
    ],
    components: row(
      button({ id: { kind: "src", articleId: article.articleId, page: sourcePageOf(article, quote.start) }, label: t("whole_article", lang), emoji: "📰" }),
      linkButton(cite.url, cite.outlet ? t("read_at", lang, { outlet: cite.outlet }) : t("read_original", lang), "🔗"),
    ),
    allowedMentions: noMentions(),
    ephemeral: true,
  };
}

/** Lower-case words of letters and digits. */
function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1);
}

/** Smallest share of the quote's words a passage must hold to count as the same report. */
const MIN_OVERLAP = 0.5;

/**
 * Where `quote` (from another article) stands in `article`: verbatim if it is there, else the run of one to three
 * sentences sharing most of its words (Dice coefficient ≥ 0.5). Undefined when nothing is close enough.
 */
export function locateQuote(article: SourceArticle, quote: string): TextSpan | undefined {
  const exact = article.text.indexOf(quote);
  if (quote !== "" && exact >= 0) return { start: exact, end: exact + quote.length };
  const wanted = new Set(words(quote));
  if (wanted.size === 0) return undefined;
  const paragraphs = article.paragraphs.length > 0 ? article.paragraphs : [{ start: 0, end: article.text.length }];
  let best: { span: TextSpan; score: number } | undefined;
  for (const para of paragraphs) {
    const starts = sentenceStarts(article.text, para);
    const ends = [...starts.slice(1), para.end];
    for (let i = 0; i < starts.length; i++) {
      for (let k = i; k < Math.min(starts.length, i + 3); k++) {
        const span = { start: starts[i]!, end: ends[k]! };
        const have = new Set(words(article.text.slice(span.start, span.end)));
        let shared = 0;
        for (const w of have) if (wanted.has(w)) shared++;
        const score = (2 * shared) / (have.size + wanted.size);
        if (!best || score > best.score) best = { span, score };
      }
    }
  }
  if (!best || best.score < MIN_OVERLAP) return undefined;
  const raw = article.text.slice(best.span.start, best.span.end);
  return { start: best.span.start, end: best.span.start + raw.trimEnd().length };
}
