/**
 * German nouns as an English reader knows them, for the corpus profile's topics ("Moskau" → "Moscow", "Frieden" →
 * "peace"): the domain glossary (corpus/glossary.en-de.json, English → German) read backwards. A German word becomes
 * the English key whose first German form it is, only when there is one such key: counted once are a key and its
 * plural ("ceasefire", "ceasefires") and spellings that differ by a hyphen or space ("cease-fire"). A word that is the
 * first form of several keys ("Waffenruhe": "ceasefire", "truce", "armistice" …), of none, or that the key spells the
 * same way ("Washington") stays as it is. Capitals and countries (the general dictionaries' place names,
 * capitals.de.tsv) are capitalised ("Saudi Arabia"); other nouns stay in the glossary's lower case ("peace").
 */
import type { Lexicon } from "./lexicon.js";
import { foldWord } from "./normalize.js";

/** The singular of a glossary key whose German forms include `folded` too ("security conferences" → "security conference"), else the key. */
function singular(key: string, folded: string, glossary: Lexicon["glossary"]): string {
  for (const [end, replacement] of [["ies", "y"], ["es", ""], ["s", ""]] as const) {
    if (!key.endsWith(end)) continue;
    const base = key.slice(0, -end.length) + replacement;
    if (glossary.get(base)?.some((g) => foldWord(g) === folded)) return base;
  }
  return key;
}

const titleCase = (phrase: string) => phrase.replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/** The English form of each German noun (as written) that the lexicon's glossary translates unambiguously, else the noun. */
export function englishNouns(lexicon: Pick<Lexicon, "glossary" | "general">): (german: string) => string {
  let byFirstForm: Map<string, string[]> | undefined;
  const keysOf = (folded: string) => {
    if (!byFirstForm) {
      byFirstForm = new Map();
      for (const [key, forms] of lexicon.glossary) {
        if (forms[0] === undefined) continue;
        const first = foldWord(forms[0]);
        byFirstForm.set(first, [...(byFirstForm.get(first) ?? []), key]);
      }
    }
    return byFirstForm.get(folded) ?? [];
  };
  return (german) => {
    const folded = foldWord(german);
    const keys = keysOf(folded);
    if (keys.some((k) => foldWord(k) === folded)) return german;
    const groups = new Map<string, string>();
    for (const key of keys) {
      const base = singular(key, folded, lexicon.glossary);
      const group = base.replace(/[\s-]/g, "");
      const seen = groups.get(group);
      if (seen === undefined || base.length < seen.length || (base.length === seen.length && base < seen)) groups.set(group, base);
    }
    if (groups.size !== 1) return german;
    const english = [...groups.values()][0]!;
    return lexicon.general.capitalOrCountry(folded).length > 0 ? titleCase(english) : english;
  };
}
