/**
 * Keeping the k best of many scored passages: a sorted short list for the results, a min-heap for the k-th score (a
 * bound for skipping). Used by the candidate search (topCandidates.ts) and the plain top-k search (searchTop.ts).
 */

export interface Candidate {
  id: number;
  score: number;
}

/** The k-th largest score of `docs` (k ≤ docs.length), through a min-heap of k: no allocation beyond k. */
export function kthLargest(score: Float64Array, docs: Int32Array, k: number): number {
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

/** The k best (score descending; among equal scores the earlier in `order` first). */
export function selectBest(score: Float64Array, order: Int32Array, k: number): Candidate[] {
  const best: Candidate[] = [];
  for (const doc of order) pushBest(best, k, doc, score[doc]!);
  return best;
}

/**
 * Offers (id, score) to `best`, the k best so far (score descending; an equal score goes after those already in):
 * insertion into a short sorted list, since k is small (tens) and the matches many.
 */
export function pushBest(best: Candidate[], k: number, id: number, score: number): void {
  if (best.length === k && score <= best[k - 1]!.score) return;
  let j = best.length < k ? best.length : k - 1;
  if (best.length < k) best.push({ id: 0, score: 0 });
  while (j > 0 && best[j - 1]!.score < score) {
    best[j] = best[j - 1]!;
    j--;
  }
  best[j] = { id, score };
}
