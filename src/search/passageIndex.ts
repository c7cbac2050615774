/**
 * The index over passages: the articles and their passages, the MiniSearch index over them ({@link PassageSearch}),
 * the document frequencies the answer engine needs and the analyzer that made the terms.
 */
import type { Analyzer } from "../analysis/analyzer.js";
import type { Article, Passage } from "../corpus/types.js";
import { buildPassageSearch } from "./indexBuilder.js";
import type { TokenStream, tokenizePassages } from "./passageTokens.js";
import type { PassageSearch } from "./passageSearch.js";

// The answer engine imports the boosts with the index it searches.
export { FIELD_BOOSTS } from "./searchOptions.js";

export interface PassageIndex {
  articles: readonly Article[];
  articleById: ReadonlyMap<string, Article>;
  passages: readonly Passage[];
  search: PassageSearch;
  /** Number of passages each term occurs in (text field). */
  df: ReadonlyMap<string, number>;
  analyzer: Analyzer;
  /**
   * Each df entry's term number (in the df's order): its place in `search.postingsByTerm()`, for an index as built or
   * loaded, so that the snapshot numbers the df without a lookup per term (snapshot/dfPairs.ts, which checks every
   * number against its term). An updated index has none.
   */
  dfNumbers?: Int32Array;
}

/**
 * `tokens`: the passages already tokenized (see {@link tokenizePassages}); read here when absent. `termsOf`: the
 * terms of each raw token when already analyzed (see buildPassageSearch).
 */
export function buildPassageIndex(articles: readonly Article[], passages: readonly Passage[], analyzer: Analyzer, tokens?: TokenStream, termsOf?: (r: number) => readonly string[]): PassageIndex {
  const { search, df, dfNumbers } = buildPassageSearch(passages, analyzer, tokens, termsOf);
  return { articles, articleById: new Map(articles.map((a) => [a.id, a])), passages, search, df, analyzer, dfNumbers };
}
