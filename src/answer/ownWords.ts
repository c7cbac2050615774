/**
 * Whether the corpus writes a word of its own for an index term, or only longer words that hold it: "Wetter" is in a
 * corpus that names the politician Kiesewetter only as a part of his name, and a weather question is no more covered
 * by it than by "Ostanatolien" for Anatolien (evidence.ts `unknownness`); and "Wettkampf" shares only the stem of
 * "Wetter" ("wett"), which covers nothing.
 */
import { LRUCache } from "lru-cache";
import type { PassageIndex } from "../search/passageIndex.js";

/**
 * Passages read at most for one term: a word of its own shows up in the first few of a common word's passages, and a
 * name quoted in hundreds of passages ("Kiesewetter") still has no word of its own among them for "Wetter".
 */
export const OWN_WORD_MAX_PASSAGES = 50;
/** Terms remembered per index (a question asks about a handful). */
const OWN_WORD_CACHE_SIZE = 20_000;

/**
 * How the corpus writes an index term: as a word of its own ("own"); only inside longer words, but as the word asked
 * about ("part": spelled as the question's word, "Anatolien" in "Ostanatolien", "Vize" in "Vizechef"; for another
 * alternative, as a compound's head, "Klima" in "Weltklima"); or neither ("collision": only another word with the same
 * stem, "Wetter" and the "Wett-" of "Wettbewerb"; only before a compound's head, "Klima" in "Klimapolitik"; or not at
 * all, for a term the index does not hold). Asked for a noun, a word of its own counts only where the corpus writes it
 * capitalised, as German writes nouns: "Meister" (champion) shares its stem with "die meisten", "Spiel" with "spielen".
 */
export type WordKind = "own" | "part" | "collision";

const caches = new WeakMap<PassageIndex, LRUCache<string, WordKind>>();

/**
 * How the corpus writes `term` ({@link WordKind}), judged on at most {@link OWN_WORD_MAX_PASSAGES} of the passages that
 * hold it: among a word's own terms (analyzer.ts `ownTerms`: its stem, lemma or verb base, not a decompounder's part);
 * else as a part spelled as `spelled` (the question's word, folded) up to a noun's ending; without `spelled`, only as a
 * compound's head (analyzer.ts `compoundSplits`). `noun`: only a capitalised word of its own counts as one.
 */
export function wordKind(index: PassageIndex, term: string, spelled?: string, noun = false): WordKind {
  if ((index.df.get(term) ?? 0) === 0) return "collision";
  let cache = caches.get(index);
  if (!cache) {
    cache = new LRUCache({ max: OWN_WORD_CACHE_SIZE });
    caches.set(index, cache);
  }
  // `spelled` is a folded word, never empty.
  const key = `${term}\u0000${spelled ?? ""}\u0000${noun ? 1 : 0}`;
  let kind = cache.get(key);
  if (kind === undefined) {
    kind = writtenAs(index, term, spelled, noun);
    cache.set(key, kind);
  }
  return kind;
}

/** A word as German writes a noun (or any word opening a sentence). */
const CAPITALISED = /^\p{Lu}/u;

/** What a noun's inflection adds to it ("Gipfels", "Verhandlungen", "Präsidenten"). */
const NOUN_ENDING = /^(?:e|n|en|s|es|ns|ens)?$/;

/** Whether a decompounder's part is the word `spelled`, one of them inflected. */
function sameWord(part: string, spelled: string): boolean {
  return part.startsWith(spelled) ? NOUN_ENDING.test(part.slice(spelled.length)) : spelled.startsWith(part) && NOUN_ENDING.test(spelled.slice(part.length));
}

/** Whether compounds (their parts as spelled) hold the question's word `spelled`, or else `term` as a head's stem. */
function holdsAsPart(splits: readonly string[][], term: string, spelled: string | undefined, stem: (word: string) => string | null): boolean {
  return splits.some((parts) => (spelled === undefined ? stem(parts[parts.length - 1]!) === term : parts.some((p) => sameWord(p, spelled))));
}

function writtenAs(index: PassageIndex, term: string, spelled: string | undefined, noun: boolean): WordKind {
  const { analyzer, search } = index;
  const read = new Set<number>();
  let kind: WordKind = "collision";
  for (const docs of search.postings(term)?.values() ?? []) {
    for (const shortId of docs.keys()) {
      if (read.size >= OWN_WORD_MAX_PASSAGES) return kind;
      if (read.has(shortId)) continue;
      read.add(shortId);
      const id = search.passageOf(shortId);
      const passage = id === undefined ? undefined : index.passages[id];
      if (!passage) continue;
      for (const text of [passage.text, passage.heading ?? ""]) {
        // The cached terms first: only a token that holds the term at all is analyzed again.
        for (const token of analyzer.tokens(text)) {
          if (!analyzer.terms(token.raw).includes(term)) continue;
          if (analyzer.ownTerms(token.raw).includes(term) && (!noun || CAPITALISED.test(token.raw))) return "own";
          if (kind === "collision" && holdsAsPart(analyzer.compoundSplits(token.raw), term, spelled, (w) => analyzer.headTerm(w))) kind = "part";
        }
      }
    }
  }
  return kind;
}
