/** Analyzed terms of a passage and of each of its sentences, computed once and kept in a bounded cache. */
import { LRUCache } from "lru-cache";
import type { PassageIndex } from "../search/passageIndex.js";
import { allGermanMonthSpellings, alternation, eitherCase, GERMAN_MONTHS, GERMAN_WEEKDAYS_FROM_MONDAY, germanMonthNumber } from "../util/calendar.js";
import { AGE_TERM, DURATION_TERM, holdsAge, holdsDuration, holdsMoney, MONEY_TERM, NUMERALS, YEAR_SPAN } from "./numberKinds.js";
import { DATE_TERM, holdsDate } from "./calendarDate.js";

export interface PassageTerms {
  all: Set<string>;
  /** Sentences in article offsets with their terms. */
  sentences: Array<{ start: number; end: number; terms: Set<string> }>;
  /**
   * The passage's words in order, each as its index terms (the analyzer's cached arrays, shared between passages), and
   * the sentence each word stands in: word-level proximity (features.ts `adjacentPairs`).
   */
  words: ReadonlyArray<readonly string[]>;
  wordSentence: Uint16Array;
  /** Whether the sets hold the question-intent pseudo-terms yet (see {@link needsIntentTerms}). */
  intent: boolean;
}

/** Enough for the candidates of many questions; bounded so a huge corpus does not keep them all. */
export const PASSAGE_TERMS_CACHE_SIZE = 20_000;

/** Pseudo-term for a sentence that names a time ("am Dienstag", "am Mittwochabend", "im März", "mit sofortiger Wirkung"); "wann" questions look for it. */
export const TIME_TERM = "§time";
/** The digits of a decade ("90", "1970", "2020"; not "737"): a regular-expression source. */
const DECADE_DIGITS = "(?:[1-9]0|1[5-9]\\d0|20\\d0)";
const TIME_EXPRESSION = new RegExp(
  `\\b(?:(?:${alternation([...GERMAN_WEEKDAYS_FROM_MONDAY])})(?:(?:vormittag|nachmittag|mittag|abend|morgen|nacht)s?)?|${alternation([...GERMAN_MONTHS])}|heute|gestern|morgen|sofort\\p{L}*|unverzüglich|bald|demnächst|künftig|woche|wochen|monat\\p{L}*|jahr|jahrhundert\\p{L}*|jahrzehnt\\p{L}*|\\d{1,2}\\.\\s?\\d{1,2}\\.|\\d{4}|${DECADE_DIGITS}er(?:n|jahren?)?|vor (?:\\d[\\d.,]{0,12}|\\p{L}+) (?:(?:millionen|milliarden) )?jahren|(?:anfang|mitte|ende) (?:des|der) (?:\\d{1,2}\\.\\s?|\\p{L}+ )?(?:jahr|jahrhundert|jahrzehnt|monat|woche|\\p{L}*krieg)\\p{L}*)\\b`,
  "iu",
);
/** Years before the present in a science text ("9.000 BP", "um 11.600 BP"); case-sensitive: "25 bp" are basis points. */
const BEFORE_PRESENT = /(?<![\d.,])\d[\d.,]{0,10}\s?BP\b/u;
/**
 * Pseudo-term for a sentence that holds a count or an amount ("zwei Drittel", "2000 Soldaten", "30 Tage"): a number other
 * than a day, an hour or a year ("am 18. März", "um 23 Uhr", "seit 2014"), which answer no "wie viele" or "wie hoch"
 * (tune splits: XQuAD German quotes +2, English hit@3 +1 against counting them). A frequency is a count too ("siebenmal",
 * "mehrmals": "Wie oft …?"). Durations, ages and sums have their own pseudo-terms (numberKinds.ts).
 */
