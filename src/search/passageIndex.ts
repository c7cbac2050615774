/**
 * The MiniSearch index over passages, with the document frequencies the answer engine needs
 * (MiniSearch keeps them private) and the vocabulary the decompounder splits against.
 */
import MiniSearch, { type Options, type SearchResult } from "minisearch";
import type { Analyzer } from "../analysis/analyzer.js";
import type { Article, Passage } from "../corpus/types.js";

/** Field boosts: a subheading is context for the passages below it, worth less than their own words. */
export const FIELD_BOOSTS = { text: 1, heading: 0.3 } as const;

export interface IndexDoc {
  id: number;
  text: string;
  heading: string;
}

export interface PassageIndex {
  articles: readonly Article[];
  articleById: ReadonlyMap<string, Article>;
  passages: readonly Passage[];
  search: MiniSearch<IndexDoc>;
  /** Number of passages each term occurs in (text field). */
  df: ReadonlyMap<string, number>;
  analyzer: Analyzer;
}

export function miniSearchOptions(analyzer: Analyzer, onTerm?: (term: string, field: string) => void): Options<IndexDoc> {
  return {
    idField: "id",
    fields: ["text", "heading"],
    storeFields: [],
    tokenize: (text) => analyzer.tokens(text).map((t) => t.raw),
    processTerm: (raw, field) => {
      const terms = analyzer.terms(raw);
      if (onTerm) for (const t of terms) onTerm(t, field ?? "");
      return terms.length > 0 ? (terms as string[]) : null;
    },
    searchOptions: {
      // Queries arrive analyzed (see answer/query.ts): split on spaces, no second analysis.
      tokenize: (q) => q.split(" ").filter(Boolean),
      processTerm: (t) => t,
      boost: FIELD_BOOSTS,
      combineWith: "OR",
    },
  };
}

export function buildPassageIndex(articles: readonly Article[], passages: readonly Passage[], analyzer: Analyzer): PassageIndex {
  const df = new Map<string, number>();
  let docTerms = new Set<string>();
  const search = new MiniSearch<IndexDoc>(
    miniSearchOptions(analyzer, (term, field) => {
      if (field === "text") docTerms.add(term);
    }),
  );
  passages.forEach((p, id) => {
    docTerms = new Set();
    search.add({ id, text: p.text, heading: p.heading ?? "" });
    for (const t of docTerms) df.set(t, (df.get(t) ?? 0) + 1);
  });
  return { articles, articleById: new Map(articles.map((a) => [a.id, a])), passages, search, df, analyzer };
}

export type { SearchResult };
