/** The texts section written text by text equals `v8.serialize` of the texts' one UTF-8 buffer, byte for byte. */
import v8 from "node:v8";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/types.js";
import { decodeTexts, encodeTexts } from "../../src/search/snapshot/passages.js";
import { serializeTexts } from "../../src/search/snapshot/textsSection.js";
import { syntheticArticles } from "../../bench/synthetic.js";

const withTexts = (texts: string[]): Article[] => texts.map((text, i) => ({ ...syntheticArticles(1)[0]!, id: `a${i}`, text }));

describe("serializeTexts", () => {
  it("GIVEN synthetic articles THEN the bytes are v8.serialize(encodeTexts(…))'s and decode to the texts", () => {
    const articles = syntheticArticles(300);
    const bytes = serializeTexts(articles);
    expect(Buffer.compare(bytes, v8.serialize(encodeTexts(articles)))).toBe(0);
    expect(decodeTexts(v8.deserialize(bytes))).toEqual(articles.map((a) => a.text));
  });

  it("GIVEN any texts (multi-byte, surrogate pairs, empty, longer than the scratch buffer) THEN the same bytes", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 200 }), { maxLength: 30 }), (texts) => {
        const articles = withTexts(texts);
        expect(Buffer.compare(serializeTexts(articles), v8.serialize(encodeTexts(articles)))).toBe(0);
      }),
      { numRuns: 200 },
    );
    const long = withTexts(["ä".repeat(70_000), "", "x".repeat(1 << 16), "😀".repeat(20_000)]);
    expect(Buffer.compare(serializeTexts(long), v8.serialize(encodeTexts(long)))).toBe(0);
    expect(Buffer.compare(serializeTexts([]), v8.serialize(encodeTexts([])))).toBe(0);
  });
});
