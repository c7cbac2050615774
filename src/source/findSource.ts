/**
 * source(idOrFile): the original article by id ("000_4a36d75bdf1d0814"), file name, number prefix ("000")
 * or a fuzzy title query; an unknown article is an error with the closest titles.
 */
import { citationOf } from "../corpus/citation.js";
import { cleanText, foldWord } from "../analysis/normalize.js";
import { MAX_CHOICE_NAME, MAX_CHOICE_VALUE, MAX_CHOICES } from "../util/discordLimits.js";
import { clip } from "../util/text.js";
import { editDistance } from "../analysis/similarity.js";
import type { Article } from "../corpus/types.js";
import type { Choice } from "../timeline/types.js";
import type { SourceArticle, SourceResult } from "./types.js";

/** A title query must match at least this share of its words to select an article. */
const MIN_TITLE_MATCH = 0.6;

export function findSource(articles: readonly Article[], query: string): SourceResult {
  const q = clip(cleanText(String(query ?? "")), 300);
  if (!q) return { ok: false, error: { code: "empty", message: "source: no article given", suggestions: [] } };
  const ranked = rankArticles(articles, q);
  const best = ranked[0];
  if (best && best.score >= MIN_TITLE_MATCH) return { ok: true, article: toSource(best.article) };
  return {
    ok: false,
    error: {
      code: "unknown_article",
      message: `source: no article matches "${clip(q, 80)}"`,
      suggestions: ranked.slice(0, 5).map((r) => r.article.title),
    },
  };
}

export function toSource(article: Article): SourceArticle {
  const paragraphs = paragraphSpans(article.text);
  return { articleId: article.id, file: article.file, title: article.title, date: article.date, ...citationOf(article), meta: article.meta, text: article.text, paragraphs };
}

/**
 * Paragraphs for paging: from a non-space character up to a blank line ("\n", spaces or tabs, "\n") or the
 * trailing whitespace of the text. One pass (a lazy regex with a `\s*$` lookahead rescans long runs of spaces).
 */
export function paragraphSpans(text: string): SourceArticle["paragraphs"] {
  const spans: SourceArticle["paragraphs"] = [];
  // `\s` and String.prototype.trim agree on what whitespace is.
  const contentEnd = text.trimEnd().length;
  const nonSpace = /\S/g;
  let from = 0;
  for (;;) {
    nonSpace.lastIndex = from;
    const found = nonSpace.exec(text);
    if (!found || found.index >= contentEnd) break;
    const start = found.index;
    let end = start + 1;
    while (end < contentEnd && !(text[end] === "\n" && blankLineAt(text, end))) end++;
    spans.push({ start, end });
    from = end;
  }
  return spans;
}

/** `text[at]` is "\n" and only spaces or tabs stand between it and the next "\n". */
function blankLineAt(text: string, at: number): boolean {
  let i = at + 1;
  while (text[i] === " " || text[i] === "\t") i++;
  return text[i] === "\n";
}

/** Autocomplete: empty lists everything newest first; otherwise ranked by id, file and title match. */
export function articleChoices(articles: readonly Article[], query: string): Choice[] {
  const q = clip(cleanText(String(query ?? "")), 100);
  if (!q) return newestFirstChoices(articles, MAX_CHOICES);
  return rankArticles(articles, q)
    .filter((r) => r.score > 0)
    .slice(0, MAX_CHOICES)
    .map((r) => toChoice(r.article));
}

/** The `count` newest articles as choices (undated last, then by file). */
export function newestFirstChoices(articles: readonly Article[], count: number): Choice[] {
  return newestFirst(articles).slice(0, count).map(toChoice);
}

function toChoice(a: Article): Choice {
  return { name: choiceName(a), value: a.id.slice(0, MAX_CHOICE_VALUE) };
}

function choiceName(a: Article): string {
  const suffix = ` · ${a.date ?? "undatiert"}`;
  const room = MAX_CHOICE_NAME - suffix.length;
  const title = a.title.length > room ? `${a.title.slice(0, room - 1)}…` : a.title;
  return title + suffix;
}

function newestFirst(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.file.localeCompare(b.file));
}

/** Score 1 for an exact id/file, 0.9 for an id prefix, else the share of query words found in the title (prefix or typo). */
function rankArticles(articles: readonly Article[], q: string): Array<{ article: Article; score: number }> {
  const lower = q.toLowerCase();
  const words = words_(q);
  // A number prefix selects only when it is unique: "00" names five articles, "003" one.
  const prefixMatches = articles.filter((a) => a.id.toLowerCase().startsWith(lower)).length;
  return articles
    .map((article) => {
      let score = 0;
      if (article.id.toLowerCase() === lower || article.file.toLowerCase() === lower) score = 1;
      else if (article.id.toLowerCase().startsWith(lower) && prefixMatches === 1) score = 0.9;
      else if (article.id.toLowerCase().startsWith(lower)) score = 0.5;
      else if (words.length > 0) {
        const title = words_(article.title);
        const found = words.filter((w) => title.some((t) => t.startsWith(w) || (w.length >= 5 && close(w, t)))).length;
        score = (found / words.length) * 0.85;
      }
      return { article, score };
    })
    .sort((a, b) => b.score - a.score || (b.article.date ?? "").localeCompare(a.article.date ?? ""));
}

function words_(s: string): string[] {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord).filter((w) => w.length >= 2);
}

/** Within one edit per five letters: tolerant of a typo, not of another word. */
function close(a: string, b: string): boolean {
  const max = Math.floor(a.length / 5);
  return Math.abs(a.length - b.length) <= max && editDistance(a, b) <= max;
}
