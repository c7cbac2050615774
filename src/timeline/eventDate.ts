/**
 * When did the event a German news sentence reports happen?
 *
 * A focused resolver rather than chrono-node's German parser: news text needs a *past* bias
 * ("am Samstag" in a Sunday article is yesterday, not next week), "am vergangenen Dienstag" and
 * "in der Nacht zum Sonntag" must resolve to the right day, and a month-level article date must never
 * produce an invented day (chrono fills missing components from the reference date).
 *
 * Rules, in priority order (the first that applies wins; within a rule the earliest phrase wins):
 * 1. Absolute day in the text — "15. März 2025", "am 15. März", "vom 1. bis 3. März" (first day),
 *    "1.3.2025", "am 1.3.", "2025-03-15" → that day (`source: "text"`). A missing year is taken from
 *    the publication/article date, choosing the year that puts the day nearest to it
 *    ("28. Dezember" in a January article → previous year).
 * 2. Relative day — only when the publication DAY is known (`published`, or a "YYYY-MM-DD" articleDate):
 *    - "am vergangenen/letzten/vorigen Dienstag" → the latest Tuesday strictly before publication;
 *    - "am kommenden/nächsten/folgenden Montag" → the first Monday strictly after publication;
 *    - "in der Nacht zum/zu/auf (den) Sonntag", "Nacht von Samstag auf Sonntag" → the Sunday, directed
 *      like a bare weekday;
 *    - a bare weekday ("am Samstag", "Samstagabend", "seit Montag") → the latest such day on or before
 *      publication, unless its clause (text between , ; : and quotes) is future tense — contains
 *      soll/sollen/werde/werden/wird/will/wollen/wolle/plant/planen — then the first such day on or
 *      after publication;
 *    - "Dienstag vergangener/kommender Woche", "vergangene Woche (am) Dienstag" → that weekday in the previous/next
 *      calendar week;
 *    - "heute", "gestern", "vorgestern", "morgen", "übermorgen", "vor drei Tagen", "vor einer Woche";
 *    - a weekday followed by a parenthetical anchor ("am Montag (nach der Wahl)") refers to another
 *      event, so it is NOT resolved to a day.
 *    `source: "relative"`, precision "day".
 * 3. Month in the text — "im März", "Anfang/Mitte/Ende Februar", "seit Januar", "März 2025" → month
 *    precision, `source: "text"`.
 * 4. Relative week or month — "vergangene Woche", "kommende Woche", "am Wochenende" (needs the
 *    publication day; reported with week precision: the Monday of that week, "YYYY-MM-DD"),
 *    "vergangenen Monat", "vor zwei Monaten" (month precision; the article month suffices).
 * 5. Otherwise the article: month precision, the month of `published` or `articleDate`
 *    (`source: "article"`). The article's day is NOT used: an undated sentence is not evidence
 *    that the event happened on the publication day.
 * 6. No date at all → `{ date: null, precision: "none", source: "none" }`.
 *
 * Background dates never date an event: a date the sentence mentions only to set the scene is skipped
 * by every rule above — "seit Februar 2022", "seit Beginn des Krieges im Februar 2022", "der Einmarsch
 * am 24. Februar 2022", "im Februar 2022 begonnenen Krieg", "vor drei Jahren, im Februar 2022", and a
 * deadline ("bis Ende August").
 * ("Vor drei Jahren" itself is never a candidate.) See `isBackground`.
 *
 * The vocabulary and patterns live in datePatterns.ts and the finders of rules 1-4 in dateCandidates.ts; this module
 * orders their candidates, skips background dates and applies rules 5 and 6. The rules interact (background dates,
 * future tense, anchors); they are tested as one resolver in test/timeline/eventDate.test.ts.
 */

import { absoluteDays, type Candidate, type Reference, reference, relativeDays, relativeWeeksAndMonths, textMonths } from "./dateCandidates.js";
import { CLAUSE_END } from "./datePatterns.js";
import type { EventDate, EventDateContext } from "./types.js";

// --------------------------------------------------------------------------------------------
// Background dates

