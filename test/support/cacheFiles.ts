/** What a cache folder holds, for tests that check when a snapshot is written. */
import { readdirSync } from "node:fs";

/** The index snapshots in `dir` (none when the folder does not exist yet). */
export function snapshotFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.startsWith("index-") && f.endsWith(".snap"));
  } catch {
    return [];
  }
}
