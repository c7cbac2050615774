/**
 * The load's helper threads under a deadline (src/util/threadDeadline.ts, the numbers in src/core/servingLimits.ts):
 * a build worker or discovery thread that has not answered when its deadline passes is terminated and its work done
 * on the loading thread, with the same result. The deadlines here are a millisecond: a worker thread cannot even have
 * started by then, so it stands in for one that hangs.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/analysis/lexicon.js";
import { type DiscoveryThread, discoverInThread, startDiscoveryThread } from "../../src/core/discoveryThread.js";
import { loadCore } from "../../src/core/loadCore.js";
import { CORE_LOAD_DEADLINE, HELPER_THREAD_DEADLINE, scaledDeadlineMs } from "../../src/core/servingLimits.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { createEngine, type Engine, engineFromArticles, engineInShards } from "../../src/search/engine.js";
import { encodeSnapshot } from "../../src/search/snapshot/codec.js";
import { syntheticArticles } from "../../bench/synthetic.js";
import { DeadlineExceededError } from "../../src/util/threadDeadline.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

const caches: string[] = [];
afterAll(async () => {
  await Promise.all(caches.map((dir) => rm(dir, { recursive: true, force: true })));
});

const snapshotBytes = (engine: Engine) => encodeSnapshot({ index: engine.index, corpusProblems: [] }).map(([, bytes]) => Buffer.from(bytes));

describe("the deadlines", () => {
  it("GIVEN 20,000 articles THEN a helper thread gets minutes and a core worker's load more than the helper's (the helper is given up first)", () => {
    expect(scaledDeadlineMs(HELPER_THREAD_DEADLINE, 20_000)).toBeGreaterThanOrEqual(5 * 60_000);
    expect(scaledDeadlineMs(CORE_LOAD_DEADLINE, 20_000)).toBeGreaterThan(2 * scaledDeadlineMs(HELPER_THREAD_DEADLINE, 20_000));
    expect(scaledDeadlineMs(CORE_LOAD_DEADLINE, 0)).toBeGreaterThan(scaledDeadlineMs(HELPER_THREAD_DEADLINE, 0));
  });
});

describe("GIVEN a build worker that has not answered by its deadline", () => {
  it("THEN it is terminated, the log names the deadline, and its part is built here: the snapshot equals the one-thread build's", async () => {
    const lexicon = (await loadLexicon(CORPUS_DIR)).lexicon;
    const articles = [...(await loadCorpus(CORPUS_DIR)).articles, ...syntheticArticles(40, 3)];
    const log: string[] = [];
    const engine = await engineInShards(articles, lexicon, { minArticles: 1, mainShare: 0.5, analysisShare: 0.5, workerDeadlineMs: () => 1, log: (m) => log.push(m) });
    expect(log.filter((l) => /build worker failed/.test(l))).toEqual([
      "index: build worker failed (index: build worker: no answer within 1 ms (deadline exceeded; the thread is terminated)); its shard is built here",
      "index: build worker failed (index: build worker: no answer within 1 ms (deadline exceeded; the thread is terminated)); its tokens are analyzed here",
    ]);
    expect(snapshotBytes(engine)).toEqual(snapshotBytes(engineFromArticles(articles, lexicon)));
  });
});

describe("GIVEN a discovery thread that has not answered by its deadline", () => {
  it("THEN discoverInThread rejects with deadline_exceeded, and loadCore discovers on its own thread: the same actors", async () => {
    const articles = (await loadCorpus(CORPUS_DIR)).articles;
    const error = await discoverInThread(articles, { variants: new Map(), curated: [] }, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineExceededError);
    expect(error).toMatchObject({ code: "deadline_exceeded", context: { what: "discovery worker", ms: 1 } });

    const names = (core: Awaited<ReturnType<typeof loadCore>>) => core.actorChoices("").map((c) => c.value);
    const cacheDir = await mkdtemp(path.join(tmpdir(), "vb-deadline-"));
    caches.push(cacheDir);
    const late = (): DiscoveryThread => {
      const thread = startDiscoveryThread();
      return { discover: (a, input) => thread.discover(a, input, 1), cancel: () => thread.cancel() };
    };
    const core = await loadCore(CORPUS_DIR, (dir, hooks) => createEngine(dir, { cacheDir, ...hooks }), { discoveryThreadFrom: 1, startDiscovery: late });
    expect(names(core)).toEqual(names(await loadCore(CORPUS_DIR)));
  });
});
