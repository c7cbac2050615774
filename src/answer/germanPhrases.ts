/**
 * German names of more than one word that the domain's name list (synonyms.de.json `names`) gives short forms for:
 * "Europäische Union" is the EU, "Vereinte Nationen" the UN. Each word of such a name in a question, inflected or not
 * ("der Europäischen Union"), keeps its own concept and gains the short forms as alternatives of full weight: a
 * passage that says "EU" holds the whole name, one that says only "Union" (or "Osten" for "Naher Osten") one word of it.
 */
import type { Analyzer } from "../analysis/analyzer.js";
import type { Lexicon } from "../analysis/lexicon.js";
import { weakEntry } from "../util/weakEntry.js";

/** Words of a name, at most (the schema allows no more, synonymsFile.ts). */
export const MAX_NAME_WORDS = 4;

/** Per lexicon and analyzer: a name's words' head terms (joined by spaces) → the short forms' head terms. */
const tables = new WeakMap<Lexicon, WeakMap<Analyzer, Map<string, readonly string[]>>>();

/**
 * The table of names, built once per lexicon and analyzer. A name with a stopword among its words ("… von Amerika")
 * or a short form the analyzer drops is left out (the shipped list has none: test/analysis/lexiconFiles.test.ts).
 */
export function nameTable(lexicon: Lexicon, analyzer: Analyzer): Map<string, readonly string[]> {
  return weakEntry(weakEntry(tables, lexicon, () => new WeakMap()), analyzer, () => {
    const table = new Map<string, readonly string[]>();
    for (const [name, shortForms] of lexicon.names) {
      const heads = name.split(/\s+/).map((w) => analyzer.headTerm(w));
      if (heads.length < 2 || heads.length > MAX_NAME_WORDS || heads.some((h) => h === null)) continue;
      const key = heads.join(" ");
      const terms = new Set(table.get(key));
      for (const form of shortForms) {
        const term = analyzer.headTerm(form);
        if (term !== null) terms.add(term);
      }
      if (terms.size > 0) table.set(key, [...terms]);
    }
    return table;
  });
}

/** Per token of the question that stands in a listed name: the name's short forms (head terms). Longest names first. */
export function nameShortForms<T extends { raw: string }>(tokens: readonly T[], lexicon: Lexicon, analyzer: Analyzer): Map<T, readonly string[]> {
  const out = new Map<T, readonly string[]>();
  const table = nameTable(lexicon, analyzer);
  if (table.size === 0) return out;
  const heads = tokens.map((t) => analyzer.headTerm(t.raw));
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(MAX_NAME_WORDS, tokens.length - i); n >= 2; n--) {
      const run = heads.slice(i, i + n);
      if (run.some((h) => h === null)) continue;
      const terms = table.get(run.join(" "));
      if (!terms) continue;
      for (let k = 0; k < n; k++) out.set(tokens[i + k]!, terms);
      i += n - 1;
      break;
    }
  }
  return out;
}
