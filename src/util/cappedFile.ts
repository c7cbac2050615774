/** Reading a file of the corpus folder within a size cap: articles, articles.json and the other data files. */
import { closeSync, fstatSync, openSync, readFileSync, statSync } from "node:fs";

/**
 * The bytes of a regular file, or its size when it is larger than `max` (then it is not read: a stray 1 GB file costs
 * a stat, not the heap). A FIFO or a device is refused before it is opened (opening a FIFO waits for a writer): the
 * error's code is "not a regular file". Throws the fs error otherwise (ENOENT, EACCES, EISDIR …).
 */
export function readCapped(file: string, max: number): Uint8Array | { tooLarge: number } {
  if (!statSync(file).isFile()) throw Object.assign(new Error("not a regular file"), { code: "not a regular file" });
  const fd = openSync(file, "r");
  try {
    const { size } = fstatSync(fd);
    if (size > max) return { tooLarge: size };
    const bytes = readFileSync(fd);
    // The file may have grown since the stat.
    return bytes.length > max ? { tooLarge: bytes.length } : bytes;
  } finally {
    closeSync(fd);
  }
}
