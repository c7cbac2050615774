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

  /**
   * The same 16 MB in 64 KB chunks, as one line and as 16 lines of 1 MB: a linear reader costs about as much for
   * both; one that searches (and so copies) the whole unfinished line per chunk costs over ten times as much for the one
   * line (16 times the chunks, each copying 16 times the text). A ratio, never a time limit.
   */
  it("GIVEN one line of 16 MB THEN it costs about what 16 lines of 1 MB cost (no copy of the whole line per chunk)", async () => {
    const MB = 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, "a");
    const input = (lineMb: number) =>
      (async function* () {
        for (let line = 0; line < 16 / lineMb; line++) {
          for (let i = 0; i < (lineMb * MB) / chunk.length; i++) yield chunk;
          yield Buffer.from("\n");
        }
      })();
    const cpu = async (lineMb: number) => {
      let least = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++) {
        const before = process.cpuUsage();
        let chars = 0;
        for await (const line of streamLines(input(lineMb))) chars += line.length;
        const spent = process.cpuUsage(before);
        expect(chars).toBe(16 * MB);
        least = Math.min(least, spent.user + spent.system);
      }
      return least;
    };
    await cpu(1); // JIT warm-up
    const ratio = (await cpu(16)) / Math.max(1, await cpu(1));
    expect(ratio, `one 16 MB line cost ${ratio.toFixed(1)} times 16 lines of 1 MB`).toBeLessThan(6);
  }, 120_000);
});
