/**
 * What a corpus covers, in its own terms: its date range, the people and topics it mentions most, and example
 * questions it can answer. The abstention message and the example questions are built from this, so they change
 * with the corpus instead of naming what a hard-coded text once assumed.
 */
import { foldWord } from "../analysis/normalize.js";
import { countTopics, type TopicCounts } from "./topicCounts.js";
import type { Article } from "./types.js";

/** What the corpus covers, read from its articles: the German names and nouns as they are written there. */
export interface CorpusFacts {
  articles: number;
  /** Earliest and latest article date ("YYYY-MM" or "YYYY-MM-DD"); null without dated articles. */
  from: string | null;
  to: string | null;
  /** Display names of the people mentioned in the most articles, most first. */
  people: string[];
  /** Nouns found in the most articles (beyond the names and generic news words), most first. */
  topics: string[];
}

export interface CorpusProfile extends CorpusFacts {
  /**
   * {@link CorpusFacts.people} and {@link CorpusFacts.topics} for an English reader: the curated English names
   * ("Sergey Lavrov"), the topics the glossary translates ("Moscow"), the rest as in German. Beside the German lists,
   * which keep their place (the abstention's `corpus` in `ask --json`); {@link peopleOf} and {@link topicsOf} pick.
   */
  english: { people: string[]; topics: string[] };
  /** Questions that the corpus answers (each was asked and not abstained on), in the same order in both languages. */
  examples: { de: string[]; en: string[] };
}

/** The profile's people as a reader of `lang` knows them. */
export const peopleOf = (profile: Pick<CorpusProfile, "people" | "english">, lang: "de" | "en"): string[] => (lang === "en" ? profile.english.people : profile.people);
/** The profile's topics as a reader of `lang` knows them. */
export const topicsOf = (profile: Pick<CorpusProfile, "topics" | "english">, lang: "de" | "en"): string[] => (lang === "en" ? profile.english.topics : profile.topics);

/** How an English reader knows a person (by their German display name) and a topic noun; both as they are by default. */
export interface EnglishForms {
  person(name: string): string;
  topic(noun: string): string;
}

const AS_WRITTEN: EnglishForms = { person: (name) => name, topic: (noun) => noun };

export interface ProfilePerson {
  name: string;
  aliases: readonly string[];
}

const PEOPLE = 4;
const EXAMPLES = 3;

function dateOf(a: Article): string | null {
  return a.meta.published ?? a.date;
}

/** Bits of the filter on a name's first two UTF-16 units (a power of two). */
const PAIR_FILTER_SIZE = 1 << 16;
const pairSlot = (first: number, second: number) => (Math.imul(first, 31) ^ second) & (PAIR_FILTER_SIZE - 1);

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
  // First UTF-16 unit of any name: the scan jumps from one such unit to the next with the regular expression engine
  // (most of a text starts no name), then compares only the names starting with that unit and the next.
  const firstUnits = new Set<number>();
  const pairs = new Uint8Array(PAIR_FILTER_SIZE);
  for (const key of byStart.keys()) {
    firstUnits.add(key >>> 16);
    pairs[pairSlot(key >>> 16, key & 0xffff)] = 1;
  }
  const counts = new Array<number>(people.length).fill(0);
  if (firstUnits.size === 0) return counts;
  const mayStart = new RegExp(`[${[...firstUnits].map((u) => `\\u${u.toString(16).padStart(4, "0")}`).join("")}]`, "g");
  const seenIn = new Int32Array(people.length).fill(-1);
  articles.forEach(({ text }, a) => {
    const last = text.length - 1;
    mayStart.lastIndex = 0;
    while (mayStart.test(text)) {
      const i = mayStart.lastIndex - 1;
      if (i >= last) break;
      const first = text.charCodeAt(i);
      const second = text.charCodeAt(i + 1);
      if (pairs[pairSlot(first, second)] === 0) continue;
      const names = byStart.get((first << 16) | second);
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

/**
 * Dates, the people named in the most articles and the topics (one pass over every text, cacheable). `topics`: the
 * topic counts of these articles when a pass over them counted them already (actor discovery's).
 */
export function corpusFacts(articles: readonly Article[], people: readonly ProfilePerson[], topics: TopicCounts = countTopics(articles)): CorpusFacts {
  const dates = articles.map(dateOf).filter((d): d is string => d !== null).sort();
  const mentioned = mentionCounts(articles, people);
  const counted = people
    .map((p, i) => ({ p, n: mentioned[i]! }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || a.p.name.localeCompare(b.p.name));
  const topPeople = counted.slice(0, PEOPLE).map((x) => x.p);
  const nameWords = new Set(people.flatMap((p) => [p.name, ...p.aliases]).flatMap((n) => n.split(/[\s-]+/)).map(foldWord));
  return { articles: articles.length, from: dates[0] ?? null, to: dates.at(-1) ?? null, people: topPeople.map((p) => p.name), topics: topics.topics(articles.length, nameWords) };
}

/**
 * The facts in both languages (`english`: the English forms of names and topics) with example questions about their
 * people and topics, each asked (`answers`) in both languages and kept only when both are answered. An English
 * question with the English form that is not answered is asked with the German form as well ("Waffenruhe").
 */
export function withExamples(facts: CorpusFacts, answers?: (question: string) => boolean, english: EnglishForms = AS_WRITTEN): CorpusProfile {
  const lastName = (name: string) => name.split(/\s+/).at(-1)!;
  // A person, a topic, a person …: varied examples; asked one by one until enough are answered.
  const candidates: Array<{ de: string; en: string[] }> = [];
  for (let i = 0; i < Math.max(facts.people.length, facts.topics.length); i++) {
    const p = facts.people[i];
    const t = facts.topics[i];
    if (p) candidates.push({ de: `Was sagte ${lastName(p)}?`, en: [...new Set([english.person(p), p].map((n) => `What did ${lastName(n)} say?`))] });
    if (t) candidates.push({ de: `Was berichten die Artikel über ${t}?`, en: [...new Set([english.topic(t), t].map((n) => `What do the articles say about ${n}?`))] });
  }
  const examples: Array<{ de: string; en: string }> = [];
  for (const c of candidates) {
    if (!answers || examples.length >= EXAMPLES) break;
    if (!answers(c.de)) continue;
    const en = c.en.find((q) => answers(q));
    if (en !== undefined) examples.push({ de: c.de, en });
  }
  return {
    ...facts,
    english: { people: facts.people.map((p) => english.person(p)), topics: facts.topics.map((t) => english.topic(t)) },
    examples: { de: examples.map((e) => e.de), en: examples.map((e) => e.en) },
  };
}
