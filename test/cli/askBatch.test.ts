/** `cli ask` on a batch: one answer line per input line, also when a line holds a lone carriage return. */
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { runAsk } from "../../src/cli/ask.js";
import { testCore } from "../bot/testCore.js";

async function batch(input: string): Promise<Array<{ question: string }>> {
  const parsed = parseArgs(["ask", "--json"]);
  if (!parsed.ok) throw new Error(parsed.error);
  let written = "";
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written += chunk.toString();
      done();
    },
  });
  await runAsk(await testCore(), parsed.args, out, Readable.from([input]));
  return written
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { question: string });
}

describe("cli ask batch", () => {
  it("GIVEN a line with a lone carriage return and a CRLF line THEN one answer per line, in order", async () => {
    const answers = await batch("Was sagte\rLawrow?\r\nWie alt ist Keith Kellogg?");
    expect(answers).toHaveLength(2);
    expect(answers[0]!.question).toContain("Lawrow");
    expect(answers[1]!.question).toBe("Wie alt ist Keith Kellogg?");
  });
});
