/**
 * Writes that survive a crash of the machine, for the files that are the data (the corpus an ingest adds to), not a
 * cache of it: the bytes are flushed to the disk before the file is renamed into place, and the folder after the
 * rename, so that the new name and its contents are both on the disk when the call returns.
 *
 * @example
 *   await writeDurably(tmp, bytes, "wx");
 *   await rename(tmp, target);
 *   await syncFolder(path.dirname(target));
 */
import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";

/** Writes `data` to `file` and flushes it (`flag`: "w", or "wx" to refuse an existing file). */
export async function writeDurably(file: string, data: string | Uint8Array, flag: "w" | "wx" = "w"): Promise<void> {
  const handle = await open(file, flag);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Flushes a folder's entries (the renames into it). Where a folder cannot be opened for that (Windows), the rename
 * stands as the system keeps it.
 */
export async function syncFolder(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "EISDIR" && code !== "EPERM" && code !== "EINVAL" && code !== "EBADF") throw e;
  } finally {
    await handle?.close();
  }
}

/**
 * Replaces `target` with `data` through a temporary file beside it, renamed over it once written and flushed: a write
 * that fails (a full disk) leaves the old file as it was, never a part of the new one, and no temporary behind.
 */
export async function replaceFile(target: string, data: string | Uint8Array): Promise<void> {
  const temp = `${target}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    await writeDurably(temp, data, "wx");
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