export const NUMBER_TERM = "§number";
const NUMBER_EXPRESSION = new RegExp(
  `\\d|\\b(?:${NUMERALS}|hunderte?n?|(?:zehn|hundert)?tausende?n?|dutzend\\p{L}*|\\p{L}*einhalb|anderthalb|(?:${NUMERALS}|hundert|tausend)fache[mnrs]?|(?:${NUMERALS}|hundert|tausend)mal(?:ig\\p{L}*)?|mehrmal\\p{L}*|doppelt\\p{L}*|hälfte|drittel|viertel|million\\p{L}*|milliard\\p{L}*|prozent|(?:seit|für|nach) (?:tagen|wochen|monaten|jahren|stunden))\\b`,
  "iu",
);
/** The German month names and their variants ("Jänner", "Maerz"), lower case. */
const ALL_GERMAN_MONTHS = allGermanMonthSpellings();
/**
 * Numbers that name a day or an hour: "18. März", "18.3.", "2025-03-18", "23 Uhr", "10.30 Uhr", "23:45". Case-sensitive
 * (a month's first letter either way): with the i flag V8 ran it twelve times slower, on every sentence with a digit.
 */
const CALENDAR_NUMBER = new RegExp(
  `\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\s?(?:(?:${eitherCase(ALL_GERMAN_MONTHS)})(?![\\p{L}])|\\d{1,2}\\.)(?:\\s?\\d{4})?|\\b\\d{1,2}(?:[:.]\\d{2})?\\s?[Uu]hr\\b|\\b\\d{1,2}:\\d{2}\\b`,
  "gu",
);
/**
 * A year (1500–2099): after a word that introduces a time ("im", "seit", "bis", "Ende", a month …), or not followed by a
 * noun ("1901 waren …", "(2014)"); "schickt 2000 Soldaten", "1650 Meter hoch" are counts. Case-sensitive: the capital
 * tells a noun. The look back comes after the digits, so that it runs only where four digits stand.
 */
const YEAR = new RegExp(
  `\\b(?:1[5-9]|20)\\d{2}\\b(?:(?<=\\b(?:${eitherCase(["im", "jahr", "jahre", "jahres", "jahrs", "seit", "bis", "ab", "von", "vor", "nach", "zwischen", "und", "oder", "anfang", "mitte", "ende", "frühjahr", "sommer", "herbst", "winter", ...ALL_GERMAN_MONTHS])})\\s+\\d{4})|(?!\\s+\\p{Lu}))`,
  "gu",
);

/** A decade or a century ("1970ern", "90er Jahren", "des 18. Jahrhunderts"): a time, no count ("737er" is one). */
const DECADE = new RegExp(`\\b${DECADE_DIGITS}er(?:n|\\s?[Jj]ahre\\p{L}*)?\\b|\\b\\d{1,2}\\.\\s?[Jj]ahrhundert\\p{L}*`, "gu");

/** Whether a sentence holds a count or an amount: a number, and when it is written in digits, one that is no date. */
function holdsCount(sentence: string): boolean {
  if (!NUMBER_EXPRESSION.test(sentence)) return false;
  if (!/\d/.test(sentence)) return true;
  if (YEAR_SPAN.test(sentence)) return true;
  return NUMBER_EXPRESSION.test(sentence.replace(CALENDAR_NUMBER, " ").replace(YEAR, " ").replace(DECADE, " "));
}
/** Per number answer type (a count, a duration, an age, a sum), whether a sentence holds one. */
const HOLDS_NUMBER: ReadonlyMap<string, (sentence: string) => boolean> = new Map([
  [NUMBER_TERM, holdsCount],
  [DURATION_TERM, holdsDuration],
  [AGE_TERM, holdsAge],
  [MONEY_TERM, holdsMoney],
]);

/** The answer types that are numbers: a question that names a number is not answered by it ({@link holdsNumberBesides}). */
export const NUMBER_TYPE_TERMS: ReadonlySet<string> = new Set(HOLDS_NUMBER.keys());

/**
 * Whether a sentence holds a number of the answer type `term` besides the numbers the question itself names ("Wie hoch
 * ist die Obergrenze im 28-Punkte-Plan?" is not answered by the 28, "Wie lange dauerte das Treffen, bei dem Kiew der
 * 30-Tage-Feuerpause zustimmte?" not by the 30 days): those numbers (digits, "1.200" and "1200" alike) are taken out
 * first.
 */
