/**
 * src/cli/args.ts: an option without a value, an option another command reads and words a command does not take are
 * bad arguments (exit 2 with the usage), never silently ignored; the documented invocations still parse.
 */
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { runCli } from "../support/runCli.js";

const error = (argv: string[]): string => {
  const parsed = parseArgs(argv);
  if (parsed.ok) throw new Error(`${argv.join(" ")} parsed: ${JSON.stringify(parsed.args)}`);
  return parsed.error;
};

describe("GIVEN a value option without a value", () => {
  it.each([
    [["timeline", "--json", "Lawrow", "--from"], "--from"],
    [["timeline", "--json", "Lawrow", "--from", ""], "--from"],
    [["timeline", "Lawrow", "--from", "  "], "--from"],
    [["timeline", "--json", "Lawrow", "--to="], "--to"],
    [["timeline", "Lawrow", "--with"], "--with"],
    [["timeline", "Lawrow", "--with", "--json"], "--with"],
    [["timeline", "Lawrow", "--png="], "--png"],
    [["ask", "--lang", ""], "--lang"],
  ])("WHEN %j THEN an error names %s and what it needs", (argv, option) => {
    expect(error(argv)).toMatch(new RegExp(`^cli: ${option}: needs `, "u"));
  });

  it("WHEN an option is given twice THEN an error, not the last one silently", () => {
    expect(error(["timeline", "Lawrow", "--from", "2025-03", "--from=2025-04"])).toBe("cli: --from: given twice");
    expect(error(["ask", "--json", "--json", "Wie alt ist Kellogg?"])).toBe("cli: --json: given twice");
  });
});

describe("GIVEN an option or words the command does not take", () => {
  it("WHEN `ask --from 2025` THEN --from does not apply to ask", () => {
    expect(error(["ask", "--from", "2025"])).toBe("cli: --from: does not apply to ask (its options: --json, --lang)");
    expect(error(["source", "--with", "Rubio", "000"])).toMatch(/^cli: --with: does not apply to source/u);
    expect(error(["console", "--json"])).toMatch(/^cli: --json: does not apply to console/u);
    expect(error(["check", "--lang", "en"])).toBe("cli: --lang: does not apply to check (it takes no options)");
  });

  it("WHEN `check extra` or `console extra` THEN the command takes no words", () => {
    expect(error(["check", "extra"])).toBe('cli: check: takes no words, got "extra"');
    expect(error(["console", "Wer ist Lawrow?"])).toMatch(/^cli: console: takes no words/u);
  });

  it("WHEN `eval` gets a word that is none of its reports THEN an error lists them", () => {
    expect(error(["eval", "tabel"])).toBe('cli: eval: unknown report "tabel" (one of ablation, learn, calibrate, failures, questions, gold)');
  });
});

describe("GIVEN the invocations the README documents", () => {
  it.each([
    ["ask", "--json", "Wie alt ist Keith Kellogg?"],
    ["ask", "--json"],
    ["timeline", "--json", "Lavrov"],
    ["timeline", "Lawrow", "--with", "Rubio", "--from", "2025-03", "--to", "2025-04", "--png", "lawrow.png"],
    ["timeline", "Trump", "--from=2025-08", "--to=2025-08", "--lang", "en"],
    ["source", "--json", "000_4a36d75bdf1d0814.txt"],
    ["check"],
    ["console", "--lang", "en"],
    [],
    ["ingest", "--json", "https://example.org/feed.xml", "page.html", "text.txt"],
    ["eval"],
    ["eval", "--json"],
    ["eval", "questions"],
    ["eval", "ablation"],
  ])("WHEN %j THEN it parses", (...argv) => {
    expect(parseArgs(argv)).toMatchObject({ ok: true });
  });
});

describe("GIVEN `timeline --json Lawrow --from` run as the CLI", () => {
  it("THEN exit 2 with the error and the usage on stderr, nothing on stdout", async () => {
    const run = await runCli(["timeline", "--json", "Lawrow", "--from"], {});
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("cli: --from: needs a month (2025-03) or a day (2025-03-15)");
    expect(run.stderr).toContain("Usage: npm run --silent cli --");
  });
});
