/**
 * Outlets named in a question ("Was schreibt die Berliner Zeitung über …", "What term does Sicht vom Hochblauen
 * use …"): the outlet of an article is no word of its text, so a question naming it would count the name as a
 * topic the corpus lacks. Every sentence of an article carries a pseudo-term per word of its outlet
 * (passageTerms.ts), and a question word that only an outlet uses becomes a concept of fixed weight that
 * those sentences hold.
 */
import type { PassageIndex } from "../search/passageIndex.js";
import { outletTerm, outletWords } from "./passageTerms.js";
import { makeAlternative, type Concept, makeConcept } from "./concepts.js";

interface Outlets {
  /** The analyzed words of every outlet's name. */
  words: Set<string>;
  /** Each outlet's name as its analyzed words. */
  names: Array<ReadonlySet<string>>;
}

const outletsOf = new WeakMap<PassageIndex, Outlets>();

function outlets(index: PassageIndex): Outlets {
  let found = outletsOf.get(index);
  if (!found) {
    found = { words: new Set(), names: [] };
    const seen = new Set<string>();
    for (const a of index.articles) {
      const outlet = a.meta.outlet;
      if (!outlet || seen.has(outlet)) continue;
      seen.add(outlet);
      const name = outletWords(index, outlet);
      if (name.size === 0) continue;
      found.names.push(name);
      for (const t of name) found.words.add(t);
    }
    outletsOf.set(index, found);
  }
  return found;
}

/** The analyzed words of every article's outlet, computed once per index. */
export function outletVocabulary(index: PassageIndex): ReadonlySet<string> {
  return outlets(index).words;
}

const CAPITAL = /^\p{Lu}/u;

/**
 * Question words that name an outlet and that the articles' text never uses become outlet concepts of `weight`
 * (like a month: neither a missing topic nor a rare word). An outlet word the text uses too ("Zeitung", "heute" of
 * heute.at) keeps its concept, and also matches the outlet's sentences only where the question names the outlet: the
 * word written with a capital, and every word of that outlet's name in the question ("Was schreibt die Süddeutsche
 * Zeitung …", not "Was hat Putin heute gesagt?").
 */
export function withOutlets(index: PassageIndex, concepts: Concept[], weight: number): Concept[] {
  const { words, names } = outlets(index);
  if (words.size === 0) return concepts;
  const asked = new Set(concepts.map((c) => c.alts[0]!.term));
  return concepts.map((c) => {
    const head = c.alts[0]!.term;
    if (c.weight !== undefined || !words.has(head)) return c;
    const alt = makeAlternative(outletTerm(head), 1);
    if (!index.df.has(head)) return makeConcept(c.label, [alt], false, { weight });
    const named = CAPITAL.test(c.label) && names.some((name) => name.has(head) && [...name].every((w) => asked.has(w)));
    return named ? { ...c, alts: [...c.alts, alt] } : c;
  });
}
