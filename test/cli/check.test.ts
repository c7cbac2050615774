/**
 * `cli check` as an external program on corpora that are wrong in ways the caps and the folder scan catch:
 * every cap is reported by file and reason; an empty or missing folder and skipped entries (symbolic links,
 * subfolders) are named; pathological 2 MB articles are parsed (a parser that rescans would not finish);
 * settings are never echoed, and a folder setting that looks like a token is named as suspicious, not printed.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ACTORS_PER_FILE, MAX_ARTICLE_BYTES, MAX_DATA_FILE_BYTES, MAX_LINE_CHARS } from "../../src/config/limits.js";
import { CORPUS_DIR, FILES, tempCorpus } from "../fixtures/corpus.js";
import { type Run, runCli } from "../support/runCli.js";

const cli = (args: string[], env: Record<string, string>): Promise<Run> => runCli(args, env);

const actorsWith = (aliases: number) =>
  JSON.stringify({
    version: 1,
    actors: [{ id: "viele", name: "Viele Namen", aliases: Array.from({ length: aliases }, (_, i) => `Name Nummer ${i}`), roles: [] }],
  });

describe("GIVEN a corpus with a file over each cap", () => {
  const tmp = tempCorpus([FILES.f000], {
    "900_long_line.txt": `Kurze erste Zeile.\n${"Wort ".repeat(MAX_LINE_CHARS / 5)}x\n`,
    "901_huge.txt": `Ein Artikel. ${"a".repeat(MAX_ARTICLE_BYTES)}`,
    "actors.json": actorsWith(101),
    // Valid JSON, padded past the cap.
    "synonyms.de.json": `{"version": 1, "groups": []}${" ".repeat(MAX_DATA_FILE_BYTES)}`,
    "articles.json": `{"version": 1, "articles": {}}${" ".repeat(MAX_DATA_FILE_BYTES)}`,
  });
  let run: Run;
  beforeAll(async () => {
    run = await cli(["check"], { CORPUS_DIR: tmp.dir });
  });
  afterAll(() => tmp.cleanup());

  it("THEN check exits 1 and names each file with its cap", () => {
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain(`corpus: 900_long_line.txt: line 2 is longer than ${MAX_LINE_CHARS} characters (${MAX_LINE_CHARS + 1})`);
    expect(run.stdout).toContain(`corpus: 901_huge.txt: larger than 2 MB (${MAX_ARTICLE_BYTES} bytes)`);
    expect(run.stdout).toMatch(/actors: .*actors\.json: actors\[0\]\.aliases: at most 100 aliases per actor/);
    expect(run.stdout).toMatch(/^synonyms: .*synonyms\.de\.json: larger than 8 MB/m);
    expect(run.stdout).toContain("corpus: articles.json: larger than 8 MB");
    // Each file once: its loader names it, the folder scan does not name it again.
    expect(run.stdout.match(/larger than 8 MB/g)).toHaveLength(2);
    expect(run.stdout).toMatch(/^1 articles, \d+ passages, 5 problems$/m);
  });
});

describe("GIVEN actors.json with more actors than one file may hold", () => {
  const many = JSON.stringify({
    version: 1,
    actors: Array.from({ length: MAX_ACTORS_PER_FILE + 1 }, (_, i) => ({ id: `person-${i}`, name: `Person Nummer ${i}`, aliases: [], roles: [] })),
  });
  const tmp = tempCorpus([FILES.f000], { "actors.json": many });
  let run: Run;
  beforeAll(async () => {
    run = await cli(["check"], { CORPUS_DIR: tmp.dir });
  });
  afterAll(() => tmp.cleanup());

  it("THEN check exits 1 and names actors.json with the cap on actors per file", () => {
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`actors: .*actors\\.json: actors: at most ${MAX_ACTORS_PER_FILE} actors per file`));
    expect(run.stdout).toMatch(/^1 articles, \d+ passages, 1 problems$/m);
  });
});

describe("GIVEN corpus folders that are empty, missing, or hold links and subfolders", () => {
  const empty = tempCorpus([]);
  const odd = tempCorpus([FILES.f000]);
  let runs: Record<"empty" | "missing" | "odd", Run>;
  beforeAll(async () => {
    mkdirSync(path.join(odd.dir, "archiv"));
    writeFileSync(path.join(odd.dir, "archiv", "005_alt.txt"), "Ein alter Artikel.");
    symlinkSync(path.join(CORPUS_DIR, FILES.f001), path.join(odd.dir, FILES.f001));
    writeFileSync(path.join(odd.dir, ".006_versteckt.txt"), "Ein versteckter Artikel über Lawrow.");
    writeFileSync(path.join(odd.dir, "007_GROSS.TXT"), "Ein Artikel mit großer Endung über Lawrow.");
    const [e, m, o] = await Promise.all([
      cli(["check"], { CORPUS_DIR: empty.dir }),
      cli(["check"], { CORPUS_DIR: path.join(empty.dir, "gibt-es-nicht") }),
      cli(["check"], { CORPUS_DIR: odd.dir }),
    ]);
    runs = { empty: e!, missing: m!, odd: o! };
  });
  afterAll(() => {
    empty.cleanup();
    odd.cleanup();
  });

  it("THEN an empty folder is reported as having no articles, exit 1", () => {
    expect(runs.empty.code).toBe(1);
    expect(runs.empty.stdout).toContain(`corpus: ${empty.dir}: no articles: the folder holds no *.txt files`);
  });

  it("THEN a missing folder is one line saying it does not exist and naming CORPUS_DIR, exit 1, no stack trace", () => {
    expect(runs.missing.code).toBe(1);
    expect(runs.missing.stderr.trim()).toBe(
      `corpus: ${path.join(empty.dir, "gibt-es-nicht")}: cannot read folder: it does not exist (set CORPUS_DIR to the folder of article files)`,
    );
  });

  it("THEN a symbolic link, a subfolder, a hidden file and a .TXT file are each reported as skipped, and the real article loads", () => {
    expect(runs.odd.code).toBe(1);
    expect(runs.odd.stdout).toContain(`corpus: ${FILES.f001}: skipped: a symbolic link`);
    expect(runs.odd.stdout).toContain("corpus: archiv/: skipped: a subfolder");
    expect(runs.odd.stdout).toContain("corpus: .006_versteckt.txt: skipped: a hidden file (its name starts with a dot)");
    expect(runs.odd.stdout).toContain("corpus: 007_GROSS.TXT: skipped: article files end in .txt (lower case)");
    expect(runs.odd.stdout).toMatch(/^1 articles, \d+ passages, 4 problems$/m);
  });
});

describe("GIVEN 2 MB articles of pathological shapes", () => {
  // Lines stay under the line cap: the parser, not the cap, must cope with them.
  const dotsLine = `${".".repeat(MAX_LINE_CHARS - 2)}x`;
  const tmp = tempCorpus([], {
    "001_dots.txt": Array.from({ length: 20 }, () => dotsLine).join("\n"),
    "002_lines.txt": Array.from({ length: 50_000 }, (_, i) => `Zeile ${i} mit kurzem Text.`.padEnd(39, "x")).join("\n"),
  });
  let run: Run;
  beforeAll(async () => {
    run = await cli(["check"], { CORPUS_DIR: tmp.dir });
  });
  afterAll(() => tmp.cleanup());

  it("THEN check parses both and reports no problem", () => {
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^2 articles, \d+ passages, 0 problems$/m);
  });
});

describe("settings are never echoed", () => {
  const TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.GhT0kN.c2VjcmV0LXRva2VuLXZhbHVlLWZvci10ZXN0cw";
  let runs: Record<"wrongPlaces" | "tokenAsFolder", Run>;
  beforeAll(async () => {
    const [wrongPlaces, tokenAsFolder] = await Promise.all([
      cli(["check"], {
        CORPUS_DIR,
        DISCORD_TOKEN: TOKEN,
        DISCORD_CLIENT_ID: TOKEN,
        DISCORD_GUILD_ID: TOKEN,
        DISCORD_API_BASE: TOKEN,
        LOG_LEVEL: TOKEN,
        ASK_COOLDOWN_COUNT: TOKEN,
        CORPUS_WATCH: TOKEN,
        ALLOW_EMPTY_CORPUS: TOKEN,
      }),
      // Pasted into the folder settings, without DISCORD_TOKEN set to compare with.
      cli(["check"], { CORPUS_DIR: TOKEN, INDEX_CACHE_DIR: `./cache/${TOKEN}` }),
    ]);
    runs = { wrongPlaces: wrongPlaces!, tokenAsFolder: tokenAsFolder! };
  });

  it("GIVEN the token in every other setting THEN each is named as invalid and the token appears nowhere", () => {
    const { code, stdout, stderr } = runs.wrongPlaces;
    expect(code).toBe(2);
    for (const key of ["DISCORD_CLIENT_ID", "DISCORD_GUILD_ID", "DISCORD_API_BASE", "LOG_LEVEL", "ASK_COOLDOWN_COUNT", "CORPUS_WATCH", "ALLOW_EMPTY_CORPUS"]) {
      expect(stderr).toContain(`env: ${key}:`);
    }
    expect(stdout + stderr).not.toContain(TOKEN);
    expect(stdout + stderr).not.toContain(TOKEN.split(".")[2]);
  });

  it("GIVEN a token as CORPUS_DIR and inside INDEX_CACHE_DIR THEN both are named as suspicious and the token appears nowhere", () => {
    const { code, stdout, stderr } = runs.tokenAsFolder;
    expect(code).toBe(2);
    expect(stderr).toContain("env: CORPUS_DIR: looks like a Discord bot token");
    expect(stderr).toContain("env: INDEX_CACHE_DIR: looks like a Discord bot token");
    expect(stdout + stderr).not.toContain(TOKEN);
    expect(stdout + stderr).not.toContain(TOKEN.split(".")[2]);
  });
});

describe.runIf(process.platform === "linux")("GIVEN data files that are FIFOs (named pipes), which no writer ever opens", () => {
  const tmp = tempCorpus([FILES.f000], {});
  let run: Run;
  beforeAll(async () => {
    for (const name of ["articles.json", "actors.json", "synonyms.de.json", "variants.json"]) {
      const made = spawnSync("mkfifo", [path.join(tmp.dir, name)]);
      if (made.status !== 0) throw new Error(`mkfifo ${name}: ${String(made.stderr)}`);
    }
    run = await cli(["check"], { CORPUS_DIR: tmp.dir });
  });
  afterAll(() => tmp.cleanup());

  it("THEN check finishes (reading one would wait for ever), names each as not a regular file and exits 1", () => {
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain("corpus: articles.json: cannot read (not a regular file)");
    for (const what of ["actors", "synonyms", "variants"]) expect(run.stdout).toMatch(new RegExp(`^${what}: .*: cannot read file \\(not a regular file\\)$`, "m"));
    expect(run.stdout).toMatch(/^1 articles, \d+ passages, 4 problems$/m);
  });
});
