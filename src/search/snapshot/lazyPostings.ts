/**
 * The `postings` section: per term, its field count, then per field: field id, document count,
 * (zigzag short-id delta, term frequency)… — all varints. Decoded into {@link CompactFrequencies}. After loading, the section stays encoded in one buffer
 * and each term's postings are decoded on first use ({@link LazyPostings}).
 */
import { CompactFrequencies, compactOf } from "../compactPostings.js";
import { SmallFieldMap } from "../fieldPostings.js";
import type { TermFrequencies } from "../searchState.js";
import { type ByteWriter, ByteReader, unzigzag, zigzag } from "./bytes.js";

/** Appends one term's postings; returns where they start. */
export function writePostings(out: ByteWriter, data: ReadonlyMap<number, ReadonlyMap<number, number>>): number {
  const start = out.length;
  out.varint(data.size);
  for (const [fieldId, freqs] of data) {
    out.varint(fieldId);
    out.varint(freqs.size);
    let previous = 0;
    if (freqs instanceof CompactFrequencies) {
      // The typed arrays directly: no [doc, tf] pair per posting (12 million of them at 200,000 passages).
      const { docs, tfs, count } = freqs;
      for (let i = 0; i < count; i++) {
        const doc = docs[i]!;
        out.varint(zigzag(doc - previous));
        out.varint(tfs[i]!);
        previous = doc;
      }
      continue;
    }
    for (const [doc, freq] of freqs) {
      out.varint(zigzag(doc - previous));
      out.varint(freq);
      previous = doc;
    }
  }
  return start;
}

/** Decodes the postings that start at `offset` into `into` (through SmallFieldMap.prototype.set, so a LazyPostings can fill itself). */
export function readPostings(bytes: Uint8Array, offset: number, into: SmallFieldMap<TermFrequencies> = new SmallFieldMap()): SmallFieldMap<TermFrequencies> {
  const reader = new ByteReader(bytes, offset);
  const fields = reader.varint();
  for (let f = 0; f < fields; f++) {
    const fieldId = reader.varint();
    const n = reader.varint();
    const docs = new Int32Array(n);
    const tfs = new Uint16Array(n);
    let doc = 0;
    let ascending = true;
    for (let k = 0; k < n; k++) {
      doc += unzigzag(reader.varint());
      if (k > 0 && doc <= docs[k - 1]!) ascending = false;
      docs[k] = doc;
      tfs[k] = reader.varint();
    }
    // Postings are written in ascending order (CompactFrequencies); any other order is sorted here.
    const freqs: TermFrequencies = ascending ? new CompactFrequencies(docs, tfs) : compactOf(new Map(Array.from(docs, (d, k) => [d, tfs[k]!])));
    SmallFieldMap.prototype.set.call(into, fieldId, freqs);
  }
  return into;
}

/**
 * One term's postings (field id → document → frequency), decoded from the snapshot on first use.
 * Loading 200,000 passages thus costs one small object per term instead of ten million map entries,
 * and a query decodes only the terms it touches. Every Map method decodes first, so MiniSearch sees a Map
 * (a {@link SmallFieldMap}: a term has one or two fields).
 */
export class LazyPostings extends SmallFieldMap<TermFrequencies> {
  #bytes: Uint8Array | null;
  readonly #offset: number;
  readonly #end: number;

  /** The term's bytes are `bytes[offset … end)` (`end`: the next term's offset, or the section's end). */
  constructor(bytes: Uint8Array, offset: number, end: number) {
    super();
    this.#bytes = bytes;
    this.#offset = offset;
    this.#end = end;
  }

  /**
   * The term's postings as still encoded (the bytes {@link writePostings} would write for them), or null once they
   * were decoded (and perhaps changed since). Does not decode: the snapshot of an
   * index loaded from one (then perhaps brought up to date, liveIndex.ts) copies them.
   */
  encoded(): Uint8Array | null {
    return this.#bytes === null ? null : this.#bytes.subarray(this.#offset, this.#end);
  }

  #load(): void {
    const bytes = this.#bytes;
    if (bytes === null) return;
    this.#bytes = null;
    readPostings(bytes, this.#offset, this);
  }

  override get(key: number): TermFrequencies | undefined {
    this.#load();
    return super.get(key);
  }

  override has(key: number): boolean {
    this.#load();
    return super.has(key);
  }

  override set(key: number, value: TermFrequencies): this {
    this.#load();
    return super.set(key, value);
  }

  override delete(key: number): boolean {
    this.#load();
    return super.delete(key);
  }

  override clear(): void {
    this.#bytes = null;
    super.clear();
  }

  override get size(): number {
    this.#load();
    return super.size;
  }

  override forEach(fn: (value: TermFrequencies, key: number, map: Map<number, TermFrequencies>) => void, thisArg?: unknown): void {
    this.#load();
    super.forEach(fn, thisArg);
  }

  override keys(): MapIterator<number> {
    this.#load();
    return super.keys();
  }

  override values(): MapIterator<TermFrequencies> {
    this.#load();
    return super.values();
  }

  override entries(): MapIterator<[number, TermFrequencies]> {
    this.#load();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[number, TermFrequencies]> {
    this.#load();
    return super[Symbol.iterator]();
  }
}
