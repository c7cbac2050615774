/**
 * The composition of the core: corpus folder → articles → passages → analyzer → index.
 * Built once at start (or loaded from a snapshot) and shared by /ask, /timeline and /source.
 */
import { Analyzer } from "../analysis/analyzer.js";
import { type Lexicon, lexiconWords, loadLexicon } from "../analysis/lexicon.js";
import { foldWord } from "../analysis/normalize.js";
import { type CorpusProblem, formatProblem, type LoadedCorpus, loadCorpus } from "../corpus/loadCorpus.js";
import { splitPassages } from "../corpus/passages.js";
import type { Article, Passage } from "../corpus/types.js";
import { buildPassageIndex, type PassageIndex } from "./passageIndex.js";

export interface Engine {
  index: PassageIndex;
  lexicon: Lexicon;
}

export interface LoadedEngine extends Engine {
  corpusDir: string;
  /** Bad article files, each by name and reason. */
  corpusProblems: CorpusProblem[];
  /** Problems with the data files (variants, glossary, synonyms). */
  lexiconProblems: string[];
}

export async function createEngine(corpusDir: string): Promise<LoadedEngine> {
  const [corpus, { lexicon, problems }] = await Promise.all([loadCorpus(corpusDir), loadLexicon(corpusDir)]);
  return { ...engineFromArticles(corpus.articles, lexicon), corpusDir, corpusProblems: corpus.problems, lexiconProblems: problems };
}

export function engineFromArticles(articles: Article[], lexicon: Lexicon): Engine {
  const passages: Passage[] = articles.flatMap(splitPassages);
  const analyzer = new Analyzer({ variants: lexicon.variants, dictionary: dictionaryOf(passages, lexicon), lemmas: lexicon.general.lemmas });
  return { index: buildPassageIndex(articles, passages, analyzer), lexicon };
}

/** Words the decompounder may split against: the corpus's own vocabulary plus the lexicon's German words. */
export function dictionaryOf(passages: readonly Passage[], lexicon: Lexicon): Set<string> {
  const words = new Set<string>(lexiconWords(lexicon));
  for (const p of passages) {
    for (const m of p.text.matchAll(/\p{L}{4,}/gu)) words.add(foldWord(m[0]));
  }
  return words;
}

export function describeProblems(engine: LoadedEngine): string[] {
  return [...engine.corpusProblems.map(formatProblem), ...engine.lexiconProblems];
}

export type { LoadedCorpus };
