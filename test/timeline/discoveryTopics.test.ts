/**
 * Actor discovery counts the corpus profile's topics from its own tokens (discoveryTopics.ts): the counts must equal
 * those of the profile's own pass over the texts (countTopics, capitalisedWords.ts), entry by entry and in order.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticArticles } from "../../bench/synthetic.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { countTopics, TopicCounts } from "../../src/corpus/topicCounts.js";
import type { Article } from "../../src/corpus/types.js";
import { discoverActors } from "../../src/timeline/discoverActors.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";
import { TIMELINE_CORPUS_DIR } from "../fixtures/timelineCorpus.js";

const article = (text: string, k: number): Article => ({ id: `t${k}`, file: `t${k}.txt`, title: "T", date: null, meta: {}, text });

const same = (articles: Article[]) => {
  const topics = new TopicCounts();
  discoverActors(articles, { topics });
  expect(topics.entries()).toEqual(countTopics(articles).entries());
};

/** Letters of every case, digits, marks, hyphens, apostrophes, initials, astral letters, lone surrogates, spaces, stops. */
const PIECES = [
  "Abkommen", "Waffenruhe", "Außenminister", "Straße", "Strasse", "Größe", "Grosse", "Nord-Stream", "Nord-stream", "-Abkommen", "Anti-Putin",
  "Abc-Def", "Abc-def", "Abc-", "Abcdef1Ghijkl", "abcdef-Ghijkl", "x’Abkommen", "O'Brien", "Verhandlungen", "Verhandlungen’s", "J.D.", "A. B.",
  "A", "b", "Ü", "ß", "ä", "Ǆ", "ǅ", "ª", "7", "٣", "Ⅻ", "\u0301", "𝐀", "𝐚", "𝐀𝐚𝐚𝐚𝐚𝐚𝐚", "😀", "\uD800", "\uDC00", "Mc", "Cain", "-", "--", "‐", "'", "’",
  ".", ",", " ", " ", " ", "\n", "\n\n", "\u00A0", "und", "Januar", "Regierung", "Präsidenten",
];

describe("DiscoveryTopics", () => {
  it("GIVEN random texts of capitalised words, hyphens, apostrophes, digits, marks and surrogates THEN the profile's own counts", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), { minLength: 1, maxLength: 5 }), (texts) => {
        same(texts.map((parts, k) => article(parts.join(""), k)));
      }),
      { numRuns: 3_000 },
    );
  });

  it("GIVEN any Unicode text THEN the profile's own counts", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 60 }), { minLength: 1, maxLength: 3 }), (texts) => {
        same(texts.map((t, k) => article(t, k)));
      }),
      { numRuns: 2_000 },
    );
  });

  it("GIVEN the seed corpus, the timeline corpus and 300 synthetic articles THEN the profile's own counts", async () => {
    same([...(await loadCorpus(CORPUS_DIR)).articles, ...(await loadCorpus(TIMELINE_CORPUS_DIR)).articles, ...syntheticArticles(300)]);
  });
});
