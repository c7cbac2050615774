/**
 * The month a question names, read as a reader would: "im April", "in February", "Anfang Okt", "am 16.05.", a season
 * ("im Herbst"); not a name ("Mar-a-Lago", "Jan van Aken", "Mai Thi Nguyen-Kim") nor a modal ("May I …"). A month is met
 * by the article's date or a month named in the sentence (passageTerms.ts), not by the word.
 */
import type { Analyzer } from "../analysis/analyzer.js";
import { foldWord } from "../analysis/normalize.js";
import type { Token } from "../analysis/tokens.js";
import { ENGLISH_MONTHS, GERMAN_MONTH_ABBREVIATIONS, GERMAN_MONTHS, germanMonthSpellings, SEASONS } from "../util/calendar.js";
import { type Concept, makeAlternative, makeConcept } from "./concepts.js";
import { PARTITIVE_PREPOSITIONS } from "./germanSyntax.js";
import { monthTerm, yearTerm } from "./passageTerms.js";

/** Per month, its full folded names a question may use: German spellings and the English name. */
const MONTHS: string[][] = GERMAN_MONTHS.map((_, i) => [...new Set([...germanMonthSpellings(i + 1), ENGLISH_MONTHS[i]!].map(foldWord))]);
/** Per month, its folded abbreviations: German ("Okt", "Mrz") and English ("Oct", "Mar"). */
const ABBREVIATED_MONTHS: string[][] = GERMAN_MONTHS.map((_, i) =>
  [...new Set([...(GERMAN_MONTH_ABBREVIATIONS[i + 1] ?? []), ENGLISH_MONTHS[i]!.slice(0, 3)].map(foldWord))].filter((a) => !MONTHS[i]!.includes(a)),
);

/**
 * "März"/"March" → 3; null for other words ("May", "Mai" and "March" only when capitalised, as names of the month;
 * in lower case after a word of time, {@link lowerCaseMonth}).
 * Abbreviations are no months here ({@link abbreviatedMonthOf}): "Mar-a-Lago" and "Jan van Aken" name no month.
 */
export function monthOf(raw: string): number | null {
  const folded = foldWord(raw);
  const i = MONTHS.findIndex((names) => names.includes(folded));
  if (i < 0 || (LOWER_CASE_AMBIGUOUS.has(folded) && !/^\p{Lu}/u.test(raw))) return null;
  return i + 1;
}

/** "Okt", "Mar", "Sept" → the month they abbreviate, in either case; null for other words. */
function abbreviatedMonthOf(raw: string): number | null {
  const folded = foldWord(raw);
  const i = ABBREVIATED_MONTHS.findIndex((names) => names.includes(folded));
  return i < 0 ? null : i + 1;
}

/** A day or a year beside a month's name: "16." and "16" in "am 16. Mai", "2025" in "Okt 2025". */
const DAY_OR_YEAR = /^\d{1,4}\.?$/;

/**
 * Words before a lower-case "mai" or "may" that make it the month ("im mai", "seit mai", "in may", "since may"; folded),
 * not the modal verb ("this may be"); before an abbreviation, they make it one too ("im Dez", "in Oct").
 */
const LOWER_CASE_MONTH_CUES = {
  de: new Set(["im", "seit", "bis", "ab", "vom", "zum", "anfang", "mitte", "ende", "letzten", "vergangenen", "kommenden", "nachsten"]),
  en: new Set(["in", "since", "until", "early", "mid", "late", "last", "next"]),
};

/**
 * Lower-case words inside a name after a first name that looks like a month's abbreviation ("Mar a Lago", "Jan van
 * Aken"). In an English question a capitalised word goes on a name too ("Jan Egeland"); German capitalises its nouns.
 */
const NAME_PARTICLES: ReadonlySet<string> = new Set(["a", "van", "von", "de", "del", "ter", "ten"]);

/** Articles before "Mai" that make it the month of a noun typed apart ("der Mai Gipfel", "beim Mai Treffen"; folded), not a name. */
const ARTICLES: ReadonlySet<string> = new Set(["der", "die", "das", "den", "dem", "des", "beim", "ein", "eine", "einem", "einen", "einer", "eines"]);

