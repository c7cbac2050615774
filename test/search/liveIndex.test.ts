/**
 * Incremental updates on a live engine: an added article is answerable, a removed one is gone, a changed one is
 * replaced, and the updated index selects the same candidates as a full build of the same articles.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { parseArticle } from "../../src/corpus/parseArticle.js";
import type { Article } from "../../src/corpus/types.js";
import { createEngine, type Engine, engineFromArticles, updateEngine } from "../../src/search/engine.js";
import { diffArticles } from "../../src/search/liveIndex.js";
import { loadSnapshot, saveSnapshot } from "../../src/search/snapshot/cache.js";
import { FIELD_BOOSTS } from "../../src/search/searchOptions.js";
import { topCandidates } from "../../src/search/topCandidates.js";
import { CORPUS_DIR, FILES } from "../fixtures/corpus.js";
import { Rng } from "./randomCorpus.js";

const NEW_TEXT = [
  " date 2025-04-02",
  "",
  "Quallenparlament tagt in Kiew",
  "",
  "Das Quallenparlament hat am Mittwoch in Kiew über eine Waffenruhe für Meeresbewohner beraten. Sprecherin Oktavia Tintenfisch sagte, die Gespräche seien konstruktiv gewesen.",
  "",
  "Russland und die Ukraine äußerten sich zunächst nicht zu dem Vorschlag des Quallenparlaments.",
  "",
].join("\n");

function article(file: string, text: string): Article {
  const parsed = parseArticle(file, Buffer.from(text));
  if (!parsed.ok) throw new Error(`fixture ${file}: ${parsed.reason}`);
  return parsed.article;
}

describe("updateEngine", () => {
  let seed: Article[];
  let engine: Engine;

  beforeAll(async () => {
    seed = (await loadCorpus(CORPUS_DIR)).articles;
    engine = await createEngine(CORPUS_DIR);
  });

  it("GIVEN an added article THEN it is answerable; GIVEN it removed THEN it is gone", () => {
    const question = "Was hat das Quallenparlament beraten?";
    expect(answer(engine, question).abstained).toBe(true);
    const added = updateEngine(engine, { added: [article("900_quallen.txt", NEW_TEXT)] });
    const a = answer(added, question);
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.file).toBe("900_quallen.txt");
    expect(added.index.articles).toHaveLength(seed.length + 1);

    const removed = updateEngine(added, { removed: ["900_quallen"] });
    expect(answer(removed, question).abstained).toBe(true);
    expect(removed.index.passages.some((p) => p.articleId === "900_quallen")).toBe(false);
    expect(removed.index.search.documentCount).toBe(removed.index.passages.length);
    engine = removed;
  });

  it("GIVEN a removed seed article THEN no answer quotes it, and candidates equal a full build of the rest", () => {
    const gone = FILES.f001.replace(/\.txt$/, "");
    const updated = updateEngine(engine, { removed: [gone], added: [article("900_quallen.txt", NEW_TEXT)] });
    const rebuilt = engineFromArticles([...seed.filter((a) => a.id !== gone), article("900_quallen.txt", NEW_TEXT)], updated.lexicon);
    for (const q of ["Mit wem telefonierte Marco Rubio am Samstag?", "Wann stimmte die Ukraine der Waffenruhe zu?", "Quallenparlament Kiew"]) {
      for (const r of answer(updated, q).results) expect(r.file).not.toBe(FILES.f001);
    }
    expect(updated.index.passages.map((p) => p.id)).toEqual(rebuilt.index.passages.map((p) => p.id));
    const terms = [...rebuilt.index.df.keys()];
    const rng = new Rng(5);
    for (let q = 0; q < 200; q++) {
      const groups = Array.from({ length: rng.int(1, 4) }, () => ({ alts: [{ term: rng.pick(terms), weight: 1 }] }));
      const got = topCandidates(updated.index.search, groups, FIELD_BOOSTS, 10);
      const expected = topCandidates(rebuilt.index.search, groups, FIELD_BOOSTS, 10);
      expect(got.map((c) => c.score)).toEqual(expected.map((c) => expect.closeTo(c.score, 9)));
      const distinct = new Set(expected.map((c) => c.score.toFixed(9))).size === expected.length;
      if (distinct) expect(got.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    }
    // The update took the old engine's index over: only the updated one is used from here.
    engine = updated;
  });

  it("GIVEN an updated engine saved as a snapshot THEN the loaded one answers the same", async () => {
    const updated = updateEngine(engine, { removed: [FILES.f002.replace(/\.txt$/, "")] });
    const dir = mkdtempSync(path.join(tmpdir(), "vb-live-"));
    try {
      const key = "live".padEnd(32, "0");
      await saveSnapshot(dir, key, { ...updated, corpusProblems: [] });
      const loaded = await loadSnapshot(dir, key, updated.lexicon);
      if (!loaded.ok) throw new Error(loaded.reason);
      for (const q of ["Was hat das Quallenparlament beraten?", "Wann stimmte die Ukraine der Waffenruhe zu?", "Wer ist Keith Kellogg?"]) {
        expect(answer(loaded.engine, q)).toEqual(answer(updated, q));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("diffArticles finds new, changed and vanished articles", () => {
    const changed = { ...seed[0]!, text: `${seed[0]!.text} Nachtrag.` };
    const next = [changed, ...seed.slice(2), article("900_quallen.txt", NEW_TEXT)];
    const diff = diffArticles(seed, next);
    expect(diff.added.map((a) => a.id)).toEqual([seed[0]!.id, "900_quallen"]);
    expect(diff.removed).toEqual([seed[1]!.id]);
  });
});
