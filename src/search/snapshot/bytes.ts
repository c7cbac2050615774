/** Varints for the postings: a growing byte buffer to write them, a cursor to read them. */

export class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  length = 0;

  private ensure(extra: number): void {
    if (this.length + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** An unsigned integer up to 2^53, seven bits a byte, low bits first. */
  varint(value: number): void {
    this.ensure(10);
    // One and two bytes (most postings' gaps and frequencies) with integer operations.
    if (value < 0x80) {
      this.buf[this.length++] = value;
      return;
    }
    if (value < 0x4000) {
      this.buf[this.length++] = (value & 0x7f) | 0x80;
      this.buf[this.length++] = value >>> 7;
      return;
    }
    let v = value;
    while (v >= 0x80) {
      this.buf[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.length++] = v;
  }

  /** Appends bytes as they are (postings encoded already: see LazyPostings.encoded). */
  append(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

/**
 * Reads what {@link ByteWriter} wrote. The bytes passed their checksum before they get here, so reading past
 * the end means the writer and the reader disagree: a bug, thrown as a RangeError.
 */
export class ByteReader {
  constructor(
    private readonly buf: Uint8Array,
    public pos = 0,
  ) {}

  varint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (this.pos >= this.buf.length) throw new RangeError(`varint past the end of the bytes (at ${this.pos})`);
      const b = this.buf[this.pos++]!;
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 0x80;
      if (scale > 2 ** 53) throw new RangeError(`varint longer than 53 bits (at ${this.pos})`);
    }
  }
}

/** Signed → unsigned for varints: 0, −1, 1, −2 … → 0, 1, 2, 3 … */
export const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
export const unzigzag = (n: number) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);
