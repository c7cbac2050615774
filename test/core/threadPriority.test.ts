/**
 * The core worker's lower CPU priority (src/core/threadPriority.ts): on Linux a worker thread that lowers its
 * priority lowers only its own, and threads it starts inherit it; the main thread keeps its nice value.
 */
import { getPriority } from "node:os";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { lowerThreadPriority } from "../../src/core/threadPriority.js";

/** Runs `code` (CommonJS) in a worker thread; resolves with what it posts. */
function inWorker(code: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true });
    worker.once("message", (m) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

describe.runIf(process.platform === "linux")("lowerThreadPriority (Linux)", () => {
  it("GIVEN a worker thread that lowers its priority THEN it and a thread it starts run at that nice value, the main thread does not", async () => {
    const before = getPriority(0);
    const seen = (await inWorker(`
      const os = require("node:os");
      const { Worker, parentPort } = require("node:worker_threads");
      const mine = (() => { if (os.getPriority(0) < 10) os.setPriority(0, 10); return os.getPriority(0); })();
      const child = new Worker('require("node:worker_threads").parentPort.postMessage(require("node:os").getPriority(0))', { eval: true });
      child.once("message", (inherited) => { parentPort.postMessage({ mine, inherited }); child.terminate(); });
    `)) as { mine: number; inherited: number };
    expect(seen).toEqual({ mine: Math.max(10, before), inherited: Math.max(10, before) });
    expect(getPriority(0)).toBe(before);
  });

  it("GIVEN a nice value below the thread's own THEN it is left as it is (raising a priority needs privileges)", async () => {
    const seen = await inWorker(`
      const os = require("node:os");
      os.setPriority(0, 15);
      require("node:worker_threads").parentPort.postMessage(os.getPriority(0));
    `);
    expect(seen).toBe(15);
    // In this thread: lowering to at least its own value is a no-op that reports the value.
    expect(lowerThreadPriority(getPriority(0))).toBe(getPriority(0));
  });
});
