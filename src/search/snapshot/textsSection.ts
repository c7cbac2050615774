/**
 * The snapshot's "texts" section written without the texts' UTF-8 in a buffer of their own: the bytes are
 * `v8.serialize(encodeTexts(articles))`'s, but each text is encoded into the serializer as it goes. At 20,000 articles
 * that buffer was another ~100 MB beside the serializer's copy at the cold start's peak of memory (the discovery
 * thread still holds its copy of the articles then).
 */
import { DefaultSerializer } from "node:v8";
import type { Article } from "../../corpus/types.js";

/** Node's DefaultSerializer writes a Buffer as a host object: this type index (its FastBuffer), the byte length, the bytes. */
const BUFFER_TYPE_INDEX = 10;
/** Texts are encoded into a scratch buffer of this size and written from it (a longer text gets a buffer of its own). */
const SCRATCH_BYTES = 1 << 16;

export function serializeTexts(articles: readonly Article[]): Buffer {
  const lengths = Int32Array.from(articles, (a) => Buffer.byteLength(a.text));
  const total = lengths.reduce((sum, n) => sum + n, 0);
  // Stands for the UTF-8 of all texts: the serializer hands it to the override below, which writes them instead.
  const placeholder = Buffer.alloc(0);
  const serializer = new DefaultSerializer();
  const writeHostObject = (serializer as unknown as { _writeHostObject(view: NodeJS.ArrayBufferView): void })._writeHostObject.bind(serializer);
  (serializer as unknown as { _writeHostObject(view: NodeJS.ArrayBufferView): void })._writeHostObject = (view) => {
    if (view !== placeholder) {
      writeHostObject(view);
      return;
    }
    serializer.writeUint32(BUFFER_TYPE_INDEX);
    serializer.writeUint32(total);
    const scratch = Buffer.allocUnsafe(SCRATCH_BYTES);
    articles.forEach((a, i) => {
      const length = lengths[i]!;
      const bytes = length <= SCRATCH_BYTES ? scratch : Buffer.allocUnsafe(length);
      const written = bytes.write(a.text, 0);
      if (written !== length) throw new Error(`snapshot encoder: article ${i} wrote ${written} of ${length} UTF-8 bytes`);
      serializer.writeRawBytes(bytes.subarray(0, length));
    });
  };
  serializer.writeHeader();
  serializer.writeValue({ lengths, utf8: placeholder });
  return serializer.releaseBuffer();
}
