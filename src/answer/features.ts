/** Passage features for re-ranking: which concepts a passage (or sentence) holds, and its weighted coverage. */
import { LRUCache } from "lru-cache";
import type { PassageIndex } from "../search/passageIndex.js";
import { passageTerms } from "./passageTerms.js";
import type { Concept } from "./query.js";

/** Per concept, the best weight of an alternative found in `terms` (0 when none is). */
export function conceptDegrees(concepts: Concept[], terms: ReadonlySet<string>): Float32Array {
  return Float32Array.from(concepts, (c) => {
    let best = 0;
    for (const a of c.alts) if (a.weight > best && terms.has(a.term)) best = a.weight;
    return best;
  });
}

/** A news paragraph continues the one before it: what the previous passage (same article, same heading) names counts at `share`. */
export function withContext(degrees: Float32Array, index: PassageIndex, id: number, concepts: Concept[], share: number): Float32Array {
  if (share <= 0) return degrees;
  const passage = index.passages[id]!;
  const previous = index.passages[id - 1];
  if (!previous || previous.articleId !== passage.articleId || previous.heading !== passage.heading) return degrees;
  const context = conceptDegrees(concepts, passageTerms(index, id - 1).all);
  for (let i = 0; i < degrees.length; i++) degrees[i] = Math.max(degrees[i]!, share * context[i]!);
  return degrees;
}

/** Articles whose term sets are kept (least recently used evicted). */
export const ARTICLE_TERMS_CACHE_SIZE = 2_000;
const articleTermsCache = new WeakMap<PassageIndex, LRUCache<string, Set<string>>>();

/** Every term of an article's passages (cached per index). */
function articleTerms(index: PassageIndex, articleId: string, firstPassage: number): Set<string> {
  let byArticle = articleTermsCache.get(index);
  if (!byArticle) {
    byArticle = new LRUCache({ max: ARTICLE_TERMS_CACHE_SIZE });
    articleTermsCache.set(index, byArticle);
  }
  let terms = byArticle.get(articleId);
  if (!terms) {
    terms = new Set();
    for (let id = firstPassage; id < index.passages.length && index.passages[id]!.articleId === articleId; id++) for (const t of passageTerms(index, id).all) terms.add(t);
    for (let id = firstPassage - 1; id >= 0 && index.passages[id]!.articleId === articleId; id--) for (const t of passageTerms(index, id).all) terms.add(t);
    byArticle.set(articleId, terms);
  }
  return terms;
}

/** An article is about something throughout: what the rest of the article names counts at `share`. */
export function withArticle(degrees: Float32Array, index: PassageIndex, id: number, concepts: Concept[], share: number): Float32Array {
  if (share <= 0) return degrees;
  const article = conceptDegrees(concepts, articleTerms(index, index.passages[id]!.articleId, id));
  for (let i = 0; i < degrees.length; i++) degrees[i] = Math.max(degrees[i]!, share * article[i]!);
  return degrees;
}

export function weightedCoverage(degrees: Float32Array, weights: Float32Array): number {
  let covered = 0;
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    covered += degrees[i]! * weights[i]!;
    total += weights[i]!;
  }
  return total > 0 ? covered / total : 0;
}
