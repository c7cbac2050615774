/**
 * Where a stretch of work spent its time, phase by phase, for debug logs: the wall time of each phase and, where
 * /proc tells it (Linux), this thread's CPU time and its wait for a CPU. On a shared two-core machine the wall time
 * alone does not tell work from waiting behind other threads.
 *
 * @example
 * const clock = new PhaseClock();
 * readFiles();
 * clock.phase("read");
 * parse();
 * clock.phase("parse");
 * log(`index (ms): ${clock.summary()}`); // "read 640 (cpu 590, wait 20), parse 810 (cpu 800, wait 5)"
 */
import { type ThreadTime, threadTime, threadTimeSince } from "./threadTime.js";

export class PhaseClock {
  readonly #phases: string[] = [];
  #at = performance.now();
  #cpuAt: ThreadTime | undefined = threadTime();

  /** Ends the phase that ran since the last call (or since the clock was made). */
  phase(name: string): void {
    const now = performance.now();
    const { cpuMs, waitMs } = threadTimeSince(this.#cpuAt);
    const cpu = cpuMs === undefined ? "" : ` (cpu ${Math.round(cpuMs)}, wait ${Math.round(waitMs ?? 0)})`;
    this.#phases.push(`${name} ${Math.round(now - this.#at)}${cpu}`);
    this.#at = now;
    this.#cpuAt = threadTime();
  }

  /** The phases so far, comma-separated. */
  summary(): string {
    return this.#phases.join(", ");
  }
}
