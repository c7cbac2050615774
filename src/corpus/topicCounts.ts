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
import { grown } from "../util/typedArrays.js";
import { capitalisedWords } from "./capitalisedWords.js";
import type { Article } from "./types.js";

const TOPICS = 5;
/** Shorter words are no topics ({@link TopicCounts.entryFor} gives {@link NO_TOPIC} for them without looking further). */
export const MIN_TOPIC_LENGTH = 6;

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

/** Room for entries before the counters grow. */
const INITIAL_ENTRIES = 1 << 12;

/** What {@link TopicCounts.entryFor} gives for a word that says nothing about the corpus. */
export const NO_TOPIC = -1;

export class TopicCounts {
  private readonly byKey = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly words: string[] = [];
  /** Per entry number: articles, occurrences, the last article counted (typed: counted ~11 million times at 20,000 articles). */
  private n = new Int32Array(INITIAL_ENTRIES);
  private total = new Int32Array(INITIAL_ENTRIES);
  private last = new Int32Array(INITIAL_ENTRIES);

  /**
   * The number of the entry that `word` (a capitalised word of a text) counts for, or {@link NO_TOPIC}. `folded`:
   * `foldWord(word)`, when the caller has it already.
   */
  entryFor(word: string, folded?: string): number {
    if (word.length < MIN_TOPIC_LENGTH) return NO_TOPIC;
    const key = folded ?? foldWord(word);
    if (STOPWORDS.has(key) || GENERIC.has(key)) return NO_TOPIC;
    let entry = this.byKey.get(key);
    if (entry === undefined) {
      entry = this.keys.length;
      if (entry === this.n.length) this.grow();
      this.byKey.set(key, entry);
      this.keys.push(key);
      this.words.push(word);
      this.last[entry] = -1;
    }
    return entry;
  }

  /** Counts one occurrence of entry number `entry` in article number `article`. */
  count(entry: number, article: number): void {
    this.total[entry]!++;
    if (this.last[entry] !== article) {
      this.last[entry] = article;
      this.n[entry]!++;
    }
  }

  /** The entries in the order they were first counted (the tests compare two ways of counting). */
  entries(): TopicEntry[] {
    return this.keys.map((key, e) => ({ key, word: this.words[e]!, n: this.n[e]!, total: this.total[e]!, last: this.last[e]! }));
  }

  /**
   * The words found in the most of `articles` articles, but those of the people's names (folded, and their hyphenated
   * parts): the first {@link TOPICS} of the entries sorted by articles, then occurrences (most first), then word. The
   * few best are kept while the entries are read once, in the order a stable sort gives (an entry goes after those
   * it ties with, which came first): sorting all of them and splitting each key cost ~0.2 s at 20,000 articles
   * (~290,000 entries). `test/corpus/topicCounts.test.ts` compares it with the sort.
   */
  topics(articles: number, nameWords: ReadonlySet<string>): string[] {
    const minArticles = articles >= 3 ? 2 : 1;
    const { n, total, words } = this;
    const before = (a: number, b: number) => n[b]! - n[a]! || total[b]! - total[a]! || words[a]!.localeCompare(words[b]!);
    const best: number[] = [];
    for (let e = 0; e < this.keys.length; e++) {
      if (n[e]! < minArticles) continue;
      if (best.length === TOPICS && before(e, best[TOPICS - 1]!) >= 0) continue;
      const key = this.keys[e]!;
      if (nameWords.has(key) || key.split("-").some((p) => nameWords.has(p))) continue;
      let at = best.length;
      while (at > 0 && before(e, best[at - 1]!) < 0) at--;
      best.splice(at, 0, e);
      if (best.length > TOPICS) best.pop();
    }
    return best.map((e) => words[e]!);
  }

  private grow(): void {
    const length = this.n.length * 2;
    this.n = grown(this.n, length);
    this.total = grown(this.total, length);
    this.last = grown(this.last, length);
  }
}

/** The topic counts of the articles: one pass over every text (capitalisedWords). */
export function countTopics(articles: readonly Article[]): TopicCounts {
  const counts = new TopicCounts();
  // Per distinct spelling (numbered by the table, found without a string per occurrence): its entry, or null.
  const spellings = new TokenTable();
  const entryOf: number[] = [];
  articles.forEach(({ text }, article) => {
    capitalisedWords(text, (start, end) => {
      const id = spellings.intern(text, start, end);
      if (id === entryOf.length) entryOf.push(counts.entryFor(spellings.tokens[id]!));
      const entry = entryOf[id]!;
      if (entry !== NO_TOPIC) counts.count(entry, article);
    });
  });
  return counts;
}
