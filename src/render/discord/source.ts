/**
 * /source → Discord: the original article, paged at paragraph boundaries (a paragraph longer than a page
 * is split at sentence ends, then at spaces) into pages of even size (about 1,500 characters: a screen on a
 * phone), metadata on top, ◀ n/N ▶ and a .txt attachment of the whole text.
 * Paging depends only on the article text, so a page number in a button means the same page after a restart.
 */
import { AttachmentBuilder, type APIEmbedField } from "discord.js";
import type { SourceArticle } from "../../source/types.js";
import { formatDate, type Lang } from "../locale.js";
import { t } from "../messages.js";
import { codeText, escapeText } from "./escape.js";
import { shorten } from "../../util/text.js";
import { MAX_ATTACHMENT_BYTES, MAX_EMBED_DESCRIPTION, MAX_EMBED_TITLE, MAX_FIELD_VALUE } from "../../util/discordLimits.js";
import { evenPages } from "./paging.js";
import { button, COLORS, type DiscordReply, noMentions, pagerButtons, row } from "./payload.js";
import { safeUrl } from "./cite.js";

/**
 * Escaped characters per page at most; pages are evened out below it. Far below the 4,096 description limit,
 * so title (256), metadata fields (~1,300 with a long URL) and footer stay within Discord's 6,000 per message.
 */
export const SOURCE_PAGE_CHARS = 1500;
const SEPARATOR = "\n\n";

export interface Span {
  start: number;
  end: number;
}

/** Paging an article costs ~0.3 ms and every answer's "Quelle öffnen" needs it; the same articles recur. */
const PAGE_CACHE_SIZE = 128;
const pageCache = new Map<string, { text: string; pages: Span[][] }>();

/** Pages of the article, each a list of text spans (paragraphs or parts of one) joined by blank lines. */
export function sourcePages(article: SourceArticle): Span[][] {
  const cached = pageCache.get(article.articleId);
  if (cached && cached.text === article.text) return cached.pages;
  const pages = computePages(article);
  pageCache.delete(article.articleId);
  pageCache.set(article.articleId, { text: article.text, pages });
  if (pageCache.size > PAGE_CACHE_SIZE) pageCache.delete(pageCache.keys().next().value!);
  return pages;
}

function computePages(article: SourceArticle): Span[][] {
  const paragraphs = article.paragraphs.length > 0 ? article.paragraphs : [{ start: 0, end: article.text.length }];
  const spans = paragraphs.flatMap((p) => splitLong(article.text, p, SOURCE_PAGE_CHARS));
  const sizes = spans.map((span) => escapedLength(article.text, span));
  const pages = evenPages(spans.length, {
    limit: SOURCE_PAGE_CHARS,
    sizeOf: (i, opensPage) => sizes[i]! + (opensPage ? 0 : SEPARATOR.length),
  }).map((indices) => indices.map((i) => spans[i]!));
  return pages.length > 0 ? pages : [[{ start: 0, end: 0 }]];
}

function escapedLength(text: string, span: Span): number {
  return escapeText(text.slice(span.start, span.end)).length;
}

/** A span whose escaped text exceeds `budget` in pieces that do not: at sentence ends, else spaces, else hard. */
function splitLong(text: string, span: Span, budget: number): Span[] {
  if (escapedLength(text, span) <= budget) return [span];
  const pieces: Span[] = [];
  let start = span.start;
  while (start < span.end) {
    let end = span.end;
    if (escapedLength(text, { start, end }) > budget) end = cutPoint(text, start, span.end, budget);
    pieces.push({ start, end });
    start = end;
    while (start < span.end && /\s/u.test(text[start] ?? "")) start++;
  }
  return pieces;
}

function cutPoint(text: string, start: number, end: number, budget: number): number {
  // Escaping rarely lengthens news text much: try a budget-sized window, shrink it until the escaped piece fits.
  let window = Math.min(end - start, budget);
  for (;;) {
    const cut = boundaryBefore(text, start, start + window);
    if (window <= 1 || escapedLength(text, { start, end: cut }) <= budget) return cut;
    window = Math.floor(window * 0.8);
  }
}

