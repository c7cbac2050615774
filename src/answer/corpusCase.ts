/**
 * How the corpus writes a word: capitalised (a noun or a name) or in lower case. A question typed all in lower case
 * tells its nouns no more; the passages that hold a term do ("rubio" is written "Rubio", "dschidda" "Dschidda"), so
 * such a question is read as it would be typed properly (questionNouns.ts `capitalisedInCorpus`).
 */
import { LRUCache } from "lru-cache";
import type { PassageIndex } from "../search/passageIndex.js";

/** Passages looked at per term, at most: the first of its postings. */
export const PASSAGES_LOOKED_AT = 8;
/** Terms remembered per index. */
const CACHED_TERMS = 5_000;
/** Capitalised occurrences needed, and how many times more than lower-case ones. */
const MIN_CAPITALISED = 2;
const CAPITALISED_RATIO = 4;

const WORD = /\p{L}[\p{L}\p{N}-]*/gu;
/**
 * Before a sentence's first word (or a quotation's), where every word is capitalised: also after a quotation's
 * closing mark ("„Gut.“ Vorsichtig …", where German news ends most quotations).
 */
const OPENING = /(?:^|[.!?:„“”"'‚‘’«»‹›]\s*)$/u;

const caches = new WeakMap<PassageIndex, LRUCache<string, boolean>>();

/**
 * Whether the corpus writes `term` capitalised where it is no sentence's first word: at least {@link MIN_CAPITALISED}
 * times and {@link CAPITALISED_RATIO} times as often as in lower case, in the first {@link PASSAGES_LOOKED_AT} passages
 * that hold it.
 */
export function writtenCapitalised(index: PassageIndex, term: string): boolean {
  let cache = caches.get(index);
  if (!cache) {
    cache = new LRUCache({ max: CACHED_TERMS });
    caches.set(index, cache);
  }
  const cached = cache.get(term);
  if (cached !== undefined) return cached;
  const field = index.search.fieldId("text");
  const docs = field === undefined ? undefined : index.search.postings(term)?.get(field);
  let upper = 0;
  let lower = 0;
  let looked = 0;
  for (const shortId of docs?.keys() ?? []) {
    if (looked >= PASSAGES_LOOKED_AT) break;
    const p = index.search.passageOf(shortId);
    if (p === undefined) continue;
    looked++;
    const text = index.passages[p]!.text;
    for (const m of text.matchAll(WORD)) {
      if (OPENING.test(text.slice(Math.max(0, m.index - 3), m.index)) || index.analyzer.headTerm(m[0]) !== term) continue;
      if (/^\p{Lu}/u.test(m[0])) upper++;
      else lower++;
    }
  }
  const capitalised = upper >= MIN_CAPITALISED && upper >= CAPITALISED_RATIO * lower;
  cache.set(term, capitalised);
  return capitalised;
}
