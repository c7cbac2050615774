/**
 * The snapshot cache folder: `<cacheDir>/index-<key>.snap`, the newest {@link KEEP_SNAPSHOTS} kept.
 * A missing, stale or damaged file is reported and rebuilt, never served; an error while decoding a file that
 * passed every check is a bug and is thrown ({@link SnapshotDecodeError}).
 */
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Lexicon } from "../../analysis/lexicon.js";
import { discardFile } from "../../util/discardFile.js";
import { tempBeside } from "../../util/durableFile.js";
import { PhaseClock } from "../../util/phaseClock.js";
import { decodeSnapshot, encodeIndexSections, type IndexParts, withTexts } from "./codec.js";
import { CorruptSnapshot, readSnapshotFile, StaleSnapshot, writeSnapshotFile } from "./file.js";

/** Snapshots kept in a cache folder (the newest first): a bot and a CLI on two corpora do not evict each other. */
export const KEEP_SNAPSHOTS = 3;
/** Temporary files of interrupted saves older than this are removed. */
const STALE_TEMP_MS = 60 * 60 * 1000;

export type SnapshotResult =
  | { ok: true; engine: IndexParts & { lexicon: Lexicon } }
  | { ok: false; reason: "missing" | "stale" | "corrupt"; detail: string };

/** A snapshot that passed its checks could not be decoded: a bug in src/search/snapshot, not a damaged file. */
export class SnapshotDecodeError extends Error {
  override readonly name = "SnapshotDecodeError";
}

/** Where the key of the newest snapshot with a given base key is noted (see {@link latestOfBase}). */
function basePath(cacheDir: string, base: string): string {
  return path.join(cacheDir, `base-${base}.json`);
}

/** Notes `key` as the newest snapshot of its base (everything but the articles); a failed write is ignored. */
export async function noteBase(cacheDir: string, base: string, key: string): Promise<void> {
  const file = basePath(cacheDir, base);
  const temp = tempBeside(file);
  try {
    await writeFile(temp, JSON.stringify({ key }));
    await rename(temp, file);
  } catch {
    await discardFile(temp);
  }
}

/** The key of the newest snapshot noted for `base`, or null (none, unreadable or malformed). */
export async function latestOfBase(cacheDir: string, base: string): Promise<string | null> {
  try {
    const json: unknown = JSON.parse(await readFile(basePath(cacheDir, base), "utf8"));
    const key = typeof json === "object" && json !== null && "key" in json ? json.key : null;
    return typeof key === "string" && /^[0-9a-f]{32}$/.test(key) ? key : null;
  } catch {
    return null;
  }
}

export function snapshotPath(cacheDir: string, key: string): string {
  return path.join(cacheDir, `index-${key}.snap`);
}

/**
 * Writes the snapshot for `key`, then removes older snapshots beyond {@link KEEP_SNAPSHOTS}. `beforeTexts` is awaited
 * after the index's sections are encoded and before the article texts are (the largest buffer: see
 * EngineOptions.beforeSave). Returns where the time went (ms, {@link PhaseClock}).
 */
export async function saveSnapshot(cacheDir: string, key: string, parts: IndexParts, beforeTexts?: () => Promise<unknown>): Promise<string> {
  const clock = new PhaseClock();
  const index = encodeIndexSections(parts);
  clock.phase("encoding the index");
  if (beforeTexts) {
    await beforeTexts();
    clock.phase("waiting before the texts");
  }
  const sections = withTexts(index, parts.index.articles);
  clock.phase("encoding the texts");
  await mkdir(cacheDir, { recursive: true });
  const target = snapshotPath(cacheDir, key);
  await writeSnapshotFile(target, key, sections);
  clock.phase("writing");
  await pruneSnapshots(cacheDir, target);
  return clock.summary();
}

/** Loads the snapshot for `key`; a missing, stale or corrupt file is reported, never served. */
export async function loadSnapshot(cacheDir: string, key: string, lexicon: Lexicon): Promise<SnapshotResult> {
  const file = snapshotPath(cacheDir, key);
  let sections: Map<string, Uint8Array>;
  try {
    sections = readSnapshotFile(await readFile(file), key);
  } catch (e) {
    if (e instanceof StaleSnapshot) return { ok: false, reason: "stale", detail: `${file}: ${e.message}` };
    if (e instanceof CorruptSnapshot) return { ok: false, reason: "corrupt", detail: `${file}: ${e.message}` };
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined) throw e;
    return { ok: false, reason: code === "ENOENT" || code === "ENOTDIR" ? "missing" : "corrupt", detail: `${file}: ${code}` };
  }
  let parts: IndexParts;
  try {
    parts = decodeSnapshot(sections, lexicon);
  } catch (e) {
    throw new SnapshotDecodeError(
      `snapshot ${file}: cannot decode a file that passed its checksums (${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}); ` +
        "this is a bug: delete the file or set INDEX_CACHE_DIR=off to start without the cache",
      { cause: e },
    );
  }
  const now = new Date();
  await utimes(file, now, now).catch(() => undefined);
  return { ok: true, engine: { ...parts, lexicon } };
}

async function pruneSnapshots(cacheDir: string, current: string): Promise<void> {
  try {
    const snapshots: Array<{ file: string; mtime: number }> = [];
    const now = Date.now();
    for (const name of await readdir(cacheDir)) {
      if (!name.startsWith("index-")) continue;
      const file = path.join(cacheDir, name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) continue;
      if (/\.snap\.tmp-/.test(name)) {
        if (now - info.mtimeMs > STALE_TEMP_MS) await rm(file, { force: true });
      } else if (name.endsWith(".snap") && file !== current) {
        snapshots.push({ file, mtime: info.mtimeMs });
      }
    }
    snapshots.sort((x, y) => y.mtime - x.mtime);
    for (const old of snapshots.slice(KEEP_SNAPSHOTS - 1)) await rm(old.file, { force: true });
  } catch {
    // Pruning is housekeeping; a failure leaves old files behind, nothing worse.
  }
}
