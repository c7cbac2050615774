/**
 * The source page of a quote ("Quelle öffnen", "auch in") is a lookup by article id: no ranking over the corpus.
 * findSource (the ranking) is spied on; an id or file name must not reach it, a title query must.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { syntheticArticles } from "../../bench/synthetic.js";
import type { Article } from "../../src/corpus/types.js";
import { createArticleLookup } from "../../src/source/articleLookup.js";
import { findSource } from "../../src/source/findSource.js";

vi.mock("../../src/source/findSource.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/source/findSource.js")>();
  return { ...real, findSource: vi.fn(real.findSource) };
});

let articles: Article[];
beforeAll(() => {
  articles = syntheticArticles(300);
});
beforeEach(() => vi.mocked(findSource).mockClear());

describe("GIVEN a corpus of 300 articles", () => {
  it("WHEN each article is opened by its id or file name (any case) THEN that article, and the ranking never runs", () => {
    const lookup = createArticleLookup(articles);
    for (const a of articles) {
      const byId = lookup.source(a.id);
      const byFile = lookup.source(` ${a.file.toUpperCase()}\n`);
      expect(byId.ok && byId.article.articleId).toBe(a.id);
      expect(byFile.ok && byFile.article.file).toBe(a.file);
    }
    expect(findSource).not.toHaveBeenCalled();
  });

  it("WHEN a title is asked for THEN the ranking runs and finds it", () => {
    const lookup = createArticleLookup(articles);
    const target = articles[42]!;
    const result = lookup.source(target.title);
    expect(findSource).toHaveBeenCalledTimes(1);
    expect(result.ok && result.article.title).toBe(target.title);
  });

  it("WHEN the id is unknown THEN the same error with suggestions as before", () => {
    const result = createArticleLookup(articles).source("999_nothing");
    expect(result).toMatchObject({ ok: false, error: { code: "unknown_article" } });
  });

  it("WHEN autocomplete is empty THEN the newest 25, the same list every time", () => {
    const lookup = createArticleLookup(articles);
    const first = lookup.choices("");
    expect(first).toHaveLength(25);
    expect(lookup.choices("")).toEqual(first);
    const dates = first.map((c) => c.name.split(" · ").at(-1)!);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
