import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A safety net against a hung test, not a speed limit (speed belongs in `npm run bench`): the slowest tests
    // (bot processes started and reloaded end to end) take ~15 s on an idle 2-core machine and several times that
    // on a loaded one.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
