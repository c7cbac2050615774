/**
 * Specification of the terminal CLI as an external program: JSON contracts of ask / timeline / source,
 * batch mode on stdin, errors without stack traces, and `check` on a corpus with bad files.
 * The CLI is spawned a few times only (each start takes about a second); all spawns start together.
 */

import { closeSync, existsSync, openSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_BROKEN_PIPE } from "../../src/util/runMain.js";
import { BAD_FILES, CORPUS_DIR, FILES, seedBody, squash, tempCorpus } from "../fixtures/corpus.js";
import { TIMELINE_CORPUS_DIR } from "../fixtures/timelineCorpus.js";
import { type Run, runCli } from "../support/runCli.js";

const cli = (args: string[], options: { stdin?: string; corpus?: string } = {}): Promise<Run> =>
  runCli(args, { CORPUS_DIR: options.corpus ?? CORPUS_DIR }, options.stdin ?? "");

/** No stack trace: no "    at fn (file:line:col)" lines and no "Error:" dumps of internals. */
const STACK = /^\s+at\s.+[:(]\d+|node:internal|\.ts:\d+:\d+/m;

const bad = Object.fromEntries(
  Object.entries(BAD_FILES)
    .filter(([name]) => ["900_empty.txt", "902_binary.txt", "903_month13.txt"].includes(name))
    .map(([name, f]) => [name, f.content]),
);
const tmp = tempCorpus([FILES.f000, FILES.f002, FILES.f004], bad);
const BATCH = ["Wie alt ist Keith Kellogg?", "", "%%%", "Was ist das?", "Wer hat das Fußballspiel gewonnen?", "Wann stimmte die Ukraine der Waffenruhe zu?"];

const PNG = path.join(tmp.dir, "out", "zeitleiste.png");
/** The cache of `ask` and `timeline` runs that keep one: the snapshot, and the actors only when a command needed them. */
const CACHES = { ask: path.join(tmp.dir, "cache-ask"), timeline: path.join(tmp.dir, "cache-timeline") };

let runs: Record<"ask" | "batch" | "timeline" | "unknownActor" | "source" | "check" | "askBad" | "august" | "png" | "askCached" | "timelineCached", Run>;
beforeAll(async () => {
  const { mkdirSync } = await import("node:fs");
  mkdirSync(path.dirname(PNG), { recursive: true });
  const [ask, batch, timeline, unknownActor, source, check, askBad, august, png, askCached, timelineCached] = await Promise.all([
    cli(["ask", "--json", "Wie alt ist Keith Kellogg?"]),
    cli(["ask", "--json"], { stdin: `${BATCH.join("\n")}\n` }),
    cli(["timeline", "--json", "Lavrov"]),
    cli(["timeline", "--json", "Boris Johnson"]),
    cli(["source", "--json", FILES.f000]),
    cli(["check"], { corpus: tmp.dir }),
    cli(["ask", "--json", "Wie alt ist Keith Kellogg?"], { corpus: tmp.dir }),
    cli(["timeline", "--json", "Trump", "--from", "2025-08", "--to=2025-08"], { corpus: TIMELINE_CORPUS_DIR }),
    cli(["timeline", "Selenskyj", "--png", PNG, "--lang", "en"]),
    runCli(["ask", "--json", "Wie alt ist Keith Kellogg?"], { CORPUS_DIR, INDEX_CACHE_DIR: CACHES.ask }),
    runCli(["timeline", "--json", "Lavrov"], { CORPUS_DIR, INDEX_CACHE_DIR: CACHES.timeline }),
  ]);
  runs = { ask: ask!, batch: batch!, timeline: timeline!, unknownActor: unknownActor!, source: source!, check: check!, askBad: askBad!, august: august!, png: png!, askCached: askCached!, timelineCached: timelineCached! };
});
afterAll(() => tmp.cleanup());

const onlyJsonLine = (r: Run) => {
  const lines = r.stdout.split("\n").filter((l) => l.trim());
  expect(lines, r.stdout).toHaveLength(1);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
};

describe('GIVEN `ask --json "Wie alt ist Keith Kellogg?"`', () => {
  it("THEN it exits 0 and prints one JSON object with the contract fields and ≤ 5 results", () => {
    expect(runs.ask.code, runs.ask.stderr).toBe(0);
    const json = onlyJsonLine(runs.ask);
    expect(json["question"]).toBe("Wie alt ist Keith Kellogg?");
    expect(json["abstained"]).toBe(false);
    const results = json["results"] as Array<Record<string, unknown>>;
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(5);
    for (const r of results) {
      expect(r).toEqual(
        expect.objectContaining({
          articleId: expect.any(String),
          file: expect.any(String),
          title: expect.any(String),
          passage: expect.any(String),
          quote: expect.any(String),
          score: expect.any(Number),
        }),
      );
      expect(r["date"] === null || typeof r["date"] === "string").toBe(true);
      expect(seedBody(r["file"] as string)).toContain(r["quote"] as string);
    }
    expect(results[0]!["quote"]).toContain("80-Jährige");
    expect(results[0]!["file"]).toBe(FILES.f000);
    expect(results[0]!["date"]).toBe("2025-03");
  });
});

describe("GIVEN batch mode: 6 questions on stdin including an empty line and \"%%%\"", () => {
  it("THEN exactly 6 JSON lines, one per input line, in order", () => {
    expect(runs.batch.code, runs.batch.stderr).toBe(0);
    const lines = runs.batch.stdout.split("\n").filter((l) => l.length > 0);
    expect(lines).toHaveLength(6);
    const answers = lines.map((l) => JSON.parse(l) as { question: string; abstained: boolean; reason?: string });
    expect(answers.map((a) => a.question)).toEqual(BATCH);
    expect(answers[0]!.abstained).toBe(false);
    expect(answers[1]).toMatchObject({ abstained: true, reason: "empty" });
    expect(answers[2]!.abstained).toBe(true);
    expect(answers[3]).toMatchObject({ abstained: true, reason: "no_content" });
    expect(answers[4]).toMatchObject({ abstained: true, reason: "not_covered" });
    expect(answers[5]!.abstained).toBe(false);
  });
});

describe("GIVEN `timeline --json Lavrov`", () => {
  it("THEN {actor:{id,name}, events:[{date,file,articleId,title,quote,alsoIn}]} in chronological order", () => {
    expect(runs.timeline.code, runs.timeline.stderr).toBe(0);
    const json = onlyJsonLine(runs.timeline) as { actor: { id: string; name: string }; events: Array<Record<string, unknown>> };
    expect(json.actor).toMatchObject({ id: "lawrow", name: "Sergej Lawrow" });
    expect(json.events.length).toBeGreaterThan(0);
    for (const e of json.events) {
      expect(e).toEqual(
        expect.objectContaining({ file: expect.any(String), articleId: expect.any(String), title: expect.any(String), quote: expect.any(String), alsoIn: expect.any(Array) }),
      );
      expect(typeof e["date"]).toBe("string");
      expect(seedBody(e["file"] as string)).toContain(e["quote"] as string);
    }
    const dates = json.events.map((e) => (e["date"] as string).slice(0, 7));
    expect(dates).toEqual([...dates].sort());
  });
});

describe("GIVEN INDEX_CACHE_DIR", () => {
  const kinds = (dir: string) => readdirSync(dir).map((f) => f.split("-")[0]).sort();
  it("THEN an answered `ask` caches the index's snapshot but discovers no actors, and `timeline` caches the actors and facts too", () => {
    expect(runs.askCached.code, runs.askCached.stderr).toBe(0);
    expect(onlyJsonLine(runs.askCached)["abstained"]).toBe(false);
    expect(kinds(CACHES.ask)).toEqual(["base", "index", "signature"]);
    expect(runs.timelineCached.code, runs.timelineCached.stderr).toBe(0);
    expect(kinds(CACHES.timeline)).toEqual(["base", "derived", "derived", "index", "signature"]);
  });
});

describe("GIVEN `timeline --json Trump --from 2025-08 --to 2025-08` over the timeline corpus", () => {
  it("THEN only August events, each with the contract fields plus reports, and the range echoed", () => {
    expect(runs.august.code, runs.august.stderr).toBe(0);
    const json = onlyJsonLine(runs.august) as { actor: { id: string }; range: unknown; events: Array<Record<string, unknown>> };
    expect(json.actor.id).toBe("trump");
    expect(json.range).toEqual({ from: "2025-08", to: "2025-08" });
    expect(json.events.length).toBeGreaterThan(0);
    for (const e of json.events) {
      expect(String(e["date"]).startsWith("2025-08")).toBe(true);
      expect(e).toEqual(expect.objectContaining({ precision: expect.any(String), file: expect.any(String), articleId: expect.any(String), title: expect.any(String), quote: expect.any(String), alsoIn: expect.any(Array), reports: expect.any(Number) }));
    }
  });
});

describe("GIVEN `timeline Selenskyj --png FILE --lang en`", () => {
  it("THEN the text timeline on stdout and a PNG under 1 MB in FILE", () => {
    expect(runs.png.code, runs.png.stderr).toBe(0);
    expect(runs.png.stdout).toContain("Timeline: Volodymyr Zelensky");
    const png = readFileSync(PNG);
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.length).toBeLessThan(1_000_000);
  });
});

