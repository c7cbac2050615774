/**
 * Values derived from an indexed corpus that are costly to compute and only change with it (the actors the timeline
 * discovers: 8 s of a warm start at 20,000 articles), cached beside the snapshot under its key plus the value's
 * name, a salt (the other inputs) and a fingerprint of the code that computes it. A missing or unreadable file is
 * computed again; a failed write is ignored (the cache is an optimisation, never a source of truth). A file holds the
 * value's v8 bytes after their CRC-32 (4 bytes, little-endian): one that a crash left part-written (it is renamed into
 * place without an fsync, as the snapshot is) is computed again, never read as another value.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { crc32 } from "node:zlib";
import { discardFileSync } from "../../util/discardFile.js";
import { tempBeside } from "../../util/durableFile.js";

export interface DerivedCache {
  /** The cached value for `name` and `salt`, or `compute()` (then cached). The value must be v8-serializable. */
  get<T>(name: string, salt: string, compute: () => T): T;
  /** Whether a value for `name` and `salt` is cached (it may still turn out unreadable when read). */
  has(name: string, salt: string): boolean;
}

/** A cache that always computes (no cache folder, or no snapshot key). */
export const NO_DERIVED_CACHE: DerivedCache = { get: (_name, _salt, compute) => compute(), has: () => false };

/** @param key the snapshot key of the corpus plus a fingerprint of the deriving code */
export function derivedCache(cacheDir: string, key: string): DerivedCache {
  const fileOf = (name: string, salt: string) => {
    const id = createHash("sha256").update(`${key}\0${name}\0${salt}`).digest("hex").slice(0, 32);
    return path.join(cacheDir, `derived-${name}-${id}.bin`);
  };
  return {
    has: (name, salt) => existsSync(fileOf(name, salt)),
    get<T>(name: string, salt: string, compute: () => T): T {
      const file = fileOf(name, salt);
      try {
        return decode(readFileSync(file)) as T;
      } catch {
        // Missing or unreadable: compute.
      }
      const value = compute();
      const temp = tempBeside(file);
      try {
        // The folder may not exist yet: a caller that saves the snapshot later (deferSave) computes values before it.
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(temp, encode(value));
        renameSync(temp, file);
        prune(cacheDir, name);
      } catch {
        // Not written (the folder is a file, read-only, full): the value is served uncached.
        discardFileSync(temp);
      }
      return value;
    },
  };
}

function encode(value: unknown): Buffer {
  const body = v8.serialize(value);
  const head = Buffer.alloc(4);
  head.writeUInt32LE(crc32(body));
  return Buffer.concat([head, body]);
}

/** The value of a file's bytes; throws when they are not what {@link encode} wrote. */
function decode(bytes: Buffer): unknown {
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== crc32(bytes.subarray(4))) throw new Error("derived value: damaged file");
  return v8.deserialize(bytes.subarray(4));
}

/** Values of one name kept in a cache folder (the newest first), as many as snapshots. */
const KEEP_DERIVED = 3;

function prune(cacheDir: string, name: string): void {
  const prefix = `derived-${name}-`;
  const files = readdirSync(cacheDir)
    .filter((f) => f.startsWith(prefix) && f.endsWith(".bin"))
    .map((f) => ({ file: path.join(cacheDir, f), mtime: statSync(path.join(cacheDir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of files.slice(KEEP_DERIVED)) rmSync(old.file, { force: true });
}
