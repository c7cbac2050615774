/**
 * A cache folder that cannot be used (INDEX_CACHE_DIR set to a file, or inside one) costs the cache, nothing else:
 * the writes that would fill it fail, and the catch that ignores the failure must not throw on its own clean-up
 * (`rm(…, { force: true })` swallows only ENOENT, not the ENOTDIR of a folder that is a file).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCore } from "../../src/core/loadCore.js";
import { createEngine } from "../../src/search/engine.js";
import { derivedCache } from "../../src/search/snapshot/derived.js";
import { knownKey, rememberKey } from "../../src/search/snapshot/folderSignature.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

const dir = mkdtempSync(path.join(tmpdir(), "vb-unusable-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const aFile = path.join(dir, "a-file");
writeFileSync(aFile, "not a folder\n");

describe.each([
  ["a file", aFile],
  ["a folder inside a file", path.join(aFile, "cache")],
])("GIVEN a cache folder that is %s", (_kind, cacheDir) => {
  it("THEN a derived value is computed and returned each time, never thrown over, and the file is left alone", () => {
    let calls = 0;
    const cache = derivedCache(cacheDir, "k");
    expect(cache.get("actors", "s", () => ++calls)).toBe(1);
    expect(cache.get("actors", "s", () => ++calls)).toBe(2);
    expect(cache.has("actors", "s")).toBe(false);
    expect(readFileSync(aFile, "utf8")).toBe("not a folder\n");
  });

  it("THEN a folder signature is not remembered, without an error", () => {
    expect(() => rememberKey(cacheDir, { signature: "0".repeat(32), racy: false }, "1".repeat(32))).not.toThrow();
    expect(knownKey(cacheDir, "0".repeat(32))).toBeNull();
  });

  it("THEN a core loads with one warning, and its timeline (which derives the actors) works as without a cache", async () => {
    const warnings: string[] = [];
    const fresh = await loadCore(CORPUS_DIR);
    const core = await loadCore(CORPUS_DIR, (d, hooks) => createEngine(d, { cacheDir, warn: (m) => warnings.push(m), ...hooks }));
    expect(warnings).toEqual([expect.stringMatching(/^index: snapshot not saved \(/)]);
    expect(core.timeline("Lawrow")).toEqual(fresh.timeline("Lawrow"));
    expect(readFileSync(aFile, "utf8")).toBe("not a folder\n");
  });
});
