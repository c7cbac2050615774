/**
 * The one-pass index builder gives what MiniSearch's own `add`, document after document, gives: the same postings,
 * field lengths, average field lengths (to the last bit), document frequencies and term order.
 */
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import type { Analyzer } from "../../src/analysis/analyzer.js";
import type { Passage } from "../../src/corpus/types.js";
import { buildPassageSearch } from "../../src/search/indexBuilder.js";
import { letterRuns, tokenizePassages } from "../../src/search/passageTokens.js";
import { type IndexDoc, miniSearchOptions } from "../../src/search/searchOptions.js";
import { Rng, randomPassages, randomVocabulary, testAnalyzer } from "./randomCorpus.js";

/** Plain MiniSearch with our options, read through its protected fields (the way the code before the builder did). */
class Reference extends MiniSearch<IndexDoc> {
  readonly df = new Map<string, number>();
  constructor(analyzer: Analyzer, passages: readonly Passage[]) {
    let docTerms = new Set<string>();
    super(
      miniSearchOptions(analyzer, (term, field) => {
        if (field === "text") docTerms.add(term);
      }),
    );
    passages.forEach((p, id) => {
      docTerms = new Set();
      this.add({ id, text: p.text, heading: p.heading ?? "" });
      for (const t of docTerms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    });
  }
  postings(): Array<[string, Array<[number, Array<[number, number]>]>]> {
    return [...this._index.entries()].map(([term, byField]) => [term, [...byField].map(([f, freqs]) => [f, [...freqs]] as [number, Array<[number, number]>]).sort((x, y) => x[0] - y[0])]);
  }
  averages(): number[] {
    return this._avgFieldLength;
  }
  lengths(): Array<[number, number[]]> {
    return [...this._fieldLength];
  }
}

describe("buildPassageSearch", () => {
  it("GIVEN random corpora THEN it equals MiniSearch's add, document after document", () => {
    const analyzer = testAnalyzer();
    for (let seed = 1; seed <= 8; seed++) {
      const rng = new Rng(seed);
      const passages = randomPassages(rng, rng.int(0, 300), randomVocabulary(rng, rng.int(5, 200)));
      const reference = new Reference(analyzer, passages);
      const { search, df } = buildPassageSearch(passages, analyzer);
      const state = search.state();
      expect(state.averageFieldLength).toEqual(reference.averages());
      expect([...state.fieldLength]).toEqual(reference.lengths());
      expect(state.documentCount).toBe(reference.documentCount);
      expect([...df]).toEqual([...reference.df]);
      const built = [...search.postingsByTerm()].map(([term, byField]) => [term, [...byField].map(([f, freqs]) => [f, [...freqs]]).sort((x, y) => (x[0] as number) - (y[0] as number))]);
      // The same terms with the same postings; the radix tree's order is not compared (the build inserts the terms
      // grouped by their first letters, MiniSearch's add in the order they first occur).
      const byTerm = (a: unknown[], b: unknown[]) => ((a[0] as string) < (b[0] as string) ? -1 : 1);
      expect(built.sort(byTerm)).toEqual(reference.postings().sort(byTerm));
      // A posting list answers like a Map.
      for (const [term, byField] of search.postingsByTerm()) {
        const expected = new Map(reference.postings().find(([t]) => t === term)![1].map(([f, e]) => [f, new Map(e)]));
        for (const [f, freqs] of byField) {
          expect(freqs.size).toBe(expected.get(f)!.size);
          for (const [doc, tf] of expected.get(f)!) expect(freqs.get(doc)).toBe(tf);
          expect(freqs.get(-1)).toBeUndefined();
        }
      }
    }
  });
});

describe("tokenizePassages and letterRuns", () => {
  /** The decompounder's corpus words as they were read before: every run of four letters in the passage texts. */
  const lettersOfTexts = (passages: readonly Passage[]) => [...new Set(passages.flatMap((p) => p.text.match(/\p{L}{4,}/gu) ?? []))];

  it("GIVEN texts with hyphens, apostrophes, digits, marks, invisible characters and over-long tokens THEN the letter runs are those of the texts, in the order first met", () => {
    const pieces = ["US-Außenminister", "Putin’s", "G-7-Länder", "30-tägige", "Ka\u0301rol", "Wei\u00ADter", "x".repeat(70), `${"ab".repeat(40)}-Kremlsprecher`, "Kiew", "über", "Öl", "Waffenruhe", "Ærøskøbing", "Crème", "Zürich", "MAẞE", "naïve"];
    for (let seed = 1; seed <= 6; seed++) {
      const rng = new Rng(seed);
      const passages = randomPassages(rng, rng.int(1, 60), pieces);
      expect(letterRuns(tokenizePassages(passages))).toEqual(lettersOfTexts(passages));
    }
  });

  it("GIVEN an over-long token THEN it is no index token but its letters are corpus words", () => {
    const long = `${"Sanktions".repeat(8)}paket`;
    const passages = randomPassages(new Rng(1), 1, [long]);
    const tokens = tokenizePassages(passages);
    expect(tokens.raws).toEqual([]);
    expect(letterRuns(tokens)).toEqual([long]);
  });
});
