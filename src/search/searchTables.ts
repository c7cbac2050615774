/**
 * Copying helpers of the passage index (passageSearch.ts): its table of field lengths grown to a new capacity, and a
 * term's Map of fields from MiniSearch turned into the small map the index keeps.
 */
import { SmallFieldMap } from "./fieldPostings.js";
import type { FieldPostings, TermFrequencies } from "./searchState.js";

/** Per field id, each document's field length by short id; grown as documents are added. */
export type LengthTable = Uint32Array[];

export function smallFieldMapOf(byField: FieldPostings): SmallFieldMap<TermFrequencies> {
  const small = new SmallFieldMap<TermFrequencies>();
  for (const [field, freqs] of byField) small.set(field, freqs);
  return small;
}

export function grow(table: Uint32Array, capacity: number): Uint32Array {
  const next = new Uint32Array(capacity);
  next.set(table);
  return next;
}
