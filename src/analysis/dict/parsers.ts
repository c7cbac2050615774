/**
 * The parsers of the compiled dictionaries' text (dictionaries.ts loads the files): each checks every line against
 * its format (lineFormats.ts) and throws `file:line: message` for the first bad one, then builds the table, the
 * English one a {@link SortedLinesMap} over the sorted lines themselves.
 */
import { foldWord } from "../normalize.js";
import { CAPITAL_FORMAT, CAPITALS_FILE, EN_DE_FILE, EN_DE_FORMAT, LEMMA_FORMAT, LEMMAS_FILE, type LineFormat, RANK_FORMAT, RANKS_FILE, SYNSET_FORMAT, THESAURUS_FILE } from "./lineFormats.js";

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
