/**
 * What a corpus covers, in its own terms: its date range, the people and topics it mentions most, and example
 * questions it can answer. The abstention message and the example questions are built from this, so they change
 * with the corpus instead of naming what a hard-coded text once assumed.
 */
import { foldWord } from "../analysis/normalize.js";
import { GERMAN_STOPWORDS as STOPWORDS } from "../analysis/stopwords.js";
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

function mentions(text: string, person: ProfilePerson): boolean {
  const names = [person.name, ...person.aliases].filter((n) => n.length >= 3);
  return names.some((n) => new RegExp(`(^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(text));
}

export function describeCorpus(articles: readonly Article[], people: readonly ProfilePerson[], answers?: (question: string) => boolean): CorpusProfile {
  const dates = articles.map(dateOf).filter((d): d is string => d !== null).sort();
  const counted = people
    .map((p) => ({ p, n: articles.filter((a) => mentions(a.text, p)).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || a.p.name.localeCompare(b.p.name));
  const topPeople = counted.slice(0, PEOPLE).map((x) => x.p);

  const nameWords = new Set(people.flatMap((p) => [p.name, ...p.aliases]).flatMap((n) => n.split(/[\s-]+/)).map(foldWord));
  const df = new Map<string, { word: string; n: number; total: number }>();
  for (const a of articles) {
    const seen = new Set<string>();
    for (const m of a.text.matchAll(/(?<![\p{L}-])\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?![\p{L}])/gu)) {
      const word = m[0];
      const key = foldWord(word);
      if (word.length < 6 || STOPWORDS.has(key) || GENERIC.has(key) || nameWords.has(key) || key.split("-").some((p) => nameWords.has(p))) continue;
      const entry = df.get(key) ?? { word, n: 0, total: 0 };
      entry.total++;
      if (!seen.has(key)) {
        entry.n++;
        seen.add(key);
      }
      df.set(key, entry);
    }
  }
  const minArticles = articles.length >= 3 ? 2 : 1;
  const topics = [...df.values()]
    .filter((e) => e.n >= minArticles)
    .sort((a, b) => b.n - a.n || b.total - a.total || a.word.localeCompare(b.word))
    .slice(0, TOPICS)
    .map((e) => e.word);

  const lastName = (p: ProfilePerson) => p.name.split(/\s+/).at(-1)!;
  // A person, a topic, a person …: varied examples; asked one by one until enough are answered.
  const candidates: Array<{ de: string; en: string }> = [];
  for (let i = 0; i < Math.max(topPeople.length, topics.length); i++) {
    const p = topPeople[i];
    const t = topics[i];
    if (p) candidates.push({ de: `Was sagte ${lastName(p)}?`, en: `What did ${lastName(p)} say?` });
    if (t) candidates.push({ de: `Was berichten die Artikel über ${t}?`, en: `What do the articles say about ${t}?` });
  }
  const examples: Array<{ de: string; en: string }> = [];
  for (const c of candidates) {
    if (!answers || examples.length >= EXAMPLES) break;
    if (answers(c.de)) examples.push(c);
  }
  return {
    articles: articles.length,
    from: dates[0] ?? null,
    to: dates.at(-1) ?? null,
    people: topPeople.map((p) => p.name),
    topics,
    examples: { de: examples.map((e) => e.de), en: examples.map((e) => e.en) },
  };
}
