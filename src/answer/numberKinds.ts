/**
 * Numbers of a kind in a sentence: durations and lengths, ages, sums of money. A question that asks for one ("Wie
 * lange …", "Wie alt …", "Was kostet …", questionIntent.ts) is answered by a sentence that holds it, not by any number.
 */
import { allGermanMonthSpellings, alternation, GERMAN_WEEKDAYS_FROM_MONDAY } from "../util/calendar.js";

/** Numerals written as words, and those a multiple is formed from ("das Zehnfache"). */
export const NUMERALS = "zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig";

/**
 * Two years as a span ("von 1870 bis 1939", "1914–1918"): a duration ({@link DURATION_TERM}), and a number for the
 * questions that ask for any number ("Wie hoch …", "Wie viele …").
 */
export const YEAR_SPAN = /\b(?:1[5-9]|20)\d{2}\s?(?:bis|-|–)\s?(?:1[5-9]|20)\d{2}\b/u;

/**
 * Pseudo-term for a sentence that holds a duration or a length, the answers to "wie lange"/"how long": an amount of
 * time units ("zwei Stunden und 45 Minuten", "fünf bis zehn Jahre", "mehrere Monate"), a compound of one ("30-tägige",
 * "dreistündig", "jahrelang", "30-Tage-Frist"), a span of years ("1870 bis 1939"), a start in the past ("seit 2014"),
 * units without an amount ("seit Wochen", "über Monate"), an end ("bis zum 8. Mai", "bis Ende Mai"; not "100 bis 200"), the verb "dauern" or an amount of length
 * units ("117 Kilometer").
 */
export const DURATION_TERM = "§duration";
/** Units of time, inflected ("Tagen", "Jahres"), not as the head of a longer word ("Tagesordnung", "Jahrestag"). */
const TIME_UNIT = "(?:sekunden?|minuten?|stunden?|tag(?:e|en|es|s)?|wochen?|monat(?:e|en|es|s)?|jahr(?:e|en|es|s)?|jahrzehnt(?:e|en|s)?|jahrhundert(?:e|en|s)?)";
/** Units of length: "how long" asks for a length too ("How long was Hadrian's Wall?"). */
const LENGTH_UNIT = "(?:kilometer[ns]?|km|meter[ns]?|m|meilen|zentimeter[ns]?|cm)";
/** An amount before a unit: digits, numerals, "ein", "einige", "mehrere", "wenige", "ein paar", "anderthalb", "dreieinhalb". */
const AMOUNT = `(?:(?<![\\d.,])\\d[\\d.,]*|${NUMERALS}|ein(?:e|en|er|em)?|einig\\p{L}*|mehrer\\p{L}*|wenig\\p{L}*|paar|halbe?n?|anderthalb|\\p{L}*einhalb|hundert\\p{L}*|tausend\\p{L}*)`;
const DURATION = new RegExp(
  `\\b${AMOUNT}(?:\\s+(?:bis|oder|und)\\s+${AMOUNT})?(?:\\s+\\p{L}+)?\\s+${TIME_UNIT}\\b|\\d+-(?:tage|stunden|wochen|monate|jahres?)-|\\b(?:tage|stunden|wochen|monate|jahre|jahrzehnte)lang\\p{L}*|\\b${AMOUNT}(?:\\s+\\p{L}+)?\\s+${LENGTH_UNIT}(?![\\p{L}])|\\b(?:an|fort)?(?:dauer|dauern|dauert|dauerte|dauerten|dauernd)\\b|\\bbis\\s+(?:(?:zum|zur|in den|ins|spätestens)\\s+)?(?:\\d{1,2}\\.(?!\\d)|${alternation([...GERMAN_WEEKDAYS_FROM_MONDAY, ...allGermanMonthSpellings()])}|mitternacht|ostern|weihnachten|ende|anfang|mitte|jahresende|frühjahr|sommer|herbst|winter|morgen)|\\b(?:un)?befristet|\\bseit\\s+(?:1[5-9]|20)\\d{2}\\b|(?<![\\p{L}\\d])(?:seit|für|über)\\s+(?:sekunden|minuten|stunden|tagen?|wochen|monaten?|jahren?|jahrzehnten?)\\b`,
  "iu",
);

/**
 * An adjective of a duration ("30-tägige", "dreistündig", "viereinhalbstündig", "anderthalbjährig", "mehrjährig");
 * case-sensitive: the noun "der 80-Jährige" is an age (the adjective in "der 80-jährige Kellogg" counts as a duration
 * too). Numerals are written in lower case inside a word.
 */
const DURATION_ADJECTIVE = new RegExp(
  `(?:\\d+-|\\b(?:(?:${NUMERALS}|ein)(?:einhalb)?|anderthalb|mehr|halb|viel))(?:tägig|stündig|wöchig|monatig|jährig|minütig)\\p{L}*|\\b(?:${capitalised(`${NUMERALS}|ein`)})(?:einhalb)?(?:tägig|stündig|wöchig|monatig|minütig)\\p{L}*`,
  "u",
);

