/**
 * `npm run eval`'s report as printed: one table with a tune and a held-out row per suite, the missing sets and the
 * answerable questions no passage can answer; with --json the same as one object. A small suite over the seed corpus
 * stands in for the real ones (the floors of every suite are test/eval/eval.test.ts's).
 */
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { runEval } from "../../src/cli/evalCommand.js";
import { casesOf } from "../../src/eval/cases.js";
import type { LoadedSuites } from "../../src/eval/sets.js";

const TINY: LoadedSuites = {
  suites: [
    {
      name: "tiny",
      corpus: "seed",
      cases: casesOf(
        [
          { q: "Wann stimmte die Ukraine der Waffenruhe zu?", files: ["000_4a36d75bdf1d0814.txt", "001_c8bbdfa5d8bd8dbb.txt"], expect: "Dienstag" },
          { q: "Wie heißt der Zoo von Bergen?", answerable: false },
          // The photo credit stands only in 001's caption, which is no passage.
          { q: "Von wem stammt das Foto von Lawrow und Rubio?", files: ["001_c8bbdfa5d8bd8dbb.txt"], expect: "Russian Foreign Ministry/Imago" },
          { q: "Welche Agentur lieferte das Bild der beiden Außenminister?", files: ["001_c8bbdfa5d8bd8dbb.txt"], expect: "Russian Foreign Ministry/Imago" },
        ],
        (i) => (i % 2 === 0 ? "tune" : "held-out"),
      ),
    },
  ],
  missing: [{ name: "xquad", file: "/nowhere/eval/xquad" }],
  xquadCorpusDir: null,
};

async function report(argv: string[]): Promise<{ code: number; text: string }> {
  const parsed = parseArgs(["eval", ...argv]);
  if (!parsed.ok) throw new Error(parsed.error);
  let text = "";
  const code = await runEval(parsed.args, { load: async () => TINY, write: (t) => (text += t) });
  return { code, text };
}

describe("npm run eval", () => {
  it("GIVEN a suite THEN one table row per split beside the baseline, the missing sets, and each unreachable question named", async () => {
    const { code, text } = await report([]);
    expect(code).toBe(0);
    const lines = text.trim().split("\n");
    expect(lines[0]).toMatch(/^\| set \| answerable \| hit@1 \| hit@3 \| MRR@5 \| quote hit@1 \| wrong abstentions \| out-of-scope abstained \|.*\| baseline hit@1 \|/);
    const tune = lines.find((l) => l.startsWith("| tiny (tune) |"));
    const heldOut = lines.find((l) => l.startsWith("| tiny (held-out) |"));
    // Tune: the ceasefire question (answered) and the photo question (no passage holds its answer); held out: the zoo and
    // another photo question.
    expect(tune?.split("|").map((c) => c.trim()).slice(2, 4)).toEqual(["2", "0.500"]);
    expect(heldOut?.split("|").map((c) => c.trim()).slice(2, 4)).toEqual(["1", "0.000"]);
    expect(lines).toContain("missing: xquad (/nowhere/eval/xquad)");
    // A held-out question is counted, not shown.
    expect(lines.filter((l) => l.startsWith("unreachable:"))).toEqual([
      "unreachable: tiny (tune): Von wem stammt das Foto von Lawrow und Rubio? (its expected answer stands in no passage of its files, counted as a miss)",
      "unreachable: tiny (held-out): 1 question, not shown (its expected answer stands in no passage of its files, counted as a miss)",
    ]);
    expect(text).not.toContain("Welche Agentur");
  });

  it("GIVEN 'questions' THEN one JSON line per question, a held-out one by its place in the split without its text", async () => {
    const { text } = await report(["questions"]);
    const lines = text.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.split, l.n])).toEqual([["tune", 0], ["tune", 1], ["held-out", 0], ["held-out", 1]]);
    expect(lines[0]).toMatchObject({ set: "tiny", q: "Wann stimmte die Ukraine der Waffenruhe zu?", answerable: true });
    for (const l of lines.filter((x) => x.split === "held-out")) expect(l).not.toHaveProperty("q");
    expect(text).not.toContain("Zoo");
  });

  it("GIVEN --json THEN one object: the rows without their failures, the missing sets and the unreachable questions (held-out ones without their text)", async () => {
    const { text } = await report(["--json"]);
    const json = JSON.parse(text) as { rows: Array<Record<string, unknown>>; missing: unknown[]; unreachable: unknown[] };
    expect(json.rows.map((r) => r.name)).toEqual(["tiny (tune)", "tiny (held-out)"]);
    expect(json.rows[0]).toMatchObject({ answerable: 2, hit1: 0.5, unanswerable: 0 });
    expect(json.rows[0]).not.toHaveProperty("failures");
    expect(json.missing).toEqual(TINY.missing);
    expect(json.unreachable).toEqual([
      { set: "tiny", split: "tune", q: "Von wem stammt das Foto von Lawrow und Rubio?" },
      { set: "tiny", split: "held-out" },
    ]);
  });
});
