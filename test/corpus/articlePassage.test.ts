/**
 * Passages kept as offsets into their article (ArticlePassage) read exactly like the plain passages splitPassages
 * stored before: the reference below is the previous splitPassages, building plain objects with their own strings.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { syntheticArticles } from "../../bench/synthetic.js";
import { splitSentences } from "../../src/analysis/sentences.js";
import { ArticlePassage, plainPassage } from "../../src/corpus/articlePassage.js";
import { splitBlocks } from "../../src/corpus/blocks.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { MAX_PASSAGE_LENGTH, splitPassages, withinLength } from "../../src/corpus/passages.js";
import type { Article, Passage } from "../../src/corpus/types.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

/** The previous splitPassages: one plain object per passage, with its text, heading and sentences sliced out. */
function referencePassages(article: Article): Passage[] {
  const { text } = article;
  const passages: Passage[] = [];
  let heading: string | undefined;
  for (const block of splitBlocks(text)) {
    if (block.kind === "caption") continue;
    if (block.kind === "heading") {
      heading = text.slice(block.start, block.end);
      continue;
    }
    const spans = splitSentences(text.slice(block.start, block.end)).map((s) => ({ start: block.start + s.start, end: block.start + s.end }));
    for (const window of referenceWindows(withinLength(text, spans, MAX_PASSAGE_LENGTH))) {
      const start = window[0]!.start;
      const end = window[window.length - 1]!.end;
      passages.push({
        id: `${article.id}#${passages.length}`,
        articleId: article.id,
        ordinal: passages.length,
        text: text.slice(start, end),
        start,
        ...(heading ? { heading } : {}),
        sentences: window.map((s) => text.slice(s.start, s.end)),
      });
    }
  }
  return passages;
}

function referenceWindows<T extends { start: number; end: number }>(spans: T[]): T[][] {
  const windows: T[][] = [];
  let current: T[] = [];
  for (const span of spans) {
    const first = current[0];
    if (first && span.end - first.start > MAX_PASSAGE_LENGTH) {
      windows.push(current);
      const carried = current[current.length - 1]!;
      current = current.length > 1 && span.end - carried.start <= MAX_PASSAGE_LENGTH ? [carried] : [];
    }
    current.push(span);
  }
  if (current.length > 0) windows.push(current);
  return windows;
}

/** Every property read the way the rest of the code reads it. */
function read(p: Passage): Passage {
  return { id: p.id, articleId: p.articleId, ordinal: p.ordinal, text: p.text, start: p.start, heading: p.heading, sentences: p.sentences };
}

let articles: Article[];
beforeAll(async () => {
  articles = [...(await loadCorpus(CORPUS_DIR)).articles, ...syntheticArticles(40, 7)];
});

describe("ArticlePassage", () => {
  it("GIVEN the seed corpus and synthetic articles THEN every passage reads like the plain passage of the previous splitPassages", () => {
    let count = 0;
    for (const article of articles) {
      const compact = splitPassages(article);
      const reference = referencePassages(article);
      expect(compact.map(read)).toEqual(reference.map(read));
      expect(compact.map(plainPassage)).toEqual(reference);
      count += compact.length;
    }
    expect(count).toBeGreaterThan(300);
  });

  it("THEN JSON.stringify writes the plain passage, keys in the same order, and no heading key where there is none", () => {
    for (const article of articles) expect(JSON.stringify(splitPassages(article))).toBe(JSON.stringify(referencePassages(article)));
    const withHeading = articles.flatMap(splitPassages).filter((p) => p.heading !== undefined);
    expect(withHeading.length).toBeGreaterThan(0);
  });

  it("THEN the passages of one article share one table of sentence bounds, and hold no strings of their own", () => {
    const passages = splitPassages(articles[0]!) as ArticlePassage[];
    expect(passages.length).toBeGreaterThan(1);
    for (const p of passages) {
      expect(p).toBeInstanceOf(ArticlePassage);
      expect(p.sentenceBounds).toBe(passages[0]!.sentenceBounds);
      expect(Object.values(p).filter((v) => typeof v === "string")).toEqual([]);
    }
  });

  it("THEN each read makes fresh arrays: changing one does not change the passage", () => {
    const p = splitPassages(articles[0]!)[0]!;
    const sentences = p.sentences;
    sentences.push("extra");
    expect(p.sentences).not.toContain("extra");
  });
});
