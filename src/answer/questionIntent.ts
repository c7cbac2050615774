/**
 * What a question asks for beyond its words: the kind of answer ("wann" → a time, "wie viele" → a number, "wer ist" →
 * a person, "wie bewertete" → quoted words). The month it names is read in questionMonths.ts.
 */
import { foldWord } from "../analysis/normalize.js";
import { type Concept, makeAlternative, makeConcept } from "./concepts.js";
import { AGE_TERM, DURATION_TERM, MONEY_TERM, NUMBER_KIND_TERMS } from "./numberKinds.js";
import { DATE_TERM } from "./calendarDate.js";
import { ANAPHOR_TERM, NUMBER_TERM, QUOTATION_TERM, TIME_TERM } from "./passageTerms.js";

/**
 * A folded time noun with its plural forms ("An welchen Tagen …", "In welchen Jahren …"): -e/-en after a consonant,
 * -en after -e ("Zeiten"). "Datum" has none here: its plural "Daten" mostly means data.
 */
function withGermanPlurals(noun: string): string[] {
  if (noun === "datum") return [noun];
  return noun.endsWith("zeit") ? [noun, `${noun}en`] : [noun, `${noun}e`, `${noun}en`];
}

/**
 * Nouns that ask for a time after "welche…" ("An welchem Wochentag …", "In welchem Jahr …", folded): the question's
 * answer type, not a topic of its own (germanQuestion.ts leaves them out of the concepts).
 */
export const TIME_NOUNS: ReadonlySet<string> = new Set(
  ["tag", "wochentag", "datum", "jahr", "jahrhundert", "jahrzehnt", "monat", "zeit", "zeitpunkt", "uhrzeit"].flatMap(withGermanPlurals),
);
/**
 * Nouns after "welche(r/s/m/n)" that ask for a duration ("Innerhalb welcher Frist …"), folded: no topic word, as a
 * {@link TIME_NOUNS} noun is none. ("Zeitraum" also asks for a time, "In welchem Zeitraum …": a tune row lost each way.)
 */
export const DURATION_NOUNS: ReadonlySet<string> = new Set(["frist"]);
/** Nouns after "what"/"which" that ask for a time ("On what date …", "In which year …"), as {@link TIME_NOUNS} do in German. */
export const ENGLISH_TIME_NOUNS: ReadonlySet<string> = new Set(["day", "weekday", "date", "time", "year", "century", "decade", "month"].flatMap((w) => [w, w.endsWith("y") && !w.endsWith("ay") ? `${w.slice(0, -1)}ies` : `${w}s`]));
/** "genau(e/en/em/er/es)" or "exakt(e/…)" between "welche…" and its noun ("An welchem genauen Datum …"): a regular-expression source. */
export const PRECISE = "(?:genau|exakt)e[mnrs]?";
/** The same in English ("On what exact date …"). */
export const ENGLISH_PRECISE_WORDS: ReadonlySet<string> = new Set(["exact", "precise"]);
const ENGLISH_PRECISE = `(?:${[...ENGLISH_PRECISE_WORDS].join("|")}) `;

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
  de: /^(?:bewertet|bewertete|bewerten|bewerteten|beurteilt|beurteilte|beurteilen|beurteilten|beschreibt|beschrieb|beschreiben|beschrieben|bezeichnet|bezeichnete|bezeichnen|bezeichneten|charakterisiert|charakterisierte|charakterisieren|charakterisierten|kommentiert|kommentierte|kommentieren|kommentierten)$/,
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
export const ENGLISH_QUESTION_WORDS: ReadonlySet<string> = new Set(["who", "whom", "whose", "what", "which", "where", "when", "why", "how"]);

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
export const CLAUSE_BREAK = /[:;–—]\s+|\s-\s/;

/** The question, and each clause after a topic that holds no question word ("Rosneft und Lukoil: wann …"), as typed. */
function clausesOf(q: string): string[] {
  const [topic, ...rest] = q.split(CLAUSE_BREAK);
  return rest.length > 0 && !holdsQuestionWord(topic!) ? [q, ...rest.map((c) => c.trim())] : [q];
}

/**
 * Verbs that open a yes/no question ("Is there a date …", "Isn't there …", "Gibt es einen Termin …", "Könnte es …"):
 * its noun is asked about, not for. Folded (foldWord), umlauts typed as ae/oe/ue too. Not "may" (the month, a name).
 */
