/**
 * Whether the corpus writes a word of its own for an index term, or only longer words that hold it as a part: "Wetter"
 * is in a corpus that names the politician Kiesewetter ("kiese|wett|er") only as a part of his name, and a weather
 * question is no more covered by it than by "Ostanatolien" for Anatolien (evidence.ts `unknownness`).
 */
import { LRUCache } from "lru-cache";
import { foldWord } from "../analysis/normalize.js";
import type { PassageIndex } from "../search/passageIndex.js";

/**
 * A term in more passages than this is taken as a word of its own without looking: the check reads every passage
 * that holds the term, and a part found only inside longer words is rare.
 */
export const OWN_WORD_CHECK_MAX_DF = 50;
/** Terms remembered per index (a question asks about a handful). */
const OWN_WORD_CACHE_SIZE = 20_000;

const caches = new WeakMap<PassageIndex, LRUCache<string, boolean>>();

/**
 * Whether some word of the corpus has `term` as its own term (its stem, or its verb's base), not only as a part of a
 * longer word. Terms the index does not hold are no words of the corpus at all (false).
 */
export function isOwnWord(index: PassageIndex, term: string): boolean {
  const df = index.df.get(term) ?? 0;
  if (df === 0) return false;
  if (df > OWN_WORD_CHECK_MAX_DF) return true;
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
  for (const docs of search.postings(term)?.values() ?? []) {
    for (const shortId of docs.keys()) {
      const id = search.passageOf(shortId);
      const passage = id === undefined ? undefined : index.passages[id];
      if (!passage) continue;
      for (const text of [passage.text, passage.heading ?? ""]) {
        for (const token of analyzer.tokens(text)) {
          if (analyzer.headTerm(token.raw) === term || analyzer.verbBase(foldWord(token.raw)) === term) return true;
        }
      }
    }
  }
  return false;
}
