import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstAtOrAfter } from "../../src/util/sortedArrays.js";

describe("firstAtOrAfter", () => {
  it("GIVEN an ascending array of numbers or strings THEN it returns the first index whose entry is at or after the value, as a linear scan does", () => {
    const linear = <T extends number | string>(values: ArrayLike<T>, at: T) => {
      for (let i = 0; i < values.length; i++) if (values[i]! >= at) return i;
      return values.length;
    };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, at) => {
        const sorted = Int32Array.from(values).sort();
        expect(firstAtOrAfter(sorted, at)).toBe(linear(sorted, at));
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 })), fc.string({ maxLength: 4 }), (values, at) => {
        const sorted = [...values].sort();
        expect(firstAtOrAfter(sorted, at)).toBe(linear(sorted, at));
      }),
    );
    expect(firstAtOrAfter(Int32Array.of(), 3)).toBe(0);
  });
});
