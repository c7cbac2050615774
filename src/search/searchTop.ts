/**
 * The first k results of MiniSearch's own `search(terms.join(" "), { fields: [field] })` on a {@link PassageSearch}
 * (its search options: OR, exact terms, the field's boost): the same passages, scores and order, ties included,
 * without a result object per matching passage. MiniSearch scores and sorts every passage that holds any of the
 * terms; an undated article's date lookup (timeline/borrowedDate.ts) asks with 8 terms per passage and keeps 5
 * results, and at 20,000 synthetic articles that was 97 s of a 118 s timeline (profiled), ~5 ms a search.
 *
 * Scoring follows MiniSearch step by step, so the floating-point sums are the same: per query term in query order,
 * each posting's BM25 (`idf · (d + tf (k + 1) / (tf + k (1 − b + b · length / avg)))`) times the field boost is
 * added to the passage's score; the total is multiplied by the number of distinct query terms the passage holds
 * (MiniSearch's "quality"); a stable sort by score keeps equal scores in the order the passages were first met (the
 * first term's postings in ascending order, then the next term's new ones, …). Documents discarded from the index
 * make MiniSearch change a list's idf while it reads it: then this asks MiniSearch itself.
 */
import { compactOf } from "./compactPostings.js";
import { BM25 } from "./listBounds.js";
import type { PassageSearch } from "./passageSearch.js";
import { FIELD_BOOSTS } from "./searchOptions.js";
import { pushBest } from "./bestOf.js";

export interface SearchHit {
  /** The passage number (MiniSearch's document id). */
  id: number;
  score: number;
}

interface Scratch {
  score: Float64Array;
  /** Distinct query terms each touched passage holds. */
  matched: Uint16Array;
  touched: Int32Array;
}

const scratchBySearch = new WeakMap<PassageSearch, Scratch>();

export function searchTop(search: PassageSearch, terms: readonly string[], field: string, k: number): SearchHit[] {
  // MiniSearch's search tokenizer for this index (passageSearch.ts): split on spaces, no second analysis.
  const query = terms.join(" ").split(" ").filter(Boolean);
  if (k <= 0 || query.length === 0) return [];
  if (search.discardedCount > 0) {
    return search
      .search(query.join(" "), { fields: [field] })
      .slice(0, k)
      .map((r) => ({ id: r.id as number, score: r.score }));
  }
  const fieldId = search.fieldId(field);
  if (fieldId === undefined) throw new Error(`searchTop: unknown field ${field}`);
  const boost = (FIELD_BOOSTS as Readonly<Record<string, number>>)[field] || 1;
  const lengths = search.lengthsOf(fieldId);
  const avg = search.averageFieldLength(fieldId);
  const documentCount = search.documentCount;
  const s = scratchFor(search);
  let touchedCount = 0;
  const counted = new Set<string>();
  for (const term of query) {
    const postings = search.postings(term)?.get(fieldId);
    if (!postings) continue;
    const freqs = compactOf(postings);
    const { docs, tfs, count } = freqs;
    // A term asked twice is scored twice, but counts once towards the quality (as in MiniSearch).
    const firstTime = !counted.has(term);
    counted.add(term);
    const idf = Math.log(1 + (documentCount - count + 0.5) / (count + 0.5));
    for (let p = 0; p < count; p++) {
      const doc = docs[p]!;
      const tf = tfs[p]!;
      const raw = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * lengths[doc]!) / avg)));
      if (s.matched[doc] === 0) {
        s.touched[touchedCount++] = doc;
        s.score[doc] = boost * raw;
        s.matched[doc] = 1;
      } else {
        s.score[doc] = s.score[doc]! + boost * raw;
        if (firstTime) s.matched[doc]!++;
      }
    }
  }
  // The k best, score descending; among equal scores the one met first (MiniSearch's stable sort).
  const best: SearchHit[] = [];
  for (let t = 0; t < touchedCount; t++) {
    const doc = s.touched[t]!;
    const value = s.score[doc]! * s.matched[doc]!;
    s.score[doc] = 0;
    s.matched[doc] = 0;
    pushBest(best, k, doc, value);
  }
  return best.map((hit) => ({ id: search.passageOf(hit.id)!, score: hit.score }));
}

function scratchFor(search: PassageSearch): Scratch {
  let s = scratchBySearch.get(search);
  const n = search.shortIdLimit;
  if (!s || s.score.length < n) {
    s = { score: new Float64Array(n), matched: new Uint16Array(n), touched: new Int32Array(n) };
    scratchBySearch.set(search, s);
  }
  return s;
}
