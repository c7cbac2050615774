/** Snapshot files when writes come back short: written whole, or on a full disk not at all (never a truncated file). */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import type * as FsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { readSnapshotFile, writeSnapshotFile } from "../../src/search/snapshot/file.js";

/** How the next files' writes behave: each writes at most `piece` bytes, and all of them together at most `room`. */
let disk = { piece: Number.POSITIVE_INFINITY, room: Number.POSITIVE_INFINITY };
vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      let used = 0;
      const write = handle.write.bind(handle) as (buffer: Uint8Array, offset: number, length: number) => Promise<{ bytesWritten: number }>;
      return Object.assign(handle, {
        write: async (buffer: Uint8Array, offset = 0, length = buffer.byteLength - offset) => {
          const fits = Math.min(length, disk.piece, disk.room - used);
          if (fits <= 0) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
          const done = await write(buffer, offset, fits);
          used += done.bytesWritten;
          return { ...done, buffer };
        },
      });
    },
  };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "snapwrite-"));
  disk = { piece: Number.POSITIVE_INFINITY, room: Number.POSITIVE_INFINITY };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sections = [
  ["a", Uint8Array.from({ length: 5_000 }, (_, i) => i % 251)],
  ["b", Uint8Array.from({ length: 3_000 }, (_, i) => (i * 7) % 256)],
] as const;

it("GIVEN writes that each take at most 700 bytes THEN the snapshot is written whole and reads back", async () => {
  disk.piece = 700;
  const target = path.join(dir, "index.snap");
  await writeSnapshotFile(target, "key", sections);
  const read = readSnapshotFile(readFileSync(target), "key");
  expect([...read.get("a")!]).toEqual([...sections[0][1]]);
  expect([...read.get("b")!]).toEqual([...sections[1][1]]);
});

it("GIVEN a disk that fills up after 6,000 bytes THEN the write fails with ENOSPC and leaves no file, neither the snapshot nor its temporary", async () => {
  disk.room = 6_000;
  const target = path.join(dir, "index.snap");
  await expect(writeSnapshotFile(target, "key", sections)).rejects.toMatchObject({ code: "ENOSPC" });
  expect(existsSync(target)).toBe(false);
  expect(readdirSync(dir)).toEqual([]);
});
