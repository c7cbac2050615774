/**
 * What a corpus folder holds besides the articles: which data files it has of its own (the others come from
 * the embedded corpus), and entries that are skipped (symbolic links and subfolders are never read as articles).
 * Reported at start, by `check` and on every reload. A data file over the size cap is reported by its loader.
 */
import { lstat, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { GLOSSARY_FILE, VARIANTS_FILE } from "../analysis/lexicon.js";
import { SYNONYMS_FILE } from "../analysis/synonymsFile.js";
import { type CorpusProblem, folderError, isArticleFileName } from "../corpus/loadCorpus.js";
import { METADATA_FILE } from "../corpus/metadataFile.js";
import { ACTORS_FILE } from "../timeline/actorsFile.js";

/** The data files a corpus folder may hold beside its articles. */
export const DATA_FILES: readonly string[] = [METADATA_FILE, ACTORS_FILE, VARIANTS_FILE, GLOSSARY_FILE, SYNONYMS_FILE];

export interface CorpusFolder {
  dir: string;
  /** Regular `*.txt` files: the article files. */
  articleFiles: number;
  /** Data files the folder holds itself. */
  dataFiles: ReadonlySet<string>;
  /** Skipped entries and links to nothing readable, each by name and reason. */
  problems: CorpusProblem[];
}

/** Throws a one-line message when the folder is missing, not a folder or unreadable. */
export async function scanCorpusFolder(dir: string): Promise<CorpusFolder> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new Error(folderError(dir, e));
  }
  const problems: CorpusProblem[] = [];
  let articleFiles = 0;
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const { name } = entry;
    if (entry.isFile()) {
      if (isArticleFileName(name)) articleFiles++;
      else if (name.endsWith(".txt")) problems.push({ file: name, code: "skipped", reason: "skipped: a hidden file (its name starts with a dot)" });
      else if (/\.txt$/i.test(name)) problems.push({ file: name, code: "skipped", reason: "skipped: article files end in .txt (lower case)" });
    } else if (entry.isDirectory()) {
      if (!name.startsWith(".")) problems.push({ file: `${name}/`, code: "skipped", reason: "skipped: a subfolder (articles are read from the corpus folder itself, not from subfolders)" });
    } else if (entry.isSymbolicLink()) {
      if (name.endsWith(".txt")) problems.push({ file: name, code: "skipped", reason: "skipped: a symbolic link (an article must be a regular file in the corpus folder)" });
    } else if (name.endsWith(".txt")) {
      problems.push({ file: name, code: "skipped", reason: "skipped: not a regular file" });
    }
  }
  const dataFiles = new Set<string>();
  for (const name of DATA_FILES) {
    // Data files are read through links (as the loaders do), so a link to a data file counts.
    const info = await stat(path.join(dir, name)).catch(() => undefined);
    if (!info?.isFile()) {
      const link = await lstat(path.join(dir, name)).catch(() => undefined);
      if (link?.isSymbolicLink()) problems.push({ file: name, code: "data_file", reason: "a symbolic link to nothing readable" });
      continue;
    }
    // Its loader reads it within MAX_DATA_FILE_BYTES and reports a larger one itself (once, not here too).
    dataFiles.add(name);
  }
  return { dir, articleFiles, dataFiles, problems };
}