/** Subjects after an English question's opening "May" that make it the modal verb ("May I ask …", "May we …"; folded). */
const MODAL_SUBJECTS: ReadonlySet<string> = new Set(["i", "we", "you", "he", "she", "it", "they"]);

/**
 * Words before a season that make it a time ("im Herbst", "seit dem Sommer", "vergangenen Winter"; "in the autumn",
 * "last winter"), not a name ("Ron Sommer", "Winter Park") nor a verb ("prices spring back"). Folded.
 */
const SEASON_CUES = {
  de: new Set(["im", "in", "dem", "den", "des", "diesen", "diesem", "dieses", "letzten", "vergangenen", "kommenden", "nachsten", "fruhen", "spaten", "seit", "bis", "ab", "zum", "vom"]),
  en: new Set(["in", "the", "this", "last", "next", "during", "early", "late", "since", "until", "by", "of"]),
};

/**
 * "im Herbst", "in the autumn" → [9, 10, 11]; null for other words. A season needs a word before it that makes it
 * a time ({@link SEASON_CUES}), in the question's language; an English one is also written in lower case ("in Winter
 * Park" is a name). A season that opens the question is not taken.
 */
export function seasonOf(raw: string, previous: string | undefined, language: "de" | "en"): readonly number[] | null {
  if (previous === undefined || !SEASON_CUES[language].has(foldWord(previous))) return null;
  const folded = foldWord(raw);
  const season = SEASONS.find((s) => (language === "de" ? s.german.includes(folded) : raw === folded && s.english.includes(folded)));
  return season?.months ?? null;
}

/**
 * Words for a part of a month right before its name (folded): "Anfang/Mitte/Ende September", "early/mid/late May",
 * "mid-March" (one token). "End", "beginning" and "middle" only as "the end of June": "would end March 1" keeps its verb.
 */
const PART_BEFORE_MONTH: ReadonlySet<string> = new Set(["anfang", "mitte", "ende", "early", "mid", "late"]);
const PART_OF_MONTH: ReadonlySet<string> = new Set(["end", "beginning", "middle"]);

/** "mid-March", "Ende-Mai": a part of a month and the month in one hyphenated token; else null. */
function partAndMonth(raw: string): number | null {
  const pieces = raw.split(/[-‐‑]/);
  if (pieces.length !== 2 || !PART_BEFORE_MONTH.has(foldWord(pieces[0]!))) return null;
  return monthOf(pieces[1]!) ?? lowerCaseMonth(pieces[1]!) ?? abbreviatedMonthOf(pieces[1]!);
}

/**
 * "mai", "may", "march" in lower case: a month after a word for its part ("ende mai", "early may"), a word that makes it
 * a time ("im mai", {@link LOWER_CASE_MONTH_CUES}) or beside a day ("am 16. mai"), else no month.
 */
function lowerCaseMonth(raw: string): number | null {
  const folded = foldWord(raw);
  return LOWER_CASE_AMBIGUOUS.has(folded) ? (folded === "march" ? 3 : 5) : null;
}

/** Month names that are other words in lower case: "may" (and "mai" typed for it), "march" ("the talks march on"). */
const LOWER_CASE_AMBIGUOUS: ReadonlySet<string> = new Set(["may", "mai", "march"]);

/**
 * The month of a date written in digits, the German way ("am 16.05.", "16.5.2025", "16. 5."): `t` is its month when the
 * day stands right before it, each followed by a period (the month's may be left out after a word that asks for a day,
 * "am 16.05", unless a unit follows: "ab 2.5 Prozent"); else null. The day is the month's ({@link dayParts}).
 */
