/**
 * What a question asks for beyond its words: a month it names ("im April", "in February"), met by the article's date
 * or a month in the sentence, and the kind of answer ("wann" → a time, "wie viele" → a number, "wer ist" → a person).
 */
import type { Analyzer, Token } from "../analysis/analyzer.js";
import { foldWord } from "../analysis/normalize.js";
import { ENGLISH_MONTHS, GERMAN_MONTH_ABBREVIATIONS, GERMAN_MONTHS, germanMonthSpellings, SEASONS } from "../util/calendar.js";
import { makeAlternative, type Concept, makeConcept } from "./concepts.js";
import { AGE_TERM, DURATION_TERM, MONEY_TERM, NUMBER_KIND_TERMS } from "./numberKinds.js";
import { ANAPHOR_TERM, monthTerm, NUMBER_TERM, QUOTATION_TERM, TIME_TERM } from "./passageTerms.js";

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
 * day stands right before it, each followed by a period; else null. The day stays a number of the question.
 */
function numericMonth(question: string, tokens: readonly Token[], i: number): number | null {
  const [day, t] = [tokens[i - 1], tokens[i]!];
  if (day === undefined || !/^\d{1,2}$/.test(day.raw) || !/^\d{1,2}$/.test(t.raw)) return null;
  const [before, after] = [tokens[i - 2], tokens[i + 1]];
  // Without the final period ("am 16.05 in Istanbul") only after a word that asks for a day: else it may be a decimal.
  const closed = question[t.end] === "." || (before !== undefined && DAY_CUES.has(foldWord(before.raw)) && !/^[.,]?\d/.test(question.slice(t.end)));
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

/** Between a day and its month: a period, and a space after it as many write ("16.05.", "16. 5."). */
const DATE_SEPARATOR = /^\. ?$/;

/**
 * Words before numbers that name a section, a page, a version or a count, not a day ("Punkt 5.3.", "Art. 5.3.",
 * "Seite 12. 3.", "S. 5.3.", "section 5.3."; folded).
 */
const SECTION_WORDS: ReadonlySet<string> = new Set(["punkt", "punkte", "art", "artikel", "ziffer", "absatz", "abs", "kapitel", "kap", "abschnitt", "nr", "nummer", "version", "paragraf", "paragraph", "seite", "seiten", "s", "section", "article", "chapter", "clause", "page"]);
/** The most days a month has (February in a leap year). */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * A month in the question ("im April", "in February") is met by the article's date or a month named in the
 * sentence (see passageTerms.ts), not by the word: articles rarely print their own month. A season ("im Herbst")
 * is met by any of its three months, or by the word itself. Returns the concepts and the tokens they took.
 */
export function monthConcepts(tokens: Token[], analyzer: Analyzer, language: "de" | "en", weight: number, question?: string): { concepts: Concept[]; taken: Set<Token> } {
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
    // "Mai Thi Nguyen-Kim", "May Putin and Trump meet?": "Mai"/"May" before a capitalised word, with no word of time
    // or day beside it, opens a name or a question (a month is written "im Mai Selenskyj …", "am 16. Mai").
    const named = !cued && !partBefore && LOWER_CASE_AMBIGUOUS.has(foldWord(t.raw)) && after !== undefined && /^\p{Lu}/u.test(after.raw) && monthOf(after.raw) === null && !PART_BEFORE_MONTH.has(foldWord(after.raw));
    const month = modal || named
      ? null
      : ((question !== undefined ? numericMonth(question, tokens, i) : null) ??
        monthOf(t.raw) ??
        partAndMonth(t.raw) ??
        (partBefore || dated || (timeWord && !nameGoesOn) ? abbreviatedMonthOf(t.raw) : null) ??
        (partBefore || cued ? lowerCaseMonth(t.raw) : null));
    const season = month ? null : seasonOf(t.raw, before?.raw, language);
    if (month) {
      concepts.push(makeConcept(t.raw, [makeAlternative(monthTerm(month), 1)], false, { weight }));
      // "Anfang September", "early May", "the end of December": the part of the month is the month's, no topic.
      if (partBefore) taken.add(before!);
      else if (before && foldWord(before.raw) === "of" && tokens[i - 2] && PART_OF_MONTH.has(foldWord(tokens[i - 2]!.raw))) taken.add(tokens[i - 2]!);
    }
    else if (season) {
      const word = analyzer.headTerm(t.raw);
      const alts = [...(word ? [makeAlternative(word, 1)] : []), ...season.map((m) => makeAlternative(monthTerm(m), 1))];
      concepts.push(makeConcept(t.raw, alts, false, { weight }));
    } else return;
    taken.add(t);
  });
  return { concepts, taken };
}

/**
 * Nouns that ask for a time after "welche…" ("An welchem Wochentag …", "In welchem Jahr …", folded): the question's
 * answer type, not a topic of its own (germanQuestion.ts leaves them out of the concepts).
 */
