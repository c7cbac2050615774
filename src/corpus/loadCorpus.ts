/**
 * Loads a corpus folder: every `*.txt` is an article; `articles.json` (optional) adds metadata.
 * Each bad file is reported by name and reason while the rest loads.
 */
import { readdir } from "node:fs/promises";
import { readCapped } from "../util/cappedFile.js";
import { setImmediate as nextTurn } from "node:timers/promises";
import path from "node:path";
import { MAX_ARTICLE_BYTES, MAX_DATA_FILE_BYTES, tooLarge } from "../config/limits.js";
import { METADATA_FILE, readMetadataEntries } from "./metadataFile.js";
import { parseArticle, type ArticleProblem } from "./parseArticle.js";
import type { Article } from "./types.js";


export interface CorpusProblem {
  file: string;
  /** `skipped`: an entry of the folder that is no article file (a symbolic link, a subfolder); `data_file`: a data file that is a link to nothing readable (a data file over the cap is its loader's problem). */
  code: ArticleProblem | "unreadable" | "metadata" | "skipped" | "data_file";
  reason: string;
}

export interface LoadedCorpus {
  dir: string;
  articles: Article[];
  problems: CorpusProblem[];
}

export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  return parseCorpus(await readCorpusFiles(dir));
}

type Read = { bytes: Uint8Array } | { tooLarge: number } | { error: string };

/** A corpus folder's article files and metadata file as bytes: what {@link parseCorpus} parses and what the index snapshot key hashes. */
export interface CorpusFiles {
  dir: string;
  /** The `*.txt` files, sorted by name (files deleted after the listing are left out). */
  files: Array<{ name: string } & Read>;
  /** `articles.json`, or null when there is none. */
  metadata: Read | null;
}

/**
 * Whether a folder entry's name is an article file's: `*.txt`, not hidden (a name starting with "."; editors and
 * the ingest's temporaries are such files, and the watcher and the ingest ignore them too).
 */
export function isArticleFileName(name: string): boolean {
  return name.endsWith(".txt") && !name.startsWith(".");
}

/** Reads a corpus folder once, each file within its cap; nothing is parsed yet. */
export async function readCorpusFiles(dir: string): Promise<CorpusFiles> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile() && isArticleFileName(d.name)).map((d) => d.name);
  } catch (e) {
    throw new Error(folderError(dir, e));
  }
  names.sort();
  const metadata = readWithin(path.join(dir, METADATA_FILE), MAX_DATA_FILE_BYTES);
  const files: CorpusFiles["files"] = [];
  // Synchronous reads (a third of the CPU of promise-based ones: 20,000 files in ~0.4 s), in batches between which
  // the thread's other work may run.
  for (let i = 0; i < names.length; i += READ_BATCH) {
    if (i > 0) await nextTurn();
    for (const name of names.slice(i, i + READ_BATCH)) {
      // Deleted after the folder was listed: gone, not broken (the change that deleted it reloads again).
      const read = readWithin(path.join(dir, name), MAX_ARTICLE_BYTES);
      if (read) files.push({ name, ...read });
    }
  }
  return { dir, files, metadata };
}

/** Files read between two turns of the event loop. */
const READ_BATCH = 1_000;

/** A file's bytes, its size when over `max`, its error code; null when it does not exist. */
function readWithin(file: string, max: number): Read | null {
  try {
    const read = readCapped(file, max);
    return "tooLarge" in read ? read : { bytes: read };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? null : { error: code ?? (e as Error).message };
  }
}

/** Articles and problems of files read by {@link readCorpusFiles}. */
export function parseCorpus({ dir, files, metadata }: CorpusFiles): LoadedCorpus {
  const problems: CorpusProblem[] = [];
  const meta = metadata === null ? {} : parseMetadataFile(metadata, problems);
  const articles: Article[] = [];
  for (const f of files) {
    if ("error" in f) problems.push({ file: f.name, code: "unreadable", reason: `cannot read (${f.error})` });
    else if ("tooLarge" in f) problems.push({ file: f.name, code: "too_large", reason: tooLarge(f.tooLarge) });
    else {
      const result = parseArticle(f.name, f.bytes, meta[f.name]);
      if (result.ok) articles.push(result.article);
      else problems.push({ file: f.name, code: result.code, reason: result.reason });
    }
  }
  return { dir, articles, problems };
}

function parseMetadataFile(read: Read, problems: CorpusProblem[]) {
  if ("error" in read) {
    problems.push({ file: METADATA_FILE, code: "metadata", reason: `cannot read (${read.error})` });
    return {};
  }
  if ("tooLarge" in read) {
    problems.push({ file: METADATA_FILE, code: "metadata", reason: tooLarge(read.tooLarge, MAX_DATA_FILE_BYTES) });
    return {};
  }
  const parsed = readMetadataEntries(new TextDecoder().decode(read.bytes).replace(/^\uFEFF/, ""));
  if (parsed.ok) {
    // One problem per entry left out ("corpus: articles.json: 004_x.txt: published: impossible date"); the rest apply.
    for (const reason of parsed.problems) problems.push({ file: METADATA_FILE, code: "metadata", reason });
    return parsed.articles;
  }
  // One line per problem ("corpus: articles.json: …"): the issues after the first, and the count of the rest, after "; ".
  const reason = parsed.error
    .split("\n")
    .map((line) => (line.startsWith(`${METADATA_FILE}: `) ? line.slice(METADATA_FILE.length + 2) : line))
    .join("; ");
  problems.push({ file: METADATA_FILE, code: "metadata", reason });
  return {};
}

/** "corpus: /x: cannot read folder: it does not exist (…)", "…: it is not a folder (…)", "…: cannot read folder (EACCES)". */
export function folderError(dir: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `corpus: ${dir}: cannot read folder: it does not exist (set CORPUS_DIR to the folder of article files)`;
  if (code === "ENOTDIR") return `corpus: ${dir}: cannot read folder: it is not a folder (set CORPUS_DIR to the folder of article files)`;
  return `corpus: ${dir}: cannot read folder (${code ?? (e as Error).message})`;
}

/** "corpus: 004_x.txt: impossible date 2025-13" — one line per problem. */
export function formatProblem(p: CorpusProblem): string {
  return `corpus: ${p.file}: ${p.reason}`;
}
