/**
 * The snapshot writes an index as built or loaded in the order it took its terms, and its document frequencies by
 * the numbers kept with it (PassageSearch.storedOrder, PassageIndex.dfNumbers). Once the index changes, both are
 * gone and the encoder walks the index itself: a snapshot of a changed index holds the change.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { parseArticle } from "../../src/corpus/parseArticle.js";
import type { Article } from "../../src/corpus/types.js";
import { createEngine, type Engine, updateEngine } from "../../src/search/engine.js";
import { decodeSnapshot, encodeSnapshot } from "../../src/search/snapshot/codec.js";
import { lookedUpDf, numberedDf } from "../../src/search/snapshot/dfPairs.js";
import type { PassageIndex } from "../../src/search/passageIndex.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

const QUESTION = "Was hat der Seepferdchenrat beschlossen?";
const TEXT = [
  " date 2025-04-03",
  "",
  "Seepferdchenrat tagt in Odessa",
  "",
  "Der Seepferdchenrat hat am Donnerstag in Odessa eine Feuerpause für Korallenriffe beschlossen. Ratsvorsitzende Perla Muschelkalk nannte den Beschluss einen ersten Schritt.",
  "",
].join("\n");

function added(): Article {
  const parsed = parseArticle("901_seepferdchen.txt", Buffer.from(TEXT));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.article;
}

/** The engine's index through a snapshot's sections and back. */
function roundTrip(engine: Engine): PassageIndex {
  const sections = new Map(encodeSnapshot({ index: engine.index, corpusProblems: [] }));
  return decodeSnapshot(sections, engine.lexicon).index;
}

function postingsOf(index: PassageIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const [term, byField] of index.search.postingsByTerm()) out.set(term, JSON.stringify([...byField].map(([f, freqs]) => [f, [...freqs]])));
  return out;
}

describe("stored order", () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await createEngine(CORPUS_DIR);
  });

  it("GIVEN a fresh build THEN its terms come in the order the index took them and its df is numbered for them", () => {
    const stored = engine.index.search.storedOrder();
    expect(stored).not.toBeNull();
    expect(new Set(stored!.terms)).toEqual(new Set([...engine.index.search.postingsByTerm()].map(([t]) => t)));
    const numbers = engine.index.dfNumbers;
    expect(numbers).toBeDefined();
    expect([...engine.index.df.keys()]).toEqual(Array.from(numbers!, (n) => stored!.terms[n]));
  });

  it("GIVEN a snapshot of a fresh build THEN the loaded index holds the same postings and df, and encodes its terms and postings to the same bytes", () => {
    const loaded = roundTrip(engine);
    expect(postingsOf(loaded)).toEqual(postingsOf(engine.index));
    expect([...loaded.df]).toEqual([...engine.index.df]);
    expect(loaded.search.storedOrder()!.terms).toEqual(engine.index.search.storedOrder()!.terms);
    // The index's own sections (the meta and dictionary sections hold the same values, serialised differently).
    const sections = (index: PassageIndex) => encodeSnapshot({ index, corpusProblems: [] }).filter(([name]) => ["passages", "docs", "terms", "postings"].includes(name));
    expect(sections(loaded)).toEqual(sections(engine.index));
  });

  it("GIVEN an article added THEN the order is forgotten and the snapshot holds the new terms", async () => {
    const fresh = await createEngine(CORPUS_DIR);
    expect(answer(fresh, QUESTION).abstained).toBe(true);
    const updated = updateEngine(fresh, { added: [added()] });
    expect(updated.index.search.storedOrder()).toBeNull();
    expect(updated.index.dfNumbers).toBeUndefined();
    const loaded = roundTrip(updated);
    expect(postingsOf(loaded)).toEqual(postingsOf(updated.index));
    expect([...loaded.df]).toEqual([...updated.index.df]);
    expect(answer({ ...updated, index: loaded }, QUESTION).results[0]?.file).toBe("901_seepferdchen.txt");
  });

  it("GIVEN a passage removed or discarded, or the index emptied THEN the order is forgotten", async () => {
    for (const change of ["remove", "discard", "removeAll"] as const) {
      const { index } = await createEngine(CORPUS_DIR);
      expect(index.search.storedOrder()).not.toBeNull();
      const p = index.passages[0]!;
      if (change === "remove") index.search.remove({ id: 0, text: p.text, heading: p.heading ?? "" });
      else if (change === "discard") index.search.discard(0);
      else index.search.removeAll();
      expect(index.search.storedOrder(), change).toBeNull();
    }
  });
});

describe("snapshot df pairs", () => {
  const df = new Map([["b", 3], ["x", 1], ["a", 2]]);

  it("numbers a term past the index's terms after them, as a lookup does", () => {
    const numbered = ["a", "b"];
    const looked = ["a", "b"];
    expect([...numberedDf(df, Int32Array.of(1, 2, 0), numbered)!]).toEqual([...lookedUpDf(df, looked)]);
    expect(numbered).toEqual(["a", "b", "x"]);
    expect(looked).toEqual(numbered);
  });

  it("refuses numbers that do not fit, leaving the terms as they were", () => {
    for (const wrong of [Int32Array.of(0, 2, 1), Int32Array.of(1, 3, 0), Int32Array.of(1, 2)]) {
      const terms = ["a", "b"];
      expect(numberedDf(df, wrong, terms)).toBeNull();
      expect(terms).toEqual(["a", "b"]);
    }
  });
});