function numericMonth(question: string, tokens: readonly Token[], i: number): number | null {
  const [day, t] = [tokens[i - 1], tokens[i]!];
  if (day === undefined || !/^\d{1,2}$/.test(day.raw) || !/^\d{1,2}$/.test(t.raw)) return null;
  const [before, after] = [tokens[i - 2], tokens[i + 1]];
  // Without the final period ("am 16.05 in Istanbul") only after a word that asks for a day: else it may be a decimal.
  // A unit after it makes it a decimal all the same ("ab 2.5 Prozent", "seit 1.5 Jahren", "bis 1.5 Millionen", "ab 2.5%").
  const decimal = /^\s*[%‰€$]/.test(question.slice(t.end)) || (after !== undefined && UNITS.has(foldWord(after.raw)));
  const closed = question[t.end] === "." || (before !== undefined && DAY_CUES.has(foldWord(before.raw)) && !/^[.,]?\d/.test(question.slice(t.end)) && !decimal);
  if (!DATE_SEPARATOR.test(question.slice(day.end, t.start)) || !closed) return null;
  // Not a number in a chain ("Version 1.2.3.", "5.3.1."), a section ("Punkt 5.3.", "Art. 5.3.", "§ 5.3.") nor a time
  // ("10.10. Uhr", "um 9.10."); a two-digit year goes on a date ("am 16.5.25", "16. 5. 25").
  if (before !== undefined && (/^\d+$/.test(before.raw) ? DATE_SEPARATOR.test(question.slice(before.end, day.start)) : SECTION_WORDS.has(foldWord(before.raw)) || foldWord(before.raw) === "um")) return null;
  const year = after !== undefined && /^\d{2}$/.test(after.raw) && DATE_SEPARATOR.test(question.slice(t.end, after.start));
  if (after !== undefined && !year && (/^\d{1,3}$/.test(after.raw) || foldWord(after.raw) === "uhr")) return null;
  // Two days of a month named after them ("am 2. 3. Juni").
  if (after !== undefined && monthOf(after.raw) !== null) return null;
  if (question.slice(0, day.start).trimEnd().endsWith("§")) return null;
  const [d, m] = [Number(day.raw), Number(t.raw)];
  return m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m - 1]! ? m : null;
}

/** Words before a day written in digits that make "16.05" a date without its final period (folded). */
const DAY_CUES: ReadonlySet<string> = new Set(["am", "vom", "bis", "seit", "ab", "zum"]);

/** Words after a number with a decimal point typed as a period ("2.5 Prozent"; folded): it is no date without its final period. */
const UNITS: ReadonlySet<string> = new Set([
  "prozent", "prozentpunkte", "prozentpunkten", "promille", "percent", "million", "millionen", "milliarde", "milliarden", "billionen", "billion", "mio", "mrd",
  "euro", "dollar", "franken", "pfund", "rubel", "grad", "jahr", "jahre", "jahren", "monate", "monaten", "wochen", "tage", "tagen", "stunden", "minuten",
  "tonnen", "kilometer", "km", "meter", "mal", "fach", "fache", "fachen",
]);

/** Between a day and its month: a period, and a space after it as many write ("16.05.", "16. 5."). */
const DATE_SEPARATOR = /^\. ?$/;

/**
 * Words before numbers that name a section, a page, a version or a count, not a day ("Punkt 5.3.", "Art. 5.3.",
 * "Seite 12. 3.", "S. 5.3.", "section 5.3."; folded).
 */
const SECTION_WORDS: ReadonlySet<string> = new Set(["punkt", "punkte", "art", "artikel", "ziffer", "absatz", "abs", "kapitel", "kap", "abschnitt", "nr", "nummer", "version", "paragraf", "paragraph", "seite", "seiten", "s", "section", "article", "chapter", "clause", "page"]);
/** The most days a month has (February in a leap year). */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** A year: "2025" in "im März 2025". */
const YEAR = /^(19|20)\d\d$/;

/** Words of quantity before a number that make it an amount ("rund 2000 Soldaten", "around 2000 soldiers"; folded). */
const QUANTITY_BEFORE: ReadonlySet<string> = new Set(["rund", "etwa", "ca", "circa", "knapp", "fast", "gut", "uber", "insgesamt", "weitere", "weiteren", "mindestens", "hochstens", "je", "pro"]);
/** Two words of quantity before a number ("mehr als 2000", "bis zu 1500"; folded). */
const QUANTITY_PAIRS: ReadonlySet<string> = new Set(["mehr als", "weniger als", "bis zu"]);
/** Articles that, after "wie viele" (how many) or "von"/"unter" (of/among), open a partitive ("der 2000 Soldaten"; folded). */
const PARTITIVE_ARTICLES: ReadonlySet<string> = new Set(["der", "den", "dieser", "diesen"]);

