/**
 * A lock file that orders writers of one folder across processes: created exclusively, holding the owner's pid and
 * the time; taken over when its owner is gone or it is older than `staleLockMs` (left over from a crash).
 */
import { open, readFile, stat, unlink } from "node:fs/promises";

export interface FolderLockOptions {
  /** Give up waiting for another process's lock after this long. */
  lockTimeoutMs: number;
  /** A lock older than this is left over from a crash and is taken over. */
  staleLockMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `task` holding the lock file `lock`; the lock is removed afterwards, whatever the task does. */
export async function withFolderLock<T>(lock: string, opts: FolderLockOptions, task: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      const handle = await open(lock, "wx");
      try {
        await handle.writeFile(`${process.pid} ${Date.now()}\n`);
        await handle.close();
      } catch (e) {
        // A lock that could not be written (a full disk) is no lock: left empty, it would hold off every ingest
        // until it is stale. Closed and removed; the caller sees the write's error.
        await handle.close().catch(() => {});
        await unlink(lock).catch(() => {});
        throw e;
      }
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      if (await isStale(lock, opts.staleLockMs)) {
        await unlink(lock).catch(() => {});
        continue;
      }
      if (Date.now() - started > opts.lockTimeoutMs) throw new Error(`corpus is locked by another ingest (${lock})`);
      await sleep(20 + Math.random() * 30);
    }
  }
  try {
    return await task();
  } finally {
    await unlink(lock).catch(() => {});
  }
}

/** Whether the lock is too old, or its owner (another process) no longer runs. */
async function isStale(lock: string, staleLockMs: number): Promise<boolean> {
  try {
    const [content, info] = await Promise.all([readFile(lock, "utf8"), stat(lock)]);
    if (Date.now() - info.mtimeMs > staleLockMs) return true;
    const pid = Number(content.split(" ")[0]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
    try {
      process.kill(pid, 0);
      return false;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === "ESRCH";
    }
  } catch {
    return false;
  }
}
