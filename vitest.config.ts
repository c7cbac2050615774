import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { HANG_GUARD_MS, TEST_HANG_GUARD_MS } from "./test/support/hangGuard.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // At least two test files at a time. Vitest's default (one fewer than the cores) ran the files one after another
    // on the 2-core CI machine: 553 s, most of it waiting on bot processes, worker threads and sockets. Two at a time
    // took 383 s there. No test measures wall-clock time, so sharing the cores changes no outcome, only durations.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Guards against a hang, not speed limits (speed belongs in `npm run bench`); see test/support/hangGuard.ts. The
    // slowest tests (bot processes started and reloaded end to end) take ~15 s on an idle 2-core machine, and over 60 s
    // on a loaded one.
    testTimeout: TEST_HANG_GUARD_MS,
    hookTimeout: TEST_HANG_GUARD_MS,
    // expect.poll waits for something that happens (a log line, an exit); its default of 1 s would be a time limit.
    expect: { poll: { timeout: HANG_GUARD_MS } },
  },
});
