/**
 * `tsx scripts/discoveryHash.ts <corpus folder> [--repeat N]`: runs what the discovery thread runs (discoverActors, which
 * also counts the profile's topics, then corpusFacts with the curated and the discovered actors) on a corpus folder and prints the SHA-1 of the JSON of each,
 * with their times (the last of N runs: later runs are warm). Two versions of discovery that print the same hashes
 * found the same actors and facts.
 */
import { createHash } from "node:crypto";
import { loadLexicon } from "../src/analysis/lexicon.js";
import { dataFilePath } from "../src/config/paths.js";
import { corpusFacts } from "../src/corpus/profile.js";
import { TopicCounts } from "../src/corpus/topicCounts.js";
import { parseCorpus, readCorpusFiles } from "../src/corpus/loadCorpus.js";
import { ACTORS_FILE, loadActors } from "../src/timeline/actorsFile.js";
import { discoverActors } from "../src/timeline/discoverActors.js";
import { discoveryOptions, withDiscovered } from "../src/timeline/discoveryInput.js";
import { isEntryScript, runMain } from "../src/util/runMain.js";

const sha1 = (value: unknown) => createHash("sha1").update(JSON.stringify(value)).digest("hex");

export async function discoveryHash(corpusDir: string, log: (line: string) => void, repeat = 1): Promise<{ actors: string; facts: string }> {
  const { lexicon } = await loadLexicon(corpusDir);
  const articles = parseCorpus(await readCorpusFiles(corpusDir)).articles;
  const loaded = loadActors(dataFilePath(corpusDir, ACTORS_FILE));
  const curated = loaded.ok ? loaded.actors : [];
  const options = discoveryOptions({ variants: lexicon.variants, curated }, lexicon.general);
  let hashes = { actors: "", facts: "" };
  for (let run = 0; run < repeat; run++) {
    const started = performance.now();
    // As the discovery thread does: discovery counts the profile's topics.
    const topics = new TopicCounts();
    const actors = discoverActors(articles, { ...options, topics });
    const discovered = performance.now();
    const facts = corpusFacts(articles, withDiscovered(curated, actors), topics);
    const done = performance.now();
    hashes = { actors: sha1(actors), facts: sha1(facts) };
    log(`run ${run + 1}: discoverActors ${Math.round(discovered - started)} ms, corpusFacts ${Math.round(done - discovered)} ms`);
    if (run === repeat - 1) log(`actors ${hashes.actors}  (${actors.length} discovered in ${articles.length} articles)\nfacts  ${hashes.facts}`);
  }
  return hashes;
}

if (isEntryScript(import.meta.url)) {
  runMain(async () => {
    const [dir, flag, count] = process.argv.slice(2);
    if (!dir) throw new Error("usage: tsx scripts/discoveryHash.ts <corpus folder> [--repeat N]");
    await discoveryHash(dir, (line) => console.log(line), flag === "--repeat" ? Number(count) : 1);
    return 0;
  });
}
