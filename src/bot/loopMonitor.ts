/**
 * What keeps the bot's main thread from answering, measured instead of guessed: at LOG_LEVEL=debug, every second
 * in which the event loop was delayed by more than {@link LOOP_DELAY_LOG_MS} gives one "event loop delayed" line
 * with the delay (max, p99, mean; perf_hooks.monitorEventLoopDelay), how busy the thread was
 * (eventLoopUtilization), its CPU time and the time it waited for a CPU (threadTime.ts: on a loaded machine a
 * delay can be the scheduler's, not the code's), the garbage collection in that second (total, longest pause,
 * major collections) and the heap. A stall of the main thread shows up here; an answer that is slow while these
 * lines stay quiet was waiting for the core worker (the "core call slow" lines, src/app.ts).
 */
import { type EventLoopUtilization, monitorEventLoopDelay, type PerformanceEntry, PerformanceObserver, performance } from "node:perf_hooks";
import type { Logger } from "pino";
import { threadTime, threadTimeSince } from "../util/threadTime.js";

/** A second whose longest event-loop delay exceeds this is logged. */
export const LOOP_DELAY_LOG_MS = 50;
const WINDOW_MS = 1000;

/** Starts the monitor when the logger logs debug lines; returns the function that stops it. */
export function startLoopMonitor(logger: Logger, windowMs = WINDOW_MS, thresholdMs = LOOP_DELAY_LOG_MS): () => void {
  if (!logger.isLevelEnabled("debug")) return () => {};
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let gcMs = 0;
  let gcMaxMs = 0;
  let majorGcs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMs += entry.duration;
      gcMaxMs = Math.max(gcMaxMs, entry.duration);
      // NODE_PERFORMANCE_GC_MAJOR = 4 (mark-sweep-compact).
      if ((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === 4) majorGcs++;
    }
  });
  gc.observe({ entryTypes: ["gc"] });
  let loop: EventLoopUtilization = performance.eventLoopUtilization();
  let thread = threadTime();
  const timer = setInterval(() => {
    const maxMs = delay.max / 1e6;
    if (maxMs > thresholdMs) {
      const used = performance.eventLoopUtilization(loop);
      const heap = process.memoryUsage();
      logger.debug(
        {
          maxMs: round(maxMs),
          p99Ms: round(delay.percentile(99) / 1e6),
          meanMs: round(delay.mean / 1e6),
          busyMs: round(used.active),
          ...threadTimeSince(thread),
          gcMs: round(gcMs),
          gcMaxMs: round(gcMaxMs),
          majorGcs,
          heapUsedMb: Math.round(heap.heapUsed / 2 ** 20),
        },
        "event loop delayed",
      );
    }
    delay.reset();
    loop = performance.eventLoopUtilization();
    thread = threadTime();
    gcMs = 0;
    gcMaxMs = 0;
    majorGcs = 0;
  }, windowMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    gc.disconnect();
    delay.disable();
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