describe("GIVEN `timeline --json \"Boris Johnson\"` (unknown actor)", () => {
  it('THEN a non-zero exit and {"error":{"code","message","suggestions"}} on stdout, with no stack trace anywhere', () => {
    expect(runs.unknownActor.code).not.toBe(0);
    const json = onlyJsonLine(runs.unknownActor) as { error: { code: string; message: string; suggestions: unknown } };
    expect(json.error.code).toBe("unknown_actor");
    expect(typeof json.error.message).toBe("string");
    expect(Array.isArray(json.error.suggestions)).toBe(true);
    expect(runs.unknownActor.stdout).not.toMatch(STACK);
    expect(runs.unknownActor.stderr).not.toMatch(STACK);
  });
});

describe(`GIVEN \`source --json ${FILES.f000}\``, () => {
  it("THEN {articleId, file, title, date, text} with the file's text (without the date marker)", () => {
    expect(runs.source.code, runs.source.stderr).toBe(0);
    const json = onlyJsonLine(runs.source);
    expect(json).toMatchObject({ articleId: "000_4a36d75bdf1d0814", file: FILES.f000, date: "2025-03" });
    expect(typeof json["title"]).toBe("string");
    expect(squash(json["text"] as string)).toBe(squash(seedBody(FILES.f000)));
  });
});

