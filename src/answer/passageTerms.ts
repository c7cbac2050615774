/** Analyzed terms of a passage and of each of its sentences, computed once and kept in a bounded cache. */
import { LRUCache } from "lru-cache";
import type { PassageIndex } from "../search/passageIndex.js";
import { alternation, GERMAN_MONTHS, GERMAN_WEEKDAYS_FROM_MONDAY, germanMonthNumber } from "../util/calendar.js";

export interface PassageTerms {
  all: Set<string>;
  /** Sentences in article offsets with their terms. */
  sentences: Array<{ start: number; end: number; terms: Set<string> }>;
}

/** Enough for the candidates of many questions; bounded so a huge corpus does not keep them all. */
export const PASSAGE_TERMS_CACHE_SIZE = 20_000;

/** Pseudo-term for a sentence that names a time ("am Dienstag", "im März", "mit sofortiger Wirkung"); "wann" questions look for it. */
export const TIME_TERM = "§time";
const TIME_EXPRESSION = new RegExp(
  `\\b(?:${alternation([...GERMAN_WEEKDAYS_FROM_MONDAY, ...GERMAN_MONTHS])}|heute|gestern|morgen|sofort\\p{L}*|unverzüglich|bald|demnächst|künftig|woche|wochen|monat\\p{L}*|jahr|\\d{1,2}\\.\\s?\\d{1,2}\\.|\\d{4})\\b`,
  "iu",
);
/** Pseudo-term for a sentence that holds a number ("80-Jährige", "30 Tage", "zwei Drittel"); "wie viele" questions look for it. */
export const NUMBER_TERM = "§number";
const NUMBER_EXPRESSION = /\d|\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|dutzend\p{L}*|hälfte|drittel|viertel|million\p{L}*|milliard\p{L}*|prozent)\b/iu;
/** Pseudo-term for the month ("03") of the article's date or of a month named in the sentence. */
export function monthTerm(month: string): string {
  return `§month:${month}`;
}
const MONTH_IN_TEXT = new RegExp(`(?<![\\p{L}])(${alternation(GERMAN_MONTHS)})(?![\\p{L}])`, "giu");

/** Pseudo-term of one (analyzed) word of the article's outlet, on every sentence (outlets.ts). */
export function outletTerm(term: string): string {
  return `§outlet:${term}`;
}

/** Pseudo-term for a sentence that starts by referring back to someone just named ("Der 80-Jährige", "Er"). */
export const ANAPHOR_TERM = "§anaphor";
const ANAPHOR = /^(?:Er|Sie|Der|Die|Dieser|Diese)\s+(?!USA\b|Ukraine\b|Bundesregierung\b)/u;

const caches = new WeakMap<PassageIndex, LRUCache<number, PassageTerms>>();

export function passageTerms(index: PassageIndex, id: number): PassageTerms {
  let cache = caches.get(index);
  if (!cache) {
    cache = new LRUCache({ max: PASSAGE_TERMS_CACHE_SIZE });
    caches.set(index, cache);
  }
  let terms = cache.get(id);
  if (!terms) {
    terms = compute(index, id);
    cache.set(id, terms);
  }
  return terms;
}

function compute(index: PassageIndex, id: number): PassageTerms {
  const passage = index.passages[id]!;
  const article = index.articleById.get(passage.articleId);
  const articleDate = article?.date;
  const outlet = article?.meta.outlet ? [...index.analyzer.termSet(article.meta.outlet)].map(outletTerm) : [];
  const all = new Set<string>();
  const sentences: PassageTerms["sentences"] = [];
  let from = 0;
  for (const sentence of passage.sentences) {
    const at = passage.text.indexOf(sentence, from);
    const offset = at >= 0 ? at : from;
    from = offset + sentence.length;
    const terms = index.analyzer.termSet(sentence);
    if (TIME_EXPRESSION.test(sentence)) terms.add(TIME_TERM);
    if (NUMBER_EXPRESSION.test(sentence)) terms.add(NUMBER_TERM);
    if (ANAPHOR.test(sentence)) terms.add(ANAPHOR_TERM);
    if (articleDate) terms.add(monthTerm(articleDate.slice(5, 7)));
    for (const t of outlet) terms.add(t);
    for (const m of sentence.matchAll(MONTH_IN_TEXT)) terms.add(monthTerm(String(germanMonthNumber(m[1]!)).padStart(2, "0")));
    for (const t of terms) all.add(t);
    sentences.push({ start: passage.start + offset, end: passage.start + offset + sentence.length, terms });
  }
  return { all, sentences };
}
