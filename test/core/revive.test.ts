/**
 * A dead core's replacement that fails is tried again with a growing pause (reloadingCore.ts `revive`), so a bot whose
 * worker died comes back without a file change or SIGHUP. Fake serving cores and a fake clock: no worker, no waiting.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { type ReloadOutcome, reloadingCore, type Serving } from "../../src/core/reloadingCore.js";
import type { CoreSummary } from "../../src/core/summary.js";

const summary = (articles: string[]): CoreSummary => ({
  dir: "/corpus",
  articleFiles: articles,
  passages: articles.length * 3,
  folder: { articleFiles: articles.length, dataFiles: [], problems: [] },
  corpusProblems: [],
  lexiconProblems: [],
  actorProblems: [],
});

function serving(name: string, ended = false): Serving & { name: string } {
  const none = () => {
    throw new Error(`${name} answers nothing here`);
  };
  return { name, ended, summary: summary(["000.txt"]), ask: none, timeline: none, source: none, actorChoices: none, articleChoices: none, stats: none, profile: none };
}

afterEach(() => vi.useRealTimers());

/** Lets the reload's promise chain settle (no timers involved). */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe("revive", () => {
  it("GIVEN a dead core whose replacements fail twice THEN it tries again after 5 s and then 10 s, and the third serves", async () => {
    vi.useFakeTimers();
    const attempts: string[] = [];
    let n = 0;
    const load = async () => {
      n++;
      attempts.push(`load ${n}`);
      if (n <= 2) throw new Error(`worker ${n} did not start`);
      return serving("third");
    };
    const core = reloadingCore<Serving & { name: string }>(serving("dead", true), load, "/corpus");
    const outcomes: ReloadOutcome[] = [];
    core.revive((o) => outcomes.push(o), 5_000, 300_000);
    await settle();
    expect(attempts).toEqual(["load 1"]);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(attempts).toEqual(["load 1"]);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(attempts).toEqual(["load 1", "load 2"]);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(attempts).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(attempts).toHaveLength(3);
    expect(outcomes.map((o) => o.ok)).toEqual([false, false, true]);
    expect(core.current.name).toBe("third");
    // Serving again: no more tries.
    await vi.advanceTimersByTimeAsync(600_000);
    expect(attempts).toHaveLength(3);
  });

  it("GIVEN a failed reload while the serving core is alive, or a stop THEN no retry", async () => {
    vi.useFakeTimers();
    let loads = 0;
    const failing = async (): Promise<Serving & { name: string }> => {
      loads++;
      throw new Error("no");
    };
    const alive = reloadingCore<Serving & { name: string }>(serving("alive"), failing, "/corpus");
    alive.revive(() => {});
    await settle();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(loads).toBe(1);

    loads = 0;
    const dead = reloadingCore<Serving & { name: string }>(serving("dead", true), failing, "/corpus");
    const stop = dead.revive(() => {}, 5_000, 20_000);
    await settle();
    await vi.advanceTimersByTimeAsync(5_000);
    await settle();
    expect(loads).toBe(2);
    stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(loads).toBe(2);
  });
});
