/**
 * The snapshot key: a sha256 over everything the index is derived from: the snapshot format, the analyzer version,
 * a fingerprint of the code that decides articles, passages and terms, the article files (sorted names and bytes,
 * plus `articles.json`) and the lexicon files (`lexicon.sources`). A snapshot for another key is never served.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ANALYZER_VERSION } from "../../analysis/analyzer.js";
import type { Lexicon } from "../../analysis/lexicon.js";
import type { CorpusFiles } from "../../corpus/loadCorpus.js";
import { SNAPSHOT_FORMAT } from "./file.js";

/** The key of a corpus as read by readCorpusFiles: the same bytes the index is then built from, so they cannot differ. */
export async function snapshotKey(corpus: CorpusFiles, lexicon: Lexicon): Promise<string> {
  const hash = createHash("sha256");
  const field = (label: string, bytes: Uint8Array | string) => {
    const data = typeof bytes === "string" ? Buffer.from(bytes) : bytes;
    hash.update(`${label}\0${data.length}\0`);
    hash.update(data);
  };
  field("snapshot-format", String(SNAPSHOT_FORMAT));
  field("analyzer-version", String(ANALYZER_VERSION));
  field("code", await codeFingerprint());
  const content = (r: CorpusFiles["metadata"]) => (r === null ? "none" : "error" in r ? `unreadable:${r.error}` : "tooLarge" in r ? `too-large:${r.tooLarge}` : r.bytes);
  for (const f of corpus.files) field(`article:${f.name}`, content(f));
  field("metadata", content(corpus.metadata));
  for (const source of lexicon.sources) {
    field(`lexicon:${path.basename(source)}`, await readFile(source).catch(() => "unreadable"));
  }
  return hash.digest("hex").slice(0, 32);
}

/**
 * The key of everything but the articles: snapshot format, analyzer version, code and lexicon files. A snapshot of
 * another corpus with the same base can be brought up to date by adding and removing articles (see createEngine).
 */
export async function baseKey(lexicon: Lexicon): Promise<string> {
  const hash = createHash("sha256");
  hash.update(`snapshot-format\0${SNAPSHOT_FORMAT}\0analyzer-version\0${ANALYZER_VERSION}\0code\0${await codeFingerprint()}\0`);
  for (const source of lexicon.sources) {
    hash.update(`lexicon:${path.basename(source)}\0`);
    hash.update(await readFile(source).catch(() => "unreadable"));
  }
  return hash.digest("hex").slice(0, 32);
}

const fingerprints = new Map<string, Promise<string>>();

/** The folders under src/ whose code decides articles, passages and index terms (subfolders included). */
const KEYED_FOLDERS = ["corpus", "analysis", "search"];

/**
 * Hash of the modules under the given folders of src/ (by default those that decide articles, passages and index
 * terms, the stemmer among them), and of the minisearch version: editing them invalidates snapshots without a version bump.
 */
export function codeFingerprint(folders: readonly string[] = KEYED_FOLDERS): Promise<string> {
  const id = folders.join("\0");
  let fingerprint = fingerprints.get(id);
  if (fingerprint) return fingerprint;
  fingerprint = (async () => {
    const hash = createHash("sha256");
    const src = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
    for (const dir of folders) {
      const full = path.join(src, dir);
      const files = existsSync(full)
        ? (await readdir(full, { recursive: true }))
            .filter((f) => /\.(?:[cm]?js|ts)$/.test(f) && !f.endsWith(".d.ts"))
            .map((f) => f.split(path.sep).join("/"))
            .sort()
        : [];
      for (const f of files) {
        hash.update(`${dir}/${f}\0`);
        hash.update(await readFile(path.join(full, f)));
      }
    }
    for (const pkg of ["minisearch"]) hash.update(`${pkg}@${packageVersion(pkg)}\0`);
    return hash.digest("hex");
  })();
  fingerprints.set(id, fingerprint);
  return fingerprint;
}

function packageVersion(name: string): string {
  try {
    let dir = path.dirname(createRequire(import.meta.url).resolve(name));
    for (let i = 0; i < 6; i++) {
      const manifest = path.join(dir, "package.json");
      if (existsSync(manifest)) {
        const json = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string };
        if (json.name === name) return json.version ?? "?";
      }
      dir = path.dirname(dir);
    }
  } catch {
    // Unresolvable: the key still covers everything else.
  }
  return "?";
}
