/**
 * The best k passages for a structured query: groups of analyzed terms (one group per concept of the question,
 * e.g. all German translations of one English word), scored as MiniSearch scores an OR query (BM25 with its
 * default parameters, field boosts, term boosts; no coordination factor: multiplying by the number of
 * matched groups, as MiniSearch does with terms, measured no better on the eval sets),
 * without building one result object per matching document: MiniSearch has no limit option, and at
 * 200,000 passages a question matches ~40,000 of them while the answer engine looks at 40.
 *
 * Exact top k with MaxScore-style pruning (term at a time): posting lists are read rarest first and scored in full
 * while a passage not yet seen could still reach the top k; once k passages score above what all remaining lists
 * together can add (their upper bounds, see listBounds.ts), no unseen passage can, and the remaining (common) lists
 * are only looked up for the candidates that can still make it. The result equals the exhaustive one
 * (`exhaustive: true`), ties included; `test/search/topCandidates.test.ts` checks that on random corpora.
 *
 * Reads the postings through {@link PassageSearch}, the one owner of MiniSearch's internals.
 */
import { type CompactFrequencies, compactOf } from "./compactPostings.js";
import { BM25, maxPart } from "./listBounds.js";
import type { PassageSearch } from "./passageSearch.js";

interface Scratch {
  score: Float64Array;
  seen: Uint8Array;
  touched: Int32Array;
}

const scratchByIndex = new WeakMap<PassageSearch, Scratch>();

/**
 * Bounds are summed in another order than scores: they are widened by this relative margin so that rounding never
 * lets a bound fall below a score it must cover.
 */
const BOUND_MARGIN = 1e-9;
/** A candidate list is merged with a posting list (instead of binary searches) when it is at least this share of it. */
const MERGE_SHARE = 1 / 16;

export interface Candidate {
  id: number;
  score: number;
}

export interface CandidateOptions {
  /** Score every posting of every list (no pruning): the reference the pruned path must equal. */
  exhaustive?: boolean;
}

interface List {
  freqs: CompactFrequencies;
  weight: number;
  field: number;
}

/**
 * @param groups per concept, its alternatives (a term in several groups counts once, at its best weight)
 * @param fieldBoosts e.g. `{ text: 1, heading: 0.3 }`
 */
export function topCandidates(
  search: PassageSearch,
  groups: ReadonlyArray<{ alts: ReadonlyArray<{ term: string; weight: number }> }>,
  fieldBoosts: Readonly<Record<string, number>>,
  k: number,
  options: CandidateOptions = {},
): Candidate[] {
  if (k <= 0) return [];
  const lists = listsOf(search, groups, fieldBoosts);
  // Rarest first: they find the candidates; the common ones then mostly add to those.
  lists.sort((x, y) => x.freqs.count - y.freqs.count);
  // remaining[i]: the most lists i… can add to one passage's score.
  const remaining = new Float64Array(lists.length + 1);
  if (!options.exhaustive) {
    for (let i = lists.length - 1; i >= 0; i--) {
      const l = lists[i]!;
      remaining[i] = remaining[i + 1]! + l.weight * maxPart(l.freqs, search.lengthsOf(l.field), search.averageFieldLength(l.field));
    }
    for (let i = 0; i < lists.length; i++) remaining[i]! *= 1 + BOUND_MARGIN;
  }
  const s = scratchFor(search);
  const checkLive = search.discardedCount > 0;
  let touchedCount = 0;
  let i = 0;
  for (; i < lists.length; i++) {
    if (!options.exhaustive && touchedCount >= k && countAbove(s, touchedCount, remaining[i]!, k) >= k) break;
    const { freqs, weight, field } = lists[i]!;
    const lengths = search.lengthsOf(field);
    const avg = search.averageFieldLength(field);
    const { docs, tfs, count } = freqs;
    for (let p = 0; p < count; p++) {
      const doc = docs[p]!;
      if (checkLive && !search.isLive(doc)) continue;
      if (s.seen[doc] === 0) {
        s.seen[doc] = 1;
        s.touched[touchedCount++] = doc;
      }
      const tf = tfs[p]!;
      s.score[doc]! += weight * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * lengths[doc]!) / avg)));
    }
  }
  let candidates = s.touched.subarray(0, touchedCount);
  if (i < lists.length) {
    candidates = stillPossible(s, candidates, remaining[i]!, k);
    const sorted = candidates.slice().sort();
    for (; i < lists.length; i++) lookUp(search, lists[i]!, sorted, s.score);
  }
  const best = selectBest(s.score, candidates, k);
  for (let t = 0; t < touchedCount; t++) {
    const doc = s.touched[t]!;
    s.score[doc] = 0;
    s.seen[doc] = 0;
  }
  return best.map((c) => ({ id: search.passageOf(c.id)!, score: c.score }));
}

