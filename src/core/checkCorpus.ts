/**
 * `cli check` without building a core: the folder is scanned, its files read and parsed, its articles split into
 * passages and its data files validated, but no index is built, no dictionary loaded and no actor discovered. It
 * reports what a loaded core would (the same problems in the same order, the same counts: see loadCore.ts and
 * summary.ts), plus the suspicious articles, in a fraction of the time of a start.
 */
import { loadLexicon, NO_GENERAL_DICTIONARIES } from "../analysis/lexicon.js";
import { dataFilePath } from "../config/paths.js";
import { formatProblem, parseCorpus, readCorpusFiles } from "../corpus/loadCorpus.js";
import { splitPassages } from "../corpus/passages.js";
import { findSuspicious, formatSuspicion } from "../ingest/suspicious.js";
import { ACTORS_FILE, loadActors } from "../timeline/actorsFile.js";
import { scanCorpusFolder } from "./corpusFolder.js";
import type { CorpusStats } from "./core.js";
import { emptyCorpusLine } from "./summary.js";

export interface CorpusCheck extends CorpusStats {
  /** One line each: skipped entries, bad articles, data files (over the cap, invalid), actors, an empty corpus, suspicious articles. */
  problems: string[];
}

/** Throws a one-line message when the folder is missing or unreadable (as loadCore does); every other problem is listed. */
export async function checkCorpus(dir: string): Promise<CorpusCheck> {
  const folder = await scanCorpusFolder(dir);
  const [files, { problems: lexiconProblems }] = await Promise.all([readCorpusFiles(dir), loadLexicon(dir, NO_GENERAL_DICTIONARIES)]);
  const corpus = parseCorpus(files);
  const actors = loadActors(dataFilePath(dir, ACTORS_FILE));
  let passages = 0;
  for (const article of corpus.articles) passages += splitPassages(article).length;
  const empty = emptyCorpusLine(dir, corpus.articles.length, folder.articleFiles);
  const problems = [
    ...folder.problems.map(formatProblem),
    ...corpus.problems.map(formatProblem),
    ...lexiconProblems,
    ...(actors.ok ? [] : [actors.error]),
    ...(empty ? [empty] : []),
    ...findSuspicious(corpus.articles).map(formatSuspicion),
  ];
  return { problems, articles: corpus.articles.length, passages };
}
