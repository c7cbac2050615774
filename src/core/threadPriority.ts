/**
 * Lowers the CPU priority of the calling thread (Linux: a nice value is per thread, and threads inherit it from
 * the thread that starts them). Elsewhere `setpriority(0)` would lower the whole process, so nothing happens there.
 * Raising it again needs privileges, so it is lowered once, for the thread's life.
 */
import { getPriority, setPriority } from "node:os";

/** Returns the thread's nice value afterwards, or undefined when it was left alone. */
export function lowerThreadPriority(nice: number): number | undefined {
  if (process.platform !== "linux") return undefined;
  try {
    // pid 0 on Linux: this thread only.
    if (getPriority(0) < nice) setPriority(0, nice);
    return getPriority(0);
  } catch {
    return undefined;
  }
}
