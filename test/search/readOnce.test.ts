/**
 * createEngine reads each corpus file once, whether it builds (and saves) the index or loads a snapshot:
 * the bytes that give the snapshot key are the bytes the index is built from. A folder whose files are unchanged
 * since its snapshot (by their stat signature) is not read at all.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { createEngine } from "../../src/search/engine.js";
import { RACY_WINDOW_MS } from "../../src/search/snapshot/folderSignature.js";
import { SEED_FILES, tempCorpus } from "../fixtures/corpus.js";

const reads = vi.hoisted(() => new Map<string, number>());

vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  // Article files are opened once and read through the descriptor (capped reads, loadCorpus.ts).
  const openSync = ((file: Parameters<typeof actual.openSync>[0], ...rest: unknown[]) => {
    reads.set(String(file), (reads.get(String(file)) ?? 0) + 1);
    return (actual.openSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof actual.openSync;
  return { ...actual, default: { ...actual, openSync }, openSync };
});

describe("createEngine reads the corpus once", () => {
  let corpus: { dir: string; cleanup: () => void };
  let cacheDir: string;
  const articleReads = () => SEED_FILES.map((f) => reads.get(path.join(corpus.dir, f)) ?? 0);

  // The files stay within the racy window (see below) by the clock the folder signature reads, however slowly the
  // machine runs: these starts read the folder, and the warm one must read each file once, not twice.
  beforeAll(() => {
    corpus = tempCorpus(SEED_FILES);
    cacheDir = mkdtempSync(path.join(tmpdir(), "vb-cache-"));
    vi.useFakeTimers({ toFake: ["Date"] });
  });
  beforeEach(() => {
    reads.clear();
    vi.setSystemTime(Math.max(...SEED_FILES.map((f) => statSync(path.join(corpus.dir, f)).ctimeMs)) + 1);
  });
  afterAll(() => {
    vi.useRealTimers();
    corpus.cleanup();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it("without a cache", async () => {
    await createEngine(corpus.dir);
    expect(articleReads()).toEqual(SEED_FILES.map(() => 1));
  });

  it("on a cold start that builds and saves a snapshot", async () => {
    const log: string[] = [];
    await createEngine(corpus.dir, { cacheDir, log: (m) => log.push(m) });
    expect(log.some((l) => /saved/.test(l))).toBe(true);
    expect(articleReads()).toEqual(SEED_FILES.map(() => 1));
  });

  it("on a warm start that loads the snapshot", async () => {
    const log: string[] = [];
    await createEngine(corpus.dir, { cacheDir, log: (m) => log.push(m) });
    expect(log.some((l) => /loaded/.test(l))).toBe(true);
    expect(articleReads()).toEqual(SEED_FILES.map(() => 1));
  });
});

describe("createEngine does not read a corpus whose files are unchanged since its snapshot", () => {
  let corpus: { dir: string; cleanup: () => void };
  let cacheDir: string;
  const articleReads = () => SEED_FILES.map((f) => reads.get(path.join(corpus.dir, f)) ?? 0);
  const first = () => path.join(corpus.dir, SEED_FILES[0]!);

  // The signature calls a file changed within RACY_WINDOW_MS before it is taken "racy" (it may change again within one
  // timestamp tick) and does not remember it. The change time cannot be set back, so the clock the signature reads is
  // set instead: past the window for files that are settled, just after a file's change for one that is not. No waiting.
  const realNow = () => performance.timeOrigin + performance.now();
  const clockPastRacyWindow = () => vi.setSystemTime(realNow() + RACY_WINDOW_MS + 1_000);
  const clockJustAfterChangeOf = (file: string) => vi.setSystemTime(statSync(file).ctimeMs + 1);

  beforeAll(() => {
    corpus = tempCorpus(SEED_FILES);
    cacheDir = mkdtempSync(path.join(tmpdir(), "vb-cache-"));
    vi.useFakeTimers({ toFake: ["Date"] });
  });
  beforeEach(() => reads.clear());
  afterAll(() => {
    vi.useRealTimers();
    corpus.cleanup();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it("GIVEN a saved snapshot and unchanged files THEN the next start loads it without reading one article", async () => {
    clockPastRacyWindow();
    await createEngine(corpus.dir, { cacheDir });
    expect(articleReads()).toEqual(SEED_FILES.map(() => 1));
    reads.clear();
    const log: string[] = [];
    const engine = await createEngine(corpus.dir, { cacheDir, log: (m) => log.push(m) });
    expect(log.some((l) => /loaded/.test(l))).toBe(true);
    expect(articleReads()).toEqual(SEED_FILES.map(() => 0));
    expect(engine.index.articles).toHaveLength(SEED_FILES.length);
  });

  it("GIVEN an article rewritten with the same size THEN the next start reads the folder and serves the new text", async () => {
    const text = readFileSync(first(), "utf8");
    // Same length, other words: only the change time tells (and the file is past the racy window: not read for that).
    writeFileSync(first(), text.replace("Waffenruhe", "Zwiebelmus"));
    expect(readFileSync(first()).length).toBe(Buffer.byteLength(text));
    clockPastRacyWindow();
    const engine = await createEngine(corpus.dir, { cacheDir });
    expect(articleReads()).toEqual(SEED_FILES.map(() => 1));
    expect(answer(engine, "Zwiebelmus").results[0]?.file).toBe(SEED_FILES[0]);
    // Its signature is remembered now: the next start reads nothing.
    reads.clear();
    await createEngine(corpus.dir, { cacheDir });
    expect(articleReads()).toEqual(SEED_FILES.map(() => 0));
  });

  it("GIVEN an article rewritten just before a start (within the racy window) THEN every start reads the folder until the file has settled", async () => {
    const text = readFileSync(first(), "utf8");
    writeFileSync(first(), text.replace("Zwiebelmus", "Kartoffels"));
    clockJustAfterChangeOf(first());
    await createEngine(corpus.dir, { cacheDir });
    expect(articleReads()).toEqual(SEED_FILES.map(() => 1));
    // Not remembered: the same signature is read again.
    reads.clear();
    await createEngine(corpus.dir, { cacheDir });
    expect(articleReads()).toEqual(SEED_FILES.map(() => 1));
    // Once the file is older than the window, one more read, and its signature is remembered.
    reads.clear();
    clockPastRacyWindow();
    await createEngine(corpus.dir, { cacheDir });
    expect(articleReads()).toEqual(SEED_FILES.map(() => 1));
    reads.clear();
    const engine = await createEngine(corpus.dir, { cacheDir });
    expect(articleReads()).toEqual(SEED_FILES.map(() => 0));
    expect(answer(engine, "Kartoffels").results[0]?.file).toBe(SEED_FILES[0]);
  });
});
