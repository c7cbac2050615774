/**
 * createEngine reads each corpus file once, whether it builds (and saves) the index or loads a snapshot:
 * the bytes that give the snapshot key are the bytes the index is built from. A folder whose files are unchanged
 * since its snapshot (by their stat signature) is not read at all.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

  beforeAll(() => {
    corpus = tempCorpus(SEED_FILES);
    cacheDir = mkdtempSync(path.join(tmpdir(), "vb-cache-"));
  });
  beforeEach(() => reads.clear());
  afterAll(() => {
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

  beforeAll(async () => {
    corpus = tempCorpus(SEED_FILES);
    cacheDir = mkdtempSync(path.join(tmpdir(), "vb-cache-"));
    // Files written just now are "racy" (they may change again within one timestamp tick): wait until they are not.
    await new Promise((resolve) => setTimeout(resolve, RACY_WINDOW_MS + 200));
  });
  beforeEach(() => reads.clear());
  afterAll(() => {
    corpus.cleanup();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it("GIVEN a saved snapshot and unchanged files THEN the next start loads it without reading one article", async () => {
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
    const file = path.join(corpus.dir, SEED_FILES[0]!);
    const text = readFileSync(file, "utf8");
    // Same length, other words: only the change time tells.
    writeFileSync(file, text.replace("Waffenruhe", "Zwiebelmus"));
    expect(readFileSync(file).length).toBe(Buffer.byteLength(text));
    const engine = await createEngine(corpus.dir, { cacheDir });
    expect(articleReads()).toEqual(SEED_FILES.map(() => 1));
    expect(answer(engine, "Zwiebelmus").results[0]?.file).toBe(SEED_FILES[0]);
  });
});
