/**
 * One result per report. The same report in several articles (000 and 001 share paragraphs) is one result
 * citing all of them; overlapping passages of one article (sentence windows share a sentence) never
 * yield the same quote twice.
 */
import { containment } from "../analysis/similarity.js";
import type { PassageIndex } from "../search/passageIndex.js";
import type { PassageTerms } from "./passageTerms.js";

/** Share of the smaller quote's (or passage's) terms that must appear in the other. */
export const DUPLICATE_CONTAINMENT = 0.75;
/** Within one article only near-identical quotes are the same report. */
export const SAME_ARTICLE_CONTAINMENT = 0.8;
/** Quotes with fewer terms are too short to call two reports the same. */
const MIN_COMPARED_TERMS = 5;
/** Scores this close count as a tie; then a dated article is the better primary citation. */
const TIE = 0.05;

interface Candidate {
  id: number;
  terms: PassageTerms;
  window: { start: number; end: number } | null;
  score: number;
}

export function mergeDuplicates<T extends Candidate>(index: PassageIndex, ranked: T[], limit: number): Array<{ primary: T; others: T[] }> {
  const groups: Array<{ primary: T; others: T[] }> = [];
  const quoteTermsOf = new Map<Candidate, Set<string>>();
  const termsOf = (c: Candidate) => {
    let terms = quoteTermsOf.get(c);
    if (!terms) {
      terms = quoteTerms(c);
      quoteTermsOf.set(c, terms);
    }
    return terms;
  };
  const isSameReport = (a: Candidate, b: Candidate): boolean => {
    const articleA = index.passages[a.id]!.articleId;
    const articleB = index.passages[b.id]!.articleId;
    // One article may repeat itself too (004's lead repeats its first report almost word for word).
    if (articleA === articleB) return overlaps(a.window, b.window) || containment(termsOf(a), termsOf(b), MIN_COMPARED_TERMS) >= SAME_ARTICLE_CONTAINMENT;
    return containment(termsOf(a), termsOf(b), MIN_COMPARED_TERMS) >= DUPLICATE_CONTAINMENT;
  };
  for (const candidate of ranked) {
    const group = groups.find((g) => isSameReport(g.primary, candidate) || g.others.some((member) => isSameReport(member, candidate)));
    if (group) {
      const current = index.articleById.get(index.passages[group.primary.id]!.articleId)!;
      const other = index.articleById.get(index.passages[candidate.id]!.articleId)!;
      if (other.id === current.id) continue;
      group.others.push(candidate);
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

function overlaps(a: Candidate["window"], b: Candidate["window"]): boolean {
  return a !== null && b !== null && a.start < b.end && b.start < a.end;
}

/** Terms of the sentences inside the candidate's quote window. */
function quoteTerms(c: Candidate): Set<string> {
  if (!c.window) return c.terms.all;
  const terms = new Set<string>();
  for (const s of c.terms.sentences) if (s.start >= c.window.start && s.end <= c.window.end) for (const t of s.terms) terms.add(t);
  return terms;
}