const YES_NO_OPENERS: ReadonlySet<string> = new Set(
  [
    ...["is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "will", "would", "shall", "should", "must", "might"],
    ...["isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "hasn't", "haven't", "hadn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't"],
    ...["gibt", "gibts", "gab", "ist", "sind", "bist", "war", "waren", "wäre", "wären", "hat", "haben", "hast", "hatte", "hatten", "hätte", "hätten"],
    ...["wird", "werden", "wirst", "wurde", "wurden", "würde", "würden", "kann", "kannst", "können", "konnte", "konnten", "könnte", "könnten"],
    ...["soll", "sollen", "sollte", "sollten", "will", "wollen", "wollte", "wollten", "muss", "müssen", "musste", "mussten", "müsste", "darf", "dürfen", "stimmt"],
    ...["waere", "waeren", "haette", "haetten", "wuerde", "wuerden", "koennen", "koennte", "koennten", "muessen", "muesste", "duerfen"],
  ].map(foldWord),
);
/** Where a part of a question may open a yes/no question of its own ("Treffen in Bergen: gibt es ein Datum?"). */
const PART_BREAK = /[,:;–—]|\s-\s/;
/** The first word of a part, an apostrophe inside it kept ("isn't", "gibt's"). */
const FIRST_WORD = /^[^\p{L}\p{N}]*(\p{L}+(?:['’]\p{L}+)?)/u;

/** Whether a part of the text opens with a verb of a yes/no question ("gibt's" as "gibt"). */
function opensYesNo(text: string): boolean {
  return text.split(PART_BREAK).some((part) => {
    const word = foldWord(part.match(FIRST_WORD)?.[1]?.replace("’", "'") ?? "");
    return YES_NO_OPENERS.has(word) || YES_NO_OPENERS.has(word.split("'")[0]!);
  });
}

/**
 * Whether a question (or a clause of it, lower case) is typed as keywords ("Kellogg Alter", "Zahl der Opfer …"): no
 * question word, and no part of it (the whole, or one after a comma, a colon, a semicolon or a dash) opens with a verb
 * of a yes/no question ("Is there a date …", "Treffen in Bergen: gibt es ein Datum?").
 */
export function isKeywordQuery(text: string): boolean {
  return !holdsQuestionWord(text) && !opensYesNo(text);
}

/**
 * Question forms and the answer type they ask for (the pseudo-term a sentence holding that type carries). `keywords`:
 * German and English nouns that ask for the type in a question typed as keywords ("Kellogg Alter" as "Wie alt ist
 * Kellogg?", "Zahl der Opfer" as "Wie viele Opfer"; lower case; the parsers leave them out of the concepts, as "viele"
 * in "wie viele").
 */
const ANSWER_TYPES: ReadonlyArray<{ label: string; term: string; pattern: RegExp; keywords?: { de: readonly string[]; en: readonly string[] } }> = [
  // "How soon …", "Wie bald …", "Wie schnell sollen die Gespräche beginnen?" ask for a time too ("unverzüglich", "so bald
  // wie möglich"; tune splits: hit@1 +2, hit@3 +2, nothing lost; "Wie schnell ist das Licht?" stays out of scope).
  {
    label: "wann",
    term: TIME_TERM,
    keywords: { de: ["datum", "zeitpunkt"], en: ["date"] },
    pattern: new RegExp(`^(?:ab |seit |bis |f(?:ü|ue?)r )?wann\\b|^(?:since |until |by )?when\\b|\\bhow soon\\b|\\bwie (?:bald|schnell|sp(?:ä|ae)t)\\b|\\bwie ?viel uhr\\b|\\b(?:what|which|in what|in which) (?:${ENGLISH_PRECISE})?(?:${[...ENGLISH_TIME_NOUNS].join("|")})\\b|\\bwelche[mnrs]? (?:${PRECISE} )?(?:${[...TIME_NOUNS].join("|")})\\b`),
  },
  // A day of the calendar, not any time: "An welchem Datum trafen sich Trump und Putin in Alaska?" is answered by "15.
  // August", not by "am Freitag" (it stands for "wann", see intentConcepts).
  // "Was ist das genaue Datum …", "What was the date of …", "What's the date of …" ask the same ("the date's
  // significance" does not).
  {
    label: "welches datum",
    term: DATE_TERM,
    pattern: new RegExp(`\\bwelche[mns]? (?:${PRECISE} )?datum\\b|^(?:was|wann) (?:ist|war) das (?:${PRECISE} )?datum\\b|\\b(?:what|which) (?:${ENGLISH_PRECISE})?date\\b|^what(?:['’]s| is| was) the (?:${ENGLISH_PRECISE})?date\\b(?!['’]s)`),
  },
  // Numbers of one kind, not any number: "Wie lange dauerten die Gespräche?" asks for a duration ("zwei Stunden und 45
  // Minuten"), "Wie alt ist Kellogg?" for an age ("Der 80-Jährige"), "Wie viel Geld …?" for an amount of money.
  // "Innerhalb welcher Frist …" asks for a duration too.
  // "Wie viel Zeit …", "How much time …" ask the same: the noun only names the kind (germanQuestion.ts `timeNounAsked`).
  { label: "wie lange", term: DURATION_TERM, pattern: /\bwie lange?\b|\bhow long\b(?! ago\b)|\bwelche[mnrs]? frist\b|\bwie ?viel zeit\b(?![-‐‑])|\bhow much time\b(?![-‐‑])/, keywords: { de: ["dauer"], en: ["duration"] } },
  { label: "wie alt", term: AGE_TERM, keywords: { de: ["alter"], en: ["age"] }, pattern: /\bwie alt\b|\bhow old\b|\b(?:welche[ms]|in welchem) (?:lebens)?alter\b|\bat what age\b|\blebensalter\b/ },
  {
    label: "wie teuer",
    term: MONEY_TERM,
    keywords: { de: ["kosten", "preis"], en: ["cost", "costs", "price"] },
    // Not "Wie viele Menschenleben hat der Krieg gekostet?", "Wie viel Zeit …", "Wie viel Wert legt …".
    pattern:
      /\bwie ?viel geld\b|\bwie teuer\b|\b(?:was|wie ?viel) (?:kostet|kosten|kostete|kosteten)\b|\b(?:was|wie ?viel) hat\b.*\bgekostet\b|\bwie ?viel\b(?! zeit\b| wert legt\b).*\bwert (?:sein|ist|sind|war|waren|gewesen)\b|\bhow much money\b|\bhow expensive\b|\bhow much\b.*\b(?:cost|costs|worth)\b|\bworth how much\b|\bwhat (?:is|was|were|are) the (?:cost|price|value)\b/,
  },
  {
    label: "wie viel",
    term: NUMBER_TERM,
    keywords: { de: ["zahl", "anzahl"], en: ["number"] },
    pattern:
      new RegExp(`\\bwie (?:${COUNT_WORD}(?! uhr(?![\\p{L}\\p{N}-]))|hoch|gro(?:ß|ss)|weit|schwer|oft|tief|breit)(?![\\p{L}\\p{N}])|\\bhow (?:many|much|long(?= ago\\b)|big|large|high|far|often|tall|deep|wide)\\b|\\b(?:welche[nrs]?|what) (?:anteil|prozentsatz|percentage|proportion|number|zahl|anzahl|summe|betrag)\\b`, "u"),
  },
  { label: "wer", term: ANAPHOR_TERM, pattern: /^(?:wer (?:ist|war|sind)|who(?:'s| is| was| are))\b/ },
];

const wordsOf = (text: string) => text.match(/\p{L}+/gu) ?? [];

/** An answer type's keywords, German and English. */
const keywordsOf = (t: (typeof ANSWER_TYPES)[number]): readonly string[] => (t.keywords ? [...t.keywords.de, ...t.keywords.en] : []);
/** The English keywords: English writes them in lower case. */
const ENGLISH_KEYWORDS: ReadonlySet<string> = new Set(ANSWER_TYPES.flatMap((t) => t.keywords?.en ?? []));

/**
 * A word of a question typed as keywords as the key of an answer type's `keywords` (lower case), or null: "Alter" in
 * "Kellogg Alter", "age" in "Kellogg age"; a German one only capitalised, as a noun, unless the question is typed all
 * in lower case (`typedLowerCase`): "alter" in "Lars Berg alter Freund" is an adjective.
 */
function keywordKey(word: string, typedLowerCase: boolean): string | null {
  const lower = word.toLowerCase();
  return ENGLISH_KEYWORDS.has(lower) || typedLowerCase || /^\p{Lu}/u.test(word) ? lower : null;
}

/** Whether a word of a question typed as keywords asks for a kind of answer (see {@link keywordKey}). */
export function isKeywordTypeWord(word: string, typedLowerCase: boolean): boolean {
  const key = keywordKey(word, typedLowerCase);
  return key !== null && ANSWER_TYPES.some((t) => keywordsOf(t).includes(key));
}

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
  // A question word may open a clause after a topic ("Rosneft und Lukoil: wann kamen die Sanktionen?"); the keyword
  // test reads the clauses as typed (a German keyword is a capitalised noun).
  const asTyped = clausesOf(question);
  const clauses = asTyped.map((c) => c.toLowerCase());
  const typedLowerCase = !/\p{Lu}/u.test(question.slice(1));
  const asKeyword = (t: (typeof ANSWER_TYPES)[number]) =>
    t.keywords !== undefined && asTyped.some((c) => isKeywordQuery(c.toLowerCase()) && wordsOf(c).some((w) => keywordsOf(t).includes(keywordKey(w, typedLowerCase) ?? "")));
  const types = ANSWER_TYPES.filter((t) => clauses.some((c) => t.pattern.test(c)) || asKeyword(t));
  // A number of one kind stands for "wie viel" ("Wie viel Geld …" asks for money, not for any number), a date for "wann".
  const specific = types.some((t) => NUMBER_KIND_TERMS.has(t.term));
  const dated = types.some((t) => t.term === DATE_TERM);
  const concepts = types.filter((t) => !(specific && t.term === NUMBER_TERM) && !(dated && t.term === TIME_TERM)).map((t) => makeConcept(t.label, [makeAlternative(t.term, 1)], false, { weight }));
  if (quotation && characterisingVerbAt(q.match(/\p{L}+/gu) ?? []) > 0) concepts.push(makeConcept("wie bewertet", [makeAlternative(QUOTATION_TERM, 1)], false, { weight }));
  return concepts;
}
