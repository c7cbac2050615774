/**
 * The best k passages for a structured query: groups of analyzed terms (one group per concept of the question,
 * e.g. all German translations of one English word), scored as MiniSearch scores an OR query (BM25 with its
 * default parameters, field boosts, term boosts; no coordination factor: multiplying by the number of
 * matched groups, as MiniSearch does with terms, measured no better on the eval sets),
 * without building one result object per matching document: MiniSearch has no limit option, and at
 * 200,000 passages a question matches ~40,000 of them while the answer engine looks at 40.
 *
 * Posting lists are typed arrays (compactPostings.ts), read rarest first. Two candidate sets:
 *
 *  - `"rare-first"` (the default, what the answer engine has always used): the rarer lists find the candidates;
 *    a list longer than {@link LOOKUP_RATIO} × the candidates found so far (and than {@link MIN_LOOKUP_POSTINGS})
 *    only adds to them, looked up by binary search or merge. A question's cost is bounded by its rare terms, not by
 *    "Ukraine" or "Russland"; passages that hold only common terms are not candidates. Below
 *    `MIN_LOOKUP_POSTINGS` (every corpus up to a few thousand passages) this is the exact top k.
 *  - `"exact"`: the exact top k over every passage, with MaxScore-style pruning: lists are scored in full while a
 *    passage not seen yet could still reach the top k; once k passages score above what all remaining lists
 *    together can add (their upper bounds, listBounds.ts), no unseen passage can, and the remaining lists are only
 *    looked up for the candidates that can still make it. Equal to `exhaustive` (ties included; checked on random
 *    corpora by test/search/topCandidates.test.ts). At 20,000 synthetic articles it changes 4 % of the top answers
 *    against "rare-first" (passages of common words only enter the top 40), so the answer engine keeps "rare-first".
 *
 * Reads the postings through {@link PassageSearch}, the one owner of MiniSearch's internals.
 */
import { type Candidate, kthLargest, selectBest } from "./bestOf.js";
import { type CompactFrequencies, compactOf } from "./compactPostings.js";
import { BM25, maxPart } from "./listBounds.js";
import type { PassageSearch } from "./passageSearch.js";

interface Scratch {
  score: Float64Array;
  seen: Uint8Array;
  touched: Int32Array;
  touchedCount: number;
}

const scratchByIndex = new WeakMap<PassageSearch, Scratch>();

/**
 * Bounds are summed in another order than scores: they are widened by this relative margin so that rounding never
 * lets a bound fall below a score it must cover.
 */
const BOUND_MARGIN = 1e-9;
/** A candidate list is merged with a posting list (instead of binary searches) when it is at least this share of it. */
const MERGE_SHARE = 1 / 16;
/** "rare-first": a list longer than this many times the candidates found so far only adds to them… */
export const LOOKUP_RATIO = 2;
/** … when it is also longer than this (so that small corpora get the exact top k). */
export const MIN_LOOKUP_POSTINGS = 5_000;

export interface CandidateOptions {
  /** Which passages may be candidates (see the module comment); default "rare-first". */
  mode?: "rare-first" | "exact";
  /** "exact" without pruning: every posting of every list scored (the reference the pruned path must equal). */
  exhaustive?: boolean;
  /** "rare-first": see {@link MIN_LOOKUP_POSTINGS}. */
  minLookupPostings?: number;
  /**
   * "rare-first": the passages of a term found in at most this many passages (all fields together) are candidates
   * beyond the k best, whatever their score ("neun Raffinerien", the one passage of a rare word, below 40 passages that
   * hold two commoner ones): at most k more, the best first, after the k best. Their lists are always scanned whole
   * (`minLookupPostings` is raised to this), so their scores are complete. Ignored by "exact". Default 0: none.
   */
  rarePostings?: number;
}

interface List {
  term: string;
  freqs: CompactFrequencies;
  weight: number;
  field: number;
}

