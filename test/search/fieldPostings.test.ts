/** A term's postings by field in a SmallFieldMap answer like a Map, in a Map's insertion order. */
import { describe, expect, it } from "vitest";
import { SmallFieldMap } from "../../src/search/fieldPostings.js";
import { Rng } from "./randomCorpus.js";

describe("SmallFieldMap", () => {
  it("GIVEN random sets, deletes and clears over up to four fields THEN it answers and iterates like a Map", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const rng = new Rng(seed);
      const model = new Map<number, string>();
      const small = new SmallFieldMap<string>();
      for (let op = 0; op < 200; op++) {
        const key = rng.int(0, 3);
        const roll = rng.int(0, 99);
        if (roll < 55) {
          const value = `v${op}`;
          expect(small.set(key, value)).toBe(small);
          model.set(key, value);
        } else if (roll < 97) expect(small.delete(key)).toBe(model.delete(key));
        else {
          small.clear();
          model.clear();
        }
        expect(small.get(key)).toBe(model.get(key));
        expect(small.has(key)).toBe(model.has(key));
        expect(small.size).toBe(model.size);
        expect([...small]).toEqual([...model]);
      }
      expect([...small.keys()]).toEqual([...model.keys()]);
      expect([...small.values()]).toEqual([...model.values()]);
      const seen: Array<[number, string]> = [];
      small.forEach((v, k) => {
        seen.push([k, v]);
      });
      expect(seen).toEqual([...model]);
    }
  });

  it("THEN a field id that is not a non-negative integer is refused, and unknown ones are absent", () => {
    const small = new SmallFieldMap<number>();
    expect(() => small.set(-1, 0)).toThrow(RangeError);
    expect(small.get(-1)).toBeUndefined();
    expect(small.has(-1)).toBe(false);
    expect(small.delete(0)).toBe(false);
  });
});
