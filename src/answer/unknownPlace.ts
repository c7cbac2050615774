/**
 * A country or a capital the question names and the corpus never does: "Welche Partei hat die Wahl in Österreich
 * gewonnen?" over reports that name neither Austria nor Vienna nor anything Austrian. However well the question's other
 * words match ("Partei", "Wahl", "gewonnen"), the corpus does not report on that place; a question about a country
 * the corpus covers names it in a form the corpus uses, or one the engine finds through its adjective or its capital
 * (wordConcept.ts `addCapitalOrCountry`), which then counts as the corpus naming it.
 *
 * Countries and capitals only, as the general dictionaries list them (lexicon.ts `capitalOrCountry`): a region, a
 * person or an organisation the corpus never names may still be a spelling the engine does not know. Judged on the
 * concepts as parsed, before typo alternatives join them ("Irland" is no "Inland"). A country the corpus writes only
 * under a name none of the word's forms below reaches counts as not named.
 */
import { placeDerivations } from "../analysis/derivation.js";
import type { GeneralDictionaries, Lexicon } from "../analysis/lexicon.js";
import { foldWord } from "../analysis/normalize.js";
import type { PassageIndex } from "../search/passageIndex.js";
import type { Concept } from "./concepts.js";
import { MIN_ALTERNATIVE_WEIGHT } from "./topicality.js";
import { termsStartingWith } from "./vocabulary.js";
import { phraseHeadTerm, pivotSynonyms } from "./wordConcept.js";

/** Whether a noun of the question names a country or a capital that the corpus names in none of its forms. */
export function namesUnknownPlace(index: PassageIndex, concepts: readonly Concept[], lexicon: Lexicon): boolean {
  return concepts.some((c) => {
    if (!c.noun || c.weight !== undefined) return false;
    const places = placeWords(c, lexicon.general).flatMap((w) => placesNamedBy(foldWord(w), lexicon.general));
    return places.length > 0 && !namedByCorpus(index, c, places, lexicon);
  });
}

/** The concept's words as a place is looked up: a German one as written and without a genitive "s" ("Chinas"), an English one's translations. */
function placeWords(c: Concept, general: GeneralDictionaries): readonly string[] {
  if (c.translated) return general.englishGerman.get(c.label.toLowerCase()) ?? [];
  return c.label.endsWith("s") ? [c.label, c.label.slice(0, -1)] : [c.label];
}

/** The countries and capitals a word (folded) names: itself, or the place of an adjective ("kanadisch" → kanada). */
function placesNamedBy(folded: string, general: GeneralDictionaries): string[] {
  if (general.capitalOrCountry(folded).length > 0) return [folded];
  return placeDerivations(folded, false).filter((place) => general.capitalOrCountry(place).length > 0);
}

/** Letters a word shares with the start of a place to be a form of it ("polnisch" of Polen, "französisch" of Frankreich). */
const SHARED_PLACE_PREFIX = 3;

/**
 * Whether the corpus uses a form of the concept that names one of its `places` (folded): a derived alternative (an
 * adjective, the capital or the country); for a German word an alternative as close as its own forms (topicality.ts
 * {@link MIN_ALTERNATIVE_WEIGHT}: not the thesaurus's "Fußball" for Polen nor a typo's "Inland" for Irland, which join
 * later); the places' adjectives, capitals or countries and theirs ("Südafrikas" → südafrikanisch); and the words the
 * domain glossary or the general dictionary give with the word that are forms of the same place ("polnisch" for
 * Polen, which no suffix rule derives; not "Soldaten" of "north korean troops" for Nordkorea, nor "Porzellan" for
 * China), as whole words ("Taiwan", not the parts of "Nationalchina").
 */
function namedByCorpus(index: PassageIndex, c: Concept, places: readonly string[], lexicon: Lexicon): boolean {
  const used = (term: string | null) => term !== null && (index.df.get(term) ?? 0) > 0;
  if (c.alts.some((a) => a.derived && used(a.term))) return true;
  if (!c.translated && c.alts.some((a) => !a.part && a.weight >= MIN_ALTERNATIVE_WEIGHT && used(a.term))) return true;
  const forms = places.flatMap((place) => placeForms(place, lexicon.general));
  const listed = c.translated ? [...(lexicon.general.englishGerman.get(c.label.toLowerCase()) ?? []), ...(lexicon.glossary.get(c.label.toLowerCase()) ?? [])] : pivotSynonyms(c.alts[0]!.term, index.analyzer, lexicon);
  const samePlace = (word: string) => {
    const folded = foldWord(word);
    return places.some((place) => folded.slice(0, SHARED_PLACE_PREFIX) === place.slice(0, SHARED_PLACE_PREFIX) || lexicon.general.capitalOrCountry(folded).some((p) => foldWord(p) === place));
  };
  const words = listed.filter((word) => !/\s/.test(word) && samePlace(word));
  if ([...forms, ...words].some((word) => used(phraseHeadTerm(index.analyzer, word)))) return true;
  return places.some((place) => adjectiveInCorpus(index, place));
}

/** Corpus terms looked at per place for an adjective no rule derives (the terms sharing its first letters). */
const MAX_PREFIX_TERMS = 2_000;
/** A term that starts with this many of the place's letters (all of a shorter name) is taken for its adjective. */
const ADJECTIVE_PREFIX = 5;

/**
 * Whether the corpus uses an adjective of the place that no suffix rule derives: a term that starts with its first
 * five letters ("portugies" for Portugal, "venezolan" for Venezuela, "vietnames" for Vietnam, "peruan" for Peru: the
 * stemmer takes "-isch" off long words), or a short "-isch" stem that starts as the place does ("danisch" for
 * Dänemark, "zyprisch" for Zypern, "estnisch" for Estland). It may take another word for the adjective ("islamisch"
 * for Island): the veto then holds back, the safe side.
 */
function adjectiveInCorpus(index: PassageIndex, place: string): boolean {
  if (termsStartingWith(index, place.slice(0, ADJECTIVE_PREFIX), 1).length > 0) return true;
  return termsStartingWith(index, place.slice(0, SHARED_PLACE_PREFIX), MAX_PREFIX_TERMS).some((t) => t.endsWith("isch"));
}

/** A place (folded), its adjectives, its capital or country and theirs. */
function placeForms(place: string, general: GeneralDictionaries): string[] {
  const related = [place, ...general.capitalOrCountry(place).map(foldWord)];
  return related.flatMap((p) => [p, ...placeDerivations(p, true)]);
}
