/**
 * A term's postings by field (field id → its {@link TermFrequencies}) as a small object with two inline slots instead
 * of a Map: a term has one or two fields (text, heading), and an empty Map alone costs ~180 bytes (half a million
 * terms at a million passages). It implements the Map interface MiniSearch uses, in insertion order as a Map
 * iterates; a third field would go to a Map of its own.
 */

/** Key of an empty slot (field ids are non-negative). */
const EMPTY = -1;

export class SmallFieldMap<V> implements Map<number, V> {
  #key0 = EMPTY;
  #value0: V | undefined = undefined;
  #key1 = EMPTY;
  #value1: V | undefined = undefined;
  /** Fields beyond the two slots, after them in insertion order. */
  #more: Map<number, V> | null = null;

  get [Symbol.toStringTag](): string {
    return "SmallFieldMap";
  }

  get(key: number): V | undefined {
    if (key === EMPTY) return undefined;
    if (key === this.#key0) return this.#value0;
    if (key === this.#key1) return this.#value1;
    return this.#more?.get(key);
  }

  has(key: number): boolean {
    return key !== EMPTY && (key === this.#key0 || key === this.#key1 || (this.#more?.has(key) ?? false));
  }

  set(key: number, value: V): this {
    if (!Number.isInteger(key) || key < 0) throw new RangeError(`SmallFieldMap: field id ${key}`);
    if (key === this.#key0) this.#value0 = value;
    else if (key === this.#key1) this.#value1 = value;
    else if (this.#more?.has(key)) this.#more.set(key, value);
    else if (this.#key0 === EMPTY) [this.#key0, this.#value0] = [key, value];
    else if (this.#key1 === EMPTY) [this.#key1, this.#value1] = [key, value];
    else {
      this.#more ??= new Map();
      this.#more.set(key, value);
    }
    return this;
  }

  /** Removes a field; the later ones move up a slot, so the insertion order stays. */
  delete(key: number): boolean {
    if (!this.has(key)) return false;
    const rest = [...this.entries()].filter(([k]) => k !== key);
    this.clear();
    for (const [k, v] of rest) this.set(k, v);
    return true;
  }

  clear(): void {
    this.#key0 = EMPTY;
    this.#value0 = undefined;
    this.#key1 = EMPTY;
    this.#value1 = undefined;
    this.#more = null;
  }

  get size(): number {
    return (this.#key0 === EMPTY ? 0 : 1) + (this.#key1 === EMPTY ? 0 : 1) + (this.#more?.size ?? 0);
  }

  forEach(fn: (value: V, key: number, map: Map<number, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) fn.call(thisArg, value, key, this);
  }

  *keys(): MapIterator<number> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  *entries(): MapIterator<[number, V]> {
    if (this.#key0 !== EMPTY) yield [this.#key0, this.#value0!];
    if (this.#key1 !== EMPTY) yield [this.#key1, this.#value1!];
    if (this.#more) yield* this.#more;
  }

  [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }
}

/** A term's fields as MiniSearch made them (a Map), in a {@link SmallFieldMap}. */
export function smallFieldMapOf<V>(byField: ReadonlyMap<number, V>): SmallFieldMap<V> {
  const small = new SmallFieldMap<V>();
  for (const [field, value] of byField) small.set(field, value);
  return small;
}
