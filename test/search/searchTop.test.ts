/**
 * searchTop returns MiniSearch's own first k results (same passages, same scores to the last bit, same order among
 * equal scores) on random corpora with a Zipf-like vocabulary, for queries with common, rare, repeated and unknown
 * terms, in either field, and after passages were removed and added on the live index.
 */
import { describe, expect, it } from "vitest";
import { buildPassageIndex, type PassageIndex } from "../../src/search/passageIndex.js";
import { searchTop } from "../../src/search/searchTop.js";
import { ARTICLE, Rng, randomPassages, randomVocabulary, testAnalyzer } from "./randomCorpus.js";

function miniSearch(index: PassageIndex, terms: string[], field: string, k: number) {
  return index.search
    .search(terms.join(" "), { fields: [field] })
    .slice(0, k)
    .map((r) => ({ id: r.id as number, score: r.score }));
}

function randomQuery(rng: Rng, terms: readonly string[]): string[] {
  const query = Array.from({ length: rng.int(1, 9) }, () => rng.pick(terms));
  if (rng.chance(0.2)) query.push("gibtesnicht");
  if (rng.chance(0.2)) query.push(query[0]!);
  return query;
}

describe("searchTop", () => {
  it("GIVEN random corpora and queries THEN it equals MiniSearch's search cut to k, ties and scores included", () => {
    const rng = new Rng(10);
    let compared = 0;
    let ties = 0;
    for (let round = 0; round < 25; round++) {
      const passages = randomPassages(rng, rng.int(20, 2000), randomVocabulary(rng, rng.int(5, 120)));
      const index = buildPassageIndex([ARTICLE], passages, testAnalyzer());
      const terms = [...index.search.postingsByTerm()].map(([term]) => term);
      for (let q = 0; q < 40; q++) {
        const query = randomQuery(rng, terms);
        const field = rng.chance(0.8) ? "text" : "heading";
        const k = rng.pick([1, 5, 40]);
        const expected = miniSearch(index, query, field, k);
        expect(searchTop(index.search, query, field, k)).toEqual(expected);
        compared++;
        for (let i = 1; i < expected.length; i++) if (expected[i]!.score === expected[i - 1]!.score) ties++;
      }
    }
    expect(compared).toBe(1000);
    // Equal scores are common in these corpora (short passages of the same words): the order among them is tested.
    expect(ties).toBeGreaterThan(100);
  });

  it("GIVEN passages removed from and added to the live index THEN it still equals MiniSearch's search", () => {
    const rng = new Rng(11);
    const passages = randomPassages(rng, 600, randomVocabulary(rng, 60));
    const index = buildPassageIndex([ARTICLE], passages, testAnalyzer());
    for (let id = 0; id < 600; id += 7) index.search.remove({ id, text: passages[id]!.text, heading: passages[id]!.heading ?? "" });
    const extra = randomPassages(rng, 50, randomVocabulary(rng, 60));
    for (const [i, p] of extra.entries()) index.search.add({ id: 600 + i, text: p.text, heading: p.heading ?? "" });
    const terms = [...index.search.postingsByTerm()].map(([term]) => term);
    for (let q = 0; q < 200; q++) {
      const query = randomQuery(rng, terms);
      expect(searchTop(index.search, query, "text", 5)).toEqual(miniSearch(index, query, "text", 5));
    }
  });

  it("GIVEN no terms or k = 0 THEN nothing", () => {
    const index = buildPassageIndex([ARTICLE], randomPassages(new Rng(12), 20, randomVocabulary(new Rng(12), 10)), testAnalyzer());
    expect(searchTop(index.search, [], "text", 5)).toEqual([]);
    expect(searchTop(index.search, ["und"], "text", 0)).toEqual([]);
  });
});
