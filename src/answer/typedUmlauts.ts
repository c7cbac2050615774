/**
 * Umlauts typed as ae/oe/ue in a German question ("waere", "fuer", "Gespraeche", "bodenschaetzen"): which spelling the
 * question means.
 */
import { withoutTailEndings } from "../analysis/compounds.js";
import { foldWord } from "../analysis/normalize.js";
import type { ParseContext } from "./concepts.js";

/** An umlaut typed as "ae", "oe" or "ue" ("ue" after "a" or "e" is a diphthong's: "neue", "Feuer", "Bauer"). */
const TYPED_UMLAUT = /([aoAO]|(?<![aeAE])[uU])e/g;
/** The same, for a test (a global expression keeps its position between tests). */
const HAS_TYPED_UMLAUT = new RegExp(TYPED_UMLAUT.source);
const UMLAUT_OF: Readonly<Record<string, string>> = { a: "ä", o: "ö", u: "ü", A: "Ä", O: "Ö", U: "Ü" };
/** A word is looked up without an inflection ending only while this much of it is left. */
const MIN_LOOKUP_STEM = 4;

/**
 * Umlauts typed as ae/oe/ue: the word with umlauts when the corpus or the stopword list knows that form and not the
 * typed one; null when it is a stopword. When the corpus uses neither spelling, the umlaut one still wins where the
 * thesaurus writes the word (or its lemma) with an umlaut ("erzaehlt" → erzählt, as "erzählen"), where the project's
 * dictionaries know it and not the typed one, an inflection ending aside ("bodenschaetzen" → Bodenschätzen, as the
 * domain synonyms' "Bodenschätze"), or where more of its parts are words the corpus uses ("luftschlaegen" →
 * Luft|schlägen).
 */
export function transliterated(word: string, ctx: ParseContext): string | null {
  if (!HAS_TYPED_UMLAUT.test(word)) return word;
  const typed = ctx.analyzer.headTerm(word);
  if (typed !== null && ctx.known(typed)) return word;
  const umlauts = word.replace(TYPED_UMLAUT, (_, v: string) => UMLAUT_OF[v]!);
  const head = ctx.analyzer.headTerm(umlauts);
  if (head === null) return null;
  if (ctx.known(head)) return umlauts;
  const folded = foldWord(umlauts);
  const base = ctx.lexicon.general.lemmas.get(folded) ?? folded;
  if (ctx.lexicon.general.spellings(base).some((w) => /[äöüÄÖÜ]/.test(w))) return umlauts;
  if (inDictionaries(folded, ctx) && !inDictionaries(foldWord(word), ctx)) return umlauts;
  const knownParts = (w: string) => ctx.analyzer.terms(w).filter((t) => ctx.known(t)).length;
  return knownParts(umlauts) > knownParts(word) ? umlauts : word;
}

/** Whether the domain synonyms, the thesaurus or (through its lemma) the lemma list know a folded word, an inflection ending aside. */
function inDictionaries(folded: string, ctx: ParseContext): boolean {
  const { synonyms, general } = ctx.lexicon;
  return withoutTailEndings(folded, MIN_LOOKUP_STEM).some((form) => synonyms.has(form) || general.spellings(form).length > 0 || general.spellings(general.lemmas.get(form) ?? form).length > 0);
}
