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
import { foldWord } from "../normalize.js";
import { CAPITAL_FORMAT, CAPITALS_FILE, EN_DE_FILE, EN_DE_FORMAT, LEMMA_FORMAT, LEMMAS_FILE, type LineFormat, RANK_FORMAT, RANKS_FILE, SYNSET_FORMAT, THESAURUS_FILE } from "./lineFormats.js";

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

// ---------------------------------------------------------------- parsers

/** The data lines of a file (after its `#` header line) and the 1-based line number of the first. */
function dataLines(text: string, source: string): { lines: string[]; firstLineNo: number } {
  const lines = text.split("\n");
  if (!lines[0]?.startsWith("#")) throw new Error(`${source}:1: expected a '#' line naming source, version and licence`);
  let start = 1;
  while (start < lines.length && lines[start]!.startsWith("#")) start++;
  if (lines[lines.length - 1] === "") lines.pop();
  return { lines: lines.slice(start), firstLineNo: start + 1 };
}

/** Validates every line with `format`; throws `source:line: message` for the first bad one. */
function checkLines(format: LineFormat, lines: readonly string[], firstLineNo: number, source: string): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (format.accepts(line)) continue;
    const result = format.schema.safeParse(line);
    if (result.success) continue;
    throw new Error(`${source}:${firstLineNo + i}: ${result.error.issues[0]!.message} ${JSON.stringify(line.slice(0, 80))}`);
  }
}

function keyOf(line: string): string {
  return line.slice(0, line.indexOf("\t"));
}

/** Throws unless keys strictly increase (in UTF-16 code-unit order, as compile.ts sorts): sorted and unique. */
function checkSorted(lines: readonly string[], firstLineNo: number, source: string): void {
  let previous = "";
  lines.forEach((line, i) => {
    const key = keyOf(line);
    if (i > 0 && !(previous < key)) {
      throw new Error(`${source}:${firstLineNo + i}: key ${JSON.stringify(key)} ${previous === key ? "repeats" : "is out of order"}`);
    }
    previous = key;
  });
}

/**
 * A read-only map over sorted `key<TAB>a|b|c` lines: lookups by binary search, values split on first use.
 * Behaves as a `ReadonlyMap` (get, has, size, iteration in key order).
 */
export class SortedLinesMap implements ReadonlyMap<string, readonly string[]> {
  private readonly split = new Map<number, readonly string[]>();

  /** `lines` must be sorted by key and unique (see `parseEnglishGerman`). */
  constructor(private readonly lines: readonly string[]) {}

  get size(): number {
    return this.lines.length;
  }

