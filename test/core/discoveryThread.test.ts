/**
 * Actor discovery on another thread: the same actors as on the calling thread, used by loadCore while it builds an
 * index (and cached beside the snapshot), skipped when the cache already holds them, and replaced by discovery on
 * the calling thread when the thread fails.
 */
import { readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverInThread } from "../../src/core/discoveryThread.js";
import { loadCore } from "../../src/core/loadCore.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { generalDictionaries } from "../../src/analysis/lexicon.js";
import { createEngine } from "../../src/search/engine.js";
import { loadActors } from "../../src/timeline/actorsFile.js";
import { discoverActors } from "../../src/timeline/discoverActors.js";
import { discoveryOptions, withDiscovered } from "../../src/timeline/discoveryInput.js";
import { corpusFacts } from "../../src/corpus/profile.js";
import { syntheticArticles } from "../../bench/synthetic.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

const curated = (() => {
  const loaded = loadActors(`${CORPUS_DIR}/actors.json`);
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.actors;
})();

const caches: string[] = [];
const freshCache = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "vb-discovery-"));
  caches.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(caches.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("discoverInThread", () => {
  it("GIVEN the seed and 200 synthetic articles THEN the worker thread finds exactly the actors discovery finds on this thread", async () => {
    const articles = [...(await loadCorpus(CORPUS_DIR)).articles, ...syntheticArticles(200)];
    const variants = new Map([["lavrov", "lawrow"]]);
    const here = discoverActors(articles, discoveryOptions({ variants, curated }, generalDictionaries()));
    expect(here.length).toBeGreaterThan(5);
    const threaded = await discoverInThread(articles, { variants, curated });
    expect(threaded.actors).toEqual(here);
    // The profile's facts with the same people as on this thread.
    expect(threaded.facts).toEqual(corpusFacts(articles, withDiscovered(curated, here)));
    expect(threaded.facts.people.length).toBeGreaterThan(0);
  });
});

describe("loadCore: discovery while the index is built", () => {
  const names = (core: Awaited<ReturnType<typeof loadCore>>) => core.actorChoices("").map((c) => c.value);

  it("GIVEN a corpus built without a snapshot THEN its actors come from the thread, equal the ones found on this thread, and the next start reads them from the cache", async () => {
    const reference = names(await loadCore(CORPUS_DIR));
    const cacheDir = await freshCache();
    const calls: number[] = [];
    const spy: typeof discoverInThread = (articles, input) => {
      calls.push(articles.length);
      return discoverInThread(articles, input);
    };
    const build = (dir: string, hooks: object) => createEngine(dir, { cacheDir, ...hooks });
    const threaded = await loadCore(CORPUS_DIR, build, { discoveryThreadFrom: 1, discoverInThread: spy });
    expect(calls).toEqual([5]);
    expect(names(threaded)).toEqual(reference);
    expect(threaded.profile()).toEqual((await loadCore(CORPUS_DIR)).profile());
    // The facts the thread brought are cached at once, before any abstention asked for the profile.
    expect(readdirSync(cacheDir).filter((f) => f.startsWith("derived-facts-"))).toHaveLength(1);
    // Snapshot and discovered actors cached: neither the build nor the thread runs again.
    const warm = await loadCore(CORPUS_DIR, build, { discoveryThreadFrom: 1, discoverInThread: spy });
    expect(calls).toEqual([5]);
    expect(names(warm)).toEqual(reference);
  });

  it("GIVEN a failing thread THEN discovery runs on this thread and the actors are the same", async () => {
    const reference = names(await loadCore(CORPUS_DIR));
    const cacheDir = await freshCache();
    const failing: typeof discoverInThread = () => Promise.reject(new Error("no threads today"));
    const core = await loadCore(CORPUS_DIR, (dir, hooks) => createEngine(dir, { cacheDir, ...hooks }), { discoveryThreadFrom: 1, discoverInThread: failing });
    expect(names(core)).toEqual(reference);
  });
});
