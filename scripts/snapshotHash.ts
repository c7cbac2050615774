/**
 * `tsx scripts/snapshotHash.ts <corpus folder>`: builds the index of a corpus folder as a cold start does
 * (read, parse, `engineFromArticles`) and prints the SHA-1 of its encoded snapshot, per section and in all, with the
 * build's time (`--two-threads`: built as shardedBuild.ts does). Two builds that print the same hashes wrote the same snapshot bytes.
 */
import { createHash } from "node:crypto";
import { loadLexicon } from "../src/analysis/lexicon.js";
import { parseCorpus, readCorpusFiles } from "../src/corpus/loadCorpus.js";
import { BUILD_SHARDS } from "../src/core/servingLimits.js";
import { engineFromArticles, engineInShards } from "../src/search/engine.js";
import type { ShardedBuildOptions } from "../src/search/shardedBuild.js";
import { encodeSnapshot } from "../src/search/snapshot/codec.js";
import { isEntryScript, runMain } from "../src/util/runMain.js";

/** `shards`: build on two threads (engineInShards) with these options instead of on one. */
export async function snapshotHash(corpusDir: string, log: (line: string) => void, shards?: ShardedBuildOptions): Promise<string> {
  const { lexicon } = await loadLexicon(corpusDir);
  const corpus = parseCorpus(await readCorpusFiles(corpusDir));
  const started = performance.now();
  const engine = shards ? await engineInShards(corpus.articles, lexicon, { ...shards, log }) : engineFromArticles(corpus.articles, lexicon);
  const built = performance.now() - started;
  const sections = encodeSnapshot({ index: engine.index, corpusProblems: corpus.problems });
  const all = createHash("sha1");
  for (const [name, bytes] of sections) {
    log(`${name.padEnd(10)} ${bytes.length.toString().padStart(10)} bytes  ${createHash("sha1").update(bytes).digest("hex")}`);
    all.update(name).update(String(bytes.length)).update(bytes);
  }
  const hash = all.digest("hex");
  log(`snapshot   ${hash}  (${corpus.articles.length} articles, ${engine.index.passages.length} passages, built in ${Math.round(built)} ms)`);
  return hash;
}

if (isEntryScript(import.meta.url)) {
  runMain(async () => {
    const [dir, flag] = process.argv.slice(2);
    if (!dir) throw new Error("usage: tsx scripts/snapshotHash.ts <corpus folder> [--two-threads]");
    await snapshotHash(dir, (line) => console.log(line), flag === "--two-threads" ? { ...BUILD_SHARDS, minArticles: 1 } : undefined);
    return 0;
  });
}
