/**
 * English words → German words: the longest phrase of the domain glossary or the general English→German dictionary
 * (an inflected last word read by its base forms too), and the translations' German words as weighted alternatives,
 * their analysis kept per lexicon, analyzer and weights.
 */
import { LRUCache } from "lru-cache";
import type { Analyzer } from "../analysis/analyzer.js";
import type { Lexicon } from "../analysis/lexicon.js";
import { foldWord } from "../analysis/normalize.js";
import { ENGLISH_STOPWORDS } from "../analysis/stopwords.js";
import { type Alternative, makeAlternative, type ParseContext } from "./concepts.js";
import { addCapitalOrCountry, wordConcept } from "./wordConcept.js";
import { weakEntry } from "../util/weakEntry.js";

/**
 * The German words of a dictionary or glossary match as alternatives (ranked ones decaying), each weighing `scale` more;
 * a one-word translation that is a capital or a country brings its country or capital ("Moscow" → Moskau → Russland;
 * typed in lower case too, as in a chat: "moscow").
 */
export function addTranslations(alts: Alternative[], match: Match, scale: number, ctx: ParseContext): void {
  match.german.forEach((phrase, rank) => {
    const weight = scale * (match.ranked ? ctx.translation.decay ** rank : 1);
    for (const piece of phrase.split(/[\s]+/)) {
      for (const a of translationAlternatives(piece, ctx)) if (!alts.some((b) => b.term === a.term)) alts.push(makeAlternative(a.term, a.weight * weight));
      // "Moscow" → Moskau → Russland, russisch; "Italy" → Italien → Rom.
      if (!/\s/.test(phrase) && /^\p{Lu}/u.test(piece)) addCapitalOrCountry(alts, foldWord(piece), weight, ctx);
    }
  });
}

/** German words of translations whose analysis is kept, per lexicon, analyzer and weights (see translationAlternatives). */
export const TRANSLATION_CACHE_SIZE = 20_000;

const translationCaches = new WeakMap<Lexicon, WeakMap<Analyzer, WeakMap<ParseContext["weights"], LRUCache<string, readonly Alternative[]>>>>();

/**
 * A German word of a translation analysed as it is: not widened by synonyms (every word counts as known), nor by
 * derivations (which would need to know which words the corpus uses). The same words come back in many English
 * questions ("security", "talks", "meeting"), so the result is kept (the analysis was a fifth of the slowest seed
 * question's time).
 */
function translationAlternatives(piece: string, ctx: ParseContext): readonly Alternative[] {
  const byAnalyzer = weakEntry(translationCaches, ctx.lexicon, () => new WeakMap());
  const byWeights = weakEntry(byAnalyzer, ctx.analyzer, () => new WeakMap());
  const cache = weakEntry(byWeights, ctx.weights, () => new LRUCache<string, readonly Alternative[]>({ max: TRANSLATION_CACHE_SIZE }));
  let alts = cache.get(piece);
  if (!alts) {
    alts = wordConcept(piece, { ...ctx, known: () => true, weights: { ...ctx.weights, derived: 0 } }, false)?.alts ?? [];
    cache.set(piece, alts);
  }
  return alts;
}


export interface Match {
  key: string;
  length: number;
  german: readonly string[];
  /** Translations best first (the general dictionary), rather than equals (the domain glossary). */
  ranked?: boolean;
}

export function longestMatch(lower: string[], at: number, table: ReadonlyMap<string, readonly string[]>, maxWords: number, lastOk: (last: string) => boolean = () => true): Match | null {
  for (let n = Math.min(maxWords, lower.length - at); n >= 1; n--) {
    const words = lower.slice(at, at + n);
    const last = words.pop()!;
    if (n > 1 && !lastOk(last)) continue;
    // The last word of a phrase may be inflected: "steam engines" → "steam engine"; the inflected entry and the base
    // entry both count ("requirements" has fewer senses than "requirement").
    let german: string[] | null = null;
    for (const form of englishForms(last)) {
      const found = table.get([...words, form].join(" "));
      if (found !== undefined) german = [...(german ?? []), ...found.filter((g) => !german?.includes(g))];
    }
    if (german !== null) return { key: lower.slice(at, at + n).join(" "), length: n, german };
  }
  return null;
}

/** Longest phrase of the general English→German dictionary, its best translations only. */
export function dictionaryMatch(lower: string[], at: number, ctx: ParseContext): Match | null {
  // A phrase that ends in a function word ("impression of") is an idiom of its own; the content word alone is meant.
  const match = longestMatch(lower, at, ctx.lexicon.general.englishGerman, MAX_DICTIONARY_PHRASE, (last) => !ENGLISH_STOPWORDS.has(last));
  return match && { ...match, german: match.german.slice(0, ctx.translation.max), ranked: true };
}

const MAX_DICTIONARY_PHRASE = 3;

/** The word and its likely base forms: "talks" → talk, "agreed" → agree/agre, "stopped" → stop, "parties" → party. */
export function englishForms(word: string): string[] {
  const forms = [word];
  if (word.length <= 3) return forms;
  if (word.endsWith("ies")) forms.push(`${word.slice(0, -3)}y`);
  // "-es" is the ending after a sibilant or o ("taxes", "churches", "heroes"); elsewhere the e is the word's own
  // ("primes" is prime, not the adjective prim; "prices" is price).
  if (/(?:s|x|z|ch|sh|o)es$/.test(word)) forms.push(word.slice(0, -2));
  if (word.endsWith("s") && !word.endsWith("ss")) forms.push(word.slice(0, -1));
  if (word.endsWith("ed")) forms.push(word.slice(0, -2), word.slice(0, -1), ...(doubledBefore(word, 2) ? [word.slice(0, -3)] : []));
  if (word.endsWith("ied")) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("ing")) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`, ...(doubledBefore(word, 3) ? [word.slice(0, -4)] : []));
  if (word.endsWith("ly")) forms.push(word.slice(0, -2));
  // A stripped ending never leaves a two-letter word: "used" is not "us" (→ USA), "led" not "l".
  return forms.filter((f) => f.length >= 3);
}

/** "stopped", "planning": the consonant before the ending is doubled, so the base drops one ("warming" is not "war"). */
function doubledBefore(word: string, ending: number): boolean {
  const at = word.length - ending - 1;
  return at > 0 && word[at] === word[at - 1] && !/[aeiou]/.test(word[at]!);
}
