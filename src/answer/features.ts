/** Passage features for re-ranking: which concepts a passage (or sentence) holds, and its weighted coverage. */
import type { PassageIndex } from "../search/passageIndex.js";
import type { Concept } from "./concepts.js";
import { type PassageTerms, passageTerms } from "./passageTerms.js";

/**
 * Per concept, the best weight of an alternative found in `terms` (0 when none is). Read only: terms that hold none of
 * the question's get the question's shared array of zeros.
 */
export function conceptDegrees(concepts: Concept[], terms: ReadonlySet<string>): Float32Array {
  const index = alternativesByTerm(concepts);
  const degrees = new Float32Array(concepts.length);
  return raiseAll(index, terms, degrees, 0) ? degrees : index.zeros;
}

/**
 * {@link conceptDegrees} of each sentence, all in one buffer (a view of it each; the shared zeros for a sentence that
 * holds none of the question's terms): re-ranking asks this for every sentence of ~100 candidates per question.
 */
export function sentenceDegrees(concepts: Concept[], sentences: ReadonlyArray<{ terms: ReadonlySet<string> }>): Float32Array[] {
  const index = alternativesByTerm(concepts);
  const n = concepts.length;
  const buffer = new Float32Array(n * sentences.length);
  return sentences.map((s, k) => (raiseAll(index, s.terms, buffer, k * n) ? buffer.subarray(k * n, (k + 1) * n) : index.zeros));
}

/** Raises `degrees[offset + concept]` for each concept that `terms` holds; whether any was. */
function raiseAll(index: ConceptIndex, terms: ReadonlySet<string>, degrees: Float32Array, offset: number): boolean {
  const { byTerm } = index;
  let any = false;
  // Walk the smaller side: a sentence's terms, or the question's alternatives (English questions have many).
  if (terms.size < byTerm.size) {
    for (const term of terms) {
      const found = byTerm.get(term);
      if (found) any = raise(degrees, offset, found);
    }
  } else {
    // By index: destructuring the map's entries made an array per entry (most of a question's allocation).
    const { termList, foundList } = index;
    for (let i = 0; i < termList.length; i++) if (terms.has(termList[i]!)) any = raise(degrees, offset, foundList[i]!);
  }
  return any;
}

/** Each concept of `found` (pairs: concept index, weight) at least at its weight. */
function raise(degrees: Float32Array, offset: number, found: number[]): true {
  for (let k = 0; k < found.length; k += 2) {
    const at = offset + found[k]!;
    if (found[k + 1]! > degrees[at]!) degrees[at] = found[k + 1]!;
  }
  return true;
}

interface ConceptIndex {
  /** Each alternative term → the concepts it stands for, as pairs in one array (concept index, weight, index, weight …). */
  byTerm: Map<string, number[]>;
  /** The map's keys and values, in its order. */
  termList: string[];
  foundList: number[][];
  /** The degrees of terms that hold none of the concepts (never written to). */
  zeros: Float32Array;
}

const conceptIndexes = new WeakMap<Concept[], ConceptIndex>();

/** Built once per question's concept list. */
function alternativesByTerm(concepts: Concept[]): ConceptIndex {
  let index = conceptIndexes.get(concepts);
  if (!index) {
    const byTerm = new Map<string, number[]>();
    concepts.forEach((c, i) => {
      for (const a of c.alts) {
        const list = byTerm.get(a.term);
        if (list) list.push(i, a.weight);
        else byTerm.set(a.term, [i, a.weight]);
      }
    });
    index = { byTerm, termList: [...byTerm.keys()], foundList: [...byTerm.values()], zeros: new Float32Array(concepts.length) };
    conceptIndexes.set(concepts, index);
  }
  return index;
}

/**
 * A news paragraph continues the one before it: what the previous passage (same article, same heading) names counts at
 * `share`. `intent`: the question looks for intent pseudo-terms (passageTerms.ts `needsIntentTerms`).
 */
