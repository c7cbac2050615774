/**
 * A country or a capital the question names and the corpus never does: "Welche Partei hat die Wahl in Österreich
 * gewonnen?" over reports that name neither Austria nor Vienna nor anything Austrian. However well the question's other
 * words match ("Partei", "Wahl", "gewonnen"), the corpus does not report on that place; a question about a country
 * the corpus covers names it in a form the corpus uses, or one the engine finds through its adjective or its capital
 * (wordConcept.ts `addCapitalOrCountry`), which then counts as the corpus naming it.
 *
 * Countries and capitals only, as the general dictionaries list them (lexicon.ts `capitalOrCountry`): a region, a
 * person or an organisation the corpus never names may still be a spelling the engine does not know. Judged on the
 * concepts as parsed, before typo alternatives join them ("Irland" is no "Inland"); a country the corpus writes only
 * under another name that is not one of the word's close alternatives ("Weißrussland" for a corpus that writes
 * "Belarus", a thesaurus synonym) counts as not named.
 */
import { placeDerivations } from "../analysis/derivation.js";
import type { GeneralDictionaries, Lexicon } from "../analysis/lexicon.js";
import { foldWord } from "../analysis/normalize.js";
import type { PassageIndex } from "../search/passageIndex.js";
import type { Concept } from "./concepts.js";
import { phraseHeadTerm, pivotSynonyms } from "./wordConcept.js";

/**
 * Alternatives at least this close to a German word name what it names: its own stems (1), its inflected and respelled
 * forms (0.9), the domain synonyms (0.8); not the thesaurus's (0.7: "Polen" ~ "Fußball", "Frankreich" ~ "Hexagon"), the
 * pivots (0.6) nor compound parts. As topicality.ts reads a concept.
 */
export const NAMING_ALTERNATIVE_WEIGHT = 0.8;

/** Whether a noun of the question names a country or a capital that the corpus names in none of the forms above. */
export function namesUnknownPlace(index: PassageIndex, concepts: readonly Concept[], lexicon: Lexicon): boolean {
  const isPlace = isCountryOrCapital(lexicon.general);
  return concepts.some((c) => c.noun && c.weight === undefined && placeWords(c, lexicon.general).some(isPlace) && !namedByCorpus(index, c, lexicon));
}

/** The concept's words as a place is looked up: a German one as written and without a genitive "s" ("Chinas"), an English one's translations. */
function placeWords(c: Concept, general: GeneralDictionaries): readonly string[] {
  if (c.translated) return general.englishGerman.get(c.label.toLowerCase()) ?? [];
  return c.label.endsWith("s") ? [c.label, c.label.slice(0, -1)] : [c.label];
}

/**
 * Whether the corpus uses a form of the concept that names the place: a derived one (an adjective, the capital or the
 * country); for a German word a close alternative ({@link NAMING_ALTERNATIVE_WEIGHT}) or a word the domain glossary
 * lists with it ("Polen" → polnisch, which no suffix rule derives); for an English one a translation of one word, the
 * general dictionary's or the glossary's ("Poland" → Polen, polnisch), as a whole word ("Taiwan", not the parts of
 * "Nationalchina": the corpus's "nationale Sicherheitsberater" names no Taiwan).
 */
function namedByCorpus(index: PassageIndex, c: Concept, lexicon: Lexicon): boolean {
  const used = (term: string | null) => term !== null && (index.df.get(term) ?? 0) > 0;
  if (c.alts.some((a) => a.derived && used(a.term))) return true;
  if (!c.translated) {
    if (c.alts.some((a) => !a.part && a.weight >= NAMING_ALTERNATIVE_WEIGHT && used(a.term))) return true;
    // The word without its genitive "s" has adjectives and a capital of its own ("Südafrikas" → südafrikanisch).
    const forms = placeWords(c, lexicon.general).flatMap((w) => placeForms(foldWord(w), lexicon.general));
    const glossary = pivotSynonyms(c.alts[0]!.term, index.analyzer, lexicon).filter((word) => !/\s/.test(word));
    return [...forms, ...glossary].some((word) => used(index.analyzer.headTerm(word)));
  }
  const label = c.label.toLowerCase();
  const translations = [...(lexicon.general.englishGerman.get(label) ?? []), ...(lexicon.glossary.get(label) ?? []).filter((w) => !/\s/.test(w))];
  return translations.some((word) => used(phraseHeadTerm(index.analyzer, word)));
}

/** A place (folded), its adjectives, its capital or country and theirs. */
function placeForms(place: string, general: GeneralDictionaries): string[] {
  const related = [place, ...general.capitalOrCountry(place).map(foldWord)];
  return related.flatMap((p) => [p, ...placeDerivations(p, true)]);
}

/** Whether a word is a country or a capital, or the adjective of one ("kanadisch"). */
const isCountryOrCapital =
  (general: GeneralDictionaries) =>
  (word: string): boolean => {
    const folded = foldWord(word);
    return general.capitalOrCountry(folded).length > 0 || placeDerivations(folded, false).some((place) => general.capitalOrCountry(place).length > 0);
  };
