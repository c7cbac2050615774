/** Passage features for re-ranking: which concepts a passage (or sentence) holds, and its weighted coverage. */
import type { PassageIndex } from "../search/passageIndex.js";
import { passageTerms } from "./passageTerms.js";
import type { Concept } from "./concepts.js";

/** Per concept, the best weight of an alternative found in `terms` (0 when none is). */
export function conceptDegrees(concepts: Concept[], terms: ReadonlySet<string>): Float32Array {
  const degrees = new Float32Array(concepts.length);
  const byTerm = alternativesByTerm(concepts);
  // Walk the smaller side: a sentence's terms, or the question's alternatives (English questions have many).
  if (terms.size < byTerm.size) {
    for (const term of terms) {
      const found = byTerm.get(term);
      if (found) raise(degrees, found);
    }
  } else {
    for (const [term, found] of byTerm) if (terms.has(term)) raise(degrees, found);
  }
  return degrees;
}

/** Each concept of `found` (pairs: concept index, weight) at least at its weight. */
function raise(degrees: Float32Array, found: number[]): void {
  for (let k = 0; k < found.length; k += 2) if (found[k + 1]! > degrees[found[k]!]!) degrees[found[k]!] = found[k + 1]!;
}

const alternativeIndexes = new WeakMap<Concept[], Map<string, number[]>>();

/**
 * Each alternative term → the concepts it stands for, as pairs in one array (concept index, weight, index, weight …);
 * built once per question's concept list.
 */
function alternativesByTerm(concepts: Concept[]): Map<string, number[]> {
  let byTerm = alternativeIndexes.get(concepts);
  if (!byTerm) {
    byTerm = new Map();
    concepts.forEach((c, i) => {
      for (const a of c.alts) {
        const list = byTerm!.get(a.term);
        if (list) list.push(i, a.weight);
        else byTerm!.set(a.term, [i, a.weight]);
      }
    });
    alternativeIndexes.set(concepts, byTerm);
  }
  return byTerm;
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
