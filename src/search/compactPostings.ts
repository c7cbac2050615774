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
  /** Short ids, ascending; valid up to {@link count}. */
  docs: Int32Array;
  /** Term frequency of each document in {@link docs}. */
  tfs: Uint16Array;
  count: number;
  /** Bumped on every change: caches keyed on a list (upper bounds) compare it. */
  version = 0;
  /** False while the arrays may be views into a shared buffer (a snapshot section): copied before they change size. */
  private owned = false;

  /** Takes the arrays over (a view into a larger buffer is fine: it is copied before it grows). */
  constructor(docs: Int32Array = new Int32Array(0), tfs: Uint16Array = new Uint16Array(0), count = docs.length) {
    this.docs = docs;
    this.tfs = tfs;
    this.count = count;
  }

  get [Symbol.toStringTag](): string {
    return "CompactFrequencies";
  }

  /** Position of `doc` in the list, or −(insertion point) − 1. */
  indexOf(doc: number): number {
    let lo = 0;
    let hi = this.count - 1;
    const docs = this.docs;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = docs[mid]!;
      if (v < doc) lo = mid + 1;
      else if (v > doc) hi = mid - 1;
      else return mid;
    }
    return -lo - 1;
  }

  get(doc: number): number | undefined {
    const i = this.indexOf(doc);
    return i >= 0 ? this.tfs[i] : undefined;
  }

  has(doc: number): boolean {
    return this.indexOf(doc) >= 0;
  }

  set(doc: number, tf: number): this {
    const value = Math.min(MAX_TF, tf);
    this.version++;
    const n = this.count;
    if (n > 0 && this.docs[n - 1]! === doc) {
      this.tfs[n - 1] = value;
      return this;
    }
    const i = n === 0 || this.docs[n - 1]! < doc ? -n - 1 : this.indexOf(doc);
    if (i >= 0) {
      this.tfs[i] = value;
      return this;
    }
    const at = -i - 1;
    this.reserve(n + 1);
    this.docs.copyWithin(at + 1, at, n);
    this.tfs.copyWithin(at + 1, at, n);
    this.docs[at] = doc;
    this.tfs[at] = value;
    this.count = n + 1;
    return this;
  }

  delete(doc: number): boolean {
    const i = this.indexOf(doc);
    if (i < 0) return false;
    this.version++;
    this.docs.copyWithin(i, i + 1, this.count);
    this.tfs.copyWithin(i, i + 1, this.count);
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
    for (let i = 0; i < this.count; i++) fn.call(thisArg, this.tfs[i]!, this.docs[i]!, this);
  }

  keys(): MapIterator<number> {
    return this.docs.subarray(0, this.count).values();
  }

  values(): MapIterator<number> {
    return this.tfs.subarray(0, this.count).values();
  }

  entries(): MapIterator<[number, number]> {
    return this.pairs();
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.pairs();
  }

  private *pairs(): MapIterator<[number, number]> {
    for (let i = 0; i < this.count; i++) yield [this.docs[i]!, this.tfs[i]!];
  }

  /** Room for `n` postings; a shared view is copied into arrays of its own first. */
  private reserve(n: number): void {
    if (this.owned && n <= this.docs.length) return;
    const capacity = Math.max(4, n, Math.ceil(this.count * 1.5));
    const docs = new Int32Array(capacity);
    docs.set(this.docs.subarray(0, this.count));
    const tfs = new Uint16Array(capacity);
    tfs.set(this.tfs.subarray(0, this.count));
    this.docs = docs;
    this.tfs = tfs;
    this.owned = true;
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