export function holdsNumberBesides(term: string, sentence: string, questionNumbers: ReadonlySet<string>): boolean {
  const holds = HOLDS_NUMBER.get(term) ?? holdsCount;
  if (questionNumbers.size === 0) return holds(sentence);
  return holds(sentence.replace(DIGIT_NUMBER, (n) => (questionNumbers.has(withoutSeparators(n)) ? " " : n)));
}

/** The numbers written in digits in a question, without separators ("1.200" → "1200"). */
export function digitNumbers(text: string): Set<string> {
  return new Set([...text.matchAll(DIGIT_NUMBER)].map((m) => withoutSeparators(m[0])));
}

/** A number in digits, with its thousands or decimal separators ("1.200", "3,5"). */
const DIGIT_NUMBER = /\d[\d.,]*\d|\d/g;
const withoutSeparators = (n: string) => n.replace(/[.,]/g, "");

/** Pseudo-term for the month ("03", or 3) of the article's date or of a month named in the sentence. */
const MONTH_TERM_PREFIX = "§month:";
export function monthTerm(month: string | number): string {
  return `${MONTH_TERM_PREFIX}${typeof month === "number" ? String(month).padStart(2, "0") : month}`;
}
/** Whether a term is a month's pseudo-term ({@link monthTerm}). */
export function isMonthTerm(term: string): boolean {
  return term.startsWith(MONTH_TERM_PREFIX);
}
/**
 * Pseudo-term for a year ("2025") of the article's date or written in the sentence: a question's year (questionMonths.ts)
 * is met by the reports of that year, which rarely print it, and by a sentence that names it ("seit Februar 2022").
 */
