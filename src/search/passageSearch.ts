/**
 * The MiniSearch index over passages. MiniSearch keeps its postings and field lengths in protected fields so that a
 * subclass can use them; this class is the one place that does: it gives the candidate selection (topCandidates.ts)
 * read access to postings, field lengths and document ids, and the snapshot (snapshot/) a typed export and restore.
 */
import MiniSearch from "minisearch";
import type { Analyzer } from "../analysis/analyzer.js";
import { CompactFrequencies, compactOf } from "./compactPostings.js";
import { DenseIdMap } from "./documentMaps.js";
import { SmallFieldMap, smallFieldMapOf } from "./fieldPostings.js";
import { FieldLengthTable } from "./fieldLengthTable.js";
import { fieldCountOf, type IndexDoc, miniSearchOptions } from "./searchOptions.js";
import type { FieldPostings, RestoredState, SearchState } from "./searchState.js";
import { LiveDocuments } from "./liveDocuments.js";
import { TermMap } from "./termMap.js";

export class PassageSearch extends MiniSearch<IndexDoc> {
  /** Terms indexed by the `add` under way (their new postings are made compact after it). */
  readonly #added: { terms: Set<string> | null };
  /** Liveness and field lengths by short id, as typed arrays (liveDocuments.ts). */
  #documents = new LiveDocuments();
  /** MiniSearch's term index, whose radix tree is built only when a walk needs it (termMap.ts). */
  #terms = new TermMap<FieldPostings>();

  /** @param onTerm called for every term indexed, with its field (the document frequencies are counted this way) */
  constructor(analyzer: Analyzer, onTerm?: (term: string, field: string) => void) {
    const added: { terms: Set<string> | null } = { terms: null };
    super(
      miniSearchOptions(analyzer, (term, field) => {
        onTerm?.(term, field);
        added.terms?.add(term);
      }),
    );
    this.#added = added;
    this.#useTerms(this.#terms);
    this.#useCompactMaps(new DenseIdMap(), new FieldLengthTable(fieldCountOf(this._fieldIds)));
  }

