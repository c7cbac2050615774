/**
 * `cli ask` on a batch: one answer line per input line, also when a line holds a lone carriage return; a line longer
 * than the engine reads is an error line, not a question cut short.
 */
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { MAX_QUESTION_LENGTH } from "../../src/answer/types.js";
import { parseArgs } from "../../src/cli/args.js";
import { runAsk } from "../../src/cli/ask.js";
import { testCore } from "../bot/testCore.js";

type Line = { question: string; abstained: boolean; reason?: string; results: unknown[]; error?: { code: string; message: string } };

async function batch(input: string, argv: string[] = ["--json"]): Promise<string> {
  const parsed = parseArgs(["ask", ...argv]);
  if (!parsed.ok) throw new Error(parsed.error);
  let written = "";
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written += chunk.toString();
      done();
    },
  });
  await runAsk(await testCore(), parsed.args, out, Readable.from([input]));
  return written;
}

const jsonLines = async (input: string): Promise<Line[]> =>
  (await batch(input))
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);

describe("cli ask batch", () => {
  it("GIVEN a line with a lone carriage return and a CRLF line THEN one answer per line, in order", async () => {
    const answers = await jsonLines("Was sagte\rLawrow?\r\nWie alt ist Keith Kellogg?");
    expect(answers).toHaveLength(2);
    expect(answers[0]!.question).toContain("Lawrow");
    expect(answers[1]!.question).toBe("Wie alt ist Keith Kellogg?");
  });

  it("GIVEN a line one character longer than the engine reads THEN its line is a not_covered abstention with error too_long, and the next line is answered", async () => {
    const long = `Wie alt ist Keith Kellogg? ${"x ".repeat(MAX_QUESTION_LENGTH)}Lawrow`;
    const fits = `Wie alt ist Keith Kellogg?${" ".repeat(MAX_QUESTION_LENGTH - 27)}?`;
    const answers = await jsonLines(`${long}\n${fits}\nWie alt ist Keith Kellogg?\n`);
    expect(answers).toHaveLength(3);
    expect(answers[0]).toMatchObject({ abstained: true, reason: "not_covered", results: [], error: { code: "too_long" } });
    expect(answers[0]!.error!.message).toBe(`question longer than ${MAX_QUESTION_LENGTH} characters (${long.length})`);
    expect(answers[1]!.error).toBeUndefined();
    expect(answers[2]).toMatchObject({ abstained: false, question: "Wie alt ist Keith Kellogg?" });
  });

  it("GIVEN a line longer than the engine reads, without --json THEN a line says the input is too long", async () => {
    const text = await batch(`${"Lawrow ".repeat(200)}\n`, ["--lang", "en"]);
    expect(text.trim()).toBe(`That input is too long (at most ${MAX_QUESTION_LENGTH} characters).`);
  });

  it("GIVEN a question argument longer than the engine reads THEN a bad argument (exit 2), not a question cut short", () => {
    expect(parseArgs(["ask", "--json", "x".repeat(MAX_QUESTION_LENGTH)])).toMatchObject({ ok: true });
    expect(parseArgs(["ask", "--json", "Wie alt ist Kellogg?", "x ".repeat(MAX_QUESTION_LENGTH / 2)])).toEqual({
      ok: false,
      error: `cli: ask: text longer than ${MAX_QUESTION_LENGTH} characters (the most a question may have)`,
    });
  });
});
