/**
 * Builds the index of a corpus in one pass over its passages, with the result MiniSearch's `add` would give
 * (same postings, field lengths, average field lengths to the last bit, same term order) but without its cost:
 * each distinct token is analyzed once (a corpus of 200,000 passages has ~12 million tokens and ~300,000 distinct
 * ones), and the postings go into typed arrays ({@link CompactFrequencies}) instead of ten million Map entries.
 * `test/search/indexBuilder.test.ts` compares it with MiniSearch's own `add` on random corpora.
 */
import type { Analyzer } from "../analysis/analyzer.js";
import type { Passage } from "../corpus/types.js";
import { CompactFrequencies } from "./compactPostings.js";
import { DenseIdMap } from "./documentMaps.js";
import { SmallFieldMap } from "./fieldPostings.js";
import { FieldLengthTable } from "./fieldLengthTable.js";
import { type FieldPostings, PassageSearch } from "./passageSearch.js";

/** The fields in MiniSearch's order (`miniSearchOptions`), with the passage text each one indexes. */
const FIELDS: ReadonlyArray<readonly [string, (p: Passage) => string]> = [
  ["text", (p) => p.text],
  ["heading", (p) => p.heading ?? ""],
];

export interface BuiltSearch {
  search: PassageSearch;
  /** Number of passages each term occurs in (text field), in the order terms were first met. */
  df: Map<string, number>;
}

/** A growable Int32 list. */
class IntList {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

export function buildPassageSearch(passages: readonly Passage[], analyzer: Analyzer): BuiltSearch {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const termId = (t: string): number => {
    let id = termIds.get(t);
    if (id === undefined) {
      id = terms.length;
      termIds.set(t, id);
      terms.push(t);
    }
    return id;
  };
  // Each distinct raw token: an id, its term ids (analyzed once), the last document field it was counted in.
  const rawIds = new Map<string, number>();
  const termsOfRaw: Int32Array[] = [];
  let rawStamp: Int32Array = new Int32Array(1 << 16);

  const n = passages.length;
  const fieldCount = FIELDS.length;
  // Per field: each document's (term id, frequency) pairs, one document after the other.
  const pairs = FIELDS.map(() => ({ terms: new IntList(), tfs: new IntList(), start: new Int32Array(n + 1) }));
  const lengths = FIELDS.map(() => new Int32Array(n));
  const averages: number[] = [];
  let dfCounts: Int32Array = new Int32Array(1 << 16);
  const df = new Map<string, number>();
  let tf: Int32Array = new Int32Array(1 << 16);
  const inDoc = new IntList();

  for (let d = 0; d < n; d++) {
    const p = passages[d]!;
    for (let f = 0; f < fieldCount; f++) {
      const stamp = d * fieldCount + f + 1;
      let length = 0;
      inDoc.length = 0;
      for (const raw of analyzer.rawTokens(FIELDS[f]![1](p))) {
        let r = rawIds.get(raw);
        if (r === undefined) {
          r = termsOfRaw.length;
          rawIds.set(raw, r);
          termsOfRaw.push(Int32Array.from(analyzer.terms(raw), termId));
          if (r >= rawStamp.length) rawStamp = grown(rawStamp, r + 1);
          if (terms.length > tf.length) {
            tf = grown(tf, terms.length);
            dfCounts = grown(dfCounts, terms.length);
          }
        }
        // MiniSearch's field length: the number of distinct raw tokens.
        if (rawStamp[r] !== stamp) {
          rawStamp[r] = stamp;
          length++;
        }
        for (const id of termsOfRaw[r]!) {
          if (tf[id] === 0) inDoc.push(id);
          tf[id]!++;
        }
      }
      lengths[f]![d] = length;
      // MiniSearch's running average, operation for operation (addFieldLength), so scores match to the last bit.
      averages[f] = ((averages[f] || 0) * d + length) / (d + 1);
      const out = pairs[f]!;
      for (let i = 0; i < inDoc.length; i++) {
        const id = inDoc.data[i]!;
        out.terms.push(id);
        out.tfs.push(tf[id]!);
        tf[id] = 0;
        if (f === 0) df.set(terms[id]!, ++dfCounts[id]!);
      }
      out.start[d + 1] = out.terms.length;
    }
  }

  // Per field: one buffer of short ids and one of frequencies, each term's postings a slice of them.
  const byTerm: Array<SmallFieldMap<CompactFrequencies>> = terms.map(() => new SmallFieldMap());
  for (let f = 0; f < fieldCount; f++) {
    const { terms: termOf, tfs, start } = pairs[f]!;
    const counts = new Int32Array(terms.length + 1);
    for (let i = 0; i < termOf.length; i++) counts[termOf.data[i]! + 1]!++;
    for (let t = 0; t < terms.length; t++) counts[t + 1]! += counts[t]!;
    const docs = new Int32Array(termOf.length);
    const freqs = new Uint16Array(termOf.length);
    const cursor = counts.slice(0, terms.length);
    for (let d = 0; d < n; d++) {
      for (let i = start[d]!; i < start[d + 1]!; i++) {
        const at = cursor[termOf.data[i]!]!++;
        docs[at] = d;
        freqs[at] = Math.min(0xffff, tfs.data[i]!);
      }
    }
    for (let t = 0; t < terms.length; t++) {
      const from = counts[t]!;
      const to = counts[t + 1]!;
      if (to > from) byTerm[t]!.set(f, new CompactFrequencies(docs, freqs, to - from, from));
    }
  }

  const fieldIds = Object.fromEntries(FIELDS.map(([name], f) => [name, f]));
  const documentIds = new DenseIdMap(n);
  const fieldLength = new FieldLengthTable(fieldCount, n);
  for (let d = 0; d < n; d++) {
    documentIds.set(d, d);
    fieldLength.put(
      d,
      lengths.map((l) => l[d]!),
    );
  }
  const search = PassageSearch.restore(
    analyzer,
    { documentCount: n, nextId: n, fieldIds, averageFieldLength: averages, dirtCount: 0, documentIds, fieldLength, storedFields: new Map() },
    terms.map((t, i): [string, FieldPostings] => [t, byTerm[i]!]),
  );
  return { search, df };
}

function grown(a: Int32Array, min: number): Int32Array {
  const next = new Int32Array(Math.max(min, a.length * 2));
  next.set(a);
  return next;
}
