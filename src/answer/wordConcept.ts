/**
 * One German word → its concept: the stem, compound parts and a verb's base form, then synonyms (the domain list;
 * for words the corpus does not use, German words sharing an English translation and OpenThesaurus synonyms).
 */
import type { Analyzer } from "../analysis/analyzer.js";
import { MIN_PART_LENGTH, withoutTailEndings } from "../analysis/compounds.js";
import { actionDerivations, placeDerivations, qualityDerivations } from "../analysis/derivation.js";
import type { Lexicon } from "../analysis/lexicon.js";
import { foldWord, LOWER_CASE_START } from "../analysis/normalize.js";
import { type Alternative, type Concept, makeAlternative, makeConcept, type ParseContext } from "./concepts.js";

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
  // A noun typed in lower case ("wer leitet die delegation …") is analysed as the text writes it, capitalised: a
  // lower-case word is no noun to the decompounder (compounds.ts `split`), and the index holds the noun's parts.
  const written = noun && LOWER_CASE_START.test(word) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  // The parts of a compound: its head (the last part) names what the word is, an "Amtskollege" a Kollege; the parts before
  // it only qualify it (a modifier's weight: an Amtskollege is no Amt). The word's other own terms (a lemma's stem, the
  // pieces of "G-7-Außenminister", a letter code) weigh as a head does.
  const splits = analyzer.compoundSplits(written).filter((parts) => parts.length > 1);
  const modifiers = compoundModifiers(written, splits, analyzer);
  for (const term of analyzer.terms(written)) {
    if (!alts.some((a) => a.term === term)) alts.push(makeAlternative(term, modifiers.has(term) ? ctx.weights.modifier : ctx.weights.part, { part: true }));
  }
  const widen = (words: Iterable<string>, weight: number) => {
    if (weight <= 0) return;
    for (const w of words) {
      const term = phraseHeadTerm(analyzer, w);
      if (term !== null && !alts.some((a) => a.term === term)) alts.push(makeAlternative(term, weight));
    }
  };
  // Derived words, where the corpus uses the other form: a place for its adjective and the reverse ("Italien" ↔
  // "italienische"); a noun of action and its verb ("Absicherung" ↔ "absichern", "Verhandlung" ↔ "verhandeln"); for a word
  // the corpus does not use, an adjective's noun of quality and the reverse ("intensiver" ↔ "Intensität"). They find
  // passages; they do not make the word known (evidence.ts `unknownness`).
  const unknown = !ctx.known(head);
  const folded = foldWord(word);
  if (ctx.weights.derived > 0) addDerived(alts, [...placeDerivations(folded, noun), ...(unknown ? qualityDerivations(folded, noun) : []), ...actionDerivations(folded, noun)], ctx.weights.derived, ctx);
  if (noun) addCapitalOrCountry(alts, folded, 1, ctx);
  widen(synonymsOf(word, analyzer, lexicon), ctx.weights.synonym);
  if (unknown) {
    widen(pivotSynonyms(head, analyzer, lexicon), ctx.weights.pivot);
    // General synonyms (OpenThesaurus), single words only, for words the corpus does not use. The thesaurus lists base
    // forms: an inflected word ("besprachen", "unterschrieb") asks for its lemma's synonyms too.
    for (const form of new Set([folded, lexicon.general.lemmas.get(folded) ?? folded])) widen(lexicon.general.synonyms(form).filter((w) => !/\s/.test(w)), ctx.weights.thesaurus);
    if (ctx.weights.thesaurus > 0) widen(recombinedCompounds(folded, ctx), ctx.weights.thesaurus);
    // A compound is what its last part names: "Lebensalter" is an Alter, and the domain synonyms of that part ("Alter" ~
    // "-Jährige") find passages at a part's share. Derived: they do not make the word known. (The general thesaurus
    // here cost out-of-scope abstentions, "Benzinpreis" → Preis ~ Treffer; tune splits.)
    for (const last of new Set(splits.map((parts) => foldWord(parts[parts.length - 1]!)))) addDerived(alts, synonymsOf(last, analyzer, lexicon), ctx.weights.synonym * ctx.weights.part, ctx);
  }
  return makeConcept(word, alts, noun);
}

/**
 * The index term a hyphenated compound or a phrase stands for: its last part's. "Ukraine-Hilfen" stands for Hilfen,
 * "russische Regierung" for Regierung; the parts before it name something else ("Ukraine").
 */
