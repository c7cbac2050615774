/**
 * `cli check` reads and parses a corpus folder without building a core (src/core/checkCorpus.ts). It must report
 * exactly what the loaded core reports: the same problem lines in the same order (folder, articles, data files,
 * actors, empty corpus, suspicious articles) and the same article and passage counts. Each folder here is checked
 * both ways through the real loaders (loadCore builds the index; no snapshot cache), including 2 MB articles of
 * pathological shapes: 2 MB of dots in lines of 1,000 characters and 50,000 short lines.
 */
import { mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkCorpus } from "../../src/core/checkCorpus.js";
import { describeCoreProblems, emptyCorpusProblem, loadCore } from "../../src/core/loadCore.js";
import { findSuspicious, formatSuspicion } from "../../src/ingest/suspicious.js";
import { BAD_FILES, CORPUS_DIR, FILES, SEED_PASSAGES, seedText, tempCorpus } from "../fixtures/corpus.js";

/** What `check` printed before it stopped loading a core: the loaded core's problems, counts and suspicious articles. */
async function checkThroughCore(dir: string): Promise<{ problems: string[]; articles: number; passages: number }> {
  const core = await loadCore(dir);
  const empty = emptyCorpusProblem(core);
  const problems = [...describeCoreProblems(core), ...(empty ? [empty] : []), ...findSuspicious(core.engine.index.articles).map(formatSuspicion)];
  return { problems, ...core.stats() };
}

const dotsIn1000CharLines = Array.from({ length: 2000 }, () => ".".repeat(1000)).join("\n");
const shortLines = (end: string) => Array.from({ length: 50_000 }, (_, i) => `${`Zeile ${i} mit kurzem Text`.padEnd(39 - end.length, "x")}${end}`).join("\n");

const folders = {
  bad: tempCorpus([FILES.f000, FILES.f001], {
    ...Object.fromEntries(Object.entries(BAD_FILES).map(([name, { content }]) => [name, content])),
    "905_copy.txt": seedText(FILES.f001),
    "906_short.txt": "Ein kurzer Text.",
    "articles.json": "{ kaputt",
    "actors.json": '{"version": 1, "actors": [{"id": "x"}]}',
    "variants.json": '{"version": 2}',
  }),
  empty: tempCorpus([]),
  onlyBad: tempCorpus([], { "900_empty.txt": "" }),
  pathological: tempCorpus([], {
    "001_dots.txt": dotsIn1000CharLines,
    "002_lines.txt": shortLines(""),
    "003_sentences.txt": shortLines("."),
  }),
};

afterAll(() => {
  for (const folder of Object.values(folders)) folder.cleanup();
});

describe("GIVEN corpus folders with every kind of problem", () => {
  it("THEN the seed corpus is checked as the core loads it: no problem, its articles and passages", async () => {
    expect(await checkCorpus(CORPUS_DIR)).toEqual(await checkThroughCore(CORPUS_DIR));
    expect((await checkCorpus(CORPUS_DIR)).passages).toBe(SEED_PASSAGES);
  });

  it("THEN bad articles, broken data files, a link, a subfolder, a copy and a short text give the core's lines in its order", async () => {
    const dir = folders.bad.dir;
    mkdirSync(path.join(dir, "archiv"), { recursive: true });
    symlinkSync(path.join(CORPUS_DIR, FILES.f002), path.join(dir, FILES.f002));
    const checked = await checkCorpus(dir);
    expect(checked).toEqual(await checkThroughCore(dir));
    for (const name of [...Object.keys(BAD_FILES), "archiv/", FILES.f002, "articles.json", "905_copy.txt", "906_short.txt"]) {
      expect(checked.problems.some((p) => p.includes(name)), name).toBe(true);
    }
    expect(checked.problems.some((p) => p.startsWith("actors:"))).toBe(true);
    expect(checked.problems.some((p) => p.includes("variants.json"))).toBe(true);
  });

  it("THEN an empty folder and a folder of bad files are each reported as having no articles", async () => {
    for (const { dir } of [folders.empty, folders.onlyBad]) {
      const checked = await checkCorpus(dir);
      expect(checked).toEqual(await checkThroughCore(dir));
      expect(checked.articles).toBe(0);
      expect(checked.problems.at(-1)).toMatch(/no articles/);
    }
  });

  it("THEN a missing folder throws the core's one-line message", async () => {
    const missing = path.join(folders.empty.dir, "gibt-es-nicht");
    const [a, b] = await Promise.allSettled([checkCorpus(missing), loadCore(missing)]);
    expect(a.status).toBe("rejected");
    expect((a as PromiseRejectedResult).reason.message).toBe((b as PromiseRejectedResult).reason.message);
  });
});

describe("GIVEN 2 MB articles of pathological shapes (dots in 1,000-character lines, 50,000 short lines)", () => {
  it("THEN check completes and counts the articles and passages the core serves, with no problem", async () => {
    const checked = await checkCorpus(folders.pathological.dir);
    expect(checked).toEqual(await checkThroughCore(folders.pathological.dir));
    expect(checked.articles).toBe(3);
    expect(checked.problems).toEqual([]);
    // 50,000 lines ending in a full stop are body text, a passage each; short lines without one are headings, dots nothing.
    expect(checked.passages).toBe(50_000);
  });
});
