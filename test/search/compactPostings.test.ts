/**
 * A posting list in a buffer shared with other lists (as the index builder makes them: offsets, no view of its own)
 * answers like a Map, and changing it never touches its neighbours' postings.
 */
import { describe, expect, it } from "vitest";
import { CompactFrequencies } from "../../src/search/compactPostings.js";
import { Rng } from "./randomCorpus.js";

describe("CompactFrequencies in a shared buffer", () => {
  it("GIVEN three lists in one buffer and random sets and deletes on the middle one THEN it answers like a Map and the others stay", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rng = new Rng(seed);
      const sizes = [rng.int(0, 20), rng.int(0, 20), rng.int(0, 20)];
      const total = sizes[0]! + sizes[1]! + sizes[2]!;
      const docs = new Int32Array(total);
      const tfs = new Uint16Array(total);
      const lists: CompactFrequencies[] = [];
      const models: Array<Map<number, number>> = [];
      let from = 0;
      for (const size of sizes) {
        const model = new Map<number, number>();
        for (let k = 0; k < size; k++) {
          docs[from + k] = k * 3 + rng.int(0, 2);
          tfs[from + k] = rng.int(1, 9);
          model.set(docs[from + k]!, tfs[from + k]!);
        }
        lists.push(new CompactFrequencies(docs, tfs, size, from));
        models.push(model);
        from += size;
      }
      const middle = lists[1]!;
      const model = models[1]!;
      for (let op = 0; op < 100; op++) {
        const doc = rng.int(0, 70);
        if (rng.chance(0.6)) {
          const tf = rng.int(1, 9);
          middle.set(doc, tf);
          model.set(doc, tf);
        } else expect(middle.delete(doc)).toBe(model.delete(doc));
        expect(middle.get(doc)).toBe(model.get(doc));
        expect(middle.size).toBe(model.size);
      }
      const sorted = [...model].sort((x, y) => x[0] - y[0]);
      expect([...middle]).toEqual(sorted);
      expect([...middle.docs.subarray(0, middle.count)]).toEqual(sorted.map((e) => e[0]));
      expect([...middle.tfs.subarray(0, middle.count)]).toEqual(sorted.map((e) => e[1]));
      for (const i of [0, 2]) {
        const list = lists[i]!;
        expect([...list]).toEqual([...models[i]!]);
        expect(list.docs.length).toBe(list.count);
        expect([...list.keys()]).toEqual([...models[i]!.keys()]);
        expect([...list.values()]).toEqual([...models[i]!.values()]);
      }
    }
  });
});
