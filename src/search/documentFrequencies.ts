/**
 * The index's document frequencies: term → number of passages whose text holds it, in the order terms first got a
 * passage. A Map, plus what the snapshot encoder (snapshot/codec.ts) needs to write it without a lookup per term:
 * each entry's number in the term list of the index it was built or restored with ({@link numbersFor}), forgotten at
 * the first change.
 */
export class DocumentFrequencies extends Map<string, number> {
  #numbers: Int32Array | null = null;
  /** The term list the numbers index (PassageSearch.storedOrder's `terms`). */
  #of: readonly string[] | null = null;

  /** `entries` in order (a term given twice: its last count, numbers forgotten), numbered: `numbers[k]` is entry k's position in `of` (or past its end: see {@link numbersFor}). */
  static numbered(entries: Iterable<readonly [string, number]>, numbers: Int32Array, of: readonly string[] | null): DocumentFrequencies {
    const df = new DocumentFrequencies();
    for (const [term, count] of entries) df.set(term, count);
    if (of !== null && numbers.length === df.size) {
      df.#numbers = numbers;
      df.#of = of;
    }
    return df;
  }

  /**
   * Each entry's number (in iteration order) in the term list `of`, when they were given for that very list and the
   * map has not changed since; else null. A number at or past `of.length` stands for a term after the list's (a term
   * with a frequency but no postings, as a snapshot may hold): the first such is `of.length`, the next one more.
   */
  numbersFor(of: readonly string[]): Int32Array | null {
    return this.#of === of ? this.#numbers : null;
  }

  override set(term: string, count: number): this {
    this.#forget();
    return super.set(term, count);
  }

  override delete(term: string): boolean {
    this.#forget();
    return super.delete(term);
  }

  override clear(): void {
    this.#forget();
    super.clear();
  }

  #forget(): void {
    this.#numbers = null;
    this.#of = null;
  }
}
