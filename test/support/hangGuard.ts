/**
 * Guards against hangs, never speed limits: speed belongs in `npm run bench`. Every wait in the tests (a reply from the
 * fake Discord, a log line, a process's exit) gives up only after `HANG_GUARD_MS`, so that something that never comes
 * fails its test with a message saying what was awaited instead of stalling the run. Every test and hook gets
 * `TEST_HANG_GUARD_MS` from `vitest.config.ts`, above any one wait, so the wait's own message is the one reported.
 *
 * Why so long: on a loaded 2-core CI machine a hook that started three CLI processes at once took over 60 s, which a
 * 60-second guard turned into a failure although nothing hung.
 */
export const HANG_GUARD_MS = 5 * 60_000;

/** A test's or hook's guard (vitest's `testTimeout` and `hookTimeout`): twice a wait's, so an inner wait fails first. */
export const TEST_HANG_GUARD_MS = 2 * HANG_GUARD_MS;
