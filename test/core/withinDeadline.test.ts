/**
 * Timeline prebuilds in batches sized to the time left (src/core/withinDeadline.ts), on a clock the test moves: each
 * item "takes" a fixed time, so the batches and where they stop follow from the budget, not from this machine's speed.
 */
import { describe, expect, it } from "vitest";
import { withinDeadline } from "../../src/core/withinDeadline.js";

/** Runs 20 items of `msPerItem` each against `budgetMs`; returns the batch sizes and the time used. */
function simulate(budgetMs: number, msPerItem: number, maxBatch = 8): { batches: number[]; usedMs: number; done: number } {
  let clock = 1000;
  const batches: number[] = [];
  const done = withinDeadline(
    Array.from({ length: 20 }, (_, i) => i),
    clock + budgetMs,
    maxBatch,
    (batch) => {
      batches.push(batch.length);
      clock += batch.length * msPerItem;
    },
    () => clock,
  );
  return { batches, usedMs: clock - 1000, done };
}

describe("withinDeadline", () => {
  it("GIVEN items of 1 s and a 10 s budget THEN one item first, then batches that fit, and the budget is not overrun", () => {
    const { batches, usedMs, done } = simulate(10_000, 1000);
    expect(batches).toEqual([1, 8, 1]);
    expect(done).toBe(10);
    expect(usedMs).toBeLessThanOrEqual(10_000);
  });

  it("GIVEN items of 3.4 s (a loaded machine) and a 2 s budget THEN one item and no more (a batch of 8 took 27 s)", () => {
    expect(simulate(2000, 3400)).toEqual({ batches: [1], usedMs: 3400, done: 1 });
  });

  it("GIVEN items of 4 s and a 10 s budget THEN it stops when not even one more fits, overrunning by less than one item", () => {
    const { batches, usedMs } = simulate(10_000, 4000);
    expect(batches).toEqual([1, 1]);
    expect(usedMs).toBeLessThan(10_000 + 4000);
  });

  it("GIVEN fast items THEN batches of at most maxBatch until everything is done", () => {
    expect(simulate(10_000, 0)).toEqual({ batches: [1, 8, 8, 3], usedMs: 0, done: 20 });
  });

  it("GIVEN a deadline already passed THEN nothing is run", () => {
    expect(simulate(0, 1000)).toEqual({ batches: [], usedMs: 0, done: 0 });
  });
});
