/**
 * German words that share a narrow English translation in the Ding dictionary (en-de.tsv.gz): "Wunsch" and "Wille"
 * both render "will"; "Dossier" and "Akte" both render "dossier". For a question word the corpus does not use they
 * are a bilingual pivot: a sibling the corpus uses stands in for it, weighing little (RankingConfig
 * `alternatives.translationSibling`). Only narrow senses count: an English word with at most
 * {@link SIBLING_MAX_TRANSLATIONS} translations, of which the first {@link SIBLING_MAX_RANK} + 1 (Ding orders them
 * best first); a broad word ("get", "take") or a late, rare sense joins words that mean something else.
 */
import { foldWord } from "../normalize.js";
import { englishToGerman, type SortedLinesMap } from "./dictionaries.js";

/** An English word with more German translations than this is too broad to relate them. */
export const SIBLING_MAX_TRANSLATIONS = 6;
/** Only translations up to this rank (0 the best) relate; later ones are rarer senses. */
export const SIBLING_MAX_RANK = 2;

let siblingsCache: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * Folded German word → the German words (as written, single words) that share a narrow English translation with it,
 * itself left out. Built on first use from the whole dictionary (~0.2 s; the core's warm-up asks a question that
 * needs it).
 */
export function translationSiblings(): ReadonlyMap<string, readonly string[]> {
  siblingsCache ??= siblingsOf(englishToGerman());
  return siblingsCache;
}

/** See {@link translationSiblings}; `dictionary` as parsed by `parseEnglishGerman`. */
export function siblingsOf(dictionary: SortedLinesMap): Map<string, string[]> {
  const groups = new Map<string, Set<string>>();
  for (const [english, field] of dictionary.rawEntries()) {
    if (english.includes(" ")) continue;
    const translations = field.split("|");
    if (translations.length > SIBLING_MAX_TRANSLATIONS) continue;
    const narrow = translations.slice(0, SIBLING_MAX_RANK + 1).filter((g) => !/\s/.test(g));
    if (narrow.length < 2) continue;
    for (const word of narrow) {
      const key = foldWord(word);
      const group = groups.get(key) ?? new Set<string>();
      groups.set(key, group);
      for (const other of narrow) if (foldWord(other) !== key) group.add(other);
    }
  }
  const out = new Map<string, string[]>();
  for (const [key, group] of groups) if (group.size > 0) out.set(key, [...group]);
  return out;
}
