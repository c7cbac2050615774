/**
 * The floor every ranking change is measured against: plain MiniSearch (default BM25 options) over whole
 * paragraphs (blank-line blocks), with the Snowball German stemmer and the project's stopword list, no abstention.
 */
import { stemmer as germanStem } from "@orama/stemmers/german";
import MiniSearch from "minisearch";
import { foldWord } from "../analysis/normalize.js";
import { GERMAN_STOPWORDS } from "../analysis/stopwords.js";
import { splitBlocks } from "../corpus/blocks.js";
import type { PassageIndex } from "../search/passageIndex.js";
import type { ResultView } from "./cases.js";

export interface Baseline {
  search(question: string, limit: number): ResultView[];
}

export function buildBaseline(index: PassageIndex): Baseline {
  const processTerm = (term: string): string | null => {
    const lower = term.toLowerCase();
    return GERMAN_STOPWORDS.has(foldWord(lower)) ? null : germanStem(lower);
  };
  const paragraphs: ResultView[] = index.articles.flatMap((a) =>
    splitBlocks(a.text).map((b) => {
      const text = a.text.slice(b.start, b.end);
      return { file: a.file, passage: text, passageStart: b.start, quote: text, alsoIn: [] };
    }),
  );
  const search = new MiniSearch<{ id: number; text: string }>({ fields: ["text"], processTerm });
  search.addAll(paragraphs.map((p, id) => ({ id, text: p.passage })));
  return {
    search: (question, limit) =>
      search
        .search(question)
        .slice(0, limit)
        .map((hit) => paragraphs[hit.id as number]!),
  };
}