const YEAR_TERM_PREFIX = "§year:";
export function yearTerm(year: string): string {
  return `${YEAR_TERM_PREFIX}${year}`;
}
/** Whether a term is a year's pseudo-term ({@link yearTerm}). */
export function isYearTerm(term: string): boolean {
  return term.startsWith(YEAR_TERM_PREFIX);
}
const YEAR_IN_TEXT = /(?<![\p{L}\p{N}.,])((?:19|20)\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu;
const MONTH_IN_TEXT = new RegExp(`(?<![\\p{L}])(${alternation(GERMAN_MONTHS)})(?![\\p{L}])`, "giu");

/** Pseudo-term of one (analyzed) word of the article's outlet, on every sentence (outlets.ts). */
export function outletTerm(term: string): string {
  return `§outlet:${term}`;
}

/** A web address's domain endings after a name: ".de" in "finanznachrichten.de", ".co.uk" in "bbc.co.uk". */
const DOMAIN_ENDING = /(?<=[\p{L}\p{N}])(?:\.[a-z]{2,6})+(?![\p{L}\p{N}.])/gu;
/** A web address's "www." before a name. */
const WWW = /(?<![\p{L}\p{N}.])www\./giu;

/**
 * The words of an outlet's name as a reader names it: without the "www." and the domain endings of a web address
 * ("finanznachrichten.de" → "finanznachrichten", "www.spiegel.de" → "spiegel"), which are no words of the name
 * ("Wer hat die Tour de France gewonnen?" matched every sentence of the ".de" outlets).
 */
export function outletWords(index: PassageIndex, outlet: string): ReadonlySet<string> {
  return index.analyzer.termSet(outlet.replace(WWW, "").replace(DOMAIN_ENDING, ""));
}

/** Pseudo-term for a sentence that starts by referring back to someone just named ("Der 80-Jährige", "Er"). */
export const ANAPHOR_TERM = "§anaphor";
const ANAPHOR = /^(?:Er|Sie|Der|Die|Dieser|Diese)\s+(?!USA\b|Ukraine\b|Bundesregierung\b)/u;

/**
 * Pseudo-term for a sentence that quotes someone („…“, "…", «…», »…«): "Wie bewertete Moskau das Telefonat?", "How did
 * Zelensky describe Putin's answer?" ask how someone characterised something, and the answer is their quoted words.
 */
export const QUOTATION_TERM = "§quotation";
const QUOTATION = /[„“”"«»]/u;

const caches = new WeakMap<PassageIndex, LRUCache<number, PassageTerms>>();

/**
 * Whether a question's concepts look for the pseudo-terms of question intent: a time, a number, a sentence that refers
 * back or quotes someone, a month. Only then are they found in a passage's sentences (their regular expressions were a third of the
 * terms' cost, and most questions ask for none of them).
 */
export function needsIntentTerms(concepts: ReadonlyArray<{ alts: ReadonlyArray<{ term: string }> }>): boolean {
  return concepts.some((c) => c.alts.some((a) => a.term === TIME_TERM || a.term === DATE_TERM || NUMBER_TYPE_TERMS.has(a.term) || a.term === ANAPHOR_TERM || a.term === QUOTATION_TERM || isMonthTerm(a.term) || isYearTerm(a.term)));
}

/** The passage's terms; with `intent` (see {@link needsIntentTerms}) also its question-intent pseudo-terms. */
export function passageTerms(index: PassageIndex, id: number, intent = false): PassageTerms {
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
  if (intent && !terms.intent) addIntentTerms(index, id, terms);
  return terms;
}

function compute(index: PassageIndex, id: number): PassageTerms {
  const passage = index.passages[id]!;
  const article = index.articleById.get(passage.articleId);
  const outlet = article?.meta.outlet ? [...outletWords(index, article.meta.outlet)].map(outletTerm) : [];
  const all = new Set<string>();
  const sentences: PassageTerms["sentences"] = [];
  const words: Array<readonly string[]> = [];
  const wordSentence: number[] = [];
  let from = 0;
  passage.sentences.forEach((sentence, k) => {
    const at = passage.text.indexOf(sentence, from);
    const offset = at >= 0 ? at : from;
    from = offset + sentence.length;
    const terms = new Set<string>();
    for (const token of index.analyzer.tokens(sentence)) {
      const wordTerms = index.analyzer.terms(token.raw);
      for (const term of wordTerms) terms.add(term);
      words.push(wordTerms);
      wordSentence.push(k);
    }
    for (const t of outlet) terms.add(t);
    for (const t of terms) all.add(t);
    sentences.push({ start: passage.start + offset, end: passage.start + offset + sentence.length, terms });
  });
  return { all, sentences, words, wordSentence: Uint16Array.from(wordSentence), intent: false };
}

/** Adds the question-intent pseudo-terms to a passage's sets (its sentences are the passage's, in order). */
function addIntentTerms(index: PassageIndex, id: number, terms: PassageTerms): void {
  const passage = index.passages[id]!;
  const articleDate = index.articleById.get(passage.articleId)?.date;
  passage.sentences.forEach((sentence, k) => {
    const set = terms.sentences[k]!.terms;
    if (TIME_EXPRESSION.test(sentence) || BEFORE_PRESENT.test(sentence)) set.add(TIME_TERM);
    if (holdsDate(sentence)) set.add(DATE_TERM);
    if (holdsCount(sentence)) set.add(NUMBER_TERM);
    if (holdsDuration(sentence)) set.add(DURATION_TERM);
    if (holdsAge(sentence)) set.add(AGE_TERM);
    if (holdsMoney(sentence)) set.add(MONEY_TERM);
    if (ANAPHOR.test(sentence)) set.add(ANAPHOR_TERM);
    if (QUOTATION.test(sentence)) set.add(QUOTATION_TERM);
    if (articleDate) set.add(monthTerm(articleDate.slice(5, 7)));
    for (const m of sentence.matchAll(MONTH_IN_TEXT)) set.add(monthTerm(germanMonthNumber(m[1]!)));
    if (articleDate) set.add(yearTerm(articleDate.slice(0, 4)));
    for (const m of sentence.matchAll(YEAR_IN_TEXT)) set.add(yearTerm(m[1]!));
    for (const t of set) terms.all.add(t);
  });
  terms.intent = true;
}
