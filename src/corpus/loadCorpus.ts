/**
 * Loads a corpus folder: every `*.txt` is an article; `articles.json` (optional) adds metadata.
 * Each bad file is reported by name and reason while the rest loads.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { METADATA_FILE, parseMetadata } from "./metadataFile.js";
import { parseArticle, type ArticleProblem } from "./parseArticle.js";
import type { Article } from "./types.js";

export interface CorpusProblem {
  file: string;
  code: ArticleProblem | "unreadable" | "metadata";
  reason: string;
}

export interface LoadedCorpus {
  dir: string;
  articles: Article[];
  problems: CorpusProblem[];
}

/** Article files larger than this are rejected: a corpus file is a news article, not a data dump. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  return parseCorpus(await readCorpusFiles(dir));
}

/** A corpus folder's article files and metadata file as bytes: what {@link parseCorpus} parses and what the index snapshot key hashes. */
export interface CorpusFiles {
  dir: string;
  /** The `*.txt` files, sorted by name: their bytes, or the error code that kept them from being read. */
  files: Array<{ name: string; bytes: Uint8Array } | { name: string; error: string }>;
  /** `articles.json`, or null when there is none (or it cannot be read). */
  metadata: Uint8Array | null;
}

/** Reads a corpus folder once; nothing is parsed yet. */
export async function readCorpusFiles(dir: string): Promise<CorpusFiles> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile() && d.name.endsWith(".txt")).map((d) => d.name);
  } catch (e) {
    throw new Error(`corpus: ${dir}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  names.sort();
  const metadata = await readFile(path.join(dir, METADATA_FILE)).catch(() => null);
  const files: CorpusFiles["files"] = [];
  const BATCH = 256;
  for (let i = 0; i < names.length; i += BATCH) {
    const batch = names.slice(i, i + BATCH);
    const contents = await Promise.all(batch.map((name) => readFile(path.join(dir, name)).catch((e: NodeJS.ErrnoException) => e)));
    batch.forEach((name, j) => {
      const bytes = contents[j]!;
      files.push(bytes instanceof Error ? { name, error: bytes.code ?? bytes.message } : { name, bytes });
    });
  }
  return { dir, files, metadata };
}

/** Articles and problems of files read by {@link readCorpusFiles}. */
export function parseCorpus({ dir, files, metadata }: CorpusFiles): LoadedCorpus {
  const problems: CorpusProblem[] = [];
  const meta = metadata === null ? {} : parseMetadataFile(Buffer.from(metadata).toString("utf8"), problems);
  const articles: Article[] = [];
  for (const f of files) {
    if ("error" in f) {
      problems.push({ file: f.name, code: "unreadable", reason: `cannot read (${f.error})` });
    } else if (f.bytes.length > MAX_ARTICLE_BYTES) {
      problems.push({ file: f.name, code: "binary", reason: `larger than ${MAX_ARTICLE_BYTES} bytes` });
    } else {
      const result = parseArticle(f.name, f.bytes, meta[f.name]);
      if (result.ok) articles.push(result.article);
      else problems.push({ file: f.name, code: result.code, reason: result.reason });
    }
  }
  return { dir, articles, problems };
}

function parseMetadataFile(json: string, problems: CorpusProblem[]) {
  const parsed = parseMetadata(json);
  if (parsed.ok) return parsed.value.articles;
  problems.push({ file: METADATA_FILE, code: "metadata", reason: parsed.error.slice(METADATA_FILE.length + 2) });
  return {};
}

/** "corpus: 004_x.txt: impossible date 2025-13" — one line per problem. */
export function formatProblem(p: CorpusProblem): string {
  return `corpus: ${p.file}: ${p.reason}`;
}
