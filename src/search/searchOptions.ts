/**
 * How the passage index is configured: the documents MiniSearch indexes, their fields and boosts, and the options
 * that analyze passages at indexing time and take queries as already analyzed.
 */
import type { Options } from "minisearch";
import type { Analyzer } from "../analysis/analyzer.js";

/** Field boosts: a subheading is context for the passages below it, worth less than their own words. */
export const FIELD_BOOSTS = { text: 1, heading: 0.3 } as const;

export interface IndexDoc {
  /** The passage's position in `PassageIndex.passages`. */
  id: number;
  text: string;
  heading: string;
}

export function miniSearchOptions(analyzer: Analyzer, onTerm?: (term: string, field: string) => void): Options<IndexDoc> {
  return {
    idField: "id",
    fields: ["text", "heading"],
    storeFields: [],
    // Removed documents are skipped where postings are read (see `PassageSearch.isLive`, passageSearch.ts); their postings go with the next build.
    autoVacuum: false,
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

/** One more than the highest field id. */
export function fieldCountOf(fieldIds: Readonly<Record<string, number>>): number {
  return Math.max(-1, ...Object.values(fieldIds)) + 1;
}