/** Words that open a duration: a date up to six words after them is where it started ("seit Beginn des Krieges im Februar 2022"). */
const SINCE_BEFORE = /(?<![\p{L}])(?:seit|seitdem)(?:\s+(?!(?:und|als|nachdem|wo|wahrend|dann)(?![\p{L}]))[^\s,;:!?„“”"«»]+){0,6}\s*$/iu;
/**
 * The same over more words for an old date, as written (not folded), when they are only the phrase of what began: nouns
 * and names (capitalised), articles, prepositions and inflected adjectives ("seit Beginn des russischen Angriffskriegs
 * gegen die Ukraine im Februar 2022"), not a verb ("seit dem Beginn des Krieges traf sich Selenskyj im Mai 2023 …": the
 * sentence reports May 2023).
 */
const SINCE_BEFORE_OLD =
  /(?<![\p{L}])(?:[Ss]eit|[Ss]eitdem)(?:\s+(?:\p{Lu}[^\s,;:!?„“”"«»]*|(?:der|die|das|des|dem|den|eine?[mnrs]?|gegen|in|im|von|vom|auf|an|am|mit|zur|zum|um|über|nach|bei|beim|für|aus)(?![\p{L}])|(?!(?:wurden?|werden?|haben?|hatten?|seien|waren|wären)(?![\p{L}]))\p{Ll}+[^t\s](?:e|en|er|es|em)(?![\p{L}]))){0,10}\s*$/u;
/** A war's start named right before an old date: "des Angriffskriegs im Februar 2022", "der Einmarsch am 24. Februar". */
const WAR_START_BEFORE = /(?:krieg|kriegs|krieges|kriegsbeginn|invasion|vollinvasion|einmarsch|einmarsches|uberfall|uberfalls|annexion|ausbruch|ausbruchs|beginn|beginns)\s*$/iu;
/** "vor drei Jahren, im Februar 2022": an apposition to a distance in years. */
const YEARS_AGO_BEFORE =
  /(?<![\p{L}])vor\s+(?:\d+|ein\p{L}*|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|mehr\s+als\s+\S+|uber\s+\S+)\s+jahr(?:en)?\s*,?\s*$/iu;
/** "im Februar 2022 begonnenen Krieg": the date qualifies a past thing. */
const PARTICIPLE_AFTER = /^\s*(?:begonnen|gestartet|eingeleitet|annektiert|besetzt|ausgebrochen)\p{L}*/iu;
/**
 * A war's start as the verb of the clause that holds an old date, wherever the verb stands ("Russland – das im Februar
 * 2022 den Angriffskrieg gegen die Ukraine begonnen hatte – …", "als Russland im Februar 2022 einmarschierte").
 */
const WAR_START_VERB = /(?<![\p{L}])(?:begonnen|begann|begannen|einmarschiert\p{L}*|marschierte\p{L}*|uberfallen|uberfiel|annektiert\p{L}*|ausgebrochen|ausbrach)(?![\p{L}])/iu;

/** The phrase itself starts a duration or names a deadline: "seit dem 24. Februar", "seit Januar", "bis Ende August". */
const SINCE_PHRASE = /^(?:seit|bis)(?![\p{L}])/iu;
/** A date at least this many months before the article's lies outside the news it reports, unless nothing else dates it. */
const OLD_MONTHS = 6;

/**
 * True when the candidate date only sets the scene of the sentence (the start of a duration, a war's
 * start, a date "three years ago") rather than dating what the sentence reports. War starts and
 * participles count only for dates at least OLD_MONTHS before the article ("über den Ukraine-Krieg
 * am Samstag" is still Saturday's event).
 */
function isBackground(s: string, c: Candidate, ref: Reference): boolean {
  const phrase = c.result.phrase ?? "";
  const before = foldForBackground(s.slice(Math.max(0, c.index - 120), c.index));
  if (c.result.source === "text" && (SINCE_PHRASE.test(phrase) || SINCE_BEFORE.test(before))) return true;
  if (YEARS_AGO_BEFORE.test(before)) return true;
  if (!isOld(c.result.date, ref)) return false;
  if (c.result.source === "text" && SINCE_BEFORE_OLD.test(s.slice(Math.max(0, c.index - 120), c.index))) return true;
  const trimmed = before.replace(/(?:\s+(?:des|der|dem|den|russisch|ukrainisch|gross|umfassend)\p{L}*)+\s*$/u, " ");
  return WAR_START_BEFORE.test(trimmed) || PARTICIPLE_AFTER.test(s.slice(c.index + phrase.length, c.index + phrase.length + 40)) || insertedOrWarStart(s, c.index, phrase.length);
}

/**
 * Whether the old date at `index` stands in an insert between dashes or brackets ("Putin – der im März 2024 wiedergewählt
 * wurde – sagte …"), or in a later clause whose verb names a war's start ({@link WAR_START_VERB}): either sets the scene.
 */
function insertedOrWarStart(s: string, index: number, length: number): boolean {
  const before = s.slice(0, index);
  const after = s.slice(index + length);
  let start = 0;
  for (const m of before.matchAll(new RegExp(CLAUSE_END.source, "gu"))) start = m.index + m[0].length;
  const endAt = after.search(CLAUSE_END);
  const clause = foldForBackground(s.slice(start, index + length + (endAt < 0 ? after.length : endAt)));
  // A sentence that itself reports the war's start ("Der Krieg begann am 24. Februar 2022.") dates it: only a clause after the first.
  if (start > 0 && WAR_START_VERB.test(clause)) return true;
  const opener = before.slice(0, start).match(/(\s[–—-]\s|\()$/u)?.[1]?.trim();
  const closer = endAt < 0 ? undefined : after.slice(endAt).match(/^(\s[–—-]\s|\))/u)?.[1]?.trim();
  return opener !== undefined && closer !== undefined && (opener === "(" ? closer === ")" : closer !== ")");
}

function isOld(date: string | null, ref: Reference): boolean {
  if (!date || !ref.month) return false;
  const months = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7));
  return months(ref.month) - months(date.slice(0, 7)) >= OLD_MONTHS;
}

/** Lower case with umlauts and ß folded, so the patterns above stay ASCII. */
function foldForBackground(text: string): string {
  return text.toLowerCase().replace(/ä/gu, "a").replace(/ö/gu, "o").replace(/ü/gu, "u").replace(/ß/gu, "ss");
}

/** Date of the event a sentence reports; see the module comment for the rules. Pure. */
export function resolveEventDate(sentence: string, ctx: EventDateContext): EventDate {
  const s = sentence.normalize("NFC");
  const ref = reference(ctx);
  const found: Candidate[] = [];
  absoluteDays(s, ref, found);
  relativeDays(s, ref, found);
  textMonths(s, ref, found);
  relativeWeeksAndMonths(s, ref, found);
  // A candidate inside a background one ("Februar 2022" in "am 24. Februar 2022") is background too.
  const background = found.filter((c) => isBackground(s, c, ref)).map((c) => [c.index, c.index + (c.result.phrase?.length ?? 0)] as const);
  const events = found.filter((c) => !background.some(([from, to]) => c.index >= from && c.index < to));
  events.sort((a, b) => a.tier - b.tier || a.index - b.index);
  if (events[0]) return events[0].result;
  if (ref.month) return { date: ref.month, precision: "month", source: "article" };
  return { date: null, precision: "none", source: "none" };
}

export type EventDateLike = EventDate | string | null | undefined;

/**
 * Chronological order for `Array#sort`: a month-precision date ("2025-03") sorts at the start of its
 * month, before "2025-03-01"; equal dates compare 0 (sort is stable); undated (null) sorts last.
 */
export function compareEventDates(a: EventDateLike, b: EventDateLike): number {
  const ka = typeof a === "string" ? a : (a?.date ?? null);
  const kb = typeof b === "string" ? b : (b?.date ?? null);
  if (ka === kb) return 0;
  if (ka === null) return 1;
  if (kb === null) return -1;
  return ka < kb ? -1 : 1;
}
