/** The profile's topics: the best few entries kept while reading them once give what sorting all of them gave. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NO_TOPIC, TopicCounts } from "../../src/corpus/topicCounts.js";

/** The definition: the entries filtered, sorted (stable) by articles, occurrences and word, the first five. */
function sortedTopics(counts: TopicCounts, articles: number, nameWords: ReadonlySet<string>): string[] {
  const minArticles = articles >= 3 ? 2 : 1;
  return counts
    .entries()
    .filter((e) => e.n >= minArticles && !nameWords.has(e.key) && !e.key.split("-").some((p) => nameWords.has(p)))
    .sort((a, b) => b.n - a.n || b.total - a.total || a.word.localeCompare(b.word))
    .slice(0, 5)
    .map((e) => e.word);
}

/** Few words and few articles: many ties in articles and occurrences; spellings that fold alike; hyphenated names. */
const WORDS = ["Abkommen", "abkommen", "Waffenruhe", "Straße", "Strasse", "Lawrow-Plan", "Lawrowplan", "Gipfeltreffen", "Sanktionen", "Verhandlung", "Kellogg-Mission", "Ölpreise", "Oelpreise"];
const NAMES = ["lawrow", "kellogg", "sanktionen", "ölpreise"];

describe("TopicCounts.topics", () => {
  it("GIVEN random counts with ties THEN the first five of the sorted entries", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.nat(6)), { maxLength: 60 }),
        fc.subarray(NAMES),
        fc.nat(8),
        (occurrences, names, articles) => {
          const counts = new TopicCounts();
          // Articles in order, as the passes count them.
          for (const [word, article] of [...occurrences].sort((a, b) => a[1] - b[1])) {
            const entry = counts.entryFor(word);
            if (entry !== NO_TOPIC) counts.count(entry, article);
          }
          const nameWords = new Set(names);
          expect(counts.topics(articles, nameWords)).toEqual(sortedTopics(counts, articles, nameWords));
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
