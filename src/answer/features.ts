/** Passage features for re-ranking: which concepts a passage (or sentence) holds, and its weighted coverage. */
import type { PassageIndex } from "../search/passageIndex.js";
import { passageTerms } from "./passageTerms.js";
import type { Concept } from "./concepts.js";

/**
 * Per concept, the best weight of an alternative found in `terms` (0 when none is). Read only: a sentence that holds
 * none of the question's terms (most of a candidate's sentences) gets the question's shared array of zeros, not one
 * of its own (re-ranking asks this for every sentence of ~100 candidates per question).
 */
export function conceptDegrees(concepts: Concept[], terms: ReadonlySet<string>): Float32Array {
  const { byTerm, zeros } = alternativesByTerm(concepts);
  let degrees: Float32Array | undefined;
  // Walk the smaller side: a sentence's terms, or the question's alternatives (English questions have many).
  if (terms.size < byTerm.size) {
    for (const term of terms) {
      const found = byTerm.get(term);
      if (found) degrees = raise(degrees ?? new Float32Array(concepts.length), found);
    }
  } else {
    for (const [term, found] of byTerm) if (terms.has(term)) degrees = raise(degrees ?? new Float32Array(concepts.length), found);
  }
  return degrees ?? zeros;
}

/** Each concept of `found` (pairs: concept index, weight) at least at its weight. */
function raise(degrees: Float32Array, found: number[]): Float32Array {
  for (let k = 0; k < found.length; k += 2) if (found[k + 1]! > degrees[found[k]!]!) degrees[found[k]!] = found[k + 1]!;
  return degrees;
}

interface ConceptIndex {
  /** Each alternative term → the concepts it stands for, as pairs in one array (concept index, weight, index, weight …). */
  byTerm: Map<string, number[]>;
  /** The degrees of terms that hold none of the concepts (never written to). */
  zeros: Float32Array;
}

const conceptIndexes = new WeakMap<Concept[], ConceptIndex>();

/** Built once per question's concept list. */
function alternativesByTerm(concepts: Concept[]): ConceptIndex {
  let index = conceptIndexes.get(concepts);
  if (!index) {
    const byTerm = new Map<string, number[]>();
    concepts.forEach((c, i) => {
      for (const a of c.alts) {
        const list = byTerm.get(a.term);
        if (list) list.push(i, a.weight);
        else byTerm.set(a.term, [i, a.weight]);
      }
    });
    index = { byTerm, zeros: new Float32Array(concepts.length) };
    conceptIndexes.set(concepts, index);
  }
  return index;
}

/** A news paragraph continues the one before it: what the previous passage (same article, same heading) names counts at `share`. */
export function withContext(degrees: Float32Array, index: PassageIndex, id: number, concepts: Concept[], share: number): Float32Array {
  if (share <= 0) return degrees;
  const passage = index.passages[id]!;
  const previous = index.passages[id - 1];
  if (!previous || previous.articleId !== passage.articleId || previous.heading !== passage.heading) return degrees;
  const context = conceptDegrees(concepts, passageTerms(index, id - 1).all);
  const { zeros } = alternativesByTerm(concepts);
  if (context === zeros) return degrees;
  // Never into the shared zeros (conceptDegrees).
  const merged = degrees === zeros ? new Float32Array(degrees.length) : degrees;
  for (let i = 0; i < merged.length; i++) merged[i] = Math.max(degrees[i]!, share * context[i]!);
  return merged;
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