export function withContext(degrees: Float32Array, index: PassageIndex, id: number, concepts: Concept[], share: number, intent: boolean): Float32Array {
  if (share <= 0) return degrees;
  const passage = index.passages[id]!;
  const previous = index.passages[id - 1];
  if (!previous || previous.articleId !== passage.articleId || previous.heading !== passage.heading) return degrees;
  const context = conceptDegrees(concepts, passageTerms(index, id - 1, intent).all);
  const { zeros } = alternativesByTerm(concepts);
  if (context === zeros) return degrees;
  // Never into the shared zeros (conceptDegrees).
  const merged = degrees === zeros ? new Float32Array(degrees.length) : degrees;
  for (let i = 0; i < merged.length; i++) merged[i] = Math.max(degrees[i]!, share * context[i]!);
  return merged;
}

/**
 * A news article's lead names its event, people and places once; the paragraphs after it rarely repeat them ("Rubio will
 * mit seinen Kollegen aus den G7-Staaten reden" after a lead on the talks in Dschidda). What the lead names counts at
 * `share` for the article's passages 1 to `reach` (its first passage is 0; a long article, a roundup or a live blog,
 * has moved on by then). Where the article opens with its headline, as an ingested one does, the lead is the headline
 * and the paragraph after it, so `reach` − 1 passages follow the lead. Only topic concepts: an answer type or a month
 * found in the lead is no answer in the passage. Returns a new array when the lead adds something (the degrees without
 * it stay for abstention, answer.ts), else `degrees` itself.
 */
export function withLeadContext(degrees: Float32Array, index: PassageIndex, id: number, concepts: Concept[], share: number, reach: number): Float32Array {
  const { ordinal, articleId } = index.passages[id]!;
  if (share <= 0 || ordinal === 0 || ordinal > reach) return degrees;
  const first = id - ordinal;
  // An article's passages stand together in its order (every index builder keeps them so); an index that does not is
  // read without the lead rather than with another article's.
  if (index.passages[first]?.articleId !== articleId || index.passages[first]!.ordinal !== 0) return degrees;
  // The lead's answer-type and month terms are never read (below): no intent terms for it.
  const lead = conceptDegrees(concepts, passageTerms(index, first, false).all);
  // An ingested article opens with its headline: the paragraph after it is the lead too (isLead).
  const second = ordinal > 1 && isLead(index, first + 1) ? conceptDegrees(concepts, passageTerms(index, first + 1, false).all) : null;
  let merged: Float32Array | null = null;
  for (let i = 0; i < lead.length; i++) {
    const fromLead = share * Math.max(lead[i]!, second?.[i] ?? 0);
    if (fromLead <= degrees[i]! || concepts[i]!.weight !== undefined) continue;
    merged ??= Float32Array.from(degrees);
    merged[i] = fromLead;
  }
  return merged ?? degrees;
}

/**
 * Whether the passage is its article's lead (the rerank feature `lead`): its first passage, or the second when the first
 * is the headline itself, the title `articles.json` gives. An ingested article's file opens with its headline
 * (ingest/articleFile.ts), and a headline that ends like a sentence ("Trump: „Wir sind nah dran!“") is body text to
 * blocks.ts, not a heading. (A title derived from the text, title.ts, is its first sentence: no headline.)
 */
export function isLead(index: PassageIndex, id: number): boolean {
  const { ordinal, articleId } = index.passages[id]!;
  if (ordinal === 0) return true;
  const headline = index.articleById.get(articleId)!.meta.title?.trim();
  return ordinal === 1 && headline !== undefined && index.passages[id - 1]!.text.trim() === headline;
}

/**
 * The answer type at concept `at` held only by the sentences `keeps` accepts: updates the sentences' degrees in place
 * (copies, never the shared zeros) and returns the passage's degrees, the answer type cleared when no sentence keeps it.
 * The number a question asks for is none it names itself ("Wie hoch ist die Obergrenze im 28-Punkte-Plan?", passageTerms.ts
 * `holdsNumberBesides`), and a count is one of the noun it counts (countedNoun.ts).
 */