  #useTerms(terms: TermMap<FieldPostings>): void {
    this.#terms = terms;
    // MiniSearch's own tree, from the package's `minisearch/SearchableMap` entry (the same code, whose types the
    // package declares twice, so they do not match by name).
    this._index = terms as unknown as typeof this._index;
  }

  /** MiniSearch's per-document maps as typed arrays (documentMaps.ts, fieldLengthTable.ts); the id map back is derived. */
  #useCompactMaps(documentIds: DenseIdMap, fieldLength: FieldLengthTable): void {
    this._documentIds = documentIds;
    const idToShortId = new DenseIdMap();
    for (const [shortId, id] of documentIds) idToShortId.set(id, shortId);
    this._idToShortId = idToShortId;
    this._fieldLength = fieldLength;
  }

  /** MiniSearch's `add`, plus the typed field lengths and liveness, and compact postings for terms it created. */
  override add(doc: IndexDoc): void {
    this.#added.terms = new Set();
    try {
      super.add(doc);
    } finally {
      const terms = this.#added.terms;
      this.#added.terms = null;
      for (const term of terms) {
        const byField = this._index.get(term);
        if (byField) for (const [field, freqs] of byField) if (!(freqs instanceof CompactFrequencies)) byField.set(field, compactOf(freqs));
        // A term new to the index has MiniSearch's Map of fields: a small map takes its place.
        if (byField && !(byField instanceof SmallFieldMap)) this._index.set(term, smallFieldMapOf(byField));
      }
    }
    const shortId = this._idToShortId.get(doc.id)!;
    const lengths = this._fieldLength.get(shortId) ?? [];
    if (this._fieldLength instanceof FieldLengthTable) this._fieldLength.settle(shortId);
    this.#documents.track(shortId, lengths);
  }

  /** MiniSearch's `removeAll`; emptied (no argument), the index keeps its own term map (termMap.ts) and compact maps. */
  override removeAll(documents?: readonly IndexDoc[]): void {
    if (documents !== undefined) {
      super.removeAll(documents);
      return;
    }
    super.removeAll();
    this.#useTerms(new TermMap());
    this.#useCompactMaps(new DenseIdMap(), new FieldLengthTable(fieldCountOf(this._fieldIds)));
    this.#documents = new LiveDocuments();
  }

  /** MiniSearch's `remove`: the document's postings go at once (each list is a typed array: a short move per term). */
  override remove(doc: IndexDoc): void {
    const shortId = this._idToShortId.get(doc.id);
    super.remove(doc);
    if (shortId !== undefined) this.#documents.removed(shortId);
  }

  /** MiniSearch's `discard`; the postings stay until the next build and are skipped as not live. */
  override discard(id: number): void {
    const shortId = this._idToShortId.get(id);
    super.discard(id);
    if (shortId !== undefined) this.#documents.discarded(shortId);
  }

  /** A field's lengths by short id (read only; valid until the next add). */
  lengthsOf(fieldId: number): Uint32Array {
    return this.#documents.lengthsOf(fieldId);
  }

  /** Whether a short id is a live document (postings of discarded ones stay until the next build). */
  isLive(shortId: number): boolean {
    return this.#documents.isLive(shortId);
  }

  /** Documents discarded since the index was built (0: every posting is live). */
  get discardedCount(): number {
    return this.#documents.discardedCount;
  }

  /**
   * An index with the given state and postings, as {@link state} and {@link postingsByTerm} exported them, in that
   * order (which {@link postingsByTerm} keeps).
   * The maps of `state` and the postings are taken over, not copied (a snapshot passes postings that decode
   * themselves on first use): the caller must not use them afterwards.
   */
  static restore(analyzer: Analyzer, state: RestoredState, postings: Iterable<readonly [string, FieldPostings]>): PassageSearch {
    const slots = new Map<string, number>();
    const terms: string[] = [];
    const values: FieldPostings[] = [];
    for (const [term, data] of postings) {
      if (slots.has(term)) throw new Error(`PassageSearch.restore: the term ${JSON.stringify(term)} twice`);
      slots.set(term, terms.length);
      terms.push(term);
      values.push(data);
    }
    return PassageSearch.restoreNumbered(analyzer, state, slots, terms, values);
  }

  /**
   * {@link restore} with the terms numbered already (the index builder's numbering, taken over): `slots` maps each
   * term to its place in `terms` and `postings`, which is its place in {@link postingsByTerm}'s order.
   */
  static restoreNumbered(analyzer: Analyzer, state: RestoredState, slots: Map<string, number>, terms: string[], postings: FieldPostings[]): PassageSearch {
    const search = new PassageSearch(analyzer);
    const expected = JSON.stringify(search._fieldIds);
    if (JSON.stringify(state.fieldIds) !== expected) throw new Error(`PassageSearch.restore: field ids ${JSON.stringify(state.fieldIds)}, expected ${expected}`);
    search._documentCount = state.documentCount;
    search._nextId = state.nextId;
    search._avgFieldLength = [...state.averageFieldLength];
    search._dirtCount = state.dirtCount;
    search.#useCompactMaps(DenseIdMap.of(state.documentIds), FieldLengthTable.of(state.fieldLength, fieldCountOf(search._fieldIds)));
    search._storedFields = state.storedFields;
    search.#useTerms(TermMap.fromNumbered(slots, terms, postings));
    search.#documents = LiveDocuments.of(search._nextId, fieldCountOf(search._fieldIds), search._fieldLength, search._documentIds.size);
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

  /** Every indexed term with its postings, in the order the index took the terms (no walk of the radix tree). */
  postingsByTerm(): IterableIterator<[string, ReadonlyMap<number, ReadonlyMap<number, number>>]> {
    return this.#terms.inSlotOrder();
  }

  /**
   * Builds the radix tree of the terms now, which the typo fallback ({@link termsWithin}) walks: it is otherwise built
   * on that first walk (20,000 articles: ~0.3 s). A bot calls this once it is idle after its start.
   */
  buildTermTree(): void {
    this.#terms.buildTree();
  }

  /** Whether the radix tree of the terms has been built (a start, a snapshot and exact lookups do not build it). */
  get termTreeBuilt(): boolean {
    return this.#terms.treeBuilt;
  }

  /** A term's postings: field id → document (short id) → term frequency; undefined for an unknown term. */
  postings(term: string): ReadonlyMap<number, ReadonlyMap<number, number>> | undefined {
    return this._index.get(term);
  }

  /**
   * Index terms within `maxDistance` edits of `term` (the term itself excluded), each with its distance: a walk of the
   * index's radix tree that bounds the edits as it goes (MiniSearch's `fuzzyGet`), without scoring any document.
   */
  termsWithin(term: string, maxDistance: number): Map<string, number> {
    const out = new Map<string, number>();
    for (const [found, [, distance]] of this._index.fuzzyGet(term, maxDistance)) if (distance > 0) out.set(found, distance);
    return out;
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

  /**
   * Gives every indexed passage a new number (`newNumber[old]`, −1 for none: it must have been discarded), so that
   * the passages of a changed corpus can be renumbered without touching a posting (postings hold short ids).
   */
  renumber(newNumber: Int32Array): void {
    const documentIds = new DenseIdMap(this._nextId);
    const idToShortId = new DenseIdMap(newNumber.length);
    for (const [shortId, passage] of this._documentIds) {
      const next = newNumber[passage] ?? -1;
      if (next < 0) throw new Error(`PassageSearch.renumber: passage ${passage} is indexed but has no new number`);
      documentIds.set(shortId, next);
      idToShortId.set(next, shortId);
    }
    this._documentIds = documentIds;
    this._idToShortId = idToShortId;
  }

  /** The short id of a passage number (undefined when it is not indexed). */
  shortIdOf(passage: number): number | undefined {
    return this._idToShortId.get(passage);
  }

  /** The passage number of a short id. */
  passageOf(shortId: number): number | undefined {
    return this._documentIds.get(shortId);
  }
}
