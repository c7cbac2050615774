/**
 * The deadline for another thread's work: a thread that never answers (here one in an endless loop) is terminated
 * when the deadline passes and the caller gets a DeadlineExceededError with its code and context; work that answers
 * in time is passed through, and its deadline no longer fires.
 */
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { armDeadline, DeadlineExceededError, withinThreadDeadline } from "../../src/util/threadDeadline.js";

/**
 * A thread that never answers: an endless loop, which only terminate() ends. Resolves once the loop runs: a thread
 * terminated while it still starts up (a loaded machine) exits with code 0, not 1.
 */
async function hungThread(): Promise<{ worker: Worker; exited: Promise<unknown[]> }> {
  const worker = new Worker('require("node:worker_threads").parentPort.postMessage("looping"); for (;;) {}', { eval: true });
  const exited = once(worker, "exit");
  await once(worker, "message");
  return { worker, exited };
}

describe("withinThreadDeadline", () => {
  it("GIVEN a thread that hangs THEN once the deadline passes the thread is terminated and the caller gets deadline_exceeded with what and how long", async () => {
    const { worker, exited } = await hungThread();
    const answer = new Promise<never>((_, reject) => worker.once("error", reject));
    const error = await withinThreadDeadline(answer, "test worker", 50, () => void worker.terminate()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineExceededError);
    expect(error).toMatchObject({ code: "deadline_exceeded", context: { what: "test worker", ms: 50 } });
    expect((error as Error).message).toBe("test worker: no answer within 50 ms (deadline exceeded; the thread is terminated)");
    // terminate() ended it: an endless loop never exits by itself.
    expect(await exited).toEqual([1]);
  });

  it("GIVEN work that answers in time THEN its value, and the deadline does not fire later", async () => {
    let expired = 0;
    await expect(withinThreadDeadline(Promise.resolve(42), "quick", 20, () => expired++)).resolves.toBe(42);
    await expect(withinThreadDeadline(Promise.reject(new Error("own failure")), "failing", 20, () => expired++)).rejects.toThrow("own failure");
    await new Promise((r) => setTimeout(r, 60));
    expect(expired).toBe(0);
  });
});

describe("armDeadline", () => {
  it("GIVEN a cleared deadline THEN it never expires; an infinite one never arms", async () => {
    const expired: string[] = [];
    armDeadline("cleared", 10, (e) => expired.push(e.context.what)).clear();
    armDeadline("never", Number.POSITIVE_INFINITY, (e) => expired.push(e.context.what));
    armDeadline("due", 10, (e) => expired.push(e.context.what));
    await new Promise((r) => setTimeout(r, 60));
    expect(expired).toEqual(["due"]);
  });

  it("GIVEN long deadlines THEN the message names them in seconds or minutes", () => {
    expect(new DeadlineExceededError({ what: "x", ms: 90_000 }).message).toContain("within 90 s");
    expect(new DeadlineExceededError({ what: "x", ms: 620_000 }).message).toContain("within 10.3 min");
  });
});