/**
 * Whether a year-shaped number counts the noun after it (German, a capitalised word after it): after a word of quantity
 * ("rund 1500 Gefangene", around 1,500 prisoners; "mehr als 2000 Soldaten", more than 2,000 soldiers) or in a partitive
 * ("Wie viele der 2000 Soldaten …", how many of the 2,000 soldiers). An article alone does not make it one: "der 2014
 * Annexion", "dem 2022 Verhafteten" (the one arrested in 2022), "im Jahr 2000" and "Ende 2025 Gespräche" name years.
 */
function countsSomething(tokens: readonly Token[], i: number, language: "de" | "en"): boolean {
  const word = (k: number) => (tokens[k] ? foldWord(tokens[k]!.raw) : "");
  const after = tokens[i + 1];
  if (language !== "de" || after === undefined || !/^\p{Lu}/u.test(after.raw) || monthOf(after.raw) !== null) return false;
  if (QUANTITY_BEFORE.has(word(i - 1)) || QUANTITY_PAIRS.has(`${word(i - 2)} ${word(i - 1)}`)) return true;
  const opener = `${word(i - 3)} ${word(i - 2)}`;
  return PARTITIVE_ARTICLES.has(word(i - 1)) && (/^wie viel/.test(opener) || PARTITIVE_PREPOSITIONS.has(word(i - 2)));
}

/**
 * The day before the month at `i` and after it ("am 18. März", "18.03.2025", "March 18, 2025"), and the two-digit year
 * of a date in digits ("16.5.25"): part of the date, which the month concept stands for, not a number of the question
 * to be found in the text. Articles rarely print their own day ("am Dienstag"), so it stood as a rare number that no
 * passage met. A number that cannot be the month's day, a section's number ("Punkt 5 März"), and a number after the
 * month but in English after "on …" only ("im März 18 Gefangene", "in March 18 prisoners": a count) stay the question's.
 */
function dayParts(tokens: readonly Token[], i: number, month: number, language: "de" | "en"): Token[] {
  const [before, t, after] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
  const day = (n: Token | undefined): n is Token => n !== undefined && /^\d{1,2}$/.test(n.raw) && Number(n.raw) >= 1 && Number(n.raw) <= DAYS_IN_MONTH[month - 1]!;
  const parts: Token[] = [];
  if (day(before) && !SECTION_WORDS.has(foldWord(tokens[i - 2]?.raw ?? ""))) parts.push(before);
  // numericMonth lets only a two-digit year follow a month in digits.
  if (/^\d+$/.test(t.raw) && after !== undefined && /^\d{2}$/.test(after.raw)) parts.push(after);
  else if (language === "en" && day(after) && foldWord(before?.raw ?? "") !== "in") parts.push(after);
  return parts;
}

/**
 * A year in the question ("im März 2025", "2022") is met by the reports of that year (the article's date) and by a
 * sentence that writes it (passageTerms.ts `yearTerm`), and by the word itself. As a plain number it was met by the few
 * sentences that print it: in a corpus of one year's reports, the questions that name the year lost a share of their
 * coverage to it and were abstained on. A year the corpus never writes stays a plain word, and an unknown one ("Wer
 * gewann die Tour de France 2023?" over texts written before it).
 */
function yearConcept(t: Token, analyzer: Analyzer, weight: number): Concept {
  const word = analyzer.headTerm(t.raw);
  return makeConcept(t.raw, [makeAlternative(yearTerm(t.raw), 1), ...(word ? [makeAlternative(word, 1)] : [])], false, { weight });
}

/**
 * A month in the question ("im April", "in February") is met by the article's date or a month named in the
 * sentence (see passageTerms.ts), not by the word: articles rarely print their own month. A season ("im Herbst")
 * is met by any of its three months, or by the word itself; a year the corpus writes (`known`: whether the index
 * holds a term) by the reports of that year ({@link yearConcept}). Returns the concepts and the tokens they took.
 */
