/**
 * A question noun the corpus does not use, whose siblings through a narrow English translation it does use
 * (src/analysis/dict/translationSiblings.ts: "Wunsch" and "Wille" both render "wish"), is more likely a paraphrase than
 * a missing topic: the siblings join its concept at a small weight, and one the corpus uses makes the noun known
 * (evidence.ts `unknownness`). They come after the other fallbacks of an unknown word (German spellings of a name,
 * longer corpus words, typo corrections: `addFuzzyAlternatives`), never instead of them.
 */
import type { GeneralDictionaries } from "../analysis/lexicon.js";
import { foldWord } from "../analysis/normalize.js";
import type { PassageIndex } from "../search/passageIndex.js";
import { type Concept, makeAlternative } from "./concepts.js";
import { isKnown } from "./evidence.js";

/**
 * The German nouns of `concepts` the corpus does not use (translations and intent concepts aside): the concepts that
 * {@link addTranslationSiblings} may widen, taken before any other fallback is added.
 */
export function unknownNouns(index: PassageIndex, concepts: readonly Concept[]): Concept[] {
  return concepts.filter((c) => c.noun && !c.translated && c.weight === undefined && !isKnown(index, c));
}

/** Adds to each of `nouns` its siblings the corpus uses (the word's and its lemma's), weighing `weight`. */
export function addTranslationSiblings(index: PassageIndex, nouns: readonly Concept[], general: GeneralDictionaries, weight: number): void {
  if (weight <= 0) return;
  for (const c of nouns) {
    const folded = foldWord(c.label);
    for (const form of new Set([folded, general.lemmas.get(folded) ?? folded])) {
      for (const sibling of general.translationSiblings(form)) {
        const term = index.analyzer.headTerm(sibling);
        if (term !== null && index.df.has(term) && !c.alts.some((a) => a.term === term)) c.alts.push(makeAlternative(term, weight));
      }
    }
  }
}
