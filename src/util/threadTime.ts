/**
 * This thread's CPU time and the time it waited for a CPU (Linux: /proc/thread-self/schedstat, nanoseconds).
 * On a shared machine a busy event loop (eventLoopUtilization) is partly time the thread was runnable but not
 * running; these two tell them apart. Undefined where the file does not exist.
 */
import { readFileSync } from "node:fs";

export interface ThreadTime {
  cpuMs: number;
  waitMs: number;
}

let available = true;

export function threadTime(): ThreadTime | undefined {
  if (!available) return undefined;
  try {
    const [cpu, wait] = readFileSync("/proc/thread-self/schedstat", "utf8").split(" ");
    return { cpuMs: Number(cpu) / 1e6, waitMs: Number(wait) / 1e6 };
  } catch {
    available = false;
    return undefined;
  }
}

/** `now − before`, rounded to 0.1 ms; {} when either is missing. */
export function threadTimeSince(before: ThreadTime | undefined): Partial<ThreadTime> {
  const now = threadTime();
  if (!before || !now) return {};
  return { cpuMs: Math.round((now.cpuMs - before.cpuMs) * 10) / 10, waitMs: Math.round((now.waitMs - before.waitMs) * 10) / 10 };
}
