/**
 * Outlets named in a question ("Was schreibt die Berliner Zeitung über …", "What term does Sicht vom Hochblauen
 * use …"): the outlet of an article is no word of its text, so a question naming it would count the name as a
 * topic the corpus lacks. Every sentence of an article carries a pseudo-term per word of its outlet
 * (passageTerms.ts), and a question word that only an outlet uses becomes a concept of fixed weight that
 * those sentences hold.
 */
import type { PassageIndex } from "../search/passageIndex.js";
import { type Concept, makeAlternative, makeConcept } from "./concepts.js";
import { outletTerm, outletWords } from "./passageTerms.js";

const vocabularies = new WeakMap<PassageIndex, Set<string>>();

/** The analyzed words of every article's outlet, computed once per index. */
export function outletVocabulary(index: PassageIndex): Set<string> {
  let words = vocabularies.get(index);
  if (!words) {
    words = new Set();
    const seen = new Set<string>();
    for (const a of index.articles) {
      const outlet = a.meta.outlet;
      if (!outlet || seen.has(outlet)) continue;
      seen.add(outlet);
      for (const t of outletWords(index, outlet)) words.add(t);
    }
    vocabularies.set(index, words);
  }
  return words;
}

/**
 * Question words that name an outlet and that the articles' text never uses become outlet concepts of `weight`
 * (like a month: neither a missing topic nor a rare word); outlet words the text uses too ("Zeitung") keep their
 * concept and also match the outlet's sentences.
 */
export function withOutlets(index: PassageIndex, concepts: Concept[], weight: number): Concept[] {
  const vocabulary = outletVocabulary(index);
  if (vocabulary.size === 0) return concepts;
  return concepts.map((c) => {
    const head = c.alts[0]!.term;
    if (c.weight !== undefined || !vocabulary.has(head)) return c;
    const alt = makeAlternative(outletTerm(head), 1);
    return index.df.has(head) ? { ...c, alts: [...c.alts, alt] } : makeConcept(c.label, [alt], false, { weight });
  });
}