/** The last sentence end, else the last space, in text[start, limit); else `limit` (never inside a surrogate pair). */
function boundaryBefore(text: string, start: number, limit: number): number {
  const window = text.slice(start, limit);
  const sentenceEnd = Math.max(...[...window.matchAll(/[.!?…“"]\s/gu)].map((m) => (m.index ?? 0) + 1), 0);
  if (sentenceEnd > window.length / 3) return start + sentenceEnd;
  const space = window.lastIndexOf(" ");
  if (space > window.length / 3) return start + space;
  return /[\uD800-\uDBFF]/u.test(text[limit - 1] ?? "") && limit - 1 > start ? limit - 1 : limit;
}

/** The page that shows the text at `offset` (e.g. a quote's start); 0 when unknown. */
export function sourcePageOf(article: SourceArticle, offset: number): number {
  const pages = sourcePages(article);
  let found = 0;
  pages.forEach((spans, i) => {
    if ((spans[0]?.start ?? 0) <= offset) found = i;
  });
  return found;
}

function metadataFields(article: SourceArticle, lang: Lang): APIEmbedField[] {
  const fields: APIEmbedField[] = [
    { name: t("meta_date", lang), value: formatDate(article.date, lang), inline: true },
    { name: t("meta_file", lang), value: codeText(shorten(article.file, MAX_FIELD_VALUE - 2)), inline: true },
  ];
  if (article.meta.outlet) fields.push({ name: t("meta_outlet", lang), value: shorten(escapeText(article.meta.outlet), MAX_FIELD_VALUE), inline: true });
  const url = safeUrl(article.meta.url);
  if (url && url.length <= MAX_FIELD_VALUE) fields.push({ name: t("meta_link", lang), value: url, inline: false });
  return fields;
}

export interface SourceRenderOptions {
  lang: Lang;
  /** Attach the whole text as a .txt file to this message. */
  withFile?: boolean;
}

export function renderSourcePage(article: SourceArticle, page: number, opts: SourceRenderOptions): DiscordReply {
  const { lang } = opts;
  const pages = sourcePages(article);
  const index = Math.min(Math.max(0, page), pages.length - 1);
  const spans = pages[index] ?? [];
  const text = spans.map((s) => escapeText(article.text.slice(s.start, s.end))).join(SEPARATOR);
  const url = safeUrl(article.meta.url);
  const file = opts.withFile ? sourceTextFile(article) : undefined;
  return {
    embeds: [
      {
        title: shorten(escapeText(article.title || article.file), MAX_EMBED_TITLE),
        ...(url && url.length <= 2048 ? { url } : {}),
        description: shorten(text || "—", MAX_EMBED_DESCRIPTION),
        fields: metadataFields(article, lang),
        color: COLORS.answer,
        footer: { text: `${t("source_title", lang)} · ${t("page", lang, { page: index + 1, pages: pages.length })}` },
      },
    ],
    components: row(
      ...pagerButtons(index, pages.length, (p) => ({ kind: "src", articleId: article.articleId, page: p })),
      file ? undefined : button({ id: { kind: "txt", articleId: article.articleId }, label: t("download_text", lang), emoji: "🗒" }),
    ),
    ...(file ? { files: [file] } : {}),
    allowedMentions: noMentions(),
  };
}

/** "000_4a36d75bdf1d0814.txt": a safe file name that ends in .txt. */
export function textFileName(article: SourceArticle): string {
  const base = (article.file || article.articleId).replace(/\.txt$/iu, "").replace(/[^\p{L}\p{N}._-]+/gu, "_").slice(0, 80);
  return `${base || "artikel"}.txt`;
}

/** The whole original text as an attachment; undefined if it exceeds Discord's upload limit. */
export function sourceTextFile(article: SourceArticle): AttachmentBuilder | undefined {
  const data = Buffer.from(article.text, "utf8");
  if (data.byteLength > MAX_ATTACHMENT_BYTES) return undefined;
  return new AttachmentBuilder(data, { name: textFileName(article), description: shorten(article.title, 1000) });
}

/** The reply to the .txt button: the file, only for the person who asked. */
export function renderSourceFile(article: SourceArticle, lang: Lang): DiscordReply {
  const file = sourceTextFile(article);
  return {
    content: t("full_text_attached", lang, { file: codeText(textFileName(article)) }),
    ...(file ? { files: [file] } : {}),
    allowedMentions: noMentions(),
    ephemeral: true,
  };
}
