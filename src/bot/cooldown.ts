/**
 * Per-user rate limit for /ask: at most `count` questions in any `windowMs` (sliding window).
 * Pure apart from the injected clock, so tests drive time by hand. Memory stays bounded: a user's
 * entry disappears once their window has passed (swept whenever the map grows past `sweepAbove`).
 */

export type CooldownVerdict = { ok: true } | { ok: false; retryAfterMs: number };

export interface Cooldown {
  /** Records an attempt by `userId` if allowed; a refused attempt is not recorded. */
  take(userId: string): CooldownVerdict;
  /** Users currently tracked (for tests and metrics). */
  size(): number;
}

export interface CooldownOptions {
  count: number;
  windowMs: number;
  now?: () => number;
  sweepAbove?: number;
}

export function createCooldown({ count, windowMs, now = Date.now, sweepAbove = 10_000 }: CooldownOptions): Cooldown {
  const attempts = new Map<string, number[]>();

  const recent = (userId: string, at: number): number[] => {
    const kept = (attempts.get(userId) ?? []).filter((time) => at - time < windowMs);
    if (kept.length === 0) attempts.delete(userId);
    else attempts.set(userId, kept);
    return kept;
  };

  const sweep = (at: number): void => {
    for (const userId of [...attempts.keys()]) recent(userId, at);
  };

  return {
    take(userId) {
      const at = now();
      const kept = recent(userId, at);
      if (kept.length >= count) return { ok: false, retryAfterMs: Math.max(1, kept[kept.length - count]! + windowMs - at) };
      kept.push(at);
      attempts.set(userId, kept);
      if (attempts.size > sweepAbove) sweep(at);
      return { ok: true };
    },
    size: () => attempts.size,
  };
}
