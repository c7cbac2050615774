/**
 * A corpus that changed by a few articles is brought up to date from the snapshot of the corpus before it (add and
 * remove through MiniSearch), not rebuilt; what it answers equals a full build of the same files.
 */
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { createEngine, type LoadedEngine } from "../../src/search/engine.js";
import { SEED_FILES, tempCorpus } from "../fixtures/corpus.js";

const NEW_ARTICLE = " date 2025-04\nDie Delegationen trafen sich in Istanbul. Der Gouverneur von Sewastopol, Michail Raswoschajew, nannte das Treffen nutzlos.\n";
const QUESTIONS = ["Was nannte Raswoschajew nutzlos?", "Wie alt ist Keith Kellogg?", "Mit wem telefonierte Rubio?", "Was sagte Selenskyj über Merz?"];

const top = (engine: LoadedEngine, q: string) => answer(engine, q).results.map((r) => `${r.file}:${r.passageId}:${r.quote}`);

describe("createEngine: a few changed articles update the previous snapshot", () => {
  let corpus: { dir: string; cleanup: () => void };
  let cacheDir: string;
  const logs: string[] = [];
  const load = () => createEngine(corpus.dir, { cacheDir, log: (m) => logs.push(m) });

  beforeAll(() => {
    corpus = tempCorpus(SEED_FILES);
    cacheDir = mkdtempSync(path.join(tmpdir(), "vb-incr-"));
  });
  afterAll(() => {
    corpus.cleanup();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it("GIVEN a new article THEN the index is updated from the snapshot, answers it, and equals a full build", async () => {
    await load();
    writeFileSync(path.join(corpus.dir, "005_neu.txt"), NEW_ARTICLE);
    logs.length = 0;
    const updated = await load();
    expect(logs.some((l) => /updated from snapshot .*\(1 added or changed, 0 removed/.test(l)), logs.join("\n")).toBe(true);
    expect(logs.some((l) => l.startsWith("index: built"))).toBe(false);
    const full = await createEngine(corpus.dir, { cacheDir: null });
    expect(answer(updated, QUESTIONS[0]!).results[0]?.file).toBe("005_neu.txt");
    for (const q of QUESTIONS) expect(top(updated, q)).toEqual(top(full, q));
  });

  it("GIVEN the same files again THEN the updated corpus's own snapshot serves", async () => {
    logs.length = 0;
    await load();
    expect(logs.some((l) => /snapshot .* loaded/.test(l))).toBe(true);
  });

  it("GIVEN an article removed THEN it is removed from the snapshot's index, not rebuilt", async () => {
    unlinkSync(path.join(corpus.dir, SEED_FILES[2]!));
    logs.length = 0;
    const updated = await load();
    expect(logs.some((l) => /\(0 added or changed, 1 removed/.test(l)), logs.join("\n")).toBe(true);
    expect(updated.index.articles.map((a) => a.file)).not.toContain(SEED_FILES[2]);
    expect(updated.index.articles.map((a) => a.file)).toContain("005_neu.txt");
    const full = await createEngine(corpus.dir, { cacheDir: null });
    for (const q of QUESTIONS) expect(top(updated, q)).toEqual(top(full, q));
  });
});
