/**
 * A growable list of integers in typed-array chunks of a fixed size. A doubling array leaves up to half its capacity
 * unused and holds the old and the new array at once while it grows; the index builder's lists of (term, frequency)
 * pairs hold 40 million entries at a million passages, so this was a few hundred megabytes of peak RSS.
 */

/** log2 of the entries per chunk (65,536: 256 KB of Int32). */
const CHUNK_BITS = 16;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

export class ChunkedList<A extends Int32Array | Uint16Array> {
  readonly #chunks: A[] = [];
  readonly #make: (size: number) => A;
  #length = 0;

  /** @param make a zeroed typed array of the given length (its type sets the range of the values) */
  constructor(make: (size: number) => A) {
    this.#make = make;
  }

  get length(): number {
    return this.#length;
  }

  push(value: number): void {
    const chunk = this.#length >>> CHUNK_BITS;
    if (chunk === this.#chunks.length) this.#chunks.push(this.#make(CHUNK_SIZE));
    this.#chunks[chunk]![this.#length & CHUNK_MASK] = value;
    this.#length++;
  }

  /** The entry at `i` (0 ≤ i < length). */
  at(i: number): number {
    return this.#chunks[i >>> CHUNK_BITS]![i & CHUNK_MASK]!;
  }
}