export function monthConcepts(tokens: Token[], analyzer: Analyzer, language: "de" | "en", weight: number, question: string, known: (term: string) => boolean): { concepts: Concept[]; taken: Set<Token> } {
  const concepts: Concept[] = [];
  const taken = new Set<Token>();
  tokens.forEach((t, i) => {
    const before = tokens[i - 1];
    const partBefore = before !== undefined && PART_BEFORE_MONTH.has(foldWord(before.raw));
    const after = tokens[i + 1];
    // An abbreviation is a month beside a day or a year or after a part of a month ("16. Okt", "Okt 2025", "Anfang Okt"),
    // and after a word of time unless a name goes on ("im Dez", "in Oct"; not "in Mar a Lago", "in Jan Egeland's view").
    const dated = [before, after].some((n) => n !== undefined && DAY_OR_YEAR.test(n.raw));
    const timeWord = before !== undefined && LOWER_CASE_MONTH_CUES[language].has(foldWord(before.raw));
    const cued = dated || timeWord;
    const nameGoesOn = after !== undefined && ((language === "en" && /^\p{Lu}/u.test(after.raw)) || NAME_PARTICLES.has(foldWord(after.raw)));
    // "May I ask …": the question opens with the modal verb, not the month.
    const modal = language === "en" && i === 0 && foldWord(t.raw) === "may" && after !== undefined && MODAL_SUBJECTS.has(foldWord(after.raw));
    // "Mai Thi Nguyen-Kim", "May Putin and Trump meet?": "Mai" before a capitalised word, with no word of time or day
    // and no article beside it, opens a name, and an opening "May" a question (a month is written "im Mai Selenskyj
    // …", "am 16. Mai"). Not "March", nor "May" inside an English question: "the March Jeddah talks", "the May
    // Istanbul talks", "der Mai Gipfel" name the month.
    const folded = foldWord(t.raw);
    const opens = folded === "mai" ? before === undefined || !ARTICLES.has(foldWord(before.raw)) : folded === "may" && i === 0;
    // "Theresa May": "May" after a capitalised word, with no word of time or day beside it, is a surname.
    const surname = folded === "may" && !cued && !partBefore && before !== undefined && /^\p{Lu}\p{Ll}/u.test(before.raw) && monthOf(before.raw) === null;
    const named = surname || (!cued && !partBefore && opens && after !== undefined && /^\p{Lu}/u.test(after.raw) && monthOf(after.raw) === null && !PART_BEFORE_MONTH.has(foldWord(after.raw)));
    const month = modal || named
      ? null
      : (numericMonth(question, tokens, i) ??
        monthOf(t.raw) ??
        partAndMonth(t.raw) ??
        (partBefore || dated || (timeWord && !nameGoesOn) ? abbreviatedMonthOf(t.raw) : null) ??
        (partBefore || cued ? lowerCaseMonth(t.raw) : null));
    const season = month ? null : seasonOf(t.raw, before?.raw, language);
    if (month) {
      concepts.push(makeConcept(t.raw, [makeAlternative(monthTerm(month), 1)], false, { weight }));
      // "Anfang September", "early May", "the end of December": the part of the month is the month's, no topic.
      for (const part of dayParts(tokens, i, month, language)) taken.add(part);
      if (partBefore) taken.add(before!);
      else if (before && foldWord(before.raw) === "of" && tokens[i - 2] && PART_OF_MONTH.has(foldWord(tokens[i - 2]!.raw))) taken.add(tokens[i - 2]!);
    }
    else if (season) {
      const word = analyzer.headTerm(t.raw);
      const alts = [...(word ? [makeAlternative(word, 1)] : []), ...season.map((m) => makeAlternative(monthTerm(m), 1))];
      concepts.push(makeConcept(t.raw, alts, false, { weight }));
    } else if (YEAR.test(t.raw) && !countsSomething(tokens, i, language) && known(analyzer.headTerm(t.raw) ?? t.raw)) concepts.push(yearConcept(t, analyzer, weight));
    else return;
    taken.add(t);
  });
  return { concepts, taken };
}
