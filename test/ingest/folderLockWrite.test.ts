/** The folder lock when the disk is full: the lock file it could not write is not left behind to block later ingests. */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type * as FsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { withFolderLock } from "../../src/ingest/folderLock.js";

/** How many lock writes still fail with ENOSPC, as on a full disk. */
let failingWrites = 0;
vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (failingWrites === 0) return handle;
      failingWrites--;
      const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      return Object.assign(handle, { writeFile: async () => Promise.reject(full) });
    },
  };
});

let dir: string;
let lock: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "lock-"));
  lock = path.join(dir, ".ingest.lock");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("GIVEN the lock cannot be written (ENOSPC) THEN that ingest fails with the error, no lock file is left, and the next one takes the lock at once", async () => {
  failingWrites = 1;
  // A timeout of 0: the next ingest would fail at once if the lock file were still there.
  const opts = { lockTimeoutMs: 0, staleLockMs: 120_000 };
  await expect(withFolderLock(lock, opts, async () => "ran")).rejects.toMatchObject({ code: "ENOSPC" });
  expect(existsSync(lock)).toBe(false);
  await expect(withFolderLock(lock, opts, async () => "ran")).resolves.toBe("ran");
});
