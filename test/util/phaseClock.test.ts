/** PhaseClock (src/util/phaseClock.ts): each phase's wall time, and on Linux this thread's CPU time and wait. */
import { describe, expect, it } from "vitest";
import { PhaseClock } from "../../src/util/phaseClock.js";

function busy(iterations: number): number {
  let x = 0;
  for (let i = 0; i < iterations; i++) x = (x + Math.sqrt(i)) % 1e9;
  return x;
}

describe("PhaseClock", () => {
  it("GIVEN two phases THEN the summary names both in order, each with its milliseconds", () => {
    const clock = new PhaseClock();
    busy(1e5);
    clock.phase("first");
    clock.phase("second");
    expect(clock.summary()).toMatch(/^first \d+( \(cpu \d+, wait \d+\))?, second \d+( \(cpu \d+, wait \d+\))?$/);
  });

  it.runIf(process.platform === "linux")("GIVEN a busy phase on Linux THEN its CPU time is counted, and an idle one has none to speak of", async () => {
    const clock = new PhaseClock();
    busy(3e7);
    clock.phase("busy");
    await new Promise((resolve) => setTimeout(resolve, 30));
    clock.phase("idle");
    const [busyCpu, idleCpu] = [...clock.summary().matchAll(/cpu (\d+)/g)].map((m) => Number(m[1]));
    expect(busyCpu).toBeGreaterThan(idleCpu! + 5);
  });
});
