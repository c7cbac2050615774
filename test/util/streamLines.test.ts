/** Batch lines from stdin: "\n" (or "\r\n") ends a line, a lone "\r" does not. */
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { streamLines } from "../../src/util/streamLines.js";

async function linesOf(chunks: Array<Buffer | string>): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of streamLines(Readable.from(chunks))) lines.push(line);
  return lines;
}

describe("streamLines", () => {
  it("GIVEN a lone carriage return inside a line THEN it stays one line; CRLF and a last line without a break count", async () => {
    expect(await linesOf(["Was sagte\rLawrow?\nWie alt ist\r\nKeith Kellogg?"])).toEqual(["Was sagte\rLawrow?", "Wie alt ist", "Keith Kellogg?"]);
    expect(await linesOf(["\n\nx\n"])).toEqual(["", "", "x"]);
    expect(await linesOf([])).toEqual([]);
  });

  it("GIVEN any text cut into chunks anywhere, even inside a character THEN the lines are the text split at each newline", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom("a", "ü", "€", "😀", "\n", "\r", " ") }), fc.array(fc.nat()), async (text, cuts) => {
        const bytes = Buffer.from(text, "utf8");
        const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at, bytes.length].slice(1).map((end, i, ends) => bytes.subarray(i === 0 ? 0 : ends[i - 1], end));
        const expected = text === "" ? [] : text.replace(/\n$/u, "").split("\n").map((l) => l.replace(/\r$/u, ""));
        expect(await linesOf(chunks.filter((c) => c.length > 0))).toEqual(expected);
      }),
    );
  });
});
