/** Locations inside the installed package, valid both from src/ (tsx) and dist/src/ (compiled). */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("paths: package.json not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();
/** The corpus shipped with the bot: the five seed articles and the data files. */
export const EMBEDDED_CORPUS_DIR = path.join(PACKAGE_ROOT, "corpus");

/** A data file (variants, glossary, actors, synonyms) from the corpus folder, else the embedded one. */
export function dataFilePath(corpusDir: string, name: string): string {
  const own = path.join(corpusDir, name);
  return existsSync(own) ? own : path.join(EMBEDDED_CORPUS_DIR, name);
}
