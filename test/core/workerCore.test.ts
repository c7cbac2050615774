/**
 * The bot's core in a worker thread (src/core/workerCore.ts): loading and reloading a corpus of 300 synthetic
 * articles leaves the main thread free, and a reload while questions are asked answers every one of them.
 *
 * "Free" is counted, not timed: a loop of setImmediate callbacks runs while the index is built, from the
 * loader's progress line "snapshot missing …; building" to "index: built in …" (a fresh, empty snapshot cache
 * makes every load build). In this thread the build between those two lines is one synchronous stretch, so the
 * loop cannot turn at all (the control test); in a worker it turns freely.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticCorpus } from "../../bench/synthetic.js";
import { loadCore } from "../../src/core/loadCore.js";
import { reloadingCore } from "../../src/core/reloadingCore.js";
import { CORE_SEMI_SPACE_MB, CORE_THREAD_NICE, coreSemiSpaceMb, coreYoungGenerationMb, MIN_CORE_SEMI_SPACE_MB } from "../../src/core/servingLimits.js";
import { type CallTiming, startCoreWorker, type WorkerCore } from "../../src/core/workerCore.js";
import { createEngine } from "../../src/search/engine.js";

const ARTICLES = 300;
/** Turns of the loop during the build that only a free main thread reaches (a worker reaches millions). */
const FREE_TURNS = 1000;

let dir: string;
let files: number;
let caches: string;
const started: WorkerCore[] = [];
/** A fresh snapshot cache folder: the load finds no snapshot and builds. */
const freshCache = () => mkdtemp(path.join(caches, "c-"));

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "vb-worker-"));
  caches = await mkdtemp(path.join(tmpdir(), "vb-worker-cache-"));
  ({ files } = await writeSyntheticCorpus(dir, ARTICLES));
});
afterAll(async () => {
  await Promise.all(started.map((c) => c.terminate()));
  await rm(dir, { recursive: true, force: true });
  await rm(caches, { recursive: true, force: true });
});

/** Counts loop turns between the "building" and "built" progress lines of the load it hands `log` to. */
function buildTurns() {
  let turns = 0;
  let from: number | undefined;
  let to: number | undefined;
  let done = false;
  const spin = () => {
    turns++;
    const enough = from !== undefined && turns - from >= FREE_TURNS;
    if (!done && !enough) setImmediate(spin);
  };
  setImmediate(spin);
  return {
    log(message: string) {
      if (/snapshot missing .*building/.test(message)) from = turns;
      if (message.startsWith("index: built in")) to = turns;
    },
    /** Turns seen while the index was built (capped at FREE_TURNS). */
    result(): number {
      done = true;
      if (from === undefined) throw new Error("the load never said it was building");
      return (to ?? turns) - from;
    },
  };
}

const load = async (log?: (m: string) => void, onCall?: (t: CallTiming) => void) => {
  const core = await startCoreWorker({ corpusDir: dir, cacheDir: await freshCache(), timelineBudgetMs: 0, ...(log ? { log } : {}), ...(onCall ? { onCall } : {}) });
  started.push(core);
  return core;
};

