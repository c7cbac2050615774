/** The index builder's chunked lists give back what was pushed, across chunk boundaries. */
import { describe, expect, it } from "vitest";
import { ChunkedList } from "../../src/search/chunkedList.js";

describe("ChunkedList", () => {
  it("GIVEN 200,000 pushes (several chunks) THEN every entry reads back in order, in the range of its array type", () => {
    const ints = new ChunkedList((size) => new Int32Array(size));
    const shorts = new ChunkedList((size) => new Uint16Array(size));
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      ints.push(i * 7 - 3);
      shorts.push(i % 65_536);
    }
    expect(ints.length).toBe(n);
    expect(shorts.length).toBe(n);
    for (let i = 0; i < n; i++) {
      if (ints.at(i) !== i * 7 - 3 || shorts.at(i) !== i % 65_536) throw new Error(`entry ${i} differs`);
    }
    expect(ints.at(n - 1)).toBe((n - 1) * 7 - 3);
    expect(shorts.at(65_536)).toBe(0);
  });
});
