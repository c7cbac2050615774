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
  const problems: CorpusProblem[] = [];
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile() && d.name.endsWith(".txt")).map((d) => d.name);
  } catch (e) {
    throw new Error(`corpus: ${dir}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  names.sort();

  const meta = await loadMetadata(dir, problems);
  const articles: Article[] = [];
  const BATCH = 256;
  for (let i = 0; i < names.length; i += BATCH) {
    const batch = names.slice(i, i + BATCH);
    const contents = await Promise.all(batch.map((name) => readFile(path.join(dir, name)).catch((e: NodeJS.ErrnoException) => e)));
    batch.forEach((file, j) => {
      const bytes = contents[j]!;
      if (bytes instanceof Error) {
        problems.push({ file, code: "unreadable", reason: `cannot read (${bytes.code ?? bytes.message})` });
      } else if (bytes.length > MAX_ARTICLE_BYTES) {
        problems.push({ file, code: "binary", reason: `larger than ${MAX_ARTICLE_BYTES} bytes` });
      } else {
        const result = parseArticle(file, bytes, meta[file]);
        if (result.ok) articles.push(result.article);
        else problems.push({ file, code: result.code, reason: result.reason });
      }
    });
  }
  return { dir, articles, problems };
}

async function loadMetadata(dir: string, problems: CorpusProblem[]) {
  let json: string;
  try {
    json = await readFile(path.join(dir, METADATA_FILE), "utf8");
  } catch {
    return {};
  }
  const parsed = parseMetadata(json);
  if (parsed.ok) return parsed.value.articles;
  problems.push({ file: METADATA_FILE, code: "metadata", reason: parsed.error.slice(METADATA_FILE.length + 2) });
  return {};
}

/** "corpus: 004_x.txt: impossible date 2025-13" — one line per problem. */
export function formatProblem(p: CorpusProblem): string {
  return `corpus: ${p.file}: ${p.reason}`;
}
