/**
 * PassageSearch, the one owner of MiniSearch's internals: topCandidates reads its postings and scores exactly as
 * MiniSearch does, and an index restored from its exported state and postings searches like the original.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Analyzer } from "../../src/analysis/analyzer.js";
import { loadLexicon } from "../../src/analysis/lexicon.js";
import { createEngine, type Engine } from "../../src/search/engine.js";
import { PassageSearch } from "../../src/search/passageSearch.js";
import { FIELD_BOOSTS } from "../../src/search/searchOptions.js";
import type { FieldPostings } from "../../src/search/searchState.js";
import { topCandidates } from "../../src/search/topCandidates.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

const QUERIES = ["waffenruh", "rubio lawrow telefonat", "selenskyj munch hilf", "rohstoff abkomm trump", "kellogg"];

/** One group per term: topCandidates then scores like MiniSearch's OR query (BM25 × number of terms matched). */
const groupsOf = (terms: string[]) => terms.map((term) => ({ alts: [{ term, weight: 1 }] }));

describe("PassageSearch", () => {
  let engine: Engine;
  let analyzer: Analyzer;
  let restored: PassageSearch;

  beforeAll(async () => {
    engine = await createEngine(CORPUS_DIR);
    analyzer = engine.index.analyzer;
    const search = engine.index.search;
    // Deep copies: restore takes its arguments over.
    const state = search.state();
    const postings: Array<[string, FieldPostings]> = [...search.postingsByTerm()].map(([term, byField]) => [
      term,
      new Map([...byField].map(([field, freqs]) => [field, new Map(freqs)])),
    ]);
    restored = PassageSearch.restore(
      analyzer,
      {
        ...state,
        documentIds: new Map(state.documentIds),
        fieldLength: new Map([...state.fieldLength].map(([id, lengths]) => [id, [...lengths]])),
        storedFields: new Map(state.storedFields),
      },
      postings,
    );
  });

  it("topCandidates gives MiniSearch's BM25 scores (without its factor for the number of matched terms) and their ranking", () => {
    const search = engine.index.search;
    for (const q of QUERIES) {
      const terms = [...new Set(q.split(" ").flatMap((w) => analyzer.terms(w)))];
      const expected = search
        .search(terms.join(" "))
        .map((r) => ({ id: r.id, score: r.score / r.queryTerms.length }))
        .sort((a, b) => b.score - a.score)
        .slice(0, 10);
      expect(expected.length).toBeGreaterThan(0);
      const got = topCandidates(search, groupsOf(terms), FIELD_BOOSTS, 10);
      expect(got.map((c) => c.id)).toEqual(expected.map((r) => r.id));
      for (const [i, c] of got.entries()) expect(c.score).toBeCloseTo(expected[i]!.score, 9);
    }
  });

  it("exports the document count, field ids and a posting for every passage", () => {
    const state = engine.index.search.state();
    expect(state.documentCount).toBe(engine.index.passages.length);
    expect(Object.keys(state.fieldIds).sort()).toEqual(["heading", "text"]);
    expect(new Set(state.documentIds.values()).size).toBe(engine.index.passages.length);
    expect(engine.index.search.shortIdLimit).toBe(state.nextId);
  });

  it("a restored index searches, suggests and ranks like the original", () => {
    const search = engine.index.search;
    expect(restored.documentCount).toBe(search.documentCount);
    expect(restored.termCount).toBe(search.termCount);
    for (const q of QUERIES) {
      const terms = [...new Set(q.split(" ").flatMap((w) => analyzer.terms(w)))];
      expect(restored.search(terms.join(" "))).toEqual(search.search(terms.join(" ")));
      expect(restored.search(terms.join(" "), { fuzzy: 1, prefix: true })).toEqual(search.search(terms.join(" "), { fuzzy: 1, prefix: true }));
      expect(topCandidates(restored, groupsOf(terms), FIELD_BOOSTS, 20)).toEqual(topCandidates(search, groupsOf(terms), FIELD_BOOSTS, 20));
    }
    // The id map is rebuilt: MiniSearch knows its documents by passage number.
    expect(restored.has(0)).toBe(true);
    expect(restored.has(search.documentCount)).toBe(false);
  });

  it("refuses a state with other fields", async () => {
    const { lexicon } = await loadLexicon(CORPUS_DIR);
    const fresh = new Analyzer({ variants: lexicon.variants, dictionary: [], lemmas: lexicon.general.lemmas });
    const state = { ...engine.index.search.state(), fieldIds: { text: 0, title: 1 }, documentIds: new Map(), fieldLength: new Map(), storedFields: new Map() };
    expect(() => PassageSearch.restore(fresh, state, [])).toThrow(/field ids/);
  });
});
