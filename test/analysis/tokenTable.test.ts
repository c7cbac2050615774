/** The token table numbers tokens as a Map in insertion order does, also when hashes collide and while it grows. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TokenTable } from "../../src/analysis/tokenTable.js";

describe("TokenTable", () => {
  it("GIVEN tokens at offsets of texts THEN each gets the id a Map gives (first met first), with real and with colliding hashes", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 6 }), { maxLength: 3_000 }), fc.boolean(), fc.boolean(), (words, collide, copies) => {
        const table = new TokenTable(copies);
        const reference = new Map<string, number>();
        for (const word of words) {
          const text = `«${word}»`;
          const id = collide ? table.intern(text, 1, 1 + word.length, word.length) : table.intern(text, 1, 1 + word.length);
          if (!reference.has(word)) reference.set(word, reference.size);
          expect(id).toBe(reference.get(word));
        }
        expect(table.tokens).toEqual([...reference.keys()]);
      }),
      { numRuns: 200 },
    );
  });

  it("GIVEN a table of copies THEN its tokens equal the slices, short and long, of one-byte and two-byte texts", () => {
    const table = new TokenTable(true);
    const words = ["Außenminister", "Orbán", "Kyjiw", "Київ", "x".repeat(256), "y".repeat(257), "\uD800", "a😀b"];
    for (const word of words) table.intern(`„${word}“`, 1, 1 + word.length);
    expect(table.tokens).toEqual(words);
  });

  it("GIVEN a table THEN find gives the id of a token it holds and -1 for any other, adding nothing, with real and with colliding hashes", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 5 }), { maxLength: 500 }), fc.array(fc.string({ unit: "binary", maxLength: 5 }), { maxLength: 500 }), fc.boolean(), (held, asked, collide) => {
        const table = new TokenTable();
        for (const word of held) table.intern(word, 0, word.length, collide ? word.length : undefined);
        const size = table.size;
        for (const word of [...held, ...asked]) {
          const text = `(${word})`;
          const id = collide ? table.find(text, 1, 1 + word.length, word.length) : table.find(text, 1, 1 + word.length);
          expect(id).toBe(table.tokens.indexOf(word));
        }
        expect(table.size).toBe(size);
      }),
      { numRuns: 200 },
    );
  });

  it("GIVEN a trimmed table THEN it finds what it held, and tokens added after the trim get the next ids", () => {
    const table = new TokenTable();
    const words = Array.from({ length: 5_000 }, (_, i) => `wort${i}`);
    for (const w of words) table.intern(w, 0, w.length);
    table.trim();
    for (const [i, w] of words.entries()) expect(table.find(w, 0, w.length)).toBe(i);
    expect(table.find("wort5000", 0, 8)).toBe(-1);
    expect(table.intern("wort5000", 0, 8)).toBe(5_000);
    expect(table.intern("neu", 0, 3)).toBe(5_001);
    expect(table.find("wort17", 0, 6)).toBe(17);
  });
});

