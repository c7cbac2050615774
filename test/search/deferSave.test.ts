/**
 * A built index returned before its snapshot is saved (createEngine's `deferSave`): the snapshot is saved once, when
 * the caller asks, and served to the next start (the CLI's use of it: test/cli/askSaveOrder.test.ts).
 */
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/search/engine.js";
import { snapshotFiles } from "../support/cacheFiles.js";
import { tempDirs } from "../support/tempDirs.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

const freshCache = tempDirs("vb-defer-save-");
const snapshots = snapshotFiles;

describe("createEngine with deferSave", () => {
  it("GIVEN a cold start THEN the index comes before its snapshot, saveSnapshot saves it once, and the next start loads it", async () => {
    const cacheDir = await freshCache();
    const built = await createEngine(CORPUS_DIR, { cacheDir, deferSave: true });
    expect(snapshots(cacheDir)).toEqual([]);
    const saving = built.saveSnapshot!();
    expect(built.saveSnapshot!()).toBe(saving);
    await saving;
    expect(snapshots(cacheDir)).toHaveLength(1);
    const log: string[] = [];
    const warm = await createEngine(CORPUS_DIR, { cacheDir, deferSave: true, log: (m) => log.push(m) });
    expect(log.some((l) => /loaded/.test(l))).toBe(true);
    expect(warm.saveSnapshot).toBeUndefined();
    expect(warm.index.passages.length).toBe(built.index.passages.length);
  });

  it("GIVEN no deferSave THEN the snapshot is saved before createEngine returns", async () => {
    const cacheDir = await freshCache();
    const built = await createEngine(CORPUS_DIR, { cacheDir });
    expect(snapshots(cacheDir)).toHaveLength(1);
    expect(built.saveSnapshot).toBeUndefined();
  });
});