export const TIME_NOUNS: ReadonlySet<string> = new Set(["tag", "wochentag", "datum", "jahr", "jahrhundert", "jahrzehnt", "monat", "zeit", "zeitpunkt", "uhrzeit"]);

/**
 * The forms of "viel" after "wie" that only ask for a count: "wie viele/vielen", "wie vielmals", "das Wievielfache", "der
 * Wievielte" (a regular-expression source; query.ts spaces the glued forms, germanQuestion.ts drops the word).
 */
export const COUNT_WORD = "viel(?:e[mnrs]?|mals?|fache?[mnrs]?|te[mnrs]?)?";

/**
 * Verbs of characterising, after "wie" / "how did X": the question asks for someone's quoted words, and the verb only
 * frames it (germanQuestion.ts and englishQuestion.ts leave it out of the concepts). Lower case, as written. Not
 * "rate" nor "judge", which are nouns too ("How did the exchange rate develop?").
 */
const CHARACTERISING_VERBS = {
  de: new RegExp(
    "^(?:bewertet|bewertete|bewerten|bewerteten|beurteilt|beurteilte|beurteilen|beurteilten|beschreibt|beschrieb|beschreiben|beschrieben|bezeichnet|bezeichnete|bezeichnen|bezeichneten|charakterisiert|charakterisierte|charakterisieren|charakterisierten|kommentiert|kommentierte|kommentieren|kommentierten)$",
  ),
  en: /^(?:describe|describes|described|characteri[sz]e|characteri[sz]ed|rated|assess|assessed|judged)$/,
};
const HAS_LETTER = /\p{L}/u;
/** "Wie hat … bezeichnet", "Wie wurde … bewertet": the auxiliaries of a perfect or passive whose participle ends the question. */
const GERMAN_AUXILIARIES: ReadonlySet<string> = new Set(["hat", "haben", "hatte", "hatten", "wird", "werden", "wurde", "wurden"]);
/** "How did/does … describe": the auxiliaries that make "how" ask for a manner (not "how many … described"). */
const HOW_AUXILIARIES: ReadonlySet<string> = new Set(["did", "does", "do", "has", "have", "would"]);

/**
 * Where the verb of characterising stands in a question's words (lower case, in order): 1 in "wie bewertete …", the
 * last word in "wie hat/wurde … bezeichnet", the verb after "als was …" and after "how did/does …" ("How did Zelensky
 * describe …"); −1 when the question is no such question. The answer type (intentConcepts) and the parsers that drop
 * the verb ask the same function.
 */
export function characterisingVerbAt(words: readonly string[]): number {
  if (words[0] === "wie") {
    if (words[1] !== undefined && CHARACTERISING_VERBS.de.test(words[1])) return 1;
    // "Wie hat Trump Russland bezeichnet?", "Wie wurde das Telefonat bewertet?": the participle ends the question, a word
    // at least between. Only words with letters count, so that the parsers' tokens (with numbers) and intentConcepts'
    // words (letters only) agree. Not a participle that ends a clause before the end ("…, nachdem X den Plan bewertet,
    // …") nor "Wie ist X bezeichnet worden?".
    let last = words.length - 1;
    while (last > 1 && !HAS_LETTER.test(words[last]!)) last--;
    const between = words.slice(2, last).filter((w) => HAS_LETTER.test(w)).length;
    return GERMAN_AUXILIARIES.has(words[1] ?? "") && between > 0 && CHARACTERISING_VERBS.de.test(words[last]!) ? last : -1;
  }
  // "Als was bezeichnete Rubio …", "Als was wird Witkoff bezeichnet?"
  if (words[0] === "als" && words[1] === "was") return words.findIndex((w, k) => k > 1 && CHARACTERISING_VERBS.de.test(w));
  if (words[0] === "how" && HOW_AUXILIARIES.has(words[1] ?? "")) return words.findIndex((w, k) => k > 1 && CHARACTERISING_VERBS.en.test(w));
  return -1;
}

/** German question words, folded. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(["wann", "wie", "was", "wer", "wen", "wem", "wessen", "wo", "warum", "weshalb", "wieso", "welche", "welcher", "welches", "welchem", "welchen", "womit", "wozu", "wofur", "woruber", "wohin", "woher", "wodurch", "wovon", "worauf"]);
/** English question words. */
const ENGLISH_QUESTION_WORDS: ReadonlySet<string> = new Set(["who", "whom", "whose", "what", "which", "where", "when", "why", "how"]);

/**
 * Whether a part of a question holds a German or English question word: one before "wie viele" asks for something
 * else than the count ("Laut welcher Agentur …, wie viele Soldaten …"), one before a clause break makes the rest no
 * question of its own ("What did he say – when …").
 */
export function holdsQuestionWord(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => QUESTION_WORDS.has(foldWord(w)) || ENGLISH_QUESTION_WORDS.has(w));
}

/** Where a clause of a question typed as a topic and a question begins: after a colon, a semicolon or a dash. */
const CLAUSE_BREAK = /[:;–—]\s+|\s-\s/;

