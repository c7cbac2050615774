/**
 * An undated article that repeats a dated one (001 shares most paragraphs with 000) borrows its date.
 * Decided once per article: two or more of its passages must be near-duplicates of one dated article.
 */
import { containment } from "../analysis/similarity.js";
import type { Article } from "../corpus/types.js";
import type { PassageIndex } from "../search/passageIndex.js";
import { searchTop } from "../search/searchTop.js";

/** Share of a passage's terms found in a passage of the other article. */
export const DUPLICATE_PASSAGE_CONTAINMENT = 0.7;
/** Passages that must match before an article counts as a near-duplicate. */
export const MIN_DUPLICATE_PASSAGES = 2;
/** Query terms used to look for a passage's twin: its rarest ones. */
const PROBE_TERMS = 8;

const cache = new WeakMap<PassageIndex, Map<string, { date: string; file: string; title: string } | null>>();
/** Passage ids by article id, per index (built once: a scan of all passages per undated article is quadratic). */
const passagesByArticle = new WeakMap<PassageIndex, Map<string, number[]>>();

function passagesOf(index: PassageIndex, articleId: string): readonly number[] {
  let byArticle = passagesByArticle.get(index);
  if (!byArticle) {
    byArticle = new Map();
    for (const [id, p] of index.passages.entries()) {
      const list = byArticle.get(p.articleId);
      if (list) list.push(id);
      else byArticle.set(p.articleId, [id]);
    }
    passagesByArticle.set(index, byArticle);
  }
  return byArticle.get(articleId) ?? [];
}

export function borrowedDate(index: PassageIndex, article: Article): { date: string; file: string; title: string } | null {
  let perIndex = cache.get(index);
  if (!perIndex) {
    perIndex = new Map();
    cache.set(index, perIndex);
  }
  if (!perIndex.has(article.id)) perIndex.set(article.id, compute(index, article));
  return perIndex.get(article.id)!;
}

function compute(index: PassageIndex, article: Article): { date: string; file: string; title: string } | null {
  const votes = new Map<string, number>();
  for (const passageId of passagesOf(index, article.id)) {
    const p = index.passages[passageId]!;
    const terms = index.analyzer.termSet(p.text);
    const probe = [...terms].sort((a, b) => (index.df.get(a) ?? 0) - (index.df.get(b) ?? 0)).slice(0, PROBE_TERMS);
    const twins = new Set<string>();
    // MiniSearch's first 5 results, without scoring and sorting every passage that holds a probe term (searchTop.ts).
    for (const hit of searchTop(index.search, probe, "text", 5)) {
      const other = index.passages[hit.id]!;
      const otherArticle = index.articleById.get(other.articleId)!;
      if (other.articleId === article.id || !otherArticle.date) continue;
      if (containment(terms, index.analyzer.termSet(other.text)) >= DUPLICATE_PASSAGE_CONTAINMENT) twins.add(otherArticle.id);
    }
    for (const id of twins) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best || best[1] < MIN_DUPLICATE_PASSAGES) return null;
  const source = index.articleById.get(best[0])!;
  return { date: source.date!.slice(0, 7), file: source.file, title: source.title };
}