/**
 * @param groups per concept, its alternatives (a term in several groups counts once, at its best weight)
 * @param fieldBoosts e.g. `{ text: 1, heading: 0.3 }`
 * @returns the k best, best first; with `rarePostings`, then up to k passages of rare terms, best first
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
  const exact = options.mode === "exact";
  const prune = exact && !options.exhaustive;
  const rare = exact ? 0 : (options.rarePostings ?? 0);
  const minLookup = Math.max(options.minLookupPostings ?? MIN_LOOKUP_POSTINGS, rare);
  // remaining[i]: the most lists i… can add to one passage's score.
  const remaining = new Float64Array(lists.length + 1);
  if (prune) {
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
    const count = lists[i]!.freqs.count;
    if (prune && touchedCount >= k && countAbove(s, touchedCount, remaining[i]!, k) >= k) break;
    if (!exact && touchedCount > 0 && count > minLookup && count > LOOKUP_RATIO * touchedCount) break;
    scan(search, lists[i]!, s, checkLive, touchedCount);
    touchedCount = s.touchedCount;
  }
  let candidates = s.touched.subarray(0, touchedCount);
  if (i < lists.length) {
    // Lists are sorted by length and the candidates no longer grow: every remaining list is a lookup.
    if (prune) candidates = stillPossible(s, candidates, remaining[i]!, k);
    const sorted = candidates.slice().sort();
    for (; i < lists.length; i++) lookUp(search, lists[i]!, sorted, s.score);
  }
  const best = selectBest(s.score, candidates, k);
  if (rare > 0) best.push(...rarePassages(lists, s, best, rare, k));
  for (let t = 0; t < touchedCount; t++) {
    const doc = s.touched[t]!;
    s.score[doc] = 0;
    s.seen[doc] = 0;
  }
  return best.map((c) => ({ id: search.passageOf(c.id)!, score: c.score }));
}

/**
 * The passages of the terms found in at most `rare` passages (all fields together) that are not among `best`: at most
 * `max`, the best-scored first. Their lists were scanned whole (see `rarePostings`); `seen` marks the live ones.
 */
function rarePassages(lists: readonly List[], s: Scratch, best: readonly Candidate[], rare: number, max: number): Candidate[] {
  const postingsOf = new Map<string, number>();
  for (const l of lists) postingsOf.set(l.term, (postingsOf.get(l.term) ?? 0) + l.freqs.count);
  const chosen = new Set(best.map((c) => c.id));
  const extra: Candidate[] = [];
  for (const l of lists) {
    if (postingsOf.get(l.term)! > rare) continue;
    const { docs, count } = l.freqs;
    for (let p = 0; p < count; p++) {
      const doc = docs[p]!;
      if (s.seen[doc] !== 1 || chosen.has(doc)) continue;
      chosen.add(doc);
      extra.push({ id: doc, score: s.score[doc]! });
    }
  }
  extra.sort((a, b) => b.score - a.score);
  return extra.slice(0, max);
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
      lists.push({ term, freqs, weight: termBoost * field.boost * idf, field: field.id });
    }
  }
  return lists;
}

/** Scores every posting of a list, adding the passages it holds to the touched ones. */
function scan(search: PassageSearch, list: List, s: Scratch, checkLive: boolean, touchedCount: number): void {
  const { freqs, weight, field } = list;
  const lengths = search.lengthsOf(field);
  const avg = search.averageFieldLength(field);
  const { docs, tfs, count } = freqs;
  let touched = touchedCount;
  for (let p = 0; p < count; p++) {
    const doc = docs[p]!;
    if (checkLive && !search.isLive(doc)) continue;
    if (s.seen[doc] === 0) {
      s.seen[doc] = 1;
      s.touched[touched++] = doc;
    }
    const tf = tfs[p]!;
    s.score[doc]! += weight * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * lengths[doc]!) / avg)));
  }
  s.touchedCount = touched;
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

function scratchFor(search: PassageSearch): Scratch {
  let s = scratchByIndex.get(search);
  if (!s || s.score.length < search.shortIdLimit) {
    const n = search.shortIdLimit;
    s = { score: new Float64Array(n), seen: new Uint8Array(n), touched: new Int32Array(n), touchedCount: 0 };
    scratchByIndex.set(search, s);
  }
  return s;
}