/** The question, and each clause after a topic that holds no question word ("Rosneft und Lukoil: wann …"; lower case). */
function clausesOf(q: string): string[] {
  const [topic, ...rest] = q.split(CLAUSE_BREAK);
  return rest.length > 0 && !holdsQuestionWord(topic!) ? [q, ...rest.map((c) => c.trim())] : [q];
}

/** Question forms and the answer type they ask for (the pseudo-term a sentence holding that type carries). */
const ANSWER_TYPES: ReadonlyArray<{ label: string; term: string; pattern: RegExp }> = [
  {
    label: "wann",
    term: TIME_TERM,
    pattern: new RegExp(`^(?:ab |seit |bis )?wann\\b|^(?:since |until )?when\\b|\\b(?:what|which|in what|in which) (?:day|weekday|date|time|year|century|decade|month)\\b|\\bwelche[mnrs]? (?:${[...TIME_NOUNS].join("|")})\\b`),
  },
  // Numbers of one kind, not any number: "Wie lange dauerten die Gespräche?" asks for a duration ("zwei Stunden und 45
  // Minuten"), "Wie alt ist Kellogg?" for an age ("Der 80-Jährige"), "Wie viel Geld …?" for an amount of money.
  { label: "wie lange", term: DURATION_TERM, pattern: /\bwie lange?\b|\bhow long\b(?! ago\b)/ },
  { label: "wie alt", term: AGE_TERM, pattern: /\bwie alt\b|\bhow old\b|\b(?:welche[ms]|in welchem) (?:lebens)?alter\b|\bat what age\b|\blebensalter\b/ },
  {
    label: "wie teuer",
    term: MONEY_TERM,
    // Not "Wie viele Menschenleben hat der Krieg gekostet?", "Wie viel Zeit …", "Wie viel Wert legt …".
    pattern:
      /\bwie ?viel geld\b|\bwie teuer\b|\b(?:was|wie ?viel) (?:kostet|kosten|kostete|kosteten)\b|\b(?:was|wie ?viel) hat\b.*\bgekostet\b|\bwie ?viel\b(?! zeit\b| wert legt\b).*\bwert (?:sein|ist|sind|war|waren|gewesen)\b|\bhow much money\b|\bhow expensive\b|\bhow much\b.*\b(?:cost|costs|worth)\b|\bworth how much\b|\bwhat (?:is|was|were|are) the (?:cost|price|value)\b/,
  },
  {
    label: "wie viel",
    term: NUMBER_TERM,
    pattern:
      new RegExp(`\\bwie (?:${COUNT_WORD}|hoch|gro(?:ß|ss)|weit|schwer|oft|tief|breit)(?![\\p{L}\\p{N}])|\\bhow (?:many|much|long(?= ago\\b)|big|large|high|far|often|tall|deep|wide)\\b|\\b(?:welche[nrs]?|what) (?:anteil|prozentsatz|percentage|proportion|number|zahl|anzahl|summe|betrag)\\b`, "u"),
  },
  { label: "wer", term: ANAPHOR_TERM, pattern: /^(?:wer (?:ist|war|sind)|who(?:'s| is| was| are))\b/ },
];

/**
 * The pseudo-terms of the answer types that count in abstention (missingAnswerType, answerTypeAbsent): a time, a
 * number, a person the corpus may not report. The quotation type is none of them (like every concept, it counts in
 * coverage).
 */
export const ANSWER_TYPE_TERMS: ReadonlySet<string> = new Set(ANSWER_TYPES.map((t) => t.term));

/**
 * What kind of answer the question wants, as pseudo-concepts of a fixed weight (0: none). `quotation`: "Wie bewertete
 * Moskau das Telefonat?", "How did Zelensky describe Putin's answer?" (characterisingVerbAt) ask for someone's quoted
 * words ("einen produktiven Meinungsaustausch", „sehr manipulativ“), a sentence with a quotation
 * (RankingConfig.quotationType).
 */
export function intentConcepts(question: string, weight: number, quotation: boolean): Concept[] {
  if (weight <= 0) return [];
  const q = question.toLowerCase();
  // A question word may open a clause after a topic ("Rosneft und Lukoil: wann kamen die Sanktionen?").
  const clauses = clausesOf(q);
  const types = ANSWER_TYPES.filter((t) => clauses.some((c) => t.pattern.test(c)));
  // A number of one kind stands for "wie viel" ("Wie viel Geld …" asks for money, not for any number).
  const specific = types.some((t) => NUMBER_KIND_TERMS.has(t.term));
  const concepts = types.filter((t) => !(specific && t.term === NUMBER_TERM)).map((t) => makeConcept(t.label, [makeAlternative(t.term, 1)], false, { weight }));
  if (quotation && characterisingVerbAt(q.match(/\p{L}+/gu) ?? []) > 0) concepts.push(makeConcept("wie bewertet", [makeAlternative(QUOTATION_TERM, 1)], false, { weight }));
  return concepts;
}
