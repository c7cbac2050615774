/**
 * BM25 as MiniSearch computes it, and the upper bound of one posting list's contribution: the largest term part
 * (`d + tf (k + 1) / (tf + k (1 − b + b · length / avg))`) over its postings. Computed by one scan on first use and
 * kept until the list or the average field length changes, so a common term ("ukrain", 200,000 postings) costs
 * one scan per process, and its bound then lets the candidate selection skip it (topCandidates.ts).
 */
import type { CompactFrequencies } from "./compactPostings.js";

/** MiniSearch's BM25 defaults: k1, b and the term-frequency floor d. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

interface Bound {
  version: number;
  avg: number;
  max: number;
}

const bounds = new WeakMap<CompactFrequencies, Bound>();

/** The largest BM25 term part of any posting in `freqs` (field lengths by short id, the field's average length). */
export function maxPart(freqs: CompactFrequencies, lengths: Uint32Array, avg: number): number {
  const cached = bounds.get(freqs);
  if (cached && cached.version === freqs.version && cached.avg === avg) return cached.max;
  const { docs, tfs, count } = freqs;
  let max = 0;
  for (let p = 0; p < count; p++) {
    const tf = tfs[p]!;
    const part = BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * lengths[docs[p]!]!) / avg));
    if (part > max) max = part;
  }
  bounds.set(freqs, { version: freqs.version, avg, max });
  return max;
}
