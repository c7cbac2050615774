/**
 * A ranked passage as an answer's result: its article's citation, the quote (its window, an over-long sentence cut on a word
 * boundary, quote.ts `clampQuote`) with the question's words marked, and the other articles of the same report ("auch in").
 */
import { citationOf } from "../corpus/citation.js";
import type { PassageIndex } from "../search/passageIndex.js";
import { numberKindSpans } from "./numberKinds.js";
import { clampQuote } from "./quote.js";
import type { AnswerResult } from "./types.js";

/** What a result is made of: the passage, the quote window chosen for it, its score. */
export interface Ranked {
  id: number;
  window: { start: number; end: number } | null;
  score: number;
}

/** The result for `r`: `alsoIds` are the passages merged into it (duplicates.ts), `matched` the question's index terms. */
export function toResult(index: PassageIndex, r: Ranked, alsoIds: number[], matched: Set<string>): AnswerResult {
  const passage = index.passages[r.id]!;
  const article = index.articleById.get(passage.articleId)!;
  const span = clampQuote(article.text, r.window?.start ?? passage.start, r.window?.end ?? passage.start + passage.text.length);
  const quote = article.text.slice(span.start, span.end);
  // The question's words, and the words of the number of a kind it asks for ("Wie alt …" marks "80-Jährige").
  const kinds = [...matched].flatMap((term) => numberKindSpans(term, quote));
  const marks: Array<[number, number]> = [];
  for (const t of index.analyzer.tokens(quote)) {
    const inKind = kinds.some(([start, end]) => t.start < end && t.end > start);
    if (inKind || index.analyzer.terms(t.raw).some((term) => matched.has(term))) marks.push([t.start, t.end]);
  }
  const alsoIn = alsoIds
    .map((id) => index.articleById.get(index.passages[id]!.articleId)!)
    .filter((a, i, all) => a.id !== article.id && all.findIndex((b) => b.id === a.id) === i)
    .map((a) => ({ articleId: a.id, file: a.file, title: a.title, date: a.date, ...citationOf(a) }));
  return {
    articleId: article.id,
    file: article.file,
    title: article.title,
    date: article.date,
    ...citationOf(article),
    passageId: passage.id,
    passage: passage.text,
    passageStart: passage.start,
    quote,
    quoteStart: span.start,
    marks,
    score: Math.round(r.score * 1000) / 1000,
    alsoIn,
  };
}
