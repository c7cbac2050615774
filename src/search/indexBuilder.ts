/**
 * Builds the index of a corpus in one pass over its passages, with the result MiniSearch's `add` would give
 * (same postings, field lengths, average field lengths to the last bit, same term order) but without its cost:
 * each distinct token is analyzed once (a corpus of 200,000 passages has ~12 million tokens and ~300,000 distinct
 * ones), and the postings go into typed arrays ({@link CompactFrequencies}) instead of ten million Map entries.
 * `test/search/indexBuilder.test.ts` compares it with MiniSearch's own `add` on random corpora. The passages are read
 * into tokens by passageTokens.ts.
 */
import type { Analyzer } from "../analysis/analyzer.js";
import type { Passage } from "../corpus/types.js";
import { CompactFrequencies } from "./compactPostings.js";
import { DenseIdMap } from "./documentMaps.js";
import { SmallFieldMap } from "./fieldPostings.js";
import { FieldLengthTable } from "./fieldLengthTable.js";
import { PassageSearch } from "./passageSearch.js";
import { FIELDS, IntList, type TokenStream, tokenizePassages } from "./passageTokens.js";
import { grown } from "../util/typedArrays.js";

export interface BuiltSearch {
  search: PassageSearch;
  /** Number of passages each term occurs in (text field), in the order terms were first met. */
  df: Map<string, number>;
  /** Each df entry's place in the order the index took its terms (see PassageIndex.dfNumbers). */
  dfNumbers: Int32Array;
}

/** {@link IntList} of 16-bit values: the postings' term frequencies, capped at 0xffff as the index stores them. */
class Uint16List {
  data = new Uint16Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) this.data = grown(this.data, this.data.length * 2);
    this.data[this.length++] = v;
  }
}

/**
 * `termsOf`: the terms of raw token r (`tokens.raws[r]`), when they were found elsewhere (shardedBuild.ts analyzes
 * part of the tokens in a worker thread with an equal analyzer); by default `analyzer.uncachedTerms` (each raw token is distinct).
 */
export function buildPassageSearch(
  passages: readonly Passage[],
  analyzer: Analyzer,
  tokens: TokenStream = tokenizePassages(passages),
  termsOf: (r: number) => readonly string[] = (r) => analyzer.uncachedTerms(tokens.raws[r]!),
): BuiltSearch {
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
  // Each distinct raw token's term ids, analyzed once, in the order first met (which gives MiniSearch's term order):
  // raw r's are `rawTerms[rawStart[r] … rawStart[r + 1])`, all in one array (not one small array per raw token).
  const rawStart = new Int32Array(tokens.raws.length + 1);
  const rawIds = new IntList();
  for (let r = 0; r < tokens.raws.length; r++) {
    for (const t of termsOf(r)) rawIds.push(termId(t));
    rawStart[r + 1] = rawIds.length;
  }
  const rawTerms = rawIds.data;
  const rawStamp = new Int32Array(tokens.raws.length);
  const { stream, starts } = tokens;

  const n = passages.length;
  const fieldCount = FIELDS.length;
  // Per field: each document's (term id, frequency) pairs, one document after the other.
  // (Frequencies capped as they are stored: half the memory of the 12 million pairs of 200,000 passages.)
  const pairs = FIELDS.map(() => ({ terms: new IntList(), tfs: new Uint16List(), start: new Int32Array(n + 1) }));
  const lengths = FIELDS.map(() => new Int32Array(n));
  const averages: number[] = [];
  const dfCounts = new Int32Array(terms.length);
  // Text-field terms in the order each first got a passage: the df map's order.
  const dfOrder = new IntList();
  const tf = new Int32Array(terms.length);
  const inDoc = new IntList();

  for (let d = 0; d < n; d++) {
    for (let f = 0; f < fieldCount; f++) {
      const stamp = d * fieldCount + f + 1;
      let length = 0;
      inDoc.length = 0;
      const end = starts[d * fieldCount + f + 1]!;
      for (let k = starts[d * fieldCount + f]!; k < end; k++) {
        const r = stream[k]!;
        // MiniSearch's field length: the number of distinct raw tokens.
        if (rawStamp[r] !== stamp) {
          rawStamp[r] = stamp;
          length++;
        }
        for (let j = rawStart[r]!, last = rawStart[r + 1]!; j < last; j++) {
          const id = rawTerms[j]!;
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
        out.tfs.push(Math.min(0xffff, tf[id]!));
        tf[id] = 0;
        if (f === 0 && dfCounts[id]!++ === 0) dfOrder.push(id);
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
        freqs[at] = tfs.data[i]!;
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
  for (let d = 0; d < n; d++) documentIds.set(d, d);
  const fieldLength = FieldLengthTable.fromColumns(lengths, n);
  // The index takes the builder's numbering of its terms over (termMap.ts): a term's id is its place in the snapshot.
  const search = PassageSearch.restoreNumbered(
    analyzer,
    { documentCount: n, nextId: n, fieldIds, averageFieldLength: averages, dirtCount: 0, documentIds, fieldLength, storedFields: new Map() },
    termIds,
    terms,
    byTerm,
  );
  const df = new Map<string, number>();
  const dfNumbers = new Int32Array(dfOrder.length);
  for (let i = 0; i < dfOrder.length; i++) {
    const id = dfOrder.data[i]!;
    df.set(terms[id]!, dfCounts[id]!);
    dfNumbers[i] = id;
  }
  return { search, df, dfNumbers };
}