/**
 * The alternatives of `alternation` with a capital first letter: a duration adjective opens a sentence
 * ("Viereinhalbstündige Gespräche …"). Not for "-jährig": "Der Fünfjährige" is a child, an age.
 */
function capitalised(alternation: string): string {
  return alternation
    .split("|")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("|");
}

/** Whether a sentence holds a duration ({@link DURATION_TERM}). */
export function holdsDuration(sentence: string): boolean {
  return DURATION.test(sentence) || DURATION_ADJECTIVE.test(sentence) || YEAR_SPAN.test(sentence);
}

/**
 * Pseudo-term for a sentence that holds an age, the answer to "wie alt"/"how old": "Der 80-Jährige", "80 Jahre alt", "im
 * Alter von 80 Jahren", "ab 18 Jahren", "vor 500 Millionen Jahren", "geboren 1945", "Keir Starmer (63)" (a name of two
 * words before the number: "Absatz (3)" is none). A duration of years ("dauerte zwei Jahre", "läuft über 25 Jahre") is
 * no age.
 */
export const AGE_TERM = "§age";
const AGE = new RegExp(
  `\\b\\d{1,3}-[Jj]ährige?[mnrs]?\\b|\\b(?:\\d{1,3}|${NUMERALS}|\\p{L}+zig)\\s+[Jj]ahre\\s+alt\\b|\\b(?:ab|unter|mindestens)\\s+\\d{1,3}\\s+[Jj]ahre\\b|\\bvor\\s+(?:(?:etwa|rund|über|fast|mehr als)\\s+)?(?:(?<![\\d.,])\\d[\\d.,]*|${NUMERALS}|\\p{L}*hundert\\p{L}*|\\p{L}*tausend\\p{L}*)\\s+(?:(?:Millionen|Milliarden)\\s+)?[Jj]ahren\\b|\\b[Aa]lter(?:s)?\\s+von\\b|\\b[Gg]eboren\\b|\\p{Lu}\\p{L}+\\s\\p{Lu}\\p{L}+\\s\\(\\d{1,3}\\)|\\b[Jj]ahrgang\\b`,
  "u",
);

/**
 * Pseudo-term for a sentence that holds an amount of money, the answer to "wie viel Geld", "was kostet", "how much is
 * it worth": "500 Milliarden US-Dollar", "207.000 €", "$1.5 billion", "mehrere Milliarden Euro".
 */
export const MONEY_TERM = "§money";
const CURRENCY = "(?:(?:us-)?dollars?|euros?|pfund|rubel|franken|hrywnj[ae]n?|yuan|\\$|€|£|usd|eur)";
/** Case-insensitive: a numeral may open the sentence ("Drei Milliarden Euro …"). */
const MONEY = new RegExp(
  `(?:(?<![\\d.,])\\d[\\d.,]*|\\b(?:${NUMERALS}|hundert\\p{L}*|tausend\\p{L}*|eine?|mehrere|einige|viele))\\s*(?:(?:millionen|milliarden|billionen|million|milliarde|mio\\.|mrd\\.|mio|mrd)\\s+)?${CURRENCY}(?![\\p{L}])|\\b(?:millionen|milliarden|billionen)\\s+${CURRENCY}(?![\\p{L}])|[$€£]\\s?\\d`,
  "iu",
);

/** Whether a sentence holds an age ({@link AGE_TERM}). */
export function holdsAge(sentence: string): boolean {
  return AGE.test(sentence);
}

/** Whether a sentence holds an amount of money ({@link MONEY_TERM}). */
export function holdsMoney(sentence: string): boolean {
  return MONEY.test(sentence);
}

/** The answer types that are numbers of one kind (questionIntent.ts chooses them instead of "any number"). */
export const NUMBER_KIND_TERMS: ReadonlySet<string> = new Set([DURATION_TERM, AGE_TERM, MONEY_TERM]);

/** Per number kind, the expressions that hold one, to find in a quote (global copies). A map: any word is asked. */
const KIND_EXPRESSIONS: ReadonlyMap<string, readonly RegExp[]> = new Map([
  [DURATION_TERM, [DURATION, DURATION_ADJECTIVE, YEAR_SPAN].map(globalCopy)],
  [AGE_TERM, [globalCopy(AGE)]],
  [MONEY_TERM, [globalCopy(MONEY)]],
]);

function globalCopy(expression: RegExp): RegExp {
  return new RegExp(expression.source, `${expression.flags}g`);
}

/**
 * Where `text` holds a number of the kind `term` (a duration, an age, a sum): the spans a reader's eye should find in
 * the quote ("zwei Stunden und 45 Minuten", "80-Jährige", "500 Milliarden US-Dollar"). None for other terms.
 */
export function numberKindSpans(term: string, text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const expression of KIND_EXPRESSIONS.get(term) ?? []) {
    for (const m of text.matchAll(expression)) if (m[0].length > 0) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
