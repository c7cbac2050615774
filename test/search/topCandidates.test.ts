/** Candidate selection bounded by a question's rare terms: common terms only add to passages the rare ones found. */
import { beforeAll, describe, expect, it } from "vitest";
import { Analyzer } from "../../src/analysis/analyzer.js";
import type { Article, Passage } from "../../src/corpus/types.js";
import { buildPassageIndex, type PassageIndex } from "../../src/search/passageIndex.js";
import { topCandidates } from "../../src/search/topCandidates.js";

let index: PassageIndex;
beforeAll(() => {
  // 400 passages say "Ukraine" (twice, so they score high on it); 4 of them also say "Dschidda".
  const passages: Passage[] = Array.from({ length: 400 }, (_, i) => {
    const text = i % 100 === 7 ? `Ukraine Gespräch in Dschidda Nummer ${i}` : `Ukraine Ukraine Bericht Nummer ${i}`;
    return { id: `a#${i}`, articleId: "a", ordinal: i, text, start: 0, sentences: [text] };
  });
  const article: Article = { id: "a", file: "a.txt", title: "a", date: null, meta: {}, text: "" };
  index = buildPassageIndex([article], passages, new Analyzer({ variants: new Map(), dictionary: [] }));
});

const query = () => [{ alts: [{ term: "ukrain", weight: 1 }] }, { alts: [{ term: "dschidda", weight: 1 }] }];

describe("topCandidates with lookup for common terms", () => {
  it("GIVEN a rare and a common term THEN only passages holding the rare term are candidates, scored in full", () => {
    const lookup = topCandidates(index.search, query(), { text: 1 }, 10, 0);
    expect(lookup.map((c) => index.passages[c.id]!.text.includes("Dschidda"))).toEqual([true, true, true, true]);
    const exact = topCandidates(index.search, query(), { text: 1 }, 10);
    for (const c of lookup) expect(c.score).toBeCloseTo(exact.find((e) => e.id === c.id)!.score, 9);
  });

  it("GIVEN a corpus below the lookup threshold THEN every matching passage may be a candidate (exact scores)", () => {
    const exact = topCandidates(index.search, query(), { text: 1 }, 10);
    expect(exact).toHaveLength(10);
    expect(exact.slice(0, 4).every((c) => index.passages[c.id]!.text.includes("Dschidda"))).toBe(true);
  });
});
