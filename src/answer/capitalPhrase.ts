/**
 * A capital named by its country: "die russische Hauptstadt", "die US-Hauptstadt", "die Hauptstadt Polens", "the
 * Ukrainian capital". Readers and reporters name a capital so where another text names the city ("in Moskau"); the
 * question's concept of "Hauptstadt" then also finds the city, at the synonym weight.
 *
 * @example
 * // "Wer reiste in die russische Hauptstadt?": the concept "Hauptstadt" gets "moskau" as an alternative.
 */
import { placeDerivations } from "../analysis/derivation.js";
import { foldWord } from "../analysis/normalize.js";
import { type Concept, makeAlternative, type ParseContext } from "./concepts.js";

/** The German word a question's "capital" stands for, in German or translated from English. */
const CAPITAL_WORD = "Hauptstadt";

/**
 * Words that may stand between a capital and the word that names its country, besides a hyphen ("US-Hauptstadt") and an
 * English possessive ("Russia's capital"): "die Hauptstadt der Ukraine", "des Landes", "von Polen", "the capital of
 * the Ukraine".
 */
const LINKING_WORDS = ["der", "des", "von", "of", "the"];
/** What may stand between the two, in a {@link comparable} text: a hyphen and an apostrophe are spaces there. */
const LINK = `(?: s)? (?:(?:${LINKING_WORDS.join("|")}) )*`;

/**
 * Each concept of "Hauptstadt" whose neighbour (the word before or after it in the question, or a genitive's article
 * away) names a country, or is a country's adjective (derivation.ts), gets that country's capital (Ding's capitals) as
 * an alternative, where the corpus uses it; so does the neighbour: "in Moskau" says "russische" as well as "Hauptstadt".
 * The neighbouring concept alone is no neighbouring word: in "Hat Russland die Hauptstadt angegriffen?" the capital is
 * not Moskau.
 */
export function addCapitalsNamedByCountry(concepts: Concept[], ctx: ParseContext, question: string): void {
  const weight = ctx.weights.synonym;
  const capitalTerm = ctx.analyzer.headTerm(CAPITAL_WORD);
  if (weight <= 0 || capitalTerm === null) return;
  concepts.forEach((c, i) => {
    if (!c.alts.some((a) => a.term === capitalTerm)) return;
    for (const neighbour of [concepts[i - 1], concepts[i + 1]]) {
      if (neighbour === undefined || !(writtenBefore(question, c, neighbour) || writtenBefore(question, neighbour, c))) continue;
      for (const city of capitalsNamedBy(neighbour, ctx)) {
        const term = ctx.analyzer.headTerm(city);
        if (term === null || !ctx.known(term)) continue;
        for (const target of [c, neighbour]) if (!target.alts.some((a) => a.term === term)) target.alts.push(makeAlternative(term, weight));
      }
    }
  });
}

/**
 * Whether the question writes concept `a`'s words right before `b`'s, {@link LINK} between. Compared folded, with umlauts
 * typed as ae/oe/ue as umlauts: the German parser labels "Oesterreichs" as "Österreichs" (typedUmlauts.ts).
 */
function writtenBefore(question: string, a: Concept, b: Concept): boolean {
  // A comparable text holds letters, digits and spaces only: nothing to escape.
  const [before, after] = [comparable(a.label), comparable(b.label)];
  if (before === "" || after === "") return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${before}${LINK}${after}(?![\\p{L}\\p{N}])`, "u").test(comparable(question));
}

/**
 * Lower case, umlauts and ß folded, an umlaut typed as "ae", "oe" or "ue" as its vowel ("Oesterreichs", "Österreichs" →
 * osterreichs), and what is neither letter nor digit one space (none at the ends): the English parser labels "U.S." as
 * "u s".
 */
function comparable(text: string): string {
  return foldWord(text).replace(/([aou])e/g, "$1").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * The capitals of the countries a concept names: its German word (a genitive "Polens" too), its own terms (those that
 * weigh as much as its first) or, for an English word, its German translations, as a country or a country's adjective.
 * Not its weaker alternatives: the domain glossary's pivots give "Ukraine" the words USA and Russland
 * ("american-ukrainian"), and "die Hauptstadt der Ukraine" is not Washington or Moskau. Nor an English word as written:
 * "island" is no Island (Iceland).
 */
function capitalsNamedBy(c: Concept, ctx: ParseContext): string[] {
  const { capitalOf, englishGerman } = ctx.lexicon.general;
  const label = foldWord(c.label);
  const written = c.translated ? [] : [label, label.replace(/s$/, "")];
  const translations = c.translated ? (englishGerman.get(c.label.toLowerCase()) ?? []).map(foldWord) : [];
  const own = c.alts.filter((a) => a.weight >= c.alts[0]!.weight).map((a) => a.term);
  const words = new Set([...written, ...own, ...translations]);
  const out = new Set<string>();
  for (const w of words) for (const place of [w, ...placeDerivations(w, false)]) for (const city of capitalOf(place)) out.add(city);
  return [...out];
}
