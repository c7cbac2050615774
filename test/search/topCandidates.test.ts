/**
 * Candidate selection on typed posting lists. "exact" with pruning returns exactly the exhaustive top k: the same
 * passages in the same order with the same scores (ties included), on random corpora with a Zipf-like vocabulary
 * where a few terms are in most passages; a pruning bug that drops a true top candidate turns these red.
 * "rare-first" (the default) returns what the previous implementation on MiniSearch's Maps returned.
 */
import { describe, expect, it } from "vitest";
import { BM25 } from "../../src/search/listBounds.js";
import { buildPassageIndex, type PassageIndex } from "../../src/search/passageIndex.js";
import type { Candidate } from "../../src/search/bestOf.js";
import { LOOKUP_RATIO, topCandidates } from "../../src/search/topCandidates.js";
import { ARTICLE, Rng, randomPassages, randomVocabulary, testAnalyzer } from "./randomCorpus.js";

type Groups = Array<{ alts: Array<{ term: string; weight: number }> }>;

/** The top k by a plain sum over every posting, independent of topCandidates (order of sums: rarest list first). */
function naive(index: PassageIndex, groups: Groups, boosts: Record<string, number>, k: number): Candidate[] {
  const search = index.search;
  const terms = new Map<string, number>();
  for (const g of groups) for (const a of g.alts) terms.set(a.term, Math.max(terms.get(a.term) ?? 0, a.weight));
  const lists: Array<{ entries: Array<[number, number]>; weight: number; field: number }> = [];
  for (const [term, boost] of terms) {
    for (const [name, fieldBoost] of Object.entries(boosts)) {
      const field = search.fieldId(name)!;
      const freqs = search.postings(term)?.get(field);
      if (!freqs) continue;
      const idf = Math.log(1 + (search.documentCount - freqs.size + 0.5) / (freqs.size + 0.5));
      lists.push({ entries: [...freqs], weight: boost * fieldBoost * idf, field });
    }
  }
  lists.sort((x, y) => x.entries.length - y.entries.length);
  const scores = new Map<number, number>();
  for (const { entries, weight, field } of lists) {
    const avg = search.averageFieldLength(field);
    for (const [doc, tf] of entries) {
      if (search.passageOf(doc) === undefined) continue;
      const length = search.fieldLengths().get(doc)![field]!;
      scores.set(doc, (scores.get(doc) ?? 0) + weight * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avg))));
    }
  }
  // Stable: among equal scores the passage met first (in list order) comes first, as in topCandidates.
  return [...scores]
    .map(([doc, score]) => ({ id: search.passageOf(doc)!, score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
}

/** The implementation before typed postings (MiniSearch's Maps), as it was: the reference for "rare-first". */
function previous(index: PassageIndex, groups: Groups, boosts: Record<string, number>, k: number, minLookupPostings: number): Candidate[] {
  const search = index.search;
  const terms = new Map<string, number>();
  for (const g of groups) for (const a of g.alts) terms.set(a.term, Math.max(terms.get(a.term) ?? 0, a.weight));
  const score = new Map<number, number>();
  const touched: number[] = [];
  const lists: Array<{ freqs: Map<number, number>; weight: number; field: number }> = [];
  for (const [term, termBoost] of terms) {
    for (const [name, fieldBoost] of Object.entries(boosts)) {
      const field = search.fieldId(name)!;
      const postings = search.postings(term)?.get(field);
      if (!postings) continue;
      const freqs = new Map(postings);
      const idf = Math.log(1 + (search.documentCount - freqs.size + 0.5) / (freqs.size + 0.5));
      lists.push({ freqs, weight: termBoost * fieldBoost * idf, field });
    }
  }
  lists.sort((x, y) => x.freqs.size - y.freqs.size);
  for (const { freqs, weight, field } of lists) {
    const avg = search.averageFieldLength(field);
    const add = (doc: number, tf: number) => {
      const length = search.fieldLengths().get(doc)![field]!;
      score.set(doc, (score.get(doc) ?? 0) + weight * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avg))));
    };
    if (touched.length > 0 && freqs.size > minLookupPostings && freqs.size > LOOKUP_RATIO * touched.length) {
      for (const doc of [...touched]) {
        const tf = freqs.get(doc);
        if (tf !== undefined) add(doc, tf);
      }
      continue;
    }
    for (const [doc, tf] of freqs) {
      if (!score.has(doc)) touched.push(doc);
      add(doc, tf);
    }
  }
  // Independent of the code under test: a stable sort keeps the earlier passage first among equal scores.
  const best: Candidate[] = touched
    .map((doc) => ({ id: doc, score: score.get(doc)! }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
  return best.map((c) => ({ id: search.passageOf(c.id)!, score: c.score }));
}

function randomQuery(rng: Rng, index: PassageIndex): Groups {
  const terms = [...index.df.keys()];
  return Array.from({ length: rng.int(1, 5) }, () => ({
    alts: Array.from({ length: rng.int(1, 3) }, () => ({ term: rng.chance(0.1) ? "nichtimkorpus" : rng.pick(terms), weight: rng.pick([1, 1, 0.5, 0.8]) })),
  }));
}

/** 40 random queries (terms, k, field boosts) on each of the random corpora of seeds `from`…`to`. */
function forRandomQueries(
  from: number,
  to: number,
  check: (c: { rng: Rng; index: PassageIndex; groups: ReturnType<typeof randomQuery>; k: number; boosts: Record<string, number> }) => void,
): void {
  const analyzer = testAnalyzer();
  for (let seed = from; seed <= to; seed++) {
    const rng = new Rng(seed);
    const passages = randomPassages(rng, rng.int(50, 3000), randomVocabulary(rng, rng.int(10, 150)));
    const index = buildPassageIndex([ARTICLE], passages, analyzer);
    for (let q = 0; q < 40; q++) {
      const groups = randomQuery(rng, index);
      const k = rng.pick([1, 3, 10, 40]);
      const boosts: Record<string, number> = rng.chance(0.5) ? { text: 1 } : { text: 1, heading: 0.3 };
      check({ rng, index, groups, k, boosts });
    }
  }
}

describe("topCandidates", () => {
  it("GIVEN random corpora and queries THEN the pruned top k equals the exhaustive and the naive top k", () => {
    let pruned = 0;
    forRandomQueries(1, 12, ({ index, groups, k, boosts }) => {
      const exhaustive = topCandidates(index.search, groups, boosts, k, { mode: "exact", exhaustive: true });
      const got = topCandidates(index.search, groups, boosts, k, { mode: "exact" });
      expect(got).toEqual(exhaustive);
      const reference = naive(index, groups, boosts, k);
      expect(got.map((c) => c.score)).toEqual(reference.map((c) => c.score));
      if (got.length > 0 && new Set(reference.map((c) => c.score)).size === reference.length) expect(got.map((c) => c.id)).toEqual(reference.map((c) => c.id));
      pruned++;
    });
    expect(pruned).toBe(480);
  });

  it("GIVEN random corpora THEN rare-first equals the previous implementation on MiniSearch's Maps", () => {
    forRandomQueries(21, 30, ({ rng, index, groups, k, boosts }) => {
      const minLookupPostings = rng.pick([0, 10, 100, 5000]);
      expect(topCandidates(index.search, groups, boosts, k, { minLookupPostings })).toEqual(previous(index, groups, boosts, k, minLookupPostings));
    });
  });

  it("GIVEN a rare and a common term THEN the common list is only looked up, and the passages with both come first", () => {
    // 400 passages say "Ukraine" (twice, so they score high on it); 4 of them also say "Dschidda".
    const passages = Array.from({ length: 400 }, (_, i) => {
      const text = i % 100 === 7 ? `Ukraine Gespräch in Dschidda Nummer ${i}` : `Ukraine Ukraine Bericht Nummer ${i}`;
      return { id: `a#${i}`, articleId: "a", ordinal: i, text, start: 0, sentences: [text] };
    });
    const index = buildPassageIndex([ARTICLE], passages, testAnalyzer());
    const query = [{ alts: [{ term: "ukrain", weight: 1 }] }, { alts: [{ term: "dschidda", weight: 1 }] }];
    const got = topCandidates(index.search, query, { text: 1 }, 10, { minLookupPostings: 0 });
    expect(got.map((c) => index.passages[c.id]!.text.includes("Dschidda"))).toEqual([true, true, true, true]);
    const exact = topCandidates(index.search, query, { text: 1 }, 4, { mode: "exact" });
    expect(exact).toEqual(got);
    expect(exact).toEqual(topCandidates(index.search, query, { text: 1 }, 4, { mode: "exact", exhaustive: true }));
  });

  it("GIVEN rarePostings THEN the passages of a term that rare join the k best with their whole scores; commoner terms' do not", () => {
    // 60 short passages hold two commoner words ("Drohnen", "Angriff"); one long passage holds only the rare
    // "Raffinerien"; a thousand others hold none.
    const long = `Raffinerien ${Array.from({ length: 30 }, (_, i) => `Wort${i}`).join(" ")}`;
    const texts = [...Array.from({ length: 60 }, (_, i) => `Drohnen Angriff Bericht ${i}`), long, ...Array.from({ length: 1000 }, (_, i) => `Wetter Meldung ${i}`)];
    const passages = texts.map((text, i) => ({ id: `a#${i}`, articleId: "a", ordinal: i, text, start: 0, sentences: [text] }));
    const index = buildPassageIndex([ARTICLE], passages, testAnalyzer());
    const query = [{ alts: [{ term: "drohn", weight: 1 }] }, { alts: [{ term: "angriff", weight: 1 }] }, { alts: [{ term: "raffineri", weight: 1 }] }];
    const plain = topCandidates(index.search, query, { text: 1 }, 40);
    const rare = plain.length === 40 ? topCandidates(index.search, query, { text: 1 }, 40, { rarePostings: 3 }) : [];
    const raffinerien = texts.indexOf(long);
    expect(plain.map((c) => c.id)).not.toContain(raffinerien);
    expect(rare.slice(0, 40)).toEqual(plain);
    expect(rare.slice(40).map((c) => c.id)).toEqual([raffinerien]);
    // Its score is the one the exhaustive ranking gives it, also where the commoner lists are only looked up.
    const all = topCandidates(index.search, query, { text: 1 }, texts.length, { mode: "exact", exhaustive: true });
    expect(rare[40]!.score).toBe(all.find((c) => c.id === raffinerien)!.score);
    const lookedUp = topCandidates(index.search, query, { text: 1 }, 40, { rarePostings: 3, minLookupPostings: 0 });
    expect(lookedUp.find((c) => c.id === raffinerien)?.score).toBe(rare[40]!.score);
    // "exact" ignores the option.
    expect(topCandidates(index.search, query, { text: 1 }, 40, { mode: "exact", rarePostings: 3 })).toEqual(topCandidates(index.search, query, { text: 1 }, 40, { mode: "exact" }));
  });

  it("GIVEN rarePostings THEN a term counts as rare by its passages in all fields, the extras are at most k, and a removed passage is none", () => {
    const text = (i: number) => (i < 6 ? `Raffinerien Bericht ${i} ${"Wort ".repeat(30)}` : `Drohnen Angriff Bericht ${i}`);
    const passages = Array.from({ length: 80 }, (_, i) => ({ id: `a#${i}`, articleId: "a", ordinal: i, text: text(i), start: 0, sentences: [text(i)] }));
    const index = buildPassageIndex([ARTICLE], passages, testAnalyzer());
    const query = [{ alts: [{ term: "drohn", weight: 1 }] }, { alts: [{ term: "angriff", weight: 1 }] }, { alts: [{ term: "raffineri", weight: 1 }] }];
    const got = topCandidates(index.search, query, { text: 1 }, 3, { rarePostings: 6 });
    // Six passages hold the rare word; the three best of them go beyond the three best overall.
    expect(got).toHaveLength(6);
    expect(got.slice(3).every((c) => c.id < 6)).toBe(true);
    expect(topCandidates(index.search, query, { text: 1 }, 3, { rarePostings: 5 })).toHaveLength(3);
    index.search.discard(index.search.shortIdOf(0)!);
    const live = topCandidates(index.search, query, { text: 1 }, 80, { rarePostings: 6 });
    expect(live.map((c) => c.id)).not.toContain(0);
  });
});
