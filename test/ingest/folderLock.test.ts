/** The lock file that orders writers of a corpus folder across processes. */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withFolderLock } from "../../src/ingest/folderLock.js";

let dir: string;
let lock: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "lock-"));
  lock = path.join(dir, ".ingest.lock");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const LONG = { lockTimeoutMs: 60_000, staleLockMs: 120_000 };
/** A pid no process has (beyond Linux's pid_max). */
const GONE_PID = 4_194_305;

describe("GIVEN a corpus folder's lock", () => {
  it("THEN the task runs holding it (our pid inside), and it is gone afterwards, also when the task throws", async () => {
    const seen = await withFolderLock(lock, LONG, async () => readFileSync(lock, "utf8"));
    expect(seen.split(" ")[0]).toBe(String(process.pid));
    expect(existsSync(lock)).toBe(false);
    await expect(withFolderLock(lock, LONG, async () => Promise.reject(new Error("kaputt")))).rejects.toThrow("kaputt");
    expect(existsSync(lock)).toBe(false);
  });
  it("THEN two tasks never hold it at once", async () => {
    let inside = 0;
    let most = 0;
    const task = async () => {
      inside++;
      most = Math.max(most, inside);
      await new Promise((r) => setTimeout(r, 30));
      inside--;
    };
    await Promise.all([withFolderLock(lock, LONG, task), withFolderLock(lock, LONG, task), withFolderLock(lock, LONG, task)]);
    expect(most).toBe(1);
  });
  it("THEN a lock left by a process that is gone is taken over", async () => {
    writeFileSync(lock, `${GONE_PID} ${Date.now()}\n`);
    await expect(withFolderLock(lock, LONG, async () => "ran")).resolves.toBe("ran");
  });
  describe("WHEN another process that still runs holds it", () => {
    let other: ChildProcess;
    beforeEach(() => {
      other = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    });
    afterEach(() => {
      other.kill();
    });

    it("THEN it is waited for, and the wait gives up with a message naming the lock", async () => {
      writeFileSync(lock, `${other.pid} ${Date.now()}\n`);
      await expect(withFolderLock(lock, { lockTimeoutMs: 0, staleLockMs: 120_000 }, async () => "ran")).rejects.toThrow(/locked by another ingest .*\.ingest\.lock/);
      expect(existsSync(lock)).toBe(true);
    });
    it("THEN it is taken over once it is older than staleLockMs (left over from a crash, its pid reused)", async () => {
      writeFileSync(lock, `${other.pid} ${Date.now()}\n`);
      const old = new Date(Date.now() - 10 * 60_000);
      utimesSync(lock, old, old);
      await expect(withFolderLock(lock, { lockTimeoutMs: 0, staleLockMs: 120_000 }, async () => "ran")).resolves.toBe("ran");
    });
  });
});
