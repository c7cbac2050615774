/**
 * The same report in several articles (000 and 001 share paragraphs) is one result citing all of them.
 * Two candidates are the same report when most terms of the shorter one stand in the longer one.
 */
import type { PassageIndex } from "../search/passageIndex.js";
import type { PassageTerms } from "./passageTerms.js";

/** Share of the smaller passage's terms that must appear in the other. */
export const DUPLICATE_CONTAINMENT = 0.6;
/** Scores this close count as a tie; then a dated article is the better primary citation. */
const TIE = 0.05;

interface Candidate {
  id: number;
  terms: PassageTerms;
  score: number;
}

export function mergeDuplicates<T extends Candidate>(index: PassageIndex, ranked: T[], limit: number): Array<{ primary: T; others: T[] }> {
  const groups: Array<{ primary: T; others: T[] }> = [];
  for (const candidate of ranked) {
    const group = groups.find((g) => isSameReport(index, g.primary, candidate));
    if (group) {
      group.others.push(candidate);
      const current = index.articleById.get(index.passages[group.primary.id]!.articleId)!;
      const other = index.articleById.get(index.passages[candidate.id]!.articleId)!;
      if (!current.date && other.date && group.primary.score - candidate.score < TIE) {
        group.others[group.others.length - 1] = group.primary;
        group.primary = candidate;
      }
    } else if (groups.length < limit) {
      groups.push({ primary: candidate, others: [] });
    }
  }
  return groups;
}

function isSameReport(index: PassageIndex, a: Candidate, b: Candidate): boolean {
  if (index.passages[a.id]!.articleId === index.passages[b.id]!.articleId) return false;
  const [small, large] = a.terms.all.size <= b.terms.all.size ? [a.terms.all, b.terms.all] : [b.terms.all, a.terms.all];
  if (small.size < 5) return false;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / small.size >= DUPLICATE_CONTAINMENT;
}
