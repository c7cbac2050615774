/**
 * The event-loop monitor (src/bot/loopMonitor.ts): at debug level a stalled loop gives an "event loop delayed" line
 * with the delay, the busy time and (Linux) the thread's CPU time; quiet at info level. The stall is a busy-wait, so
 * the delay it causes has a lower bound; nothing is asserted against an upper one.
 */
import { describe, expect, it } from "vitest";
import { createBotLogger } from "../../src/bot/logger.js";
import { startLoopMonitor } from "../../src/bot/loopMonitor.js";

function capture(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createBotLogger({ level, destination: { write: (l: string) => void lines.push(JSON.parse(l)) } });
  return { logger, lines };
}

async function stallOnce(ms: number): Promise<void> {
  // Let the monitor's timers start, block the loop, then let a few windows pass.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}

describe("startLoopMonitor", () => {
  it("GIVEN debug level WHEN the loop is blocked for 200 ms THEN a line gives the delay, the busy time and where the time went", async () => {
    const { logger, lines } = capture("debug");
    const stop = startLoopMonitor(logger, 100, 50);
    await stallOnce(200);
    stop();
    const delayed = lines.filter((l) => l.msg === "event loop delayed");
    expect(delayed.length).toBeGreaterThanOrEqual(1);
    const worst = delayed.reduce((a, b) => (Number(b.maxMs) > Number(a.maxMs) ? b : a));
    expect(Number(worst.maxMs)).toBeGreaterThanOrEqual(150);
    expect(Number(worst.busyMs)).toBeGreaterThanOrEqual(150);
    for (const key of ["p99Ms", "meanMs", "gcMs", "gcMaxMs", "majorGcs", "heapUsedMb"]) expect(worst).toHaveProperty(key);
    if (process.platform === "linux") expect(Number(worst.cpuMs) + Number(worst.waitMs)).toBeGreaterThanOrEqual(150);
  });

  it("GIVEN info level THEN it does not run", async () => {
    const { logger, lines } = capture("info");
    const stop = startLoopMonitor(logger, 100, 50);
    await stallOnce(200);
    stop();
    expect(lines.filter((l) => l.msg === "event loop delayed")).toEqual([]);
  });
});
