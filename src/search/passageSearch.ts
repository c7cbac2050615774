/**
 * The MiniSearch index over passages. MiniSearch keeps its postings and field lengths in protected fields so that a
 * subclass can use them; this class is the one place that does: it gives the candidate selection (topCandidates.ts)
 * read access to postings, field lengths and document ids, and the snapshot (snapshot/) a typed export and restore.
 */
import MiniSearch, { type Options } from "minisearch";
import type { Analyzer } from "../analysis/analyzer.js";

/** Field boosts: a subheading is context for the passages below it, worth less than their own words. */
export const FIELD_BOOSTS = { text: 1, heading: 0.3 } as const;

export interface IndexDoc {
  /** The passage's position in `PassageIndex.passages`. */
  id: number;
  text: string;
  heading: string;
}

/** Document (MiniSearch short id) → term frequency. */
export type TermFrequencies = Map<number, number>;
/** Field id → the term's frequencies in that field. */
export type FieldPostings = Map<number, TermFrequencies>;

/** Everything of the index but its postings, as {@link PassageSearch.state} exports and {@link PassageSearch.restore} takes it. */
export interface SearchState {
  documentCount: number;
  /** One more than the highest short id handed out (short ids of removed documents are not reused). */
  nextId: number;
  fieldIds: Readonly<Record<string, number>>;
  averageFieldLength: readonly number[];
  dirtCount: number;
  /** Short id → passage number. */
  documentIds: ReadonlyMap<number, number>;
  /** Short id → length of each field (by field id; absent for a missing field). */
  fieldLength: ReadonlyMap<number, readonly number[]>;
  storedFields: ReadonlyMap<number, Readonly<Record<string, unknown>>>;
}

/** What {@link PassageSearch.restore} takes over: the state with maps of its own. */
export interface RestoredState extends Omit<SearchState, "documentIds" | "fieldLength" | "storedFields"> {
  documentIds: Map<number, number>;
  fieldLength: Map<number, number[]>;
  storedFields: Map<number, Record<string, unknown>>;
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

export class PassageSearch extends MiniSearch<IndexDoc> {
  /** @param onTerm called for every term indexed, with its field (the document frequencies are counted this way) */
  constructor(analyzer: Analyzer, onTerm?: (term: string, field: string) => void) {
    super(miniSearchOptions(analyzer, onTerm));
  }

  /**
   * An index with the given state and postings, as {@link state} and {@link postingsByTerm} exported them.
   * The maps of `state` and the postings are taken over, not copied (a snapshot passes postings that decode
   * themselves on first use): the caller must not use them afterwards.
   */
  static restore(analyzer: Analyzer, state: RestoredState, postings: Iterable<readonly [string, FieldPostings]>): PassageSearch {
    const search = new PassageSearch(analyzer);
    const expected = JSON.stringify(search._fieldIds);
    if (JSON.stringify(state.fieldIds) !== expected) throw new Error(`PassageSearch.restore: field ids ${JSON.stringify(state.fieldIds)}, expected ${expected}`);
    search._documentCount = state.documentCount;
    search._nextId = state.nextId;
    search._avgFieldLength = [...state.averageFieldLength];
    search._dirtCount = state.dirtCount;
    search._documentIds = state.documentIds;
    search._idToShortId = new Map();
    for (const [shortId, id] of state.documentIds) search._idToShortId.set(id, shortId);
    search._fieldLength = state.fieldLength;
    search._storedFields = state.storedFields;
    for (const [term, data] of postings) search._index.set(term, data);
    return search;
  }

  /** The index's state but its postings (live views: read, do not keep across changes). */
  state(): SearchState {
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      fieldIds: this._fieldIds,
      averageFieldLength: this._avgFieldLength,
      dirtCount: this._dirtCount,
      documentIds: this._documentIds,
      fieldLength: this._fieldLength,
      storedFields: this._storedFields,
    };
  }

  /** Every indexed term with its postings, in the index's (sorted) order. */
  postingsByTerm(): IterableIterator<[string, ReadonlyMap<number, ReadonlyMap<number, number>>]> {
    return this._index.entries();
  }

  /** A term's postings: field id → document (short id) → term frequency; undefined for an unknown term. */
  postings(term: string): ReadonlyMap<number, ReadonlyMap<number, number>> | undefined {
    return this._index.get(term);
  }

  /** The id of a field (see {@link postings}), or undefined for an unknown field. */
  fieldId(field: string): number | undefined {
    return this._fieldIds[field];
  }

  /** Short id → length of each field (in tokens), by field id. */
  fieldLengths(): ReadonlyMap<number, readonly number[]> {
    return this._fieldLength;
  }

  averageFieldLength(fieldId: number): number {
    return this._avgFieldLength[fieldId] ?? 0;
  }

  /** One more than the highest short id: arrays indexed by short id need this length. */
  get shortIdLimit(): number {
    return this._nextId;
  }

  /** The passage number of a short id. */
  passageOf(shortId: number): number | undefined {
    return this._documentIds.get(shortId);
  }
}
