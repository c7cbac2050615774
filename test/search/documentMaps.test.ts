/**
 * MiniSearch's per-document maps as typed arrays (DenseIdMap, FieldLengthTable) answer like the Maps they replace,
 * and MiniSearch's own add, remove and discard keep them as they keep plain Maps.
 */
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import type { Analyzer } from "../../src/analysis/analyzer.js";
import type { Passage } from "../../src/corpus/types.js";
import { DenseIdMap } from "../../src/search/documentMaps.js";
import { FieldLengthTable } from "../../src/search/fieldLengthTable.js";
import { PassageSearch } from "../../src/search/passageSearch.js";
import { type IndexDoc, miniSearchOptions } from "../../src/search/searchOptions.js";
import { Rng, randomPassages, randomVocabulary, testAnalyzer } from "./randomCorpus.js";

/** A Map's entries in ascending key order (the compact maps iterate in key order). */
const byKey = <V>(map: ReadonlyMap<number, V>): Array<[number, V]> => [...map].sort((x, y) => x[0] - y[0]);

describe("DenseIdMap", () => {
  it("GIVEN random sets, deletes and clears THEN it answers like a Map, iterating in key order", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rng = new Rng(seed);
      const model = new Map<number, number>();
      const dense = new DenseIdMap(rng.int(0, 3));
      for (let op = 0; op < 500; op++) {
        const key = rng.int(0, 2000);
        const roll = rng.int(0, 99);
        if (roll < 60) {
          const value = rng.int(0, 5000);
          expect(dense.set(key, value)).toBe(dense);
          model.set(key, value);
        } else if (roll < 95) expect(dense.delete(key)).toBe(model.delete(key));
        else if (roll < 96) {
          dense.clear();
          model.clear();
        }
        expect(dense.get(key)).toBe(model.get(key));
        expect(dense.has(key)).toBe(model.has(key));
        expect(dense.size).toBe(model.size);
      }
      expect([...dense]).toEqual(byKey(model));
      expect([...dense.keys()]).toEqual(byKey(model).map((e) => e[0]));
      expect([...dense.values()]).toEqual(byKey(model).map((e) => e[1]));
      const seen: Array<[number, number]> = [];
      dense.forEach((v, k) => {
        seen.push([k, v]);
      });
      expect(seen).toEqual(byKey(model));
      expect(DenseIdMap.of(model).size).toBe(model.size);
      expect([...DenseIdMap.of(model)]).toEqual(byKey(model));
    }
  });

  it("THEN a key or value that is not a small non-negative integer is refused, and an unknown key is undefined", () => {
    const dense = new DenseIdMap();
    expect(() => dense.set(-1, 0)).toThrow(RangeError);
    expect(() => dense.set(1.5, 0)).toThrow(RangeError);
    expect(() => dense.set(0, -1)).toThrow(RangeError);
    expect(dense.get(-1)).toBeUndefined();
    expect(dense.get(10 ** 9)).toBeUndefined();
    expect(dense.has(0)).toBe(false);
  });
});

