/** Growing the typed arrays that number words, slots and entries (the tables of analysis, discovery, topic counts and the index's field lengths). */

/** A copy of `array` with room for `length` elements (the new ones 0). */
export function grown<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array>(array: T, length: number): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}
