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
import { phraseHeadTerm } from "./wordConcept.js";

/**
 * Whether a noun of the question names a country or a capital that the corpus names in no form the engine finds: its
 * spellings, its adjectives, its capital or country; for an English word, its translations as words ("Taiwan", not
 * the parts of "Nationalchina": the corpus's "nationale Sicherheitsberater" names no Taiwan).
 */
export function namesUnknownPlace(index: PassageIndex, concepts: readonly Concept[], general: GeneralDictionaries): boolean {
  return concepts.some((c) => c.noun && c.weight === undefined && !namedByCorpus(index, c, general) && placeWords(c, general).some(isCountryOrCapital(general)));
}

/** The concept's words: a German one as written, an English one's translations. */
function placeWords(c: Concept, general: GeneralDictionaries): readonly string[] {
  return c.translated ? (general.englishGerman.get(c.label.toLowerCase()) ?? []) : [c.label];
}

function namedByCorpus(index: PassageIndex, c: Concept, general: GeneralDictionaries): boolean {
  const used = (term: string | null) => term !== null && (index.df.get(term) ?? 0) > 0;
  if (c.alts.some((a) => a.derived && used(a.term))) return true;
  if (c.translated) return placeWords(c, general).some((word) => used(phraseHeadTerm(index.analyzer, word)));
  return c.alts.some((a) => !a.part && used(a.term));
}

/** Whether a word is a country or a capital, or the adjective of one ("kanadisch"). */
const isCountryOrCapital = (general: GeneralDictionaries) => (word: string): boolean => {
  const folded = foldWord(word);
  return general.capitalOrCountry(folded).length > 0 || placeDerivations(folded, false).some((place) => general.capitalOrCountry(place).length > 0);
};