function listsOf(search: PassageSearch, groups: ReadonlyArray<{ alts: ReadonlyArray<{ term: string; weight: number }> }>, fieldBoosts: Readonly<Record<string, number>>): List[] {
  const terms = new Map<string, number>();
  for (const g of groups) for (const a of g.alts) terms.set(a.term, Math.max(terms.get(a.term) ?? 0, a.weight));
  const fields = Object.entries(fieldBoosts).flatMap(([name, boost]) => {
    const id = search.fieldId(name);
    if (id === undefined) throw new Error(`topCandidates: unknown field ${name}`);
    return [{ id, boost }];
  });
  const documentCount = search.documentCount;
  const lists: List[] = [];
  for (const [term, termBoost] of terms) {
    const byField = search.postings(term);
    if (!byField) continue;
    for (const field of fields) {
      const postings = byField.get(field.id);
      if (!postings) continue;
      const freqs = compactOf(postings);
      const idf = Math.log(1 + (documentCount - freqs.size + 0.5) / (freqs.size + 0.5));
      lists.push({ freqs, weight: termBoost * field.boost * idf, field: field.id });
    }
  }
  return lists;
}

/** How many touched passages score above `bound` (counting stops at k). */
function countAbove(s: Scratch, touchedCount: number, bound: number, k: number): number {
  let n = 0;
  for (let t = 0; t < touchedCount && n < k; t++) if (s.score[s.touched[t]!]! > bound) n++;
  return n;
}

/** The touched passages (in touch order) that can still reach the k-th best score with at most `rest` more. */
function stillPossible(s: Scratch, touched: Int32Array, rest: number, k: number): Int32Array {
  // The k-th best score so far: scores only grow, so the final k-th best is at least this.
  const kth = kthLargest(s.score, touched, k);
  const kept = new Int32Array(touched.length);
  let n = 0;
  for (const doc of touched) if (s.score[doc]! + rest >= kth) kept[n++] = doc;
  return kept.subarray(0, n);
}

/** The k-th largest score of `docs` (k ≤ docs.length), through a min-heap of k: no allocation beyond k. */
function kthLargest(score: Float64Array, docs: Int32Array, k: number): number {
  const heap = new Float64Array(k);
  let size = 0;
  for (const doc of docs) {
    const v = score[doc]!;
    if (size < k) {
      let i = size++;
      while (i > 0 && heap[(i - 1) >> 1]! > v) {
        heap[i] = heap[(i - 1) >> 1]!;
        i = (i - 1) >> 1;
      }
      heap[i] = v;
    } else if (v > heap[0]!) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= k) break;
        const c = l + 1 < k && heap[l + 1]! < heap[l]! ? l + 1 : l;
        if (heap[c]! >= v) break;
        heap[i] = heap[c]!;
        i = c;
      }
      heap[i] = v;
    }
  }
  return heap[0]!;
}

/** Adds one list's contributions to the candidates (ascending short ids) that it holds. */
function lookUp(search: PassageSearch, list: List, candidates: Int32Array, score: Float64Array): void {
  const { freqs, weight, field } = list;
  const lengths = search.lengthsOf(field);
  const avg = search.averageFieldLength(field);
  const { docs, tfs, count } = freqs;
  const add = (doc: number, tf: number) => {
    score[doc]! += weight * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * lengths[doc]!) / avg)));
  };
  if (candidates.length >= count * MERGE_SHARE) {
    let p = 0;
    for (const doc of candidates) {
      while (p < count && docs[p]! < doc) p++;
      if (p === count) break;
      if (docs[p] === doc) add(doc, tfs[p]!);
    }
    return;
  }
  for (const doc of candidates) {
    const p = freqs.indexOf(doc);
    if (p >= 0) add(doc, tfs[p]!);
  }
}

/** The k best (score descending; among equal scores the earlier in `order` first). */
function selectBest(score: Float64Array, order: Int32Array, k: number): Candidate[] {
  const best: Candidate[] = [];
  for (const doc of order) {
    const value = score[doc]!;
    if (best.length === k && value <= best[k - 1]!.score) continue;
    // Insertion into a short sorted list: k is small (tens), the matches many.
    let j = best.length < k ? best.length : k - 1;
    if (best.length < k) best.push({ id: 0, score: 0 });
    while (j > 0 && best[j - 1]!.score < value) {
      best[j] = best[j - 1]!;
      j--;
    }
    best[j] = { id: doc, score: value };
  }
  return best;
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
