/**
 * The topics of the corpus profile (profile.ts): per folded capitalised word of at least six letters that is no stop
 * word nor a generic news word, in how many articles it stands and how often. The counts do not depend on the people
 * of the profile (their names are left out only when the topics are read), so one pass over the texts can count them
 * while it does other work: actor discovery feeds them from its own tokens (src/timeline/discoveryTopics.ts), which
 * saves the profile's pass over every text; {@link countTopics} is that pass, for a profile made on its own.
 */
import { foldWord } from "../analysis/normalize.js";
import { GERMAN_STOPWORDS as STOPWORDS } from "../analysis/stopwords.js";
import { TokenTable } from "../analysis/tokenTable.js";
import { GERMAN_MONTHS, GERMAN_WEEKDAYS_FROM_MONDAY } from "../util/calendar.js";
import { capitalisedWords } from "./capitalisedWords.js";
import type { Article } from "./types.js";

const TOPICS = 5;
/** Shorter words are no topics. */
const MIN_TOPIC_LENGTH = 6;

/** Generic words of news prose that say nothing about what a corpus covers. */
const GENERIC = new Set(
  [
    "angaben", "angaben", "präsident", "präsidenten", "regierung", "sprecher", "sprecherin", "woche", "wochen",
    ...GERMAN_WEEKDAYS_FROM_MONDAY,
    // Without "mai", as before this list was derived: a profile may still name it as a topic.
    ...GERMAN_MONTHS.filter((m) => m !== "mai"),
    "ende", "frage", "fragen", "seite", "seiten", "länder", "landes", "thema", "zeit", "jahr", "jahre", "jahren",
    "prozent", "mitteilung", "erklärung", "berichten", "bericht", "zudem", "demnach", "allerdings", "zunächst", "bislang", "weiteren",
    "außenminister", "außenministerium", "außenministeriums", "us-außenministeriums", "us-präsident", "staaten", "vereinigten", "ukraine",
    "ukrainischen", "russland", "russlands", "russischen", "amerikanischen", "europäer", "europäischen", "kollege", "kollegen", "amtskollege",
    "amtskollegen", "minister", "gespräch", "gespräche", "gesprächen", "telefonat", "telefongespräch", "artikel", "nachrichten", "journalisten",
  ].map(foldWord),
);

/** One folded word: its first spelling, the articles it stands in and its occurrences; `last` the last article counted. */
export interface TopicEntry {
  key: string;
  word: string;
  n: number;
  total: number;
  last: number;
}

export class TopicCounts {
  private readonly byKey = new Map<string, TopicEntry>();

  /** The entry that `word` (a capitalised word of a text) counts for, or null when it says nothing about the corpus. */
  entryFor(word: string): TopicEntry | null {
    if (word.length < MIN_TOPIC_LENGTH) return null;
    const key = foldWord(word);
    if (STOPWORDS.has(key) || GENERIC.has(key)) return null;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { key, word, n: 0, total: 0, last: -1 };
      this.byKey.set(key, entry);
    }
    return entry;
  }

  /** The entries in the order they were first counted (the tests compare two ways of counting). */
  entries(): TopicEntry[] {
    return [...this.byKey.values()];
  }

  /** The words found in the most of `articles` articles, but those of the people's names (folded, and their hyphenated parts). */
  topics(articles: number, nameWords: ReadonlySet<string>): string[] {
    const minArticles = articles >= 3 ? 2 : 1;
    return [...this.byKey.values()]
      .filter((e) => e.n >= minArticles && !nameWords.has(e.key) && !e.key.split("-").some((p) => nameWords.has(p)))
      .sort((a, b) => b.n - a.n || b.total - a.total || a.word.localeCompare(b.word))
      .slice(0, TOPICS)
      .map((e) => e.word);
  }
}

/** Counts one occurrence of `entry` in article number `article`. */
export function countTopic(entry: TopicEntry, article: number): void {
  entry.total++;
  if (entry.last !== article) {
    entry.last = article;
    entry.n++;
  }
}

/** The topic counts of the articles: one pass over every text (capitalisedWords). */
export function countTopics(articles: readonly Article[]): TopicCounts {
  const counts = new TopicCounts();
  // Per distinct spelling (numbered by the table, found without a string per occurrence): its entry, or null.
  const spellings = new TokenTable();
  const entryOf: Array<TopicEntry | null> = [];
  articles.forEach(({ text }, article) => {
    capitalisedWords(text, (start, end) => {
      const id = spellings.intern(text, start, end);
      if (id === entryOf.length) entryOf.push(counts.entryFor(spellings.tokens[id]!));
      const entry = entryOf[id];
      if (entry) countTopic(entry, article);
    });
  });
  return counts;
}
