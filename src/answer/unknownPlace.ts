/**
 * A country or a capital the question names and the corpus never does: "Welche Partei hat die Wahl in Österreich
 * gewonnen?" over reports that name neither Austria nor Vienna nor anything Austrian. However well the question's other
 * words match ("Partei", "Wahl", "gewonnen"), the corpus does not report on that place; a question about a country
 * the corpus covers names it in a form the corpus uses, or one the engine finds through its adjective or its capital
 * (wordConcept.ts `addCapitalOrCountry`), which then counts as the corpus naming it.
 *
 * Countries and capitals only, as the general dictionaries list them (lexicon.ts `capitalOrCountry`): a region, a
 * person or an organisation the corpus never names may still be a spelling the engine does not know.
 */
import { placeDerivations } from "../analysis/derivation.js";
import type { GeneralDictionaries } from "../analysis/lexicon.js";
import { foldWord } from "../analysis/normalize.js";
import type { PassageIndex } from "../search/passageIndex.js";
import type { Concept } from "./concepts.js";

/**
 * Whether a noun of the question names a country or a capital and none of its alternatives (its spellings, its
 * adjectives, its capital or country, its translations) is an index term of the corpus.
 */
export function namesUnknownPlace(index: PassageIndex, concepts: readonly Concept[], general: GeneralDictionaries): boolean {
  return concepts.some((c) => c.noun && c.weight === undefined && c.alts.every((a) => (index.df.get(a.term) ?? 0) === 0) && isCountryOrCapital(c, general));
}

/** Whether a concept's word (a German one as written; an English one through its translations) is a country or a capital, or the adjective of one ("kanadisch"). */
function isCountryOrCapital(c: Concept, general: GeneralDictionaries): boolean {
  const words = c.translated ? (general.englishGerman.get(c.label.toLowerCase()) ?? []) : [c.label];
  return words.some((word) => {
    const folded = foldWord(word);
    return general.capitalOrCountry(folded).length > 0 || placeDerivations(folded, false).some((place) => general.capitalOrCountry(place).length > 0);
  });
}
