/**
 * A deadline for work another thread does for the caller (the index build's worker, the discovery thread, a core
 * worker that loads a corpus). Without one, a thread that hangs (an endless loop, a deadlock, a lost message) stalls
 * the start or the reload that waits for it forever, and a stalled reload keeps every later reload queued behind it.
 * When the deadline passes, the caller terminates the thread and goes on without it: it does the work itself, or the
 * load fails with this error (a reload is then rejected and the serving corpus stays).
 *
 * The deadlines are generous (src/core/servingLimits.ts): they catch a thread that will never answer, not a slow one.
 * The timer keeps no process alive.
 */

export interface DeadlineContext {
  /** What did not answer, e.g. "discovery worker". */
  what: string;
  /** The deadline it had, in milliseconds. */
  ms: number;
}

export class DeadlineExceededError extends Error {
  override name = "DeadlineExceededError";
  readonly code = "deadline_exceeded";

  constructor(readonly context: DeadlineContext) {
    super(`${context.what}: no answer within ${formatDeadline(context.ms)} (deadline exceeded; the thread is terminated)`);
  }
}

export interface Deadline {
  /** The work answered in time (or failed otherwise): the deadline no longer applies. */
  clear(): void;
}

/**
 * Calls `expire` once, with a {@link DeadlineExceededError}, when `ms` have passed and `clear` was not called
 * before. A deadline of Infinity never expires.
 */
export function armDeadline(what: string, ms: number, expire: (error: DeadlineExceededError) => void): Deadline {
  if (!Number.isFinite(ms)) return { clear: () => undefined };
  const timer = setTimeout(() => expire(new DeadlineExceededError({ what, ms })), Math.max(0, ms));
  timer.unref();
  return { clear: () => clearTimeout(timer) };
}

/**
 * `work`'s outcome, or a rejection with a {@link DeadlineExceededError} once `ms` have passed; `onExpire` runs
 * then (terminate the thread there).
 */
export function withinThreadDeadline<T>(work: Promise<T>, what: string, ms: number, onExpire: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const deadline = armDeadline(what, ms, (error) => {
      onExpire();
      reject(error);
    });
    work.then(
      (value) => {
        deadline.clear();
        resolve(value);
      },
      (error: unknown) => {
        deadline.clear();
        reject(error);
      },
    );
  });
}

/** "90 s", "12.5 min", "250 ms". */
function formatDeadline(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${Math.round(ms / 100) / 10} s`;
  return `${Math.round(ms / 6_000) / 10} min`;
}
