/**
 * MiniSearch's per-document maps as typed arrays behind the Map interface MiniSearch uses, as compactPostings.ts does
 * for the postings: short id → passage number and back ({@link DenseIdMap}), short id → field lengths
 * ({@link FieldLengthTable}). As Maps of a million entries each they took ~170 MB; here they take 4 bytes an entry
 * (12 for the two field lengths and their presence).
 *
 * Keys are small non-negative integers (short ids and passage numbers). Iteration is in ascending key order, which
 * for short ids is the order MiniSearch inserted them in (it hands them out ascending).
 */

/** Array slot of a key that is not in the map. */
const ABSENT = -1;
/** Growth factor of the arrays when a key beyond them is set. */
const GROWTH = 1.5;
/** Smallest capacity an array grows to. */
const MIN_CAPACITY = 1024;

function isKey(key: number): boolean {
  return Number.isInteger(key) && key >= 0 && key < 2 ** 31 - 1;
}

function capacityFor(key: number, current: number): number {
  return Math.max(MIN_CAPACITY, key + 1, Math.ceil(current * GROWTH));
}

/** A Map from small non-negative integers to non-negative integers, one Int32 slot per possible key. */
export class DenseIdMap extends Map<number, number> {
  #values: Int32Array;
  #size = 0;

  constructor(capacity = 0) {
    super();
    this.#values = new Int32Array(capacity).fill(ABSENT);
  }

  /** A copy of any Map with small non-negative integer keys and values. */
  static of(map: ReadonlyMap<number, number>): DenseIdMap {
    if (map instanceof DenseIdMap) return map;
    let capacity = 0;
    for (const key of map.keys()) capacity = Math.max(capacity, key + 1);
    const dense = new DenseIdMap(capacity);
    for (const [key, value] of map) dense.set(key, value);
    return dense;
  }

  override get(key: number): number | undefined {
    const v = this.#values[key];
    return v === undefined || v === ABSENT ? undefined : v;
  }

  override has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  override set(key: number, value: number): this {
    if (!isKey(key) || !isKey(value)) throw new RangeError(`DenseIdMap: ${key} → ${value} is not a pair of small non-negative integers`);
    if (key >= this.#values.length) {
      const values = new Int32Array(capacityFor(key, this.#values.length)).fill(ABSENT);
      values.set(this.#values);
      this.#values = values;
    }
    if (this.#values[key] === ABSENT) this.#size++;
    this.#values[key] = value;
    return this;
  }

  override delete(key: number): boolean {
    if (!this.has(key)) return false;
    this.#values[key] = ABSENT;
    this.#size--;
    return true;
  }

  override clear(): void {
    this.#values.fill(ABSENT);
    this.#size = 0;
  }

  override get size(): number {
    return this.#size;
  }

  override forEach(fn: (value: number, key: number, map: Map<number, number>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.pairs()) fn.call(thisArg, value, key, this);
  }

  override *keys(): MapIterator<number> {
    for (const [key] of this.pairs()) yield key;
  }

  override *values(): MapIterator<number> {
    for (const [, value] of this.pairs()) yield value;
  }

  override entries(): MapIterator<[number, number]> {
    return this.pairs();
  }

  override [Symbol.iterator](): MapIterator<[number, number]> {
    return this.pairs();
  }

  /** Calls `fn` with each (key, value) in ascending key order: {@link entries} without an iterator or a pair per entry. */
  forEachPair(fn: (key: number, value: number) => void): void {
    const values = this.#values;
    for (let key = 0; key < values.length; key++) {
      const value = values[key]!;
      if (value !== ABSENT) fn(key, value);
    }
  }

  private *pairs(): MapIterator<[number, number]> {
    const values = this.#values;
    for (let key = 0; key < values.length; key++) if (values[key] !== ABSENT) yield [key, values[key]!];
  }
}