describe("GIVEN the core of 300 synthetic articles in a worker", () => {
  it("WHEN it reloads THEN the main thread's event loop keeps turning while the new index is built", async () => {
    const counter = buildTurns();
    const core = reloadingCore(await load(), () => load(counter.log), dir);
    expect(await core.reload()).toMatchObject({ ok: true, articles: files });
    expect(counter.result()).toBeGreaterThanOrEqual(FREE_TURNS);
  });

  it("(control) WHEN the same reload runs in this thread THEN the loop does not turn once while the index is built", async () => {
    const counter = buildTurns();
    const inThread = reloadingCore(await loadCore(dir), async () => loadCore(dir, async (d) => createEngine(d, { cacheDir: await freshCache(), log: counter.log })), dir);
    expect(await inThread.reload()).toMatchObject({ ok: true, articles: files });
    expect(counter.result()).toBe(0);
  });

  it("WHEN it serves THEN V8 gave it the larger young generation that keeps garbage collection out of most answers", async () => {
    const core = await load();
    // The worker's heap limit less its old generation, as V8 sized them; Node's default would be 48 MB (16 MB semi-spaces).
    expect(core.youngGenerationMb).toBe(coreYoungGenerationMb());
    if (coreSemiSpaceMb() > MIN_CORE_SEMI_SPACE_MB) expect(core.youngGenerationMb).toBeGreaterThan(3 * MIN_CORE_SEMI_SPACE_MB);
  });

  it("GIVEN less memory THEN the semi-space shrinks to Node's own default, never below it", () => {
    const gb = 1024 ** 3;
    expect(coreSemiSpaceMb(24 * gb)).toBe(CORE_SEMI_SPACE_MB);
    expect(coreSemiSpaceMb(8 * gb)).toBe(CORE_SEMI_SPACE_MB);
    expect(coreSemiSpaceMb(4 * gb)).toBe(32);
    expect(coreSemiSpaceMb(1 * gb)).toBe(MIN_CORE_SEMI_SPACE_MB);
    expect(coreYoungGenerationMb(4 * gb)).toBe(96);
  });

  it("WHEN questions, timelines and source pages are asked all through a reload THEN every one is answered", async () => {
    const core = reloadingCore(await load(), () => load(), dir);
    let reloading = true;
    const reloads = core.reload().finally(() => {
        reloading = false;
      });
    const answered: string[] = [];
    while (reloading || answered.length < 50) {
      const answer = await core.ask("Was sagte Lawrow über die Waffenruhe?");
      const source = answer.results[0] ? await core.source(answer.results[0].articleId) : undefined;
      const choices = await core.actorChoices("");
      if (!answer.abstained && source?.ok && choices.length > 0) answered.push(answer.results[0]!.articleId);
      else throw new Error(`not answered: ${JSON.stringify({ answer: answer.abstained, source: source?.ok })}`);
      // About 20 interactions a second, as a busy server might send.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await reloads).toMatchObject({ ok: true });
  });

  it("WHEN a source page is asked behind a queue of questions THEN it is answered before the questions that waited", async () => {
    const core = await load();
    const order: string[] = [];
    const asks = Array.from({ length: 20 }, (_, i) => Promise.resolve(core.ask("Was sagte Lawrow über die Waffenruhe?")).then(() => order.push(`ask ${i}`)));
    const source = Promise.resolve(core.source("000")).then(() => order.push("source"));
    expect(core.queued()).toBe(21);
    await Promise.all([...asks, source]);
    // The worker may have started on the first question before the source call arrived; never on all of them.
    expect(order.indexOf("source")).toBeLessThan(order.indexOf("ask 19"));
    expect(order.indexOf("source")).toBeLessThanOrEqual(2);
    expect(core.queued()).toBe(0);
  });

  it.runIf(process.platform === "linux")("THEN the worker runs at a lower CPU priority than the main thread, and reports each call's wait and run time", async () => {
    const lines: string[] = [];
    const timings: CallTiming[] = [];
    const core = await load((m) => lines.push(m), (t) => timings.push(t));
    expect(lines).toContain(`core worker: nice ${CORE_THREAD_NICE}`);
    await Promise.all([core.ask("Was sagte Lawrow über die Waffenruhe?"), core.source("000")]);
    expect(timings.map((t) => t.method).sort()).toEqual(["ask", "source"]);
    for (const t of timings) {
      expect(t.queuedMs).toBeGreaterThanOrEqual(0);
      expect(t.runMs).toBeGreaterThanOrEqual(0);
      expect(t.roundTripMs).toBeGreaterThanOrEqual(t.queuedMs + t.runMs);
    }
  });
});

describe("GIVEN a core worker that is not ready by its deadline (1 ms here; a hung load would never be)", () => {
  it("THEN the start rejects naming the deadline; in a reload the serving core stays and answers, and the next reload goes through", async () => {
    await expect(startCoreWorker({ corpusDir: dir, cacheDir: null, timelineBudgetMs: 0, deadlineMs: 1 })).rejects.toThrow(
      "core worker (loading the corpus): no answer within 1 ms (deadline exceeded; the thread is terminated)",
    );
    const serving = await load();
    let deadlineMs: number | undefined = 1;
    const core = reloadingCore(serving, async () => {
      const next = await startCoreWorker({ corpusDir: dir, cacheDir: await freshCache(), timelineBudgetMs: 0, ...(deadlineMs !== undefined ? { deadlineMs } : {}) });
      started.push(next);
      return next;
    }, dir);
    expect(await core.reload()).toMatchObject({ ok: false, reason: expect.stringContaining("deadline exceeded") });
    expect(core.current).toBe(serving);
    expect((await core.ask("Was sagte Lawrow über die Waffenruhe?")).abstained).toBe(false);
    deadlineMs = undefined;
    expect(await core.reload()).toMatchObject({ ok: true, articles: files });
    expect(core.current).not.toBe(serving);
  });
});

describe("GIVEN a serving core worker that the process ends (terminate)", () => {
  it("THEN that is no exit to recover from: onExit is not called (the bot would reload the corpus on its way out), and calls fail", async () => {
    const exits: string[] = [];
    const core = await startCoreWorker({ corpusDir: dir, cacheDir: await freshCache(), timelineBudgetMs: 0, onExit: (reason) => exits.push(reason) });
    expect((await core.ask("Was sagte Lawrow über die Waffenruhe?")).abstained).toBe(false);
    await core.terminate();
    await expect(core.ask("Was sagte Lawrow über die Waffenruhe?")).rejects.toThrow("core worker is not serving");
    expect(exits).toEqual([]);
  });
});
