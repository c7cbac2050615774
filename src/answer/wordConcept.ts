/**
 * One German word → its concept: the stem, compound parts and a verb's base form, then synonyms (the domain list;
 * for words the corpus does not use, German words sharing an English translation and OpenThesaurus synonyms).
 */
import type { Analyzer } from "../analysis/analyzer.js";
import type { Lexicon } from "../analysis/lexicon.js";
import { placeDerivations } from "../analysis/derivation.js";
import { foldWord } from "../analysis/normalize.js";
import { type Alternative, makeAlternative, type Concept, makeConcept, type ParseContext } from "./concepts.js";

const synonymsByStem = new WeakMap<Lexicon, Map<string, string[]>>();

/** Synonyms of any inflected form: the groups are keyed by stem ("Feuerpausen" finds the group of "Feuerpause"). */
function synonymsOf(word: string, analyzer: Analyzer, lexicon: Lexicon): string[] {
  let byStem = synonymsByStem.get(lexicon);
  if (!byStem) {
    byStem = new Map();
    for (const [key, others] of lexicon.synonyms) {
      const stem = analyzer.stem(key);
      byStem.set(stem, [...(byStem.get(stem) ?? []), ...others, key]);
    }
    synonymsByStem.set(lexicon, byStem);
  }
  const folded = foldWord(word);
  return lexicon.synonyms.get(folded) ?? byStem.get(analyzer.stem(folded)) ?? [];
}

/** English keys with more German words than this are too vague to pivot through. */
const MAX_PIVOT_FANOUT = 8;

/** One German word → its concept, or null for a stopword. */
export function wordConcept(word: string, ctx: ParseContext, noun: boolean): Concept | null {
  const { analyzer, lexicon } = ctx;
  const head = analyzer.headTerm(word);
  if (head === null) return null;
  const alts: Alternative[] = [makeAlternative(head, 1)];
  const base = noun ? null : analyzer.verbBase(foldWord(word));
  if (base) alts.push(makeAlternative(base, ctx.weights.verbForm));
  for (const term of analyzer.terms(word)) if (!alts.some((a) => a.term === term)) alts.push(makeAlternative(term, ctx.weights.part, { part: true }));
  const widen = (words: Iterable<string>, weight: number) => {
    if (weight <= 0) return;
    for (const w of words) {
      // The head of a German compound or phrase is its last part: "Ukraine-Hilfen" stands for Hilfen, "russische
      // Regierung" for Regierung; the parts before it name something else ("Ukraine").
      const term = analyzer.headTerm(w.split(/[\s-]+/).filter(Boolean).pop() ?? "");
      if (term !== null && !alts.some((a) => a.term === term)) alts.push(makeAlternative(term, weight));
    }
  };
  // A place for its adjective and the reverse ("Italien" ↔ "italienische"), where the corpus uses the other form.
  if (ctx.weights.derived > 0) {
    for (const form of placeDerivations(foldWord(word), noun)) {
      const term = analyzer.headTerm(form);
      if (term !== null && ctx.known(term) && !alts.some((a) => a.term === term)) alts.push(makeAlternative(term, ctx.weights.derived, { derived: true }));
    }
  }
  widen(synonymsOf(word, analyzer, lexicon), ctx.weights.synonym);
  if (!ctx.known(head)) {
    widen(pivotSynonyms(head, analyzer, lexicon), ctx.weights.pivot);
    // General synonyms (OpenThesaurus), single words only, for words the corpus does not use.
    widen(lexicon.general.synonyms(foldWord(word)).filter((w) => !/\s/.test(w)), ctx.weights.thesaurus);
  }
  return makeConcept(word, alts, noun);
}

const pivotIndex = new WeakMap<Lexicon, Map<string, string[][]>>();

/** German words that share an English translation with the word ("Verbündete" → allies → "Unterstützer", "Alliierte"). */
function pivotSynonyms(stem: string, analyzer: Analyzer, lexicon: Lexicon): string[] {
  let index = pivotIndex.get(lexicon);
  if (!index) {
    index = new Map();
    for (const values of lexicon.glossary.values()) {
      if (values.length === 0 || values.length > MAX_PIVOT_FANOUT) continue;
      for (const v of values) {
        if (/\s/.test(v)) continue;
        const s = analyzer.headTerm(v);
        if (s) index.set(s, [...(index.get(s) ?? []), values]);
      }
    }
    pivotIndex.set(lexicon, index);
  }
  return (index.get(stem) ?? []).flat();
}
