/**
 * The distinct tokens of a corpus, numbered in the order first met, looked up by their place in a text: a token
 * already known costs one probe and a comparison of its UTF-16 units with a copy kept in one typed array, no
 * string. At 200,000 passages the build meets ~11 million tokens and ~300,000 distinct ones; a
 * `Map<string, number>` needed a sliced string per token and hashed it again.
 */
import { grown } from "../util/typedArrays.js";
import { hashUnits } from "./tokenScanner.js";

/** Longer tokens are sliced from their text even in a table of {@link TokenTable.copies} (an argument per unit). */
const LONGEST_COPY = 256;

export class TokenTable {
  /**
   * `copies`: each token's string is made from its units (one byte per unit when they fit) instead of sliced from the
   * text it was first met in: a slice of a text with any unit above U+00FF is two bytes per unit, and one of 13 units or
   * more refers to the whole text. Actor discovery runs regular expressions over each of ~300,000 distinct words; on
   * such slices they ran ~7 times slower than on one-byte strings.
   */
  constructor(private readonly copies = false) {}

  /** The distinct tokens, by id. */
  readonly tokens: string[] = [];
  /** Per id: its hash, and where its units start in `units` (one more entry ends the last). */
  private hashes = new Int32Array(1 << 12);
  private offsets = new Int32Array((1 << 12) + 1);
  private units = new Uint16Array(1 << 16);
  /** Open addressing: id + 1 per slot, 0 for an empty slot. */
  private slots = new Int32Array(1 << 13);
  private mask = (1 << 13) - 1;

  get size(): number {
    return this.tokens.length;
  }

  /** The id of `text.slice(start, end)`, numbered next when new; `hash` is its {@link hashUnits} (the scanner's `hash`). */
  intern(text: string, start: number, end: number, hash: number = hashUnits(text, start, end)): number {
    const length = end - start;
    const units = this.units;
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      const id = entry - 1;
      if (this.hashes[id] === hash) {
        const from = this.offsets[id]!;
        if (this.offsets[id + 1]! - from === length) {
          let k = 0;
          while (k < length && units[from + k] === text.charCodeAt(start + k)) k++;
          if (k === length) return id;
        }
      }
      slot = (slot + 1) & this.mask;
    }
    return this.add(text, start, end, hash, slot);
  }

  /** The id of `text.slice(start, end)`, or -1 when it is not in the table (nothing is added). */
  find(text: string, start: number, end: number, hash: number = hashUnits(text, start, end)): number {
    const length = end - start;
    const units = this.units;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.hashes[id] !== hash) continue;
      const from = this.offsets[id]!;
      if (this.offsets[id + 1]! - from !== length) continue;
      let k = 0;
      while (k < length && units[from + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return id;
    }
  }

  /** Gives back the room kept for tokens still to come (the table is complete: it is only looked up from now on). */
  trim(): void {
    const count = this.tokens.length;
    this.hashes = this.hashes.slice(0, count + 1);
    this.offsets = this.offsets.slice(0, count + 1);
    this.units = this.units.slice(0, this.offsets[count]);
  }

  private add(text: string, start: number, end: number, hash: number, slot: number): number {
    const id = this.tokens.length;
    if (id + 1 >= this.hashes.length) {
      this.hashes = grown(this.hashes, this.hashes.length * 2);
      this.offsets = grown(this.offsets, this.offsets.length * 2);
    }
    const from = this.offsets[id]!;
    const to = from + end - start;
    if (to > this.units.length) this.units = grown(this.units, Math.max(to, this.units.length * 2));
    for (let k = start; k < end; k++) this.units[from + k - start] = text.charCodeAt(k);
    this.offsets[id + 1] = to;
    this.hashes[id] = hash;
    this.tokens.push(this.copies && to - from <= LONGEST_COPY ? Reflect.apply(String.fromCharCode, null, this.units.subarray(from, to)) : text.slice(start, end));
    this.slots[slot] = id + 1;
    if (this.tokens.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.tokens.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
