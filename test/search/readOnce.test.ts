/**
 * createEngine reads each corpus file once, whether it builds (and saves) the index or loads a snapshot:
 * the bytes that give the snapshot key are the bytes the index is built from.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createEngine } from "../../src/search/engine.js";
import { SEED_FILES, tempCorpus } from "../fixtures/corpus.js";

const reads = vi.hoisted(() => new Map<string, number>());

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  const count = (file: unknown) => reads.set(String(file), (reads.get(String(file)) ?? 0) + 1);
  // Files are read with readFile or through a handle from open (capped reads): both count.
  const readFile = ((file: Parameters<typeof actual.readFile>[0], ...rest: unknown[]) => {
    count(file);
    return (actual.readFile as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof actual.readFile;
  const open = ((file: Parameters<typeof actual.open>[0], ...rest: unknown[]) => {
    count(file);
    return (actual.open as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof actual.open;
  return { ...actual, default: { ...actual, readFile, open }, readFile, open };
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
