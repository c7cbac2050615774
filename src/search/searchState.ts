/**
 * The shapes in which the passage index (passageSearch.ts) hands out its postings and the rest of its state, and
 * takes them back when a snapshot is restored.
 */

/** Document (MiniSearch short id) → term frequency. */
export type TermFrequencies = Map<number, number>;
/** Field id → the term's frequencies in that field. */
export type FieldPostings = Map<number, TermFrequencies>;

/** Everything of the index but its postings, as `PassageSearch.state` (passageSearch.ts) exports and `PassageSearch.restore` takes it. */
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

/** What `PassageSearch.restore` takes over: the state with maps of its own. */
export interface RestoredState extends Omit<SearchState, "documentIds" | "fieldLength" | "storedFields"> {
  documentIds: Map<number, number>;
  fieldLength: Map<number, number[]>;
  storedFields: Map<number, Record<string, unknown>>;
}
