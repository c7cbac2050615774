/**
 * Whether the corpus writes a word of its own for an index term, or only longer words that hold it as a part: "Wetter"
 * is in a corpus that names the politician Kiesewetter ("kiese|wett|er") only as a part of his name, and a weather
 * question is no more covered by it than by "Ostanatolien" for Anatolien (evidence.ts `unknownness`).
 */
import { LRUCache } from "lru-cache";
import type { PassageIndex } from "../search/passageIndex.js";

/**
 * Passages read at most for one term: a word of its own shows up in the first few of a common word's passages, and a
 * name quoted in hundreds of passages ("Kiesewetter") still has its part found in none of them.
 */
export const OWN_WORD_MAX_PASSAGES = 50;
/** Terms remembered per index (a question asks about a handful). */
const OWN_WORD_CACHE_SIZE = 20_000;

const caches = new WeakMap<PassageIndex, LRUCache<string, boolean>>();

/**
 * Whether some word of the corpus has `term` among its own terms (analyzer.ts `ownTerms`: its stem, lemma or verb
 * base, not a decompounder's part), judged on at most {@link OWN_WORD_MAX_PASSAGES} of the passages that hold it.
 * Terms the index does not hold are no words of the corpus at all (false).
 */
export function isOwnWord(index: PassageIndex, term: string): boolean {
  if ((index.df.get(term) ?? 0) === 0) return false;
  let cache = caches.get(index);
  if (!cache) {
    cache = new LRUCache({ max: OWN_WORD_CACHE_SIZE });
    caches.set(index, cache);
  }
  let own = cache.get(term);
  if (own === undefined) {
    own = writtenAsWord(index, term);
    cache.set(term, own);
  }
  return own;
}

function writtenAsWord(index: PassageIndex, term: string): boolean {
  const { analyzer, search } = index;
  const read = new Set<number>();
  for (const docs of search.postings(term)?.values() ?? []) {
    for (const shortId of docs.keys()) {
      if (read.size >= OWN_WORD_MAX_PASSAGES) return false;
      if (read.has(shortId)) continue;
      read.add(shortId);
      const id = search.passageOf(shortId);
      const passage = id === undefined ? undefined : index.passages[id];
      if (!passage) continue;
      for (const text of [passage.text, passage.heading ?? ""]) {
        // The cached terms first: only a token that holds the term at all is analyzed again.
        for (const token of analyzer.tokens(text)) if (analyzer.terms(token.raw).includes(term) && analyzer.ownTerms(token.raw).includes(term)) return true;
      }
    }
  }
  return false;
}
