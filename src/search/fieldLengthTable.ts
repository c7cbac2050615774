/**
 * MiniSearch's short id → field lengths map (`_fieldLength`) as one typed array per field, behind the Map interface
 * MiniSearch uses (see documentMaps.ts for the id maps). `get` gives a fresh array, with a hole for a field the
 * document does not have, as MiniSearch's own arrays have.
 *
 * MiniSearch's `add` sets an empty array and then fills it in: such an array is kept as it is until
 * {@link FieldLengthTable.settle} moves it into the typed arrays (PassageSearch does after each `add`).
 */

/** Length slot of a field the document does not have. */
const MISSING = -1;
/** Growth factor of the arrays when a short id beyond them is set. */
const GROWTH = 1.5;
/** Smallest capacity the arrays grow to. */
const MIN_CAPACITY = 1024;

export class FieldLengthTable extends Map<number, number[]> {
  /** Per field id, each document's length by short id (−1: missing field or no document). */
  #lengths: Int32Array[];
  /** 1 where a short id has an entry in the typed arrays. */
  #present: Uint8Array;
  #settled = 0;

  constructor(fieldCount: number, capacity = 0) {
    super();
    this.#present = new Uint8Array(capacity);
    this.#lengths = Array.from({ length: fieldCount }, () => new Int32Array(capacity).fill(MISSING));
  }

  /** A table of any map of field lengths (arrays by field id, holes for missing fields). */
  static of(map: ReadonlyMap<number, readonly number[]>, fieldCount: number): FieldLengthTable {
    if (map instanceof FieldLengthTable) return map;
    let capacity = 0;
    for (const key of map.keys()) capacity = Math.max(capacity, key + 1);
    const table = new FieldLengthTable(fieldCount, capacity);
    for (const [shortId, lengths] of map) table.put(shortId, lengths);
    return table;
  }

  /**
   * Documents 0 … count − 1, all present, from one column of lengths per field (−1: a missing field), taken over as
   * they are: the one-pass builder's lengths without an array per document.
   */
  static fromColumns(columns: Int32Array[], count: number): FieldLengthTable {
    for (const column of columns) if (column.length !== count) throw new RangeError(`FieldLengthTable: a column of ${column.length} lengths for ${count} documents`);
    const table = new FieldLengthTable(columns.length, 0);
    table.#present = new Uint8Array(count).fill(1);
    table.#lengths = columns;
    table.#settled = count;
    return table;
  }

  /**
   * The settled documents as the typed arrays hold them (read only, valid until the next change): `present[id]` is 1
   * for a document, `columns[field][id]` its length (−1: missing). With {@link pendingEntries}, every document.
   */
  settledColumns(): { present: Uint8Array; columns: readonly Int32Array[] } {
    return { present: this.#present, columns: this.#lengths };
  }

  /** One field's length of a document, −1 when it lacks the field or is no document (no array made, unlike {@link get}). */
  lengthOf(shortId: number, field: number): number {
    // Most tables have nothing pending: no Map lookup then (a snapshot asks this for every document and field).
    if (super.size !== 0) {
      const pending = super.get(shortId);
      if (pending !== undefined) return pending[field] ?? MISSING;
    }
    if (this.#present[shortId] !== 1) return MISSING;
    return this.#lengths[field]?.[shortId] ?? MISSING;
  }

  /** Documents MiniSearch set and has not settled yet, in insertion order. */
  pendingEntries(): MapIterator<[number, number[]]> {
    return super.entries();
  }

  /** Stores a document's lengths in the typed arrays (a hole or −1: the field is missing). */
  put(shortId: number, lengths: readonly number[]): void {
    if (!Number.isInteger(shortId) || shortId < 0) throw new RangeError(`FieldLengthTable: short id ${shortId}`);
    if (lengths.length > this.#lengths.length) throw new RangeError(`FieldLengthTable: ${lengths.length} fields, expected at most ${this.#lengths.length}`);
    super.delete(shortId);
    if (shortId >= this.#present.length) this.#grow(shortId);
    if (this.#present[shortId] === 0) this.#settled++;
    this.#present[shortId] = 1;
    this.#lengths.forEach((column, f) => {
      const length = lengths[f];
      column[shortId] = length === undefined ? MISSING : length;
    });
  }

  /** Moves an array MiniSearch set (and filled in since) into the typed arrays. */
  settle(shortId: number): void {
    const pending = super.get(shortId);
    if (pending !== undefined) this.put(shortId, pending);
  }

  override get(shortId: number): number[] | undefined {
    const pending = super.get(shortId);
    if (pending !== undefined) return pending;
    if (this.#present[shortId] !== 1) return undefined;
    const out: number[] = [];
    this.#lengths.forEach((column, f) => {
      const length = column[shortId]!;
      if (length !== MISSING) out[f] = length;
    });
    return out;
  }

  override has(shortId: number): boolean {
    return super.has(shortId) || this.#present[shortId] === 1;
  }

  /** Keeps `lengths` as it is (MiniSearch fills it in after setting it) until {@link settle}. */
  override set(shortId: number, lengths: number[]): this {
    this.#remove(shortId);
    super.set(shortId, lengths);
    return this;
  }

  override delete(shortId: number): boolean {
    return super.delete(shortId) || this.#remove(shortId);
  }

  override clear(): void {
    super.clear();
    this.#present.fill(0);
    for (const column of this.#lengths) column.fill(MISSING);
    this.#settled = 0;
  }

  override get size(): number {
    return this.#settled + super.size;
  }

  override forEach(fn: (lengths: number[], shortId: number, map: Map<number, number[]>) => void, thisArg?: unknown): void {
    for (const [shortId, lengths] of this.pairs()) fn.call(thisArg, lengths, shortId, this);
  }

  override *keys(): MapIterator<number> {
    for (const [shortId] of this.pairs()) yield shortId;
  }

  override *values(): MapIterator<number[]> {
    for (const [, lengths] of this.pairs()) yield lengths;
  }

  override entries(): MapIterator<[number, number[]]> {
    return this.pairs();
  }

  override [Symbol.iterator](): MapIterator<[number, number[]]> {
    return this.pairs();
  }

  /** Settled documents by ascending short id, then the pending ones (MiniSearch's newest) in insertion order. */
  private *pairs(): MapIterator<[number, number[]]> {
    const present = this.#present;
    for (let shortId = 0; shortId < present.length; shortId++) if (present[shortId] === 1) yield [shortId, this.get(shortId)!];
    yield* super.entries();
  }

  #remove(shortId: number): boolean {
    if (this.#present[shortId] !== 1) return false;
    this.#present[shortId] = 0;
    for (const column of this.#lengths) column[shortId] = MISSING;
    this.#settled--;
    return true;
  }

  #grow(shortId: number): void {
    const capacity = Math.max(MIN_CAPACITY, shortId + 1, Math.ceil(this.#present.length * GROWTH));
    const present = new Uint8Array(capacity);
    present.set(this.#present);
    this.#present = present;
    this.#lengths = this.#lengths.map((column) => {
      const grown = new Int32Array(capacity).fill(MISSING);
      grown.set(column);
      return grown;
    });
  }
}
