/**
 * What a corpus covers, in its own terms: its date range, the people and topics it mentions most, and example
 * questions it can answer. The abstention message and the example questions are built from this, so they change
 * with the corpus instead of naming what a hard-coded text once assumed.
 */
import { foldWord } from "../analysis/normalize.js";
import { GERMAN_STOPWORDS as STOPWORDS } from "../analysis/stopwords.js";
import { TokenTable } from "../analysis/tokenTable.js";
import { capitalisedWords } from "./capitalisedWords.js";
import type { Article } from "./types.js";
import { GERMAN_MONTHS, GERMAN_WEEKDAYS_FROM_MONDAY } from "../util/calendar.js";

export interface CorpusProfile {
  articles: number;
  /** Earliest and latest article date ("YYYY-MM" or "YYYY-MM-DD"); null without dated articles. */
  from: string | null;
  to: string | null;
  /** Display names of the people mentioned in the most articles, most first. */
  people: string[];
  /** Nouns found in the most articles (beyond the names and generic news words), most first. */
  topics: string[];
  /** Questions that the corpus answers (each was asked and not abstained on). */
  examples: { de: string[]; en: string[] };
}

export interface ProfilePerson {
  name: string;
  aliases: readonly string[];
}

const PEOPLE = 4;
const TOPICS = 5;
const EXAMPLES = 3;

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

function dateOf(a: Article): string | null {
  return a.meta.published ?? a.date;
}

/** Names shorter than this are not looked for (too ambiguous). */
const MIN_NAME_LENGTH = 3;
const LETTER = /\p{L}/u;
/** Per UTF-16 unit of the Basic Multilingual Plane: 0 not yet known, 1 a letter, 2 not a letter. */
const letterCache = new Uint8Array(0x10000);

function isLetter(char: string): boolean {
  if (char.length === 1) {
    const c = char.charCodeAt(0);
    if (letterCache[c] === 0) letterCache[c] = LETTER.test(char) ? 1 : 2;
    return letterCache[c] === 1;
  }
  return LETTER.test(char);
}

/** Whether the code point that ends just before `i` is a letter (false at the start). */
function letterBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isLetter(text.slice(i - 2, i));
  }
  return isLetter(text[i - 1]!);
}

/** Whether the code point that starts at `i` is a letter (false at the end). */
function letterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const cp = text.codePointAt(i)!;
  return isLetter(String.fromCodePoint(cp));
}

/**
 * For each person, the number of articles that name them (the name or an alias, of at least
 * {@link MIN_NAME_LENGTH} characters, not inside a longer word: no letter just before or after). One pass over each
 * text: at every position after a non-letter, only the names starting with its two characters are compared.
 */
export function mentionCounts(articles: readonly Article[], people: readonly ProfilePerson[]): number[] {
  const byStart = new Map<number, Array<{ name: string; person: number }>>();
  people.forEach((p, person) => {
    for (const name of [p.name, ...p.aliases]) {
      if (name.length < MIN_NAME_LENGTH) continue;
      const key = (name.charCodeAt(0) << 16) | name.charCodeAt(1);
      const list = byStart.get(key) ?? [];
      list.push({ name, person });
      byStart.set(key, list);
    }
  });
  // First UTF-16 unit of any name: most positions of a text start none and are skipped at once.
  const starts = new Uint8Array(0x10000);
  for (const list of byStart.values()) for (const { name } of list) starts[name.charCodeAt(0)] = 1;
  const counts = new Array<number>(people.length).fill(0);
  const seenIn = new Int32Array(people.length).fill(-1);
  articles.forEach(({ text }, a) => {
    for (let i = 0; i < text.length - 1; i++) {
      if (starts[text.charCodeAt(i)] === 0) continue;
      const names = byStart.get((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1));
      if (names === undefined || letterBefore(text, i)) continue;
      for (const { name, person } of names) {
        if (seenIn[person] === a || !text.startsWith(name, i) || letterAt(text, i + name.length)) continue;
        seenIn[person] = a;
        counts[person]!++;
      }
    }
  });
  return counts;
}

/** The profile without its example questions: what reading the articles gives (one pass over every text, cacheable). */
export type CorpusFacts = Omit<CorpusProfile, "examples">;

/** Dates, the people named in the most articles and the topics: {@link CorpusProfile} but the examples. */
export function corpusFacts(articles: readonly Article[], people: readonly ProfilePerson[]): CorpusFacts {
  const dates = articles.map(dateOf).filter((d): d is string => d !== null).sort();
  const mentioned = mentionCounts(articles, people);
  const counted = people
    .map((p, i) => ({ p, n: mentioned[i]! }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || a.p.name.localeCompare(b.p.name));
  const topPeople = counted.slice(0, PEOPLE).map((x) => x.p);

  const nameWords = new Set(people.flatMap((p) => [p.name, ...p.aliases]).flatMap((n) => n.split(/[\s-]+/)).map(foldWord));
  const df = new Map<string, { word: string; n: number; total: number; last: number }>();
  // Per distinct spelling (numbered by the table, found without a string per occurrence): its entry, or null when
  // it says nothing about the corpus.
  const entryFor = (word: string) => {
    const key = foldWord(word);
    if (word.length < 6 || STOPWORDS.has(key) || GENERIC.has(key) || nameWords.has(key) || key.split("-").some((p) => nameWords.has(p))) return null;
    let entry = df.get(key);
    if (!entry) {
      entry = { word, n: 0, total: 0, last: -1 };
      df.set(key, entry);
    }
    return entry;
  };
  const spellings = new TokenTable();
  const entryOf: Array<{ word: string; n: number; total: number; last: number } | null> = [];
  articles.forEach(({ text }, article) => {
    capitalisedWords(text, (start, end) => {
      const id = spellings.intern(text, start, end);
      if (id === entryOf.length) entryOf.push(entryFor(spellings.tokens[id]!));
      const entry = entryOf[id];
      if (!entry) return;
      entry.total++;
      if (entry.last !== article) {
        entry.last = article;
        entry.n++;
      }
    });
  });
  const minArticles = articles.length >= 3 ? 2 : 1;
  const topics = [...df.values()]
    .filter((e) => e.n >= minArticles)
    .sort((a, b) => b.n - a.n || b.total - a.total || a.word.localeCompare(b.word))
    .slice(0, TOPICS)
    .map((e) => e.word);

  return { articles: articles.length, from: dates[0] ?? null, to: dates.at(-1) ?? null, people: topPeople.map((p) => p.name), topics };
}

/** The facts with example questions about their people and topics, each asked (`answers`) and kept only when answered. */
export function withExamples(facts: CorpusFacts, answers?: (question: string) => boolean): CorpusProfile {
  const lastName = (name: string) => name.split(/\s+/).at(-1)!;
  // A person, a topic, a person …: varied examples; asked one by one until enough are answered.
  const candidates: Array<{ de: string; en: string }> = [];
  for (let i = 0; i < Math.max(facts.people.length, facts.topics.length); i++) {
    const p = facts.people[i];
    const t = facts.topics[i];
    if (p) candidates.push({ de: `Was sagte ${lastName(p)}?`, en: `What did ${lastName(p)} say?` });
    if (t) candidates.push({ de: `Was berichten die Artikel über ${t}?`, en: `What do the articles say about ${t}?` });
  }
  const examples: Array<{ de: string; en: string }> = [];
  for (const c of candidates) {
    if (!answers || examples.length >= EXAMPLES) break;
    if (answers(c.de)) examples.push(c);
  }
  return { ...facts, examples: { de: examples.map((e) => e.de), en: examples.map((e) => e.en) } };
}
