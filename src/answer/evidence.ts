/**
 * What the corpus knows of a question's concepts: their weights (IDF), the words it never uses, typo and
 * compound alternatives, and the evidence a passage gives (the share of the question's nouns and names it holds).
 */
import type { GeneralDictionaries } from "../analysis/lexicon.js";
import { foldWord } from "../analysis/normalize.js";
import { germanSpellings } from "../analysis/transliteration.js";
import type { PassageIndex } from "../search/passageIndex.js";
import { type Concept, makeAlternative } from "./concepts.js";
import { wordKind } from "./ownWords.js";
import type { RankingConfig } from "./ranking.js";
import { partsIn } from "./vocabulary.js";
import { writtenCapitalised } from "./corpusCase.js";

/** BM25-style IDF; a term the corpus never uses weighs most. */
export function idf(index: PassageIndex, df: number): number {
  const n = index.passages.length;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The concepts' weights: IDF; a verb or adjective the corpus never uses weighs `unknownWordShare` of a word found once. */
export function conceptWeights(index: PassageIndex, concepts: Concept[], unknownWordShare: number): Float32Array {
  return Float32Array.from(concepts, (c) => {
    if (c.weight !== undefined) return c.weight;
    // A word's own rarity decides; the commonest of its equal alternatives (translations, variants) stands in
    // when the corpus does not use the word itself.
    let df = c.translated ? 0 : (index.df.get(c.alts[0]!.term) ?? 0);
    const top = c.alts[0]!.weight;
    if (df === 0) for (const a of c.alts) if (a.weight >= top) df = Math.max(df, index.df.get(a.term) ?? 0);
    if (df === 0) for (const a of c.alts) df = Math.max(df, index.df.get(a.term) ?? 0);
    if (df === 0 && !c.noun) return unknownWordShare * idf(index, 1);
    return idf(index, df);
  });
}

export function isKnown(index: PassageIndex, c: Concept): boolean {
  return c.alts.some((a) => (index.df.get(a.term) ?? 0) > 0);
}

/**
 * How far the corpus lacks a concept: 1 when it uses none of its alternatives, 1 − w when the best alternative it
 * uses has weight w, 0 when it uses the word. The word's own parts count by the share of them the corpus uses:
 * "Fußballspiel", known only through its part "Spiel" (weight 0.6) and not "Fußball", is 1 − 0.6 × 1/2 = 0.7 unknown. A
 * term the corpus writes only inside longer words (ownWords.ts) counts at `partWeight` (the weight of a compound's part):
 * "Wetter", found only in the name "Kiesewetter", is 1 − 0.6 = 0.4 unknown. With `nounUse`, an English noun's German
 * translations are known only where the corpus writes them as nouns ("champions" → Meister, not "die meisten"; see
 * RankingConfig `translatedNounUse`).
 */
export function unknownness(index: PassageIndex, c: Concept, partWeight: number, nounUse = false): number {
  let best = 0;
  let parts = 0;
  let knownParts = 0;
  for (const a of c.alts) {
    if (a.derived) continue;
    const known = (index.df.get(a.term) ?? 0) > 0;
    if (a.part) {
      parts++;
      if (known) knownParts++;
    } else if (known && a.weight > best) {
      // A term the corpus holds only inside longer words is known as a part is: the question's word itself spelled
      // there ("Anatolien" in "Ostanatolien", "Vize" in "Vizechef"), another alternative as their head ("Klima" in
      // "Weltklima", not in "Klimapolitik"); not a word that only shares the stem ("Wetter" and the "Wett-" of
      // "Wettbewerb"). See ownWords.ts.
      const kind = wordKind(index, a.term, a === c.alts[0] && !c.translated ? foldWord(c.label) : undefined, nounUse && c.translated && c.noun);
      if (kind === "own") best = a.weight;
      else if (kind === "part") best = Math.max(best, a.weight * partWeight);
    }
  }
  // A compound the corpus knows only some parts of lacks the others: "Fußballspiel" through "Spiel" alone is half known.
  // Each part counts at `partWeight`, a modifier as much as the head: a part the corpus lacks is missing either way.
  if (parts > 0) best = Math.max(best, (partWeight * knownParts) / parts);
  return Math.max(0, 1 - best);
}

/**
 * Per concept, how far the corpus lacks it ({@link unknownness}) for nouns and names, 0 for other words and the
 * question-intent concepts. The noun after "wie viele"/"welche" counts too: "Wie viele Knochen …" asks about bones.
 */
export function nounUnknownness(index: PassageIndex, concepts: readonly Concept[], partWeight: number, nounUse = false): number[] {
  return concepts.map((c) => (c.noun && c.weight === undefined ? unknownness(index, c, partWeight, nounUse) : 0));
}

/** Share of the question's weight (intent concepts aside) carried by nouns the corpus never uses ({@link nounUnknownness}). */
export function unknownNounShare(concepts: readonly Concept[], weights: Float32Array, unknown: readonly number[]): number {
  let lacking = 0;
  let total = 0;
  concepts.forEach((c, i) => {
    if (c.weight !== undefined) return;
    total += weights[i]!;
    lacking += unknown[i]! * weights[i]!;
  });
  return total > 0 ? lacking / total : 0;
}

/** Longer corpus words that hold an unknown word ("Anatolien" → "Ostanatolien"), at most this many. */
const MAX_COMPOUND_ALTERNATIVES = 6;
/**
 * Index terms within the typo distance of an unknown word, at most this many (the closest, then the commonest): a short
 * stem can be within two edits of dozens of words in a large vocabulary. The eval corpora never give more than 9.
 */
export const MAX_TYPO_CORRECTIONS = 20;

/**
 * The index terms within `maxDistance` edits of `head`, closest first, then commonest, at most
 * {@link MAX_TYPO_CORRECTIONS}: a walk of the vocabulary's radix tree. (It replaced a fuzzy document search whose top 50
 * hits' terms were taken: the same terms on every eval corpus, but that search scored every passage holding any of
 * them, ~35 ms for a typo of a common word at 200,000 passages.)
 */
function typoCorrections(index: PassageIndex, head: string, maxDistance: number, accept: (term: string) => boolean = () => true): string[] {
  const found = [...index.search.termsWithin(head, maxDistance)].filter(([term]) => accept(term));
  found.sort(([a, da], [b, db]) => da - db || (index.df.get(b) ?? 0) - (index.df.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  return found.slice(0, MAX_TYPO_CORRECTIONS).map(([term]) => term);
}

/**
 * Words the corpus does not use get alternatives it does use: for a name, its German spellings ("Ushakov" →
 * Uschakow); else longer corpus words that contain them as a part, and, failing that, index terms within a small
 * edit distance (typos). A name the corpus does use gets the German spellings the corpus uses as well: news from many
 * outlets mixes them, and the paragraph that answers may write "Kupjansk" where another wrote "Kupiansk". (Not a word
 * of general German, `general.spellings`: "Präsenz" is no name to respell as "Präsens".)
 */
export function addFuzzyAlternatives(index: PassageIndex, concepts: Concept[], cfg: RankingConfig, general: GeneralDictionaries): void {
  for (const c of concepts) {
    const head = c.alts[0]!.term;
    // An English noun the dictionaries leave untranslated is a name ("Saratov", lower-cased by the English parser):
    // its German spellings only.
    const untranslated = c.translated && c.noun && c.alts.length === 1;
    if (c.weight !== undefined || (c.translated && !untranslated) || /\d/.test(head)) continue;
    // A word whose stem is one letter short but that is no German word ("Vence", stem "venc"): only names correct it.
    const label = foldWord(c.label);
    const shortName = head.length === cfg.fuzzyMinLength - 1 && label.length >= cfg.fuzzyMinLength && general.spellings(label).length === 0;
    if (head.length < cfg.fuzzyMinLength && !shortName) continue;
    const known = isKnown(index, c);
    const name = /^\p{Lu}/u.test(c.label) || untranslated;
    let spelled = name && cfg.alternatives.transliteration > 0 ? germanSpellingsIn(index, c) : [];
    // A word of general German is no name ("Partei" is no "Partey", "Wetter" no "Vetter"). Asked only once a spelling is
    // found: most names have none, and the thesaurus lookup folds every word of its sets.
    if (spelled.length > 0 && general.spellings(foldWord(c.label)).length > 0) spelled = [];
    for (const term of spelled) c.alts.push(makeAlternative(term, cfg.alternatives.transliteration));
    if (spelled.length > 0 || untranslated || known) continue;
    const longer = partsIn(index, head, MAX_COMPOUND_ALTERNATIVES);
    for (const term of longer) c.alts.push(makeAlternative(term, cfg.alternatives.part));
    if (longer.length > 0) continue;
    const accept = shortName ? (term: string) => writtenCapitalised(index, term) : undefined;
    for (const term of typoCorrections(index, head, head.length >= cfg.fuzzyTwoEditsLength ? 2 : 1, accept)) c.alts.push(makeAlternative(term, cfg.alternatives.fuzzy));
  }
}

/** The index terms of a name's German spellings (transliteration.ts) that the corpus uses and the concept lacks. */
function germanSpellingsIn(index: PassageIndex, c: Concept): string[] {
  const terms = germanSpellings(foldWord(c.label)).map((w) => index.analyzer.headTerm(w));
  return [...new Set(terms)].filter((t): t is string => t !== null && index.df.has(t) && !c.alts.some((a) => a.term === t));
}

/** The share of the question's nouns and names (by weight) a passage holds; all concepts when it has none. */
export function evidence(concepts: Concept[], degrees: Float32Array, weights: Float32Array): number {
  let covered = 0;
  let total = 0;
  const topic = (c: Concept) => c.noun && !c.framing;
  const anyNoun = concepts.some(topic);
  concepts.forEach((c, i) => {
    if (c.weight !== undefined || c.framing || (anyNoun && !topic(c))) return;
    covered += Math.min(1, degrees[i]!) * weights[i]!;
    total += weights[i]!;
  });
  return total > 0 ? covered / total : 1;
}

export interface AnswerabilityFeatures {
  unknown: number;
  evidence: number;
  coverage: number;
  /** 1 when the question asks for a kind of answer (a time, a number, a person) that the best quote window does not hold. */
  missingAnswerType: number;
  /** 1 when the question asks for a kind of answer that no candidate passage holds anywhere. */
  answerTypeAbsent: number;
  /** 1 when a count question names what it counts and no candidate counts it, though some hold a number (countedNoun.ts). */
  countedNounAbsent: number;
  /** 1 when no concept of the question is more at home in the corpus than in language at large (topicality.ts). */
  offTopic: number;
  /** 1 when the question names a country or a capital the corpus never names (unknownPlace.ts). */
  unknownPlace: number;
}

/**
 * Whether a question that asks for a kind of answer (`answerTypes[i]`: concept i is an answer type) gets none in a
 * window: none of the sentences within [start, end) holds it.
 */
export function lacksAnswerType(answerTypes: readonly boolean[], sentences: ReadonlyArray<{ start: number; end: number; degrees: Float32Array }>, window: { start: number; end: number } | null): boolean {
  const inWindow = window === null ? [] : sentences.filter((s) => s.start >= window.start && s.end <= window.end);
  return answerTypes.some((asked, i) => asked && !inWindow.some((s) => s.degrees[i]! > 0));
}

/**
 * Whether a kind of answer the question asks for (`answerTypes[i]`) stands in no sentence of any of the `candidates`:
 * each asked kind is looked for on its own ("Wann und wie viele …" lacks the number when no passage holds one, even
 * if every passage holds a time).
 */
export function answerTypeInNoCandidate(answerTypes: readonly boolean[], candidates: ReadonlyArray<{ sentences: ReadonlyArray<{ degrees: Float32Array }> }>): boolean {
  return answerTypes.some((asked, i) => asked && candidates.every((c) => !c.sentences.some((s) => s.degrees[i]! > 0)));
}

/** The calibrated answerability score; the engine abstains below `cfg.abstain.threshold`. */
export function answerability(f: AnswerabilityFeatures, cfg: RankingConfig): number {
  const w = cfg.abstain.weights;
  return cfg.abstain.bias + w.unknown * f.unknown + w.evidence * f.evidence + w.coverage * f.coverage + w.missingAnswerType * f.missingAnswerType + w.answerTypeAbsent * f.answerTypeAbsent + w.countedNounAbsent * f.countedNounAbsent + w.offTopic * f.offTopic + w.unknownPlace * f.unknownPlace;
}
