/**
 * The compiled dictionaries in this folder, each loaded once, lazily and synchronously, and checked line by line:
 *
 * - `en-de.tsv.gz` (gzipped): English word or phrase (lower case, at most 3 words) → German translations,
 *   best first. From the Ding dictionary, GPL-2.0-or-later.
 * - `lemmas.de.tsv`: folded German word form → folded lemma, only where the Snowball stems of the two differ
 *   ("sprach" → "sprechen"). From LanguageTool's german-pos-dict, CC-BY-SA 4.0.
 * - `thesaurus.de.tsv`: German synonym sets, original spelling, one per line. From OpenThesaurus, LGPL-2.1+.
 * - `capitals.de.tsv`: a capital and its country, one word each, as written ("Rom<TAB>Italien"). From Ding's
 *   geographic entries, GPL-2.0-or-later.
 * - `ranks.de.txt`: folded words of general German, most frequent first. From zxcvbn-ts's frequency-ranked word
 *   lists, MIT.
 *
 * Each file starts with a `#` line naming source, version and licence; `compile.ts` writes them, README.md
 * says how. A malformed line is a bug in the shipped data: the loaders throw an Error naming file and line.
 *
 * Files are found from this module's location by walking up to the folder holding package.json, then into
 * `src/analysis/dict/`, so both `src/analysis/dict/dictionaries.ts` (tsx, vitest) and the compiled
 * `dist/src/analysis/dict/dictionaries.js` read the same files.
 *
 * Loading is kept fast (all of them in a few hundred milliseconds): each line is checked by one regular
 * expression inside a zod schema (the line formats and the file names: lineFormats.ts), and the 240,000 English
 * keys are not copied into a Map but looked up by binary search in the sorted lines, each translation list split
 * on first use.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { CAPITALS_FILE, EN_DE_FILE, LEMMAS_FILE, RANKS_FILE, THESAURUS_FILE } from "./lineFormats.js";
import { indexSynsets, parseCapitals, parseEnglishGerman, parseGermanLemmas, parseRanks, parseSynsets, type SortedLinesMap } from "./parsers.js";

/** Where this folder's data files are: `<package root>/src/analysis/dict`. */
export function dictionaryDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  let dir = here;
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return join(dir, "src", "analysis", "dict");
    const parent = dirname(dir);
    if (parent === dir) return here;
    dir = parent;
  }
}

// ---------------------------------------------------------------- lazy loaders

/** The data files read so far in this thread, in order (each is read once). */
const loaded: string[] = [];

/** Which of this folder's files this thread has loaded (debug logs and tests: the English one loads on first use). */
export function loadedDictionaries(): readonly string[] {
  return loaded;
}

function readData(file: string): string {
  loaded.push(file);
  const bytes = readFileSync(join(dictionaryDir(), file));
  return (file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
}

let englishGermanCache: SortedLinesMap | undefined;
let lemmasCache: ReadonlyMap<string, string> | undefined;
let synsetsCache: readonly (readonly string[])[] | undefined;
let synsetIndexCache: ReadonlyMap<string, readonly number[]> | undefined;
let capitalsCache: { bothWays: ReadonlyMap<string, readonly string[]>; ofCountry: ReadonlyMap<string, readonly string[]> } | undefined;
let ranksCache: ReadonlyMap<string, number> | undefined;

/**
 * Folded word → its rank in general German (1 the most frequent; words the lists lack are absent): how common a word
 * is outside any corpus. From zxcvbn-ts's word lists (compileRanks.ts), loaded on first use.
 */
export function germanRanks(): ReadonlyMap<string, number> {
  ranksCache ??= parseRanks(readData(RANKS_FILE));
  return ranksCache;
}

/** Folded capital → its countries or regions, folded country → its capitals, as written ("rom" → ["Italien"]). */
export function capitalsAndCountries(): ReadonlyMap<string, readonly string[]> {
  capitalsCache ??= parseCapitals(readData(CAPITALS_FILE));
  return capitalsCache.bothWays;
}

/** Folded country or region → its capitals only, as written ("russland" → ["Moskau"]; a capital maps to nothing). */
export function capitalsOfCountries(): ReadonlyMap<string, readonly string[]> {
  capitalsCache ??= parseCapitals(readData(CAPITALS_FILE));
  return capitalsCache.ofCountry;
}

/**
 * English word or phrase (lower case, as the dictionary has it: "talk", "steam engine", "counter-proposal")
 * → German translations as written, best first.
 */
export function englishToGerman(): SortedLinesMap {
  englishGermanCache ??= parseEnglishGerman(readData(EN_DE_FILE));
  return englishGermanCache;
}

/** Folded German form → folded lemma, where Snowball cannot relate the two ("sprach" → "sprechen"). */
export function germanLemmas(): ReadonlyMap<string, string> {
  lemmasCache ??= parseGermanLemmas(readData(LEMMAS_FILE));
  return lemmasCache;
}

/** German synonym sets in their original spelling (capitalised nouns), the main word first where known. */
export function germanSynsets(): readonly (readonly string[])[] {
  synsetsCache ??= parseSynsets(readData(THESAURUS_FILE));
  return synsetsCache;
}

/** Folded lower-case word or phrase ("kernkraftwerk", "waffen schweigen") → indexes into `germanSynsets()`. */
export function synsetsByWord(): ReadonlyMap<string, readonly number[]> {
  synsetIndexCache ??= indexSynsets(germanSynsets());
  return synsetIndexCache;
}
