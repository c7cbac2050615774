/**
 * Per MiniSearch short id: whether the document is live, and its field lengths as typed arrays (one per field), which
 * the candidate selection (topCandidates.ts) reads without a Map lookup per posting. PassageSearch keeps one and
 * tells it of every document added, removed or discarded.
 */
import { FieldLengthTable } from "./fieldLengthTable.js";
import { grown } from "../util/typedArrays.js";

export class LiveDocuments {
  /** Per field id, each document's field length by short id; grown as documents are added. */
  #lengths: Uint32Array[] = [];
  /** 1 for a live short id; 0 for one discarded (or never handed out). */
  #live = new Uint8Array(0);
  #discarded = 0;

  /**
   * Every document of an index as built or restored: `limit` short ids, `fieldCount` fields, the index's field
   * lengths, and `documents` of them live (the rest were discarded).
   */
  static of(limit: number, fieldCount: number, fieldLength: ReadonlyMap<number, readonly number[]>, documents: number): LiveDocuments {
    const docs = new LiveDocuments();
    docs.#live = new Uint8Array(limit);
    docs.#lengths = Array.from({ length: fieldCount }, () => new Uint32Array(limit));
    if (fieldLength instanceof FieldLengthTable) {
      // Column by column, without an array per document (this runs at every build and snapshot load).
      const { present, columns } = fieldLength.settledColumns();
      for (let shortId = 0; shortId < present.length; shortId++) {
        if (present[shortId] !== 1) continue;
        if (shortId >= limit || columns.length > docs.#lengths.length) {
          docs.track(shortId, fieldLength.get(shortId)!);
          continue;
        }
        docs.#live[shortId] = 1;
        columns.forEach((column, field) => {
          const length = column[shortId]!;
          if (length >= 0) docs.#lengths[field]![shortId] = length;
        });
      }
      for (const [shortId, lengths] of fieldLength.pendingEntries()) docs.track(shortId, lengths);
    } else {
      for (const [shortId, lengths] of fieldLength) docs.track(shortId, lengths);
    }
    docs.#discarded = limit - documents;
    return docs;
  }

  /** A document added (or added again): live, with these field lengths. */
  track(shortId: number, lengths: readonly number[]): void {
    if (shortId >= this.#live.length) {
      const capacity = Math.max(1024, shortId + 1, Math.ceil(this.#live.length * 1.5));
      const live = new Uint8Array(capacity);
      live.set(this.#live);
      this.#live = live;
      this.#lengths = this.#lengths.map((t) => grown(t, capacity));
    }
    lengths.forEach((length, field) => {
      while (this.#lengths.length <= field) this.#lengths.push(new Uint32Array(this.#live.length));
      this.#lengths[field]![shortId] = length;
    });
    if (this.#live[shortId] === 0) this.#live[shortId] = 1;
  }

  /** A document removed with its postings: no longer live. */
  removed(shortId: number): void {
    this.#live[shortId] = 0;
  }

  /** A document discarded (its postings stay until the next build): no longer live, and counted. */
  discarded(shortId: number): void {
    if (this.#live[shortId] !== 1) return;
    this.#live[shortId] = 0;
    this.#discarded++;
  }

  /** A field's lengths by short id (read only; valid until the next add). */
  lengthsOf(fieldId: number): Uint32Array {
    return this.#lengths[fieldId] ?? new Uint32Array(0);
  }

  isLive(shortId: number): boolean {
    return this.#live[shortId] === 1;
  }

  /** Documents discarded since the index was built (0: every posting is live). */
  get discardedCount(): number {
    return this.#discarded;
  }
}
