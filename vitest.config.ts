import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // At least two test files at a time. Vitest's default (one fewer than the cores) ran the files one after another
    // on the 2-core CI machine: 553 s, most of it waiting on bot processes, worker threads and sockets. Two at a time
    // took 383 s there. No test measures wall-clock time, so sharing the cores changes no outcome, only durations.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A safety net against a hung test, not a speed limit (speed belongs in `npm run bench`): the slowest tests
    // (bot processes started and reloaded end to end) take ~15 s on an idle 2-core machine and ~30 s with another
    // test file beside them.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll waits for something that happens (a log line, an exit); its default of 1 s would be a time limit.
    expect: { poll: { timeout: 60_000 } },
  },
});
