/**
 * One term's postings in one field as two typed arrays (document short ids ascending, term frequencies), behind the
 * Map interface MiniSearch expects of its postings. A Map entry costs ~40 bytes and a pointer chase; a posting here
 * costs 6 bytes and the candidate selection (topCandidates.ts) reads the arrays directly.
 *
 * It implements the Map interface rather than extending Map: a Map of its own would cost ~180 bytes of empty hash
 * table per list (a million lists at a million passages). MiniSearch keeps using it as a Map: `add` appends (new documents get the highest short id, so appending keeps the
 * order), `discard` and vacuuming delete. Nothing ever turns it back into a Map.
 */

/** Term frequencies above this are stored as this: a passage never repeats a word 65,535 times. */
const MAX_TF = 0xffff;

export class CompactFrequencies implements Map<number, number> {
  /** The arrays the postings are in: from {@link #from} on, or a whole buffer shared by many lists (the builder's). */
  #docs: Int32Array;
  #tfs: Uint16Array;
  /** Where this list starts in the arrays. */
  #from: number;
  count: number;
  /** Bumped on every change: caches keyed on a list (upper bounds) compare it. */
  version = 0;
  /** False while the arrays may be shared with other lists (a builder's buffer, a snapshot section): copied before they change size. */
  #owned = false;

  /**
   * Takes the arrays over: the list is `count` postings from `from` on (the rest of the arrays may belong to other
   * lists: they are copied before the list grows). A list keeps no view of its own (~100 bytes each).
   */
  constructor(docs: Int32Array = new Int32Array(0), tfs: Uint16Array = new Uint16Array(0), count = docs.length, from = 0) {
    this.#docs = docs;
    this.#tfs = tfs;
    this.#from = from;
    this.count = count;
  }

  get [Symbol.toStringTag](): string {
    return "CompactFrequencies";
  }

  /** Short ids, ascending; valid up to {@link count}. A view made per read when the arrays are shared: read it once per pass. */
  get docs(): Int32Array {
    return this.#whole(this.#docs) ? this.#docs : this.#docs.subarray(this.#from, this.#from + this.count);
  }

  /** Term frequency of each document in {@link docs}; made like it. */
  get tfs(): Uint16Array {
    return this.#whole(this.#tfs) ? this.#tfs : this.#tfs.subarray(this.#from, this.#from + this.count);
  }

  /** Whether the arrays are the list's alone (its own, or exactly its postings): no view is needed. */
  #whole(array: Int32Array | Uint16Array): boolean {
    return this.#owned || (this.#from === 0 && array.length === this.count);
  }

  /** Position of `doc` in the list, or −(insertion point) − 1. */
  indexOf(doc: number): number {
    let lo = 0;
    let hi = this.count - 1;
    const docs = this.#docs;
    const from = this.#from;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = docs[from + mid]!;
      if (v < doc) lo = mid + 1;
      else if (v > doc) hi = mid - 1;
      else return mid;
    }
    return -lo - 1;
  }

  get(doc: number): number | undefined {
    const i = this.indexOf(doc);
    return i >= 0 ? this.#tfs[this.#from + i] : undefined;
  }

  has(doc: number): boolean {
    return this.indexOf(doc) >= 0;
  }

  set(doc: number, tf: number): this {
    const value = Math.min(MAX_TF, tf);
    this.version++;
    const n = this.count;
    const last = this.#from + n - 1;
    if (n > 0 && this.#docs[last]! === doc) {
      this.#tfs[last] = value;
      return this;
    }
    const i = n === 0 || this.#docs[last]! < doc ? -n - 1 : this.indexOf(doc);
    if (i >= 0) {
      this.#tfs[this.#from + i] = value;
      return this;
    }
    const at = -i - 1;
    this.reserve(n + 1);
    this.#docs.copyWithin(at + 1, at, n);
    this.#tfs.copyWithin(at + 1, at, n);
    this.#docs[at] = doc;
    this.#tfs[at] = value;
    this.count = n + 1;
    return this;
  }

  delete(doc: number): boolean {
    const i = this.indexOf(doc);
    if (i < 0) return false;
    this.version++;
    const from = this.#from;
    this.#docs.copyWithin(from + i, from + i + 1, from + this.count);
    this.#tfs.copyWithin(from + i, from + i + 1, from + this.count);
    this.count--;
    return true;
  }

  clear(): void {
    this.version++;
    this.count = 0;
  }

  get size(): number {
    return this.count;
  }

  forEach(fn: (tf: number, doc: number, map: Map<number, number>) => void, thisArg?: unknown): void {
    for (const [doc, tf] of this.pairs()) fn.call(thisArg, tf, doc, this);
  }

  keys(): MapIterator<number> {
    return this.project(0);
  }

  values(): MapIterator<number> {
    return this.project(1);
  }

  entries(): MapIterator<[number, number]> {
    return this.pairs();
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.pairs();
  }

  private *project(part: 0 | 1): MapIterator<number> {
    for (const pair of this.pairs()) yield pair[part];
  }

  /**
   * The postings in order. Like a Map's iterator it survives changes while it runs: MiniSearch's `search` deletes
   * the postings of discarded documents from the list it is iterating. After a change it goes on with the first
   * document after the one it yielded last (the documents are in ascending order).
   */
  private *pairs(): MapIterator<[number, number]> {
    let i = 0;
    while (i < this.count) {
      const doc = this.#docs[this.#from + i]!;
      const version = this.version;
      yield [doc, this.#tfs[this.#from + i]!];
      i = this.version === version ? i + 1 : this.firstAfter(doc);
    }
  }

  /** Index of the first posting whose document is greater than `doc`. */
  private firstAfter(doc: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#docs[this.#from + mid]! <= doc) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Room for `n` postings in arrays of the list's own (starting at 0); shared arrays are copied first. */
  private reserve(n: number): void {
    if (this.#owned && n <= this.#docs.length) return;
    const capacity = Math.max(4, n, Math.ceil(this.count * 1.5));
    const docs = new Int32Array(capacity);
    docs.set(this.#docs.subarray(this.#from, this.#from + this.count));
    const tfs = new Uint16Array(capacity);
    tfs.set(this.#tfs.subarray(this.#from, this.#from + this.count));
    this.#docs = docs;
    this.#tfs = tfs;
    this.#from = 0;
    this.#owned = true;
  }
}

/** A plain Map's postings (e.g. a term MiniSearch met first in an added document) as a CompactFrequencies. */
export function compactOf(freqs: ReadonlyMap<number, number>): CompactFrequencies {
  if (freqs instanceof CompactFrequencies) return freqs;
  const entries = [...freqs].sort((x, y) => x[0] - y[0]);
  return new CompactFrequencies(
    Int32Array.from(entries, (e) => e[0]),
    Uint16Array.from(entries, (e) => Math.min(MAX_TF, e[1])),
  );
}
