/** Costly values derived from a corpus are cached beside its snapshot: computed once per key, name and salt. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCore } from "../../src/core/loadCore.js";
import { createEngine } from "../../src/search/engine.js";
import { derivedCache } from "../../src/search/snapshot/derived.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

const dir = mkdtempSync(path.join(tmpdir(), "vb-derived-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("derivedCache", () => {
  it("computes once per key, name and salt; a damaged file is computed again", () => {
    let calls = 0;
    const compute = () => {
      calls++;
      return { actors: [{ id: "x", name: "X" }], n: calls };
    };
    const cache = derivedCache(dir, "k1");
    expect(cache.get("actors", "s", compute)).toEqual({ actors: [{ id: "x", name: "X" }], n: 1 });
    expect(derivedCache(dir, "k1").get("actors", "s", compute).n).toBe(1);
    expect(derivedCache(dir, "k2").get("actors", "s", compute).n).toBe(2);
    expect(derivedCache(dir, "k1").get("actors", "other", compute).n).toBe(3);
    for (const f of readdirSync(dir)) writeFileSync(path.join(dir, f), "not v8");
    expect(derivedCache(dir, "k1").get("actors", "s", compute).n).toBe(4);
  });

  it("GIVEN a cached file with one byte of a name changed (its length kept) THEN the value is computed again, not read", () => {
    const own = mkdtempSync(path.join(tmpdir(), "vb-derived-flip-"));
    try {
      let calls = 0;
      const compute = () => ({ name: "Lawrow", n: ++calls });
      expect(derivedCache(own, "k").get("actors", "s", compute)).toEqual({ name: "Lawrow", n: 1 });
      const [file] = readdirSync(own);
      const bytes = readFileSync(path.join(own, file!));
      const at = bytes.indexOf("Lawrow");
      expect(at).toBeGreaterThan(0);
      bytes[at] = "K".charCodeAt(0);
      writeFileSync(path.join(own, file!), bytes);
      expect(derivedCache(own, "k").get("actors", "s", compute)).toEqual({ name: "Lawrow", n: 2 });
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it("a core loaded from a cached snapshot has the same actors as one built fresh", async () => {
    const cacheDir = path.join(dir, "cache");
    const fresh = await loadCore(CORPUS_DIR);
    const first = await loadCore(CORPUS_DIR, (d) => createEngine(d, { cacheDir }));
    const second = await loadCore(CORPUS_DIR, (d) => createEngine(d, { cacheDir }));
    expect(readdirSync(cacheDir).some((f) => f.startsWith("derived-actors-"))).toBe(true);
    const names = (core: typeof fresh) => core.actorChoices("").map((c) => c.value);
    expect(names(first)).toEqual(names(fresh));
    expect(names(second)).toEqual(names(fresh));
    expect(second.timeline("Lawrow")).toEqual(fresh.timeline("Lawrow"));
  });
});