  private indexOf(key: string): number {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keyOf(this.lines[mid]!);
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private valueAt(i: number): readonly string[] {
    let value = this.split.get(i);
    if (value === undefined) {
      const line = this.lines[i]!;
      value = Object.freeze(line.slice(line.indexOf("\t") + 1).split("|"));
      this.split.set(i, value);
    }
    return value;
  }

  has(key: string): boolean {
    return this.indexOf(key) >= 0;
  }

  get(key: string): readonly string[] | undefined {
    const i = this.indexOf(key);
    return i < 0 ? undefined : this.valueAt(i);
  }

  *keys(): MapIterator<string> {
    for (const line of this.lines) yield keyOf(line);
  }

  *values(): MapIterator<readonly string[]> {
    for (let i = 0; i < this.lines.length; i++) yield this.valueAt(i);
  }

  *entries(): MapIterator<[string, readonly string[]]> {
    for (let i = 0; i < this.lines.length; i++) yield [keyOf(this.lines[i]!), this.valueAt(i)];
  }

  [Symbol.iterator](): MapIterator<[string, readonly string[]]> {
    return this.entries();
  }

  /** Each key with its translations unsplit ("Wunsch|Wille"), in order: a pass over every line that caches no split. */
  *rawEntries(): Generator<[key: string, translations: string]> {
    for (const line of this.lines) {
      const tab = line.indexOf("\t");
      yield [line.slice(0, tab), line.slice(tab + 1)];
    }
  }

  forEach(callback: (value: readonly string[], key: string, map: ReadonlyMap<string, readonly string[]>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}

/** `english<TAB>german|german|...` lines, sorted by key → map. */
export function parseEnglishGerman(text: string, source = EN_DE_FILE): SortedLinesMap {
  const { lines, firstLineNo } = dataLines(text, source);
  checkLines(EN_DE_FORMAT, lines, firstLineNo, source);
  checkSorted(lines, firstLineNo, source);
  return new SortedLinesMap(lines);
}

/** `form<TAB>lemma` lines (both folded) → map; forms must be unique. */
export function parseGermanLemmas(text: string, source = LEMMAS_FILE): Map<string, string> {
  const { lines, firstLineNo } = dataLines(text, source);
  checkLines(LEMMA_FORMAT, lines, firstLineNo, source);
  const out = new Map<string, string>();
  lines.forEach((line, i) => {
    const tab = line.indexOf("\t");
    const form = line.slice(0, tab);
    if (out.has(form)) throw new Error(`${source}:${firstLineNo + i}: form ${JSON.stringify(form)} repeats`);
    out.set(form, line.slice(tab + 1));
  });
  return out;
}

/** `word|word|...` lines → synsets, in file order. */
export function parseSynsets(text: string, source = THESAURUS_FILE): string[][] {
  const { lines, firstLineNo } = dataLines(text, source);
  checkLines(SYNSET_FORMAT, lines, firstLineNo, source);
  return lines.map((line) => line.split("|"));
}

/** One folded word a line, most frequent first → word → rank (1 for the first); words must be unique. */
export function parseRanks(text: string, source = RANKS_FILE): Map<string, number> {
  const { lines, firstLineNo } = dataLines(text, source);
  checkLines(RANK_FORMAT, lines, firstLineNo, source);
  const out = new Map<string, number>();
  lines.forEach((word, i) => {
    if (out.has(word)) throw new Error(`${source}:${firstLineNo + i}: word ${JSON.stringify(word)} repeats`);
    out.set(word, i + 1);
  });
  return out;
}

/**
 * `capital<TAB>country` lines → two tables keyed by the folded word: `bothWays`, each place's counterparts ("rom" →
 * ["Italien"], "italien" → ["Rom"]), and `ofCountry`, the countries' capitals alone ("italien" → ["Rom"]; "rom" is none).
 */
export function parseCapitals(text: string, source = CAPITALS_FILE): { bothWays: Map<string, string[]>; ofCountry: Map<string, string[]> } {
  const { lines, firstLineNo } = dataLines(text, source);
  checkLines(CAPITAL_FORMAT, lines, firstLineNo, source);
  const bothWays = new Map<string, string[]>();
  const ofCountry = new Map<string, string[]>();
  const add = (table: Map<string, string[]>, key: string, value: string) => {
    const list = table.get(key);
    if (list === undefined) table.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };
  for (const line of lines) {
    const [capital, country] = line.split("\t") as [string, string];
    add(bothWays, fold(capital), country);
    add(bothWays, fold(country), capital);
    add(ofCountry, fold(country), capital);
  }
  return { bothWays, ofCountry };
}

/** `foldWord`, with a shortcut for plain ASCII (most German words), which only needs lower case. */
function fold(word: string): string {
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) > 0x7f) return foldWord(word);
  return lower;
}

/** Folded lower-case word or phrase → indexes (ascending) of the synsets it belongs to. */
export function indexSynsets(synsets: readonly (readonly string[])[]): Map<string, readonly number[]> {
  const out = new Map<string, number[]>();
  synsets.forEach((synset, i) => {
    for (const word of synset) {
      const key = fold(word);
      const list = out.get(key);
      if (list === undefined) out.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return out;
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
