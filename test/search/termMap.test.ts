/**
 * TermMap: MiniSearch's radix tree of terms, built only when a walk needs it. Lookups work without it, a walk
 * builds it and finds what MiniSearch's own tree filled in the same order finds (in the same order), and once built
 * it follows every change. A passage index built, saved, loaded and asked questions by exact terms never builds it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import SearchableMap from "minisearch/SearchableMap";
import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { createEngine } from "../../src/search/engine.js";
import { TermMap } from "../../src/search/termMap.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

const WORDS = ["waffenruh", "waffenstillstand", "waffen", "waffenlieferung", "ruh", "ruhig", "ukrain", "ukrainisch", "kiew", "kyiv", "kiewer", "lawrow", "lawrows"];

function filled(): { terms: TermMap<number>; plain: SearchableMap<number> } {
  const terms = new TermMap<number>();
  const plain = new SearchableMap<number>();
  WORDS.forEach((w, i) => {
    terms.set(w, i);
    plain.set(w, i);
  });
  return { terms, plain };
}

describe("TermMap", () => {
  it("GIVEN terms set THEN lookups, size, fetch, update and delete work without building the tree", () => {
    const { terms } = filled();
    expect(terms.get("kiew")).toBe(WORDS.indexOf("kiew"));
    expect(terms.has("kiewer")).toBe(true);
    expect(terms.get("moskau")).toBeUndefined();
    expect(terms.size).toBe(WORDS.length);
    expect(terms.fetch("moskau", () => 99)).toBe(99);
    expect(terms.fetch("moskau", () => 100)).toBe(99);
    terms.update("ruh", (v) => (v ?? 0) + 1000);
    expect(terms.get("ruh")).toBe(WORDS.indexOf("ruh") + 1000);
    terms.delete("kyiv");
    expect(terms.has("kyiv")).toBe(false);
    expect(terms.size).toBe(WORDS.length);
    expect([...terms.inSlotOrder()].map(([w]) => w)).toEqual([...WORDS.filter((w) => w !== "kyiv"), "moskau"]);
    expect(terms.treeBuilt).toBe(false);
  });

  it("GIVEN a walk THEN it builds the tree and finds what MiniSearch's own tree finds, in the same order", () => {
    const { terms, plain } = filled();
    expect([...terms.fuzzyGet("waffenruhe", 2)]).toEqual([...plain.fuzzyGet("waffenruhe", 2)]);
    expect(terms.treeBuilt).toBe(true);
    expect([...terms.atPrefix("waffen")]).toEqual([...plain.atPrefix("waffen")]);
    expect([...terms.entries()]).toEqual([...plain.entries()]);
    expect([...terms.keys()]).toEqual([...plain.keys()]);
    expect([...terms.values()]).toEqual([...plain.values()]);
  });

  it("GIVEN terms numbered by an index build THEN the tree is filled grouped by their first two characters, in their order within a group", () => {
    const slots = new Map(WORDS.map((w, i) => [w, i]));
    const terms = TermMap.fromNumbered(slots, [...WORDS], WORDS.map((_, i) => i));
    expect(terms.get("lawrows")).toBe(WORDS.indexOf("lawrows"));
    expect(terms.treeBuilt).toBe(false);
    const grouped = new SearchableMap<number>();
    for (const w of [...WORDS].sort((a, b) => (a.slice(0, 2) < b.slice(0, 2) ? -1 : a.slice(0, 2) > b.slice(0, 2) ? 1 : 0))) grouped.set(w, WORDS.indexOf(w));
    expect([...terms.entries()]).toEqual([...grouped.entries()]);
    expect([...terms.fuzzyGet("kiewe", 2)]).toEqual([...grouped.fuzzyGet("kiewe", 2)]);
    expect([...terms.inSlotOrder()].map(([w]) => w)).toEqual(WORDS);
  });

  it("GIVEN the tree built THEN it follows later changes", () => {
    const { terms, plain } = filled();
    terms.buildTree();
    for (const map of [terms, plain]) {
      map.set("waffenruhen", 50);
      map.delete("waffen");
      map.update("ruhig", () => 7);
    }
    terms.fetch("kiewers", () => 8);
    plain.fetch("kiewers", () => 8);
    expect([...terms.fuzzyGet("waffenruh", 2)]).toEqual([...plain.fuzzyGet("waffenruh", 2)]);
    expect([...terms.fuzzyGet("kiewer", 1)]).toEqual([...plain.fuzzyGet("kiewer", 1)]);
    expect(terms.get("ruhig")).toBe(7);
    expect([...terms.entries()]).toEqual([...plain.entries()]);
    terms.clear();
    expect(terms.size).toBe(0);
    expect([...terms.entries()]).toEqual([]);
  });
});

describe("the passage index's term tree", () => {
  it("GIVEN a build, its snapshot and a load THEN questions by exact terms never build it, and the typo fallback does", async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), "vb-termtree-"));
    try {
      const built = await createEngine(CORPUS_DIR, { cacheDir });
      answer(built, "Wann telefonierten Rubio und Lawrow?");
      expect(built.index.search.termTreeBuilt).toBe(false);
      const loaded = await createEngine(CORPUS_DIR, { cacheDir });
      answer(loaded, "Wann telefonierten Rubio und Lawrow?");
      expect(loaded.index.search.termTreeBuilt).toBe(false);
      // A word the corpus does not use, one edit from one it does: the typo fallback walks the tree.
      const typo = answer(loaded, "Wann galt die Wafenruhe?");
      expect(loaded.index.search.termTreeBuilt).toBe(true);
      expect(typo.abstained ? [] : typo.results.map((r) => r.articleId)).toEqual(answer(built, "Wann galt die Wafenruhe?").results.map((r) => r.articleId));
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});

describe("PassageSearch.removeAll", () => {
  it("GIVEN an index emptied THEN it keeps its term map: new documents' terms are found, exported and walked", async () => {
    const engine = await createEngine(CORPUS_DIR);
    const search = engine.index.search;
    search.removeAll();
    expect([...search.postingsByTerm()]).toEqual([]);
    search.add({ id: 0, text: "Waffenruhe in Kiew", heading: "" });
    const terms = [...search.postingsByTerm()].map(([term]) => term);
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.every((term) => search.postings(term) !== undefined)).toBe(true);
    expect(search.termTreeBuilt).toBe(false);
    expect(search.termsWithin(`${terms[0]!}x`, 1).has(terms[0]!)).toBe(true);
    expect(search.termTreeBuilt).toBe(true);
    expect(search.search(terms[0]!).map((r) => r.id)).toEqual([0]);
  });
});
