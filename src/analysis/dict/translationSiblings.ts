/**
 * Nouns that share a narrow English translation in the Ding dictionary (en-de.tsv.gz): "Wunsch" and "Wille" both
 * render "wish"; "Dossier" and "Akte" both render "dossier". For a question noun the corpus does not use they are a
 * bilingual pivot: a sibling the corpus uses stands in for it, weighing little (RankingConfig
 * `alternatives.translationSibling`; src/answer/siblings.ts).
 *
 * Narrow senses only: an English single word with at most {@link SIBLING_MAX_TRANSLATIONS} translations, of which the
 * first {@link SIBLING_MAX_RANK} + 1 (Ding orders them best first); a broad word ("get", "take") or a late, rare sense
 * relates words that mean something else. Nouns only, on both sides: a capitalised translation relates only to
 * capitalised ones ("Leben" and "leben" are different words), no phrases, no hyphenated words. A noun keeps at most
 * {@link SIBLING_MAX_PER_WORD} siblings, those it shares the most English words with first.
 */
import { foldWord } from "../normalize.js";
import { englishToGerman } from "./dictionaries.js";
import type { SortedLinesMap } from "./parsers.js";

/** An English word with more German translations than this is too broad to relate them. */
export const SIBLING_MAX_TRANSLATIONS = 6;
/** Only translations up to this rank (0 the best) relate; later ones are rarer senses. */
export const SIBLING_MAX_RANK = 2;
/** Siblings a noun keeps at most (a noun in many entries collects senses: "Zug" → Luft, Umzug, Spannung …). */
export const SIBLING_MAX_PER_WORD = 6;

const NOUN = /^\p{Lu}[\p{L}]*$/u;

let siblingsCache: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * Folded noun → nouns (as written) that share a narrow English translation with it, itself left out. Built on first
 * use from the whole dictionary (about half a second, some 10 MB; the core's warm-up asks a question that needs it).
 */
export function translationSiblings(): ReadonlyMap<string, readonly string[]> {
  siblingsCache ??= siblingsOf(englishToGerman());
  return siblingsCache;
}

/** See {@link translationSiblings}; `dictionary` as parsed by `parseEnglishGerman`. */
export function siblingsOf(dictionary: SortedLinesMap): Map<string, string[]> {
  // Folded noun → folded sibling → [sibling as written, English words shared, best rank it stood at].
  const shared = new Map<string, Map<string, [string, number, number]>>();
  for (const [english, field] of dictionary.rawEntries()) {
    if (english.includes(" ")) continue;
    const translations = field.split("|");
    if (translations.length > SIBLING_MAX_TRANSLATIONS) continue;
    const nouns = translations.slice(0, SIBLING_MAX_RANK + 1).flatMap((word, rank) => (NOUN.test(word) ? [{ word, folded: foldWord(word), rank }] : []));
    if (nouns.length < 2) continue;
    for (const noun of nouns) {
      const siblings = shared.get(noun.folded) ?? new Map<string, [string, number, number]>();
      shared.set(noun.folded, siblings);
      for (const other of nouns) {
        if (other.folded === noun.folded) continue;
        const seen = siblings.get(other.folded);
        if (seen) {
          seen[1]++;
          seen[2] = Math.min(seen[2], other.rank);
        } else siblings.set(other.folded, [other.word, 1, other.rank]);
      }
    }
  }
  const out = new Map<string, string[]>();
  for (const [noun, siblings] of shared) {
    if (siblings.size === 0) continue;
    const best = [...siblings.values()].sort((a, b) => b[1] - a[1] || a[2] - b[2]).slice(0, SIBLING_MAX_PER_WORD);
    out.set(noun, best.map(([word]) => word));
  }
  return out;
}
