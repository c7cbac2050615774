/** Passage features for re-ranking: which concepts a passage (or sentence) holds, and its weighted coverage. */
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

export function weightedCoverage(degrees: Float32Array, weights: Float32Array): number {
  let covered = 0;
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    covered += degrees[i]! * weights[i]!;
    total += weights[i]!;
  }
  return total > 0 ? covered / total : 0;
}
