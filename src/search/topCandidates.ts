/**
 * The best k passages for a structured query: groups of analyzed terms (one group per concept of the question,
 * e.g. all German translations of one English word), scored as MiniSearch scores an OR query (BM25 with its
 * default parameters, field boosts, term boosts; no coordination factor: multiplying by the number of
 * matched groups, as MiniSearch does with terms, measured no better on the eval sets),
 * without building one result object per matching document: MiniSearch has no limit option, and at
 * 200,000 passages a question matches ~40,000 of them while the answer engine looks at 40.
 *
 * Reads the postings through {@link PassageSearch}, the one owner of MiniSearch's internals.
 */
import type { PassageSearch } from "./passageSearch.js";

/** MiniSearch's BM25 defaults: k1, b and the term-frequency floor d. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

interface Scratch {
  score: Float64Array;
  seen: Uint8Array;
  touched: Int32Array;
}

const scratchByIndex = new WeakMap<PassageSearch, Scratch>();

/**
 * Common terms are scored by lookup, not by scan: once rarer terms have found candidates, a posting list longer
 * than `LOOKUP_RATIO` × the candidates found so far (and than `MIN_LOOKUP_POSTINGS`) only adds to passages already
 * found. A question's cost is then bounded by its rare terms, not by "Ukraine" or "Russland"; passages that hold
 * only common terms are not found (they rank below the ones holding the rare terms in all but corner cases). Below
 * `MIN_LOOKUP_POSTINGS` (every corpus up to a few thousand passages) the scores are exact.
 */
export const LOOKUP_RATIO = 2;
export const MIN_LOOKUP_POSTINGS = 5_000;

export interface Candidate {
  id: number;
  score: number;
}

/**
 * @param groups per concept, its alternatives (a term in several groups counts once, at its best weight)
 * @param fieldBoosts e.g. `{ text: 1, heading: 0.3 }`
 * @param minLookupPostings see {@link MIN_LOOKUP_POSTINGS}
 */
export function topCandidates(
  search: PassageSearch,
  groups: ReadonlyArray<{ alts: ReadonlyArray<{ term: string; weight: number }> }>,
  fieldBoosts: Readonly<Record<string, number>>,
  k: number,
  minLookupPostings = MIN_LOOKUP_POSTINGS,
): Candidate[] {
  const terms = new Map<string, number>();
  for (const g of groups) for (const a of g.alts) terms.set(a.term, Math.max(terms.get(a.term) ?? 0, a.weight));
  const s = scratchFor(search);
  let touchedCount = 0;
  const fields = Object.entries(fieldBoosts).flatMap(([name, boost]) => {
    const id = search.fieldId(name);
    if (id === undefined) throw new Error(`topCandidates: unknown field ${name}`);
    return [{ id, boost }];
  });
  const documentCount = search.documentCount;
  const fieldLengths = search.fieldLengths();
  const lists: Array<{ freqs: ReadonlyMap<number, number>; weight: number; field: number }> = [];
  for (const [term, termBoost] of terms) {
    const byField = search.postings(term);
    if (!byField) continue;
    for (const field of fields) {
      const freqs = byField.get(field.id);
      if (!freqs) continue;
      const idf = Math.log(1 + (documentCount - freqs.size + 0.5) / (freqs.size + 0.5));
      lists.push({ freqs, weight: termBoost * field.boost * idf, field: field.id });
    }
  }
  // Rarest first: they find the candidates; the common ones then only add to those (see LOOKUP_RATIO).
  lists.sort((x, y) => x.freqs.size - y.freqs.size);
  for (const { freqs, weight, field } of lists) {
    const avg = search.averageFieldLength(field);
    const add = (doc: number, tf: number) => {
      const length = fieldLengths.get(doc)![field]!;
      s.score[doc]! += weight * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avg)));
    };
    if (touchedCount > 0 && freqs.size > minLookupPostings && freqs.size > LOOKUP_RATIO * touchedCount) {
      for (let i = 0; i < touchedCount; i++) {
        const doc = s.touched[i]!;
        const tf = freqs.get(doc);
        if (tf !== undefined) add(doc, tf);
      }
      continue;
    }
    for (const [doc, tf] of freqs) {
      if (s.seen[doc] === 0) {
        s.seen[doc] = 1;
        s.touched[touchedCount++] = doc;
      }
      add(doc, tf);
    }
  }
  const best: Candidate[] = [];
  for (let i = 0; i < touchedCount; i++) {
    const doc = s.touched[i]!;
    const score = s.score[doc]!;
    s.score[doc] = 0;
    s.seen[doc] = 0;
    if (best.length === k && score <= best[k - 1]!.score) continue;
    // Insertion into a short sorted list: k is small (tens), the matches many.
    let j = best.length < k ? best.length : k - 1;
    if (best.length < k) best.push({ id: 0, score: 0 });
    while (j > 0 && best[j - 1]!.score < score) {
      best[j] = best[j - 1]!;
      j--;
    }
    best[j] = { id: doc, score };
  }
  return best.map((c) => ({ id: search.passageOf(c.id)!, score: c.score }));
}

function scratchFor(search: PassageSearch): Scratch {
  let s = scratchByIndex.get(search);
  if (!s || s.score.length < search.shortIdLimit) {
    const n = search.shortIdLimit;
    s = { score: new Float64Array(n), seen: new Uint8Array(n), touched: new Int32Array(n) };
    scratchByIndex.set(search, s);
  }
  return s;
}
