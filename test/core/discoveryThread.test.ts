/**
 * Actor discovery on another thread: the same actors as on the calling thread, used by loadCore while it builds an
 * index (and cached beside the snapshot), skipped when the cache already holds them, and replaced by discovery on
 * the calling thread when the thread fails.
 */
import { readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { getPriority, } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type DiscoveryThread, discoverInThread, startDiscoveryThread } from "../../src/core/discoveryThread.js";
import { loadCore } from "../../src/core/loadCore.js";
import { DISCOVERY_THREAD_NICE } from "../../src/core/servingLimits.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { generalDictionaries } from "../../src/analysis/lexicon.js";
import { createEngine } from "../../src/search/engine.js";
import { loadActors } from "../../src/timeline/actorsFile.js";
import { discoverActors } from "../../src/timeline/discoverActors.js";
import { discoveryOptions, withDiscovered } from "../../src/timeline/discoveryInput.js";
import { corpusFacts } from "../../src/corpus/profile.js";
import { syntheticArticles } from "../../bench/synthetic.js";
import { tempDirs } from "../support/tempDirs.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

const curated = (() => {
  const loaded = loadActors(`${CORPUS_DIR}/actors.json`);
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.actors;
})();

const freshCache = tempDirs("vb-discovery-");

/** The nice value of each thread of this process (Linux: field 19 of /proc/self/task/<tid>/stat). */
function threadNiceValues(): number[] {
  return readdirSync("/proc/self/task").flatMap((tid) => {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      // The fields after the command name (which may hold spaces) start with the state, field 3.
      return [Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16])];
    } catch {
      return [];
    }
  });
}

describe.runIf(process.platform === "linux")("the discovery thread's priority (Linux)", () => {
  it("GIVEN a discovery thread THEN it runs at DISCOVERY_THREAD_NICE while this thread keeps its own", async () => {
    const own = getPriority(0);
    const lowered = () => threadNiceValues().filter((nice) => nice >= DISCOVERY_THREAD_NICE && nice > own).length;
    const before = lowered();
    const thread = startDiscoveryThread();
    try {
      // The thread lowers its priority as its module loads; wait for it (no wall-clock limit: vitest's own timeout).
      while (lowered() === before) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(lowered()).toBe(before + 1);
      expect(getPriority(0)).toBe(own);
    } finally {
      thread.cancel();
    }
  });
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

  it("GIVEN a thread started before its articles exist THEN it finds the same actors when asked later, once", async () => {
    const articles = [...(await loadCorpus(CORPUS_DIR)).articles, ...syntheticArticles(50)];
    const thread = startDiscoveryThread();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const here = discoverActors(articles, discoveryOptions({ variants: new Map(), curated }, generalDictionaries()));
    const threaded = await thread.discover(articles, { variants: new Map(), curated });
    expect(threaded.actors).toEqual(here);
    await expect(thread.discover(articles, { variants: new Map(), curated })).rejects.toThrow(/asked twice/);
  });

  it("GIVEN a thread cancelled before it is asked THEN asking it rejects (the caller falls back)", async () => {
    const thread = startDiscoveryThread();
    thread.cancel();
    await expect(thread.discover([], { variants: new Map(), curated })).rejects.toThrow(/cancelled/);
  });
});

/** Records the threads loadCore starts, and what became of them. */
function threadSpy(start: () => DiscoveryThread = startDiscoveryThread) {
  const log: string[] = [];
  const startDiscovery = (): DiscoveryThread => {
    const thread = start();
    log.push("start");
    return {
      discover(articles, input) {
        log.push(`discover ${articles.length}`);
        return thread.discover(articles, input);
      },
      cancel() {
        log.push("cancel");
        thread.cancel();
      },
    };
  };
  return { log, startDiscovery };
}