export function phraseHeadTerm(analyzer: Analyzer, phrase: string): string | null {
  return analyzer.headTerm(phrase.split(/[\s-]+/).filter(Boolean).pop() ?? "");
}

/**
 * The index terms of a word's compound parts before each compound's last part ("Amtskollegen" → amt; "Kollegen" is the
 * head), that are neither the word's own terms nor a head's.
 */
function compoundModifiers(written: string, splits: readonly string[][], analyzer: Analyzer): Set<string> {
  if (splits.length === 0) return new Set();
  const own = new Set(analyzer.ownTerms(written));
  const heads = new Set(splits.flatMap((parts) => analyzer.terms(parts[parts.length - 1]!)));
  const out = new Set<string>();
  for (const parts of splits) for (const part of parts.slice(0, -1)) for (const term of analyzer.terms(part)) if (!own.has(term) && !heads.has(term)) out.add(term);
  return out;
}

/**
 * A capital's country and the reverse, with the place's adjectives, where the corpus uses them ("Rom" → Italien,
 * italienisch; "Russland" → Moskau): news names a government by its capital. They weigh `scale` × the capital weight
 * and are derived (they find passages; they do not make the word known).
 */
export function addCapitalOrCountry(alts: Alternative[], folded: string, scale: number, ctx: ParseContext): void {
  const weight = scale * ctx.weights.capital;
  if (weight <= 0) return;
  for (const place of ctx.lexicon.general.capitalOrCountry(folded)) addDerived(alts, [place, ...placeDerivations(foldWord(place), true)], weight, ctx);
}

/** Each form's index term, where the corpus uses it and it is no alternative yet, as a derived alternative of `weight`. */
function addDerived(alts: Alternative[], forms: readonly string[], weight: number, ctx: ParseContext): void {
  if (weight <= 0) return;
  for (const form of forms) {
    const term = ctx.analyzer.headTerm(form);
    if (term !== null && ctx.known(term) && !alts.some((a) => a.term === term)) alts.push(makeAlternative(term, weight, { derived: true }));
  }
}

const pivotIndex = new WeakMap<Lexicon, Map<string, string[][]>>();

/** German words that share an English translation with the word ("Verbündete" → allies → "Unterstützer", "Alliierte"). */
export function pivotSynonyms(stem: string, analyzer: Analyzer, lexicon: Lexicon): string[] {
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

/** Shortest compound whose last part is replaced by its synonyms. */
const MIN_RECOMBINED_LENGTH = 10;
/** Recombined compounds a word gets at most (a common last part has dozens of synonyms, some in other senses). */
const MAX_RECOMBINED = 6;

/**
 * A compound the corpus does not use, its last part replaced by a synonym, where the corpus uses the result:
 * "Schmalspurbahnen" → "Schmalspurschienen" (the head "Schmalspur" known, "Bahn" ~ "Schiene"). The longest known head
 * that gives any (a longer one may have swallowed the first letter of the last part: "geheimdienste|rkenntnisse");
 * the words (folded), at most {@link MAX_RECOMBINED}. The last part's inflection ending is taken off before the thesaurus
 * is asked ("Erkenntnissen" → Erkenntnis; compounds.ts `withoutTailEndings`).
 */
function recombinedCompounds(folded: string, ctx: ParseContext): string[] {
  if (folded.length < MIN_RECOMBINED_LENGTH || !/^[a-z]+$/.test(folded)) return [];
  for (let cut = folded.length - MIN_PART_LENGTH; cut >= MIN_PART_LENGTH; cut--) {
    const head = folded.slice(0, cut);
    const headTerm = ctx.analyzer.headTerm(head);
    if (headTerm === null || !ctx.known(headTerm)) continue;
    const tail = folded.slice(cut);
    const out = new Set<string>();
    for (const form of withoutTailEndings(tail, MIN_PART_LENGTH)) {
      for (const synonym of ctx.lexicon.general.synonyms(form)) {
        if (/[\s-]/.test(synonym)) continue;
        const recombined = head + foldWord(synonym);
        const term = ctx.analyzer.headTerm(recombined);
        if (term !== null && ctx.known(term)) out.add(recombined);
      }
    }
    if (out.size > 0) return [...out].slice(0, MAX_RECOMBINED);
  }
  return [];
}
