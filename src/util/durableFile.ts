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
import { open } from "node:fs/promises";

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
