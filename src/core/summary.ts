/**
 * What a reload is judged on and what start-up reports: a loaded corpus in plain data (files, counts,
 * problems), the same whether the core lives in this thread or in a worker (it crosses as a structured clone).
 */
import { type CorpusProblem, formatProblem } from "../corpus/loadCorpus.js";
import type { LoadedEngine } from "../search/engine.js";
import type { CorpusFolder } from "./corpusFolder.js";

export interface CoreSummary {
  dir: string;
  /** The files of the articles that serve. */
  articleFiles: string[];
  passages: number;
  folder: { articleFiles: number; dataFiles: string[]; problems: CorpusProblem[] };
  /** Bad article files and a broken articles.json, each by name and reason. */
  corpusProblems: CorpusProblem[];
  /** variants.json, glossary, synonyms. */
  lexiconProblems: string[];
  /** actors.json (the timeline then knows nobody). */
  actorProblems: string[];
}

export function summarize(engine: LoadedEngine, folder: CorpusFolder, actorProblems: string[]): CoreSummary {
  return {
    dir: folder.dir,
    articleFiles: engine.index.articles.map((a) => a.file),
    passages: engine.index.passages.length,
    folder: { articleFiles: folder.articleFiles, dataFiles: [...folder.dataFiles], problems: folder.problems },
    corpusProblems: engine.corpusProblems,
    lexiconProblems: engine.lexiconProblems,
    actorProblems,
  };
}

/** Every problem of a loaded core, one line each: skipped entries, bad articles, data files. */
export function summaryProblems(s: CoreSummary): string[] {
  return [...s.folder.problems.map(formatProblem), ...s.corpusProblems.map(formatProblem), ...s.lexiconProblems, ...s.actorProblems];
}

/** "corpus: /x: no articles: the folder holds no *.txt files" when nothing loaded; undefined otherwise. */
export function summaryEmptyProblem(s: CoreSummary): string | undefined {
  return emptyCorpusLine(s.dir, s.articleFiles.length, s.folder.articleFiles);
}

/** The same line from the counts: articles loaded, `*.txt` files in the folder (`cli check` has no summary). */
export function emptyCorpusLine(dir: string, loaded: number, articleFiles: number): string | undefined {
  if (loaded > 0) return undefined;
  return articleFiles === 0
    ? `corpus: ${dir}: no articles: the folder holds no *.txt files`
    : `corpus: ${dir}: no articles: none of its ${articleFiles} *.txt files loaded (see the problems above)`;
}
