/**
 * A warm start without reading the corpus: the snapshot key is a hash of every article's bytes, which at 20,000
 * articles means reading 100 MB (about 1.4 s) before the snapshot can even be looked up. The folder signature hashes
 * what `stat` says instead (name, size, inode, modification and change time in nanoseconds of every article file,
 * `articles.json` and the lexicon files, plus the code fingerprint), and the cache folder remembers which snapshot key
 * each signature had when the files were last read. A write to a file changes its change time (`ctime`, which no
 * program can set back), so a changed corpus never matches an old signature; it is then read and keyed as before.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { ANALYZER_VERSION } from "../../analysis/analyzer.js";
import { METADATA_FILE } from "../../corpus/metadataFile.js";
import { isArticleFileName } from "../../corpus/loadCorpus.js";
import { discardFileSync } from "../../util/discardFile.js";
import { tempBeside } from "../../util/durableFile.js";
import { SNAPSHOT_FORMAT } from "./file.js";
import { codeFingerprint } from "./key.js";

/**
 * A file changed this recently may change again within the file system's timestamp granularity (a few ms on Linux)
 * without a new change time; a signature that includes such a file is not remembered ("racy", as git calls it).
 */
export const RACY_WINDOW_MS = 1_000;

/** Signatures remembered in a cache folder (the newest first). */
const KEEP_SIGNATURES = 16;
const PREFIX = "signature-";

export interface FolderSignature {
  signature: string;
  /** A file changed within {@link RACY_WINDOW_MS} before the signature was taken: do not remember it. */
  racy: boolean;
}

/** The signature of the folder's article files, `articles.json` and the lexicon files; null when a file cannot be stat'ed. */
export async function folderSignature(corpusDir: string, lexiconSources: readonly string[]): Promise<FolderSignature | null> {
  const takenNs = BigInt(Date.now()) * 1_000_000n;
  let racy = false;
  try {
    const names = (await readdir(corpusDir, { withFileTypes: true }))
      .filter((d) => d.isFile() && isArticleFileName(d.name))
      .map((d) => d.name)
      .sort();
    const hash = createHash("sha256");
    hash.update(`format\0${SNAPSHOT_FORMAT}\0analyzer\0${ANALYZER_VERSION}\0code\0${await codeFingerprint()}\0`);
    const files = [...names.map((n) => path.join(corpusDir, n)), path.join(corpusDir, METADATA_FILE), ...lexiconSources];
    // Synchronous: one awaited `stat` after the other cost a thread-pool round trip each (20,000 articles: ~0.6 s,
    // against ~0.1 s), and the start has nothing to do meanwhile. A missing file is signed as "none".
    for (const file of files) {
      const info = statSync(file, { bigint: true, throwIfNoEntry: false }) ?? null;
      if (info !== null && takenNs - info.ctimeNs < BigInt(RACY_WINDOW_MS) * 1_000_000n) racy = true;
      hash.update(`${file}\0${info === null ? "none" : `${info.size}\0${info.ino}\0${info.mtimeNs}\0${info.ctimeNs}`}\0`);
    }
    return { signature: hash.digest("hex").slice(0, 32), racy };
  } catch {
    return null;
  }
}

/** The snapshot key last computed for this signature, or null. */
export function knownKey(cacheDir: string, signature: string): string | null {
  try {
    const key = readFileSync(path.join(cacheDir, `${PREFIX}${signature}.key`), "utf8").trim();
    return /^[0-9a-f]{32}$/.test(key) ? key : null;
  } catch {
    return null;
  }
}

/** Remembers that the folder with this signature has this snapshot key (atomically; a failure is ignored). */
export function rememberKey(cacheDir: string, { signature, racy }: FolderSignature, key: string): void {
  if (racy) return;
  const file = path.join(cacheDir, `${PREFIX}${signature}.key`);
  const temp = tempBeside(file);
  try {
    writeFileSync(temp, key);
    renameSync(temp, file);
    prune(cacheDir);
  } catch {
    discardFileSync(temp);
  }
}

function prune(cacheDir: string): void {
  const files = readdirSync(cacheDir)
    .filter((f) => f.startsWith(PREFIX) && f.endsWith(".key"))
    .map((f) => ({ file: path.join(cacheDir, f), mtime: statSync(path.join(cacheDir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of files.slice(KEEP_SIGNATURES)) rmSync(old.file, { force: true });
}