describe("FieldLengthTable", () => {
  it("GIVEN random puts, MiniSearch-style set-then-fill, settles and deletes THEN it answers like a Map of arrays", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rng = new Rng(seed);
      const model = new Map<number, number[]>();
      const table = new FieldLengthTable(2, rng.int(0, 3));
      for (let op = 0; op < 400; op++) {
        const key = rng.int(0, 1500);
        const roll = rng.int(0, 99);
        if (roll < 40) {
          const lengths: number[] = [];
          if (rng.chance(0.8)) lengths[0] = rng.int(0, 300);
          if (rng.chance(0.8)) lengths[1] = rng.int(0, 30);
          table.put(key, lengths);
          model.set(key, [...lengths]);
        } else if (roll < 70) {
          // MiniSearch's addFieldLength: set an empty array, then fill it in through `get`.
          table.set(key, []);
          table.get(key)![1] = rng.int(0, 30);
          table.get(key)![0] = rng.int(0, 300);
          model.set(key, [...table.get(key)!]);
          if (rng.chance(0.7)) table.settle(key);
        } else if (roll < 98) expect(table.delete(key)).toBe(model.delete(key));
        else {
          table.clear();
          model.clear();
        }
        expect(table.get(key)).toEqual(model.get(key));
        expect(table.has(key)).toBe(model.has(key));
        expect(table.size).toBe(model.size);
      }
      // Settled entries come in key order, then the pending ones (MiniSearch's newest) in the order they were set.
      expect(byKey(table)).toEqual(byKey(model));
      // Per field without an array, and the columns plus the pending entries: the same documents and lengths.
      for (let key = 0; key <= 1500; key += rng.int(1, 7)) {
        for (const f of [0, 1]) expect(table.lengthOf(key, f), `${key}/${f}`).toBe(model.get(key)?.[f] ?? -1);
      }
      const { present, columns } = table.settledColumns();
      const fromColumns = new Map<number, number[]>();
      present.forEach((p, key) => {
        if (p !== 1) return;
        const lengths: number[] = [];
        columns.forEach((column, f) => {
          if (column[key]! >= 0) lengths[f] = column[key]!;
        });
        fromColumns.set(key, lengths);
      });
      for (const [key, lengths] of table.pendingEntries()) fromColumns.set(key, lengths);
      expect(byKey(fromColumns)).toEqual(byKey(model));
      for (const key of [...table.keys()]) table.settle(key);
      expect([...table]).toEqual(byKey(model));
      expect([...FieldLengthTable.of(model, 2)]).toEqual(byKey(model));
    }
  });

  it("GIVEN columns of lengths THEN fromColumns holds documents 0 … n − 1 with them, and refuses a column of another length", () => {
    const table = FieldLengthTable.fromColumns([Int32Array.of(5, 0, 9), Int32Array.of(1, -1, 2)], 3);
    expect([...table]).toEqual([
      [0, [5, 1]],
      [1, [0]],
      [2, [9, 2]],
    ]);
    expect(table.size).toBe(3);
    expect(table.lengthOf(1, 1)).toBe(-1);
    table.put(3, [4, 4]);
    expect(table.get(3)).toEqual([4, 4]);
    expect(() => FieldLengthTable.fromColumns([Int32Array.of(1), Int32Array.of(1, 2)], 2)).toThrow(RangeError);
  });

  it("THEN a missing field is a hole, as in MiniSearch's arrays", () => {
    const table = new FieldLengthTable(2);
    const sparse: number[] = [];
    sparse[1] = 7;
    table.put(3, sparse);
    const lengths = table.get(3)!;
    expect(0 in lengths).toBe(false);
    expect(lengths[1]).toBe(7);
    const seen: number[] = [];
    lengths.forEach((l) => {
      seen.push(l);
    });
    expect(seen).toEqual([7]);
  });
});

/** Plain MiniSearch with our options, its per-document maps read through its protected fields. */
class Reference extends MiniSearch<IndexDoc> {
  constructor(analyzer: Analyzer) {
    super(miniSearchOptions(analyzer));
  }
  maps(): unknown {
    return { documentIds: byKey(this._documentIds), fieldLength: byKey(this._fieldLength), average: this._avgFieldLength };
  }
}

describe("PassageSearch on the compact maps", () => {
  it("GIVEN random adds, removes (and discards) THEN its per-document maps (and searches) equal plain MiniSearch's", () => {
    const analyzer = testAnalyzer();
    for (let seed = 1; seed <= 8; seed++) {
      const rng = new Rng(seed);
      // MiniSearch's own search meets discarded documents' postings and deletes them from the list it is iterating:
      // the compact lists' iterators survive that as a Map's do, so searches equal plain MiniSearch's with discards too.
      const discards = seed % 2 === 0;
      const passages: Passage[] = randomPassages(rng, rng.int(20, 120), randomVocabulary(rng, rng.int(5, 60)));
      const search = new PassageSearch(analyzer);
      const reference = new Reference(analyzer);
      const indexed = new Set<number>();
      // A discarded id is not added again (its postings stay until the next build; no caller re-adds one).
      const discarded = new Set<number>();
      const doc = (id: number): IndexDoc => ({ id, text: passages[id]!.text, heading: passages[id]!.heading ?? "" });
      for (let op = 0; op < 200; op++) {
        const id = rng.int(0, passages.length - 1);
        if (discarded.has(id)) continue;
        if (!indexed.has(id)) {
          search.add(doc(id));
          reference.add(doc(id));
          indexed.add(id);
        } else if (!discards || rng.chance(0.5)) {
          search.remove(doc(id));
          reference.remove(doc(id));
          indexed.delete(id);
        } else {
          search.discard(id);
          reference.discard(id);
          indexed.delete(id);
          discarded.add(id);
        }
      }
      const state = search.state();
      expect({ documentIds: [...state.documentIds], fieldLength: [...state.fieldLength], average: state.averageFieldLength }).toEqual(reference.maps());
      for (const q of ["waffen", "ruhe hilfe", "ukraine russland", "verhandlun"]) {
        expect(search.search(q, { fuzzy: 0.2, prefix: true })).toEqual(reference.search(q, { fuzzy: 0.2, prefix: true }));
      }
    }
  });
});
