/**
 * Removing the temporary file a failed write may have left, from inside the `catch` that handles that failure.
 * `rm(…, { force: true })` swallows only ENOENT: where the folder is a file (ENOTDIR) or takes no changes (EACCES,
 * EROFS), the removal throws too, and its error escapes the catch in place of the one being handled. A cache that
 * meant to ignore a failed write then crashed the process (INDEX_CACHE_DIR set to a file).
 */
import { rmSync } from "node:fs";
import { rm } from "node:fs/promises";

/** Removes `file` if it is there; never throws (what cannot be removed stays, as a leftover temporary does). */
export function discardFileSync(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing to remove where nothing could be written.
  }
}

/** Removes `file` if it is there; never rejects. */
export async function discardFile(file: string): Promise<void> {
  await rm(file, { force: true }).catch(() => undefined);
}
