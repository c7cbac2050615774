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
import { chmod, open, realpath, rename, stat, writeFile } from "node:fs/promises";
import { discardFile } from "./discardFile.js";

/** A temporary file's name beside `file`, unique to this process and call: written, then renamed or linked into place. */
export function tempBeside(file: string): string {
  return `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
}

/** Writes `data` to `file` and flushes it (`flag`: "w", or "wx" to refuse an existing file; `mode` of a new file). */
export async function writeDurably(file: string, data: string | Uint8Array, flag: "w" | "wx" = "w", mode?: number): Promise<void> {
  const handle = await open(file, flag, mode);
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
 * that fails (a full disk) leaves the old file as it was, never a part of the new one, and no temporary behind. A
 * symbolic link is followed (the file it names is replaced, the link stays), the old file's permissions are kept, and
 * what is no regular file (`/dev/stdout`, a pipe) or lies in a folder that takes no new files is written in place.
 */
export async function replaceFile(target: string, data: string | Uint8Array): Promise<void> {
  let file = target;
  let mode: number | undefined;
  try {
    file = await realpath(target);
    const info = await stat(file);
    if (!info.isFile()) return await writeFile(file, data);
    mode = info.mode & 0o7777;
  } catch (e) {
    // Not there yet (or a link to nothing): created as a regular file.
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  const temp = tempBeside(file);
  try {
    await writeDurably(temp, data, "wx");
  } catch (e) {
    await discardFile(temp);
    if (IN_PLACE_AFTER.has((e as NodeJS.ErrnoException).code ?? "")) return await writeFile(file, data);
    throw e;
  }
  try {
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, file);
  } catch (e) {
    await discardFile(temp);
    throw e;
  }
}

/** A temporary beside the target cannot be made: the folder takes no new files, though the target may be writable. */
const IN_PLACE_AFTER: ReadonlySet<string> = new Set(["EACCES", "EPERM", "EROFS"]);
