/**
 * The snapshot numbers the df of an index as built or loaded by the numbers kept with it (PassageIndex.dfNumbers:
 * each term's place in the order the index hands out its terms) instead of looking each term up. Both ways must write the same bytes; numbers that do not fit fall back to the lookup.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { parseArticle } from "../../src/corpus/parseArticle.js";
import type { Article } from "../../src/corpus/types.js";
import { createEngine, type Engine, updateEngine } from "../../src/search/engine.js";
import type { PassageIndex } from "../../src/search/passageIndex.js";
import { decodeSnapshot, encodeSnapshot } from "../../src/search/snapshot/codec.js";
import { lookedUpDf, numberedDf } from "../../src/search/snapshot/dfPairs.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

// The lookup, watched: the numbered df must not need it.
vi.mock("../../src/search/snapshot/dfPairs.js", async (original) => {
  const actual = await original<typeof import("../../src/search/snapshot/dfPairs.js")>();
  return { ...actual, lookedUpDf: vi.fn(actual.lookedUpDf) };
});

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

const encode = (index: PassageIndex) => encodeSnapshot({ index, corpusProblems: [] });
/** The same index without its df numbers: the encoder looks every df term up. */
const looked = (index: PassageIndex) => encode({ ...index, dfNumbers: undefined });

function roundTrip(engine: Engine): PassageIndex {
  return decodeSnapshot(new Map(encode(engine.index)), engine.lexicon).index;
}

function postingsOf(index: PassageIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const [term, byField] of index.search.postingsByTerm()) out.set(term, JSON.stringify([...byField].map(([f, freqs]) => [f, [...freqs]])));
  return out;
}

describe("df numbers", () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await createEngine(CORPUS_DIR);
  });

  it("GIVEN a fresh build THEN each df entry's number is its term's place in the order the index hands out its terms", () => {
    const { df, dfNumbers, search } = engine.index;
    expect(dfNumbers).toHaveLength(df.size);
    const order = [...search.postingsByTerm()].map(([term]) => term);
    [...df.keys()].forEach((term, k) => {
      expect(order[dfNumbers![k]!], term).toBe(term);
    });
  });

  it("GIVEN a fresh build or its snapshot loaded THEN the df is numbered without the lookup, to the bytes the lookup writes", () => {
    const lookup = vi.mocked(lookedUpDf);
    lookup.mockClear();
    const numbered = encode(engine.index);
    expect(lookup).not.toHaveBeenCalled();
    expect(numbered).toEqual(looked(engine.index));
    expect(lookup).toHaveBeenCalledTimes(1);
    const loaded = roundTrip(engine);
    expect(loaded.dfNumbers).toHaveLength(loaded.df.size);
    expect(postingsOf(loaded)).toEqual(postingsOf(engine.index));
    expect([...loaded.df]).toEqual([...engine.index.df]);
    lookup.mockClear();
    const again = encode(loaded);
    expect(lookup).not.toHaveBeenCalled();
    expect(again).toEqual(looked(loaded));
  });

  it("GIVEN numbers that name other terms THEN the lookup is used and the bytes are the same", () => {
    const shuffled = Int32Array.from(engine.index.dfNumbers!).reverse();
    expect(encode({ ...engine.index, dfNumbers: shuffled })).toEqual(looked(engine.index));
    expect(encode({ ...engine.index, dfNumbers: shuffled.subarray(1) })).toEqual(looked(engine.index));
  });

  it("GIVEN an article added THEN the index has no df numbers and its snapshot holds the new terms", async () => {
    const fresh = await createEngine(CORPUS_DIR);
    expect(answer(fresh, QUESTION).abstained).toBe(true);
    const updated = updateEngine(fresh, { added: [added()] });
    expect(updated.index.dfNumbers).toBeUndefined();
    const loaded = roundTrip(updated);
    expect(postingsOf(loaded)).toEqual(postingsOf(updated.index));
    expect([...loaded.df]).toEqual([...updated.index.df]);
    expect(answer({ ...updated, index: loaded }, QUESTION).results[0]?.file).toBe("901_seepferdchen.txt");
  });
});

describe("snapshot df pairs", () => {
  const df = new Map([["b", 3], ["x", 1], ["a", 2]]);

  it("numbers the df as the lookup does, when the numbers name the df's terms", () => {
    const terms = ["a", "b", "x"];
    expect([...numberedDf(df, Int32Array.of(1, 2, 0), terms)!]).toEqual([...lookedUpDf(df, [...terms])]);
  });

  it("leaves a term the index does not hold to the lookup, which appends it", () => {
    const terms = ["a", "b"];
    expect(numberedDf(df, Int32Array.of(1, 2, 0), terms)).toBeNull();
    expect([...lookedUpDf(df, terms)]).toEqual([1, 3, 2, 1, 0, 2]);
    expect(terms).toEqual(["a", "b", "x"]);
  });

  it("refuses numbers that do not fit", () => {
    for (const wrong of [Int32Array.of(0, 2, 1), Int32Array.of(1, 3, 0), Int32Array.of(1, 2), Int32Array.of(1, -1, 0)]) {
      expect(numberedDf(df, wrong, ["a", "b", "x"]), String(wrong)).toBeNull();
    }
  });
});