export function answerTypeWhere(degrees: Float32Array, sentenceDegrees: Float32Array[], sentences: ReadonlyArray<{ start: number; end: number }>, at: number, keeps: (sentence: { start: number; end: number }, k: number) => boolean): Float32Array {
  let kept = false;
  sentences.forEach((s, k) => {
    if (sentenceDegrees[k]![at]! <= 0) return;
    if (keeps(s, k)) {
      kept = true;
      return;
    }
    sentenceDegrees[k] = Float32Array.from(sentenceDegrees[k]!);
    sentenceDegrees[k]![at] = 0;
  });
  if (kept || degrees[at]! <= 0) return degrees;
  const cleared = Float32Array.from(degrees);
  cleared[at] = 0;
  return cleared;
}

export function weightedCoverage(degrees: Float32Array, weights: Float32Array): number {
  let covered = 0;
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    covered += degrees[i]! * weights[i]!;
    total += weights[i]!;
  }
  return total > 0 ? covered / total : 0;
}

/**
 * Term proximity at word level: of the pairs of content concepts that stand next to each other in the question
 * ("gemeinsame Erklärung", "Marco Rubio", "military aid"), weighted by the lighter of the two, the share whose words
 * the passage has at most `gap` words apart (in either order) within one sentence. A pair found through alternatives
 * counts by the lighter alternative's weight, as coverage does. Two parts of one word count as neighbours when they are
 * different terms ("US-Kriegsschiffe" for "US" and "Kriegsschiffe", "Militärhilfe" for "Militär Hilfe"). Question-intent
 * concepts (answer types, months, outlets) take no part, so the words on either side of one are neighbours; a question
 * with fewer than two content concepts gets 0. `sentenceDegrees` are the concepts' degrees in each of the passage's
 * sentences ({@link sentenceDegrees}): only sentences that hold both words of a pair are scanned word by word.
 */
export function adjacentPairs(concepts: Concept[], weights: Float32Array, passage: Pick<PassageTerms, "words" | "wordSentence">, gap: number, sentenceDegrees: readonly Float32Array[]): number {
  const content: number[] = [];
  concepts.forEach((c, i) => {
    if (c.weight === undefined) content.push(i);
  });
  if (content.length < 2) return 0;
  const pairWeights = content.slice(1).map((c, k) => Math.min(weights[content[k]!]!, weights[c]!));
  const total = pairWeights.reduce((sum, w) => sum + w, 0);
  // Only sentences that hold both words of some pair are scanned word by word (sentenceDegrees: the concepts each holds).
  const scanned = sentenceDegrees.map((d) => pairWeights.some((_, k) => d[content[k]!]! > 0 && d[content[k + 1]!]! > 0));
  if (total === 0 || !scanned.includes(true)) return 0;
  // Every occurrence of a concept in the scanned sentences, in flat lists per concept: its word's place, the term, the
  // alternative's weight.
  const places: number[][] = concepts.map(() => []);
  const terms: string[][] = concepts.map(() => []);
  const alternativeWeights: number[][] = concepts.map(() => []);
  const { byTerm } = alternativesByTerm(concepts);
  const { words, wordSentence } = passage;
  for (let place = 0; place < words.length; place++) {
    if (!scanned[wordSentence[place]!]) continue;
    for (const term of words[place]!) {
      const found = byTerm.get(term);
      if (found === undefined) continue;
      for (let f = 0; f < found.length; f += 2) {
        places[found[f]!]!.push(place);
        terms[found[f]!]!.push(term);
        alternativeWeights[found[f]!]!.push(found[f + 1]!);
      }
    }
  }
  let got = 0;
  pairWeights.forEach((pairWeight, k) => {
    const [x, y] = [content[k]!, content[k + 1]!];
    let best = 0;
    for (let i = 0; i < places[x]!.length; i++) {
      for (let j = 0; j < places[y]!.length; j++) {
        const [p, q] = [places[x]![i]!, places[y]![j]!];
        const apart = Math.abs(p - q);
        if (apart > gap || (apart === 0 && terms[x]![i] === terms[y]![j]) || wordSentence[p] !== wordSentence[q]) continue;
        best = Math.max(best, Math.min(alternativeWeights[x]![i]!, alternativeWeights[y]![j]!));
      }
    }
    got += pairWeight * best;
  });
  return got / total;
}
