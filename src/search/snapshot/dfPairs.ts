/**
 * The snapshot's df pairs (term number, count), in the df map's order: from the numbers kept since the index was
 * built or loaded, or by looking each term up.
 */

/**
 * The df pairs (term number, count) from the numbers kept with the index (PassageIndex.dfNumbers, turned into
 * positions in `terms`); null when they do not fit the df: each entry's term is checked against the term its number
 * names, so numbers gone stale cannot write a wrong file. A term the index does not hold has no number here: the
 * lookup appends it.
 */
export function numberedDf(df: ReadonlyMap<string, number>, numbers: Int32Array, terms: readonly string[]): Int32Array | null {
  if (numbers.length !== df.size) return null;
  const pairs = new Int32Array(df.size * 2);
  let k = 0;
  for (const [term, count] of df) {
    const n = numbers[k / 2]!;
    if (n < 0 || n >= terms.length || terms[n] !== term) return null;
    pairs[k++] = n;
    pairs[k++] = count;
  }
  return pairs;
}

/** The df pairs (term number, count), each term looked up among `terms`; a term not among them is appended. */
export function lookedUpDf(df: ReadonlyMap<string, number>, terms: string[]): Int32Array {
  const termNumber = new Map<string, number>();
  terms.forEach((term, n) => {
    termNumber.set(term, n);
  });
  const pairs = new Int32Array(df.size * 2);
  let k = 0;
  for (const [term, count] of df) {
    let n = termNumber.get(term);
    if (n === undefined) {
      n = terms.length;
      termNumber.set(term, n);
      terms.push(term);
    }
    pairs[k++] = n;
    pairs[k++] = count;
  }
  return pairs;
}
