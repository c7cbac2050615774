/**
 * How much a question is about what the corpus is about. In a large corpus nearly every word occurs somewhere, so "Warum
 * ist der Himmel blau?" finds "Himmel" ("Rauchwolken vor einem nächtlichen Himmel") and the corpus seems to cover it.
 * What tells such a question apart is that none of its words is more frequent in the corpus than in language at
 * large: "Himmel" is among the 1,400 commonest German words, so the 1,266 passages of 270 news articles would hold it
 * about four times by chance, and they hold it three times; a question about the corpus has a word the corpus uses
 * far more often than chance ("Waffenruhe", "Kellogg", "Rippenquallen").
 *
 * An index term's topicality is log(observed / expected): observed, the passages holding it; expected, the passages
 * that would hold it by chance, from the share of general German running text its words make (Zipf: a word of rank r
 * makes about 1 / (r × H) of it; the words of one stem add up) and the corpus's passages and their length. A term
 * expected in fewer than {@link MIN_EXPECTED} passages cannot be judged (five articles, or a rare word): it counts as
 * topical. A concept's topicality is that of the term the corpus uses most for it (the word itself, its other stems, its
 * translations; not looser synonyms), or, when it holds none of those, that of its most topical part (a compound's part,
 * a longer word it is found in); the question's that of its most topical concept.
 * Concepts the corpus lacks, numbers, answer types, months and outlets do not count.
 */
import type { Analyzer } from "../analysis/analyzer.js";
import type { GeneralDictionaries } from "../analysis/lexicon.js";
import type { PassageIndex } from "../search/passageIndex.js";
import type { Concept } from "./concepts.js";

/**
 * Words of general German that Zipf's law is summed over: the lists stop at ~73,000, the language does not. A word of
 * rank r makes about 1 / (r × H) of running text, H ≈ ln(vocabulary) + γ.
 */
const ZIPF_VOCABULARY = 100_000;
const ZIPF_H = Math.log(ZIPF_VOCABULARY) + 0.5772;
/** A term expected in fewer passages than this by chance is not judged (see the module comment). */
const MIN_EXPECTED = 1;
/** Alternatives at least this close to the question's word count: its own stems (1, 0.9) and translations, not thesaurus synonyms (0.7). */
export const MIN_ALTERNATIVE_WEIGHT = 0.8;

const DIGIT = /\d/;

/** Per analyzer (its stems): index term → share of general German running text its words make. */
const sharesByAnalyzer = new WeakMap<Analyzer, WeakMap<ReadonlyMap<string, number>, Map<string, number>>>();

function stemShares(analyzer: Analyzer, ranks: ReadonlyMap<string, number>): Map<string, number> {
  let byRanks = sharesByAnalyzer.get(analyzer);
  if (!byRanks) {
    byRanks = new WeakMap();
    sharesByAnalyzer.set(analyzer, byRanks);
  }
  let shares = byRanks.get(ranks);
  if (!shares) {
    shares = new Map();
    for (const [word, rank] of ranks) {
      const term = analyzer.uncachedHeadTerm(word);
      if (term !== null) shares.set(term, (shares.get(term) ?? 0) + 1 / (rank * ZIPF_H));
    }
    byRanks.set(ranks, shares);
  }
  return shares;
}

/**
 * The topicality of the question's most topical concept: +∞ when one cannot be judged, or when the corpus holds
 * none of them.
 *
 * @example
 * // 270 news articles (1,266 passages): "Himmel" (rank 1,360) is expected in ~3.8 passages and found in 3:
 * // log(3/3.8) ≈ −0.25, off topic; "Ukraine" (rank 3,209) is expected in ~3.1 and found in 752: log(752/3.1) ≈ 5.5.
 */
export function topicality(index: PassageIndex, concepts: readonly Concept[], general: GeneralDictionaries): number {
  const passages = index.passages.length;
  const textField = index.search.fieldId("text");
  const length = textField === undefined ? 0 : index.search.averageFieldLength(textField);
  const shares = stemShares(index.analyzer, general.germanRanks);
  let best = Number.NEGATIVE_INFINITY;
  for (const c of concepts) {
    if (c.weight !== undefined || c.framing) continue;
    // The term the corpus uses most for the concept ("moskau" for "Moscow", not "kreml"); an English word's
    // translations are all equals.
    let term = "";
    let observed = 0;
    const parts: Array<[string, number]> = [];
    for (const a of c.alts) {
      const df = index.df.get(a.term) ?? 0;
      if (a.part) {
        if (df > 0) parts.push([a.term, df]);
      } else if ((c.translated || a.weight >= MIN_ALTERNATIVE_WEIGHT) && df > observed) [term, observed] = [a.term, df];
    }
    // Found only as parts: each part judged as a word, the most topical counts ("Fußballmeister", met only in "meist",
    // is common German; "Spurweite" in "Schmalspur" is not). A part general German lacks cannot be judged: the question
    // counts as topical (below).
    for (const [t, df] of observed > 0 ? [[term, observed] as [string, number]] : parts) {
      // A number or year ("2025") has no frequency in general language to compare with.
      if (DIGIT.test(t)) continue;
      // Poisson: the chance that a passage of `length` terms holds the term at least once.
      const expected = passages * (1 - Math.exp(-length * (shares.get(t) ?? 0)));
      if (expected < MIN_EXPECTED) return Number.POSITIVE_INFINITY;
      best = Math.max(best, Math.log(df / expected));
    }
  }
  // No concept to judge by: whether the corpus covers the question is for the other features to say.
  if (best === Number.NEGATIVE_INFINITY) return Number.POSITIVE_INFINITY;
  return best;
}