describe("GIVEN CORPUS_DIR with an empty file, a binary file and a \"date 2025-13\" file beside good ones", () => {
  it("THEN `check` exits 1 and names each bad file on stdout, without a stack trace", () => {
    expect(runs.check.code).toBe(1);
    for (const name of Object.keys(bad)) expect(runs.check.stdout).toContain(name);
    expect(runs.check.stdout).toContain("2025-13");
    expect(runs.check.stdout).toMatch(/3 articles/);
    expect(runs.check.stdout + runs.check.stderr).not.toMatch(STACK);
  });

  it("THEN `ask` still answers from the good files", () => {
    expect(runs.askBad.code, runs.askBad.stderr).toBe(0);
    const json = onlyJsonLine(runs.askBad) as { abstained: boolean; results: Array<{ file: string; quote: string }> };
    expect(json.abstained).toBe(false);
    expect(json.results[0]!.file).toBe(FILES.f000);
    expect(json.results[0]!.quote).toContain("80-Jährige");
  });
});

describe("GIVEN an INDEX_CACHE_DIR the snapshot cannot be saved in (a file)", () => {
  it("THEN ask answers, and stderr says the snapshot was not saved and what to set, at the default log level", async () => {
    // A file of the test's own temporary folder (an article of its corpus copy), never one of the repository.
    const run = await runCli(["ask", "--json", "Lawrow"], { CORPUS_DIR, INDEX_CACHE_DIR: path.join(tmp.dir, FILES.f000), LOG_LEVEL: "info" });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).abstained).toBe(false);
    expect(run.stderr).toMatch(/^index: snapshot not saved \(.*\); every start builds the index until INDEX_CACHE_DIR is a writable folder \(or "off"\)$/m);
    expect(run.stderr).not.toMatch(STACK);
  });

  it("THEN timeline (which caches the actors it derives) exits 0, and a batch's abstention keeps its corpus block", async () => {
    const env = { CORPUS_DIR, INDEX_CACHE_DIR: path.join(tmp.dir, FILES.f000), LOG_LEVEL: "info" };
    const timeline = await runCli(["timeline", "--json", "Lawrow"], env);
    expect(timeline.code, timeline.stderr).toBe(0);
    expect(JSON.parse(timeline.stdout).events.length).toBeGreaterThan(0);
    const batch = await runCli(["ask", "--json"], env, "Lawrow\nWetter?\n");
    expect(batch.code, batch.stderr).toBe(0);
    const abstention = JSON.parse(batch.stdout.trim().split("\n")[1]!);
    expect(abstention).toMatchObject({ abstained: true, corpus: { articles: expect.any(Number) } });
    expect(abstention.error).toBeUndefined();
    expect(timeline.stderr + batch.stderr).not.toMatch(/ENOTDIR/);
    expect(timeline.stderr + batch.stderr).not.toMatch(STACK);
  });
});

describe("GIVEN `timeline --png` into a folder that does not exist", () => {
  it("THEN exit 1 and one line naming the user's path and why, not the temporary file the write went through", async () => {
    const target = path.join(tmp.dir, "no-such-folder", "x.png");
    const run = await runCli(["timeline", "Lawrow", "--png", target], { CORPUS_DIR });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`timeline: cannot write ${target}: ENOENT: no such file or directory\n`);
  });
});

describe("GIVEN standard output that fails", () => {
  it("WHEN the reader goes away in the middle of a batch (`| head -1`) THEN the CLI ends quietly: nothing on stderr, exit 141 as by SIGPIPE", async () => {
    // 3,000 answers are megabytes: far more than a pipe holds, so the CLI is still writing when the pipe closes.
    const questions = Array.from({ length: 3000 }, (_, i) => `Lawrow ${i}`).join("\n");
    const run = await runCli(["ask", "--json"], { CORPUS_DIR }, `${questions}\n`, { closeAfterFirstChunk: true });
    expect(run.stdout.length).toBeGreaterThan(0);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(EXIT_BROKEN_PIPE);
  });

  it.runIf(existsSync("/dev/full"))("WHEN the output cannot be written (a full disk) THEN one line on stderr, exit 1, no stack trace", async () => {
    const fd = openSync("/dev/full", "w");
    try {
      const run = await runCli(["ask", "--json", "Lawrow"], { CORPUS_DIR }, undefined, { fd });
      expect(run.code).toBe(1);
      expect(run.stderr).not.toMatch(STACK);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(/cannot write the output: ENOSPC/);
    } finally {
      closeSync(fd);
    }
  });
});