describe("loadCore: discovery while the index is built", () => {
  const names = (core: Awaited<ReturnType<typeof loadCore>>) => core.actorChoices("").map((c) => c.value);

  it("GIVEN a corpus built without a snapshot THEN its actors come from the thread, equal the ones found on this thread, and the next start reads them from the cache", async () => {
    const reference = names(await loadCore(CORPUS_DIR));
    const cacheDir = await freshCache();
    const spy = threadSpy();
    const build = (dir: string, hooks: object) => createEngine(dir, { cacheDir, ...hooks });
    const threaded = await loadCore(CORPUS_DIR, build, { discoveryThreadFrom: 1, startDiscovery: spy.startDiscovery });
    // Started before the files were read, then asked once for the 5 articles.
    expect(spy.log).toEqual(["start", "discover 5"]);
    expect(names(threaded)).toEqual(reference);
    expect(threaded.profile()).toEqual((await loadCore(CORPUS_DIR)).profile());
    // The facts the thread brought are cached at once, before any abstention asked for the profile.
    expect(readdirSync(cacheDir).filter((f) => f.startsWith("derived-facts-"))).toHaveLength(1);
    // Snapshot and discovered actors cached: neither the build nor the thread runs again.
    const warm = await loadCore(CORPUS_DIR, build, { discoveryThreadFrom: 1, startDiscovery: spy.startDiscovery });
    expect(spy.log).toEqual(["start", "discover 5"]);
    expect(names(warm)).toEqual(reference);
  });

  it("GIVEN more articles than the thread takes THEN no thread starts and the actors are discovered after the build, the same as the thread's", async () => {
    const reference = names(await loadCore(CORPUS_DIR));
    const spy = threadSpy();
    const build = (dir: string, hooks: object) => createEngine(dir, { cacheDir: null, ...hooks });
    const core = await loadCore(CORPUS_DIR, build, { discoveryThreadFrom: 1, discoveryThreadUpTo: 4, startDiscovery: spy.startDiscovery });
    expect(spy.log).toEqual([]);
    expect(names(core)).toEqual(reference);
    // At the bound itself the thread still takes them.
    await loadCore(CORPUS_DIR, build, { discoveryThreadFrom: 1, discoveryThreadUpTo: 5, startDiscovery: spy.startDiscovery });
    expect(spy.log).toEqual(["start", "discover 5"]);
  });

  it("GIVEN a cache that no longer remembers the folder but holds its snapshot and actors THEN the thread started before the files were read is stopped, never asked", async () => {
    const cacheDir = await freshCache();
    const build = (dir: string, hooks: object) => createEngine(dir, { cacheDir, ...hooks });
    await loadCore(CORPUS_DIR, build, { discoveryThreadFrom: 1 });
    // The remembered signature is gone: the files are read again (the thread starts), the snapshot is found by
    // their key and the actors in the derived cache.
    for (const f of readdirSync(cacheDir).filter((f) => f.startsWith("signature-"))) await rm(path.join(cacheDir, f));
    const spy = threadSpy();
    await loadCore(CORPUS_DIR, build, { discoveryThreadFrom: 1, startDiscovery: spy.startDiscovery });
    expect(spy.log).toEqual(["start", "cancel"]);
  });

  it("GIVEN a build with a cache THEN the snapshot is saved only after the discovery thread answered", async () => {
    const cacheDir = await freshCache();
    const order: string[] = [];
    const spy = threadSpy(() => {
      const thread = startDiscoveryThread();
      return {
        discover: (articles, input) =>
          thread.discover(articles, input).then((d) => {
            order.push(`discovered; snapshots: ${readdirSync(cacheDir).filter((f) => f.endsWith(".snap")).length}`);
            return d;
          }),
        cancel: () => thread.cancel(),
      };
    });
    await loadCore(CORPUS_DIR, (dir, hooks) => createEngine(dir, { cacheDir, ...hooks }), { discoveryThreadFrom: 1, startDiscovery: spy.startDiscovery });
    expect(order).toEqual(["discovered; snapshots: 0"]);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith(".snap"))).toHaveLength(1);
  });

  it("GIVEN a folder smaller than the threshold THEN no thread is started", async () => {
    const spy = threadSpy();
    await loadCore(CORPUS_DIR, (dir, hooks) => createEngine(dir, { cacheDir: null, ...hooks }), { discoveryThreadFrom: 6, startDiscovery: spy.startDiscovery });
    expect(spy.log).toEqual([]);
  });

  it("GIVEN a failing thread THEN discovery runs on this thread and the actors are the same", async () => {
    const reference = names(await loadCore(CORPUS_DIR));
    const cacheDir = await freshCache();
    const failing = threadSpy(() => ({ discover: () => Promise.reject(new Error("no threads today")), cancel: () => undefined }));
    const core = await loadCore(CORPUS_DIR, (dir, hooks) => createEngine(dir, { cacheDir, ...hooks }), { discoveryThreadFrom: 1, startDiscovery: failing.startDiscovery });
    expect(failing.log).toEqual(["start", "discover 5"]);
    expect(names(core)).toEqual(reference);
  });
});
