/**
 * The snapshot's "texts" section written without the texts' UTF-8 in a buffer of their own: the bytes are
 * `v8.serialize(encodeTexts(articles))`'s, but each text is encoded into the serializer as it goes. At 20,000 articles
 * that buffer was another ~100 MB beside the serializer's copy at the cold start's peak of memory (the discovery
 * thread still holds its copy of the articles then).
 */
import { DefaultSerializer } from "node:v8";
import type { Article } from "../../corpus/types.js";

declare module "node:v8" {
  interface DefaultSerializer {
    /**
     * Writes a host object (a Buffer or typed array): Node's documented hook for subclasses
     * (https://nodejs.org/api/v8.html#serializer_writehostobjectobject), missing from @types/node.
     */
    _writeHostObject(view: NodeJS.ArrayBufferView): void;
  }
}

/** Node's DefaultSerializer writes a Buffer as a host object: this type index (its FastBuffer), the byte length, the bytes. */
const BUFFER_TYPE_INDEX = 10;
/** Texts are encoded into a scratch buffer of this size and written from it (a longer text gets a buffer of its own). */
const SCRATCH_BYTES = 1 << 16;

/**
 * A serializer that writes the UTF-8 of `articles`' texts, one after the other, where its value holds `placeholder`:
 * the bytes a Buffer of all the texts would have given.
 */
class TextsSerializer extends DefaultSerializer {
  constructor(
    private readonly placeholder: Buffer,
    private readonly articles: readonly Article[],
    private readonly lengths: Int32Array,
    private readonly total: number,
  ) {
    super();
  }

  override _writeHostObject(view: NodeJS.ArrayBufferView): void {
    if (view !== this.placeholder) {
      super._writeHostObject(view);
      return;
    }
    this.writeUint32(BUFFER_TYPE_INDEX);
    this.writeUint32(this.total);
    const scratch = Buffer.allocUnsafe(SCRATCH_BYTES);
    this.articles.forEach((a, i) => {
      const length = this.lengths[i]!;
      const bytes = length <= SCRATCH_BYTES ? scratch : Buffer.allocUnsafe(length);
      const written = bytes.write(a.text, 0);
      if (written !== length) throw new Error(`snapshot encoder: article ${i} wrote ${written} of ${length} UTF-8 bytes`);
      this.writeRawBytes(bytes.subarray(0, length));
    });
  }
}

export function serializeTexts(articles: readonly Article[]): Buffer {
  const lengths = Int32Array.from(articles, (a) => Buffer.byteLength(a.text));
  const total = lengths.reduce((sum, n) => sum + n, 0);
  // Stands for the UTF-8 of all texts: the serializer writes them instead.
  const placeholder = Buffer.alloc(0);
  const serializer = new TextsSerializer(placeholder, articles, lengths, total);
  serializer.writeHeader();
  serializer.writeValue({ lengths, utf8: placeholder });
  return serializer.releaseBuffer();
}
