/**
 * The syntax of a German question's phrase: its finite verb (after the question word and its phrase, or first), a
 * separable verb's particle at the end ("gab … ab"), fixed phrases that carry no topic ("mit Blick auf", "laut dem
 * Artikel", "was X angeht"), and the word lists these read (conjunctions, articles, auxiliaries, quantifiers after "wie").
 */
import { type Analyzer, SEPARABLE_PREFIXES } from "../analysis/analyzer.js";
import { foldWord } from "../analysis/normalize.js";
import { CLAUSE_BREAK, COUNT_WORD, QUESTION_WORDS } from "./questionIntent.js";
import { ADJECTIVE_ENDING } from "./questionNouns.js";

/** Words for the text a reader asks about (folded). */
const SOURCE_WORDS = ["artikel", "text", "bericht", "beitrag", "meldung"];

/** Fixed prepositional phrases that carry no topic ("mit Blick auf", "im Hinblick auf", "in Bezug auf"). */
const FIXED_PHRASES = [
  ["mit", "blick", "auf"],
  ["im", "hinblick", "auf"],
  ["in", "bezug", "auf"],
  ["im", "zusammenhang", "mit"],
  ["im", "rahmen"],
  ["zum", "beispiel"],
  ["unter", "anderem"],
  ["im", "vergleich", "zu"],
  ["auf", "grund"],
  ["in", "sachen"],
  // The source the reader has in mind, not a topic: "laut dem Artikel", "im Text", "dem Bericht zufolge", "Wie nennt der
  // Artikel …" (the corpus is made of articles; few of them use the word). Not before a number: "Artikel 5" of the
  // NATO treaty is a topic (withoutFixedPhrases).
  ...SOURCE_WORDS.flatMap((source) => [["laut", source], ["laut", "dem", source], ["laut", "diesem", source], ["im", source], ["in", "dem", source], ["dem", source, "zufolge"]]),
  ["der", "artikel"],
];

/**
 * "was die Sanktionen angeht", "was X anbelangt/betrifft" ("as for X"): the verb only frames the topic between "was"
 * and it, at the end of its clause. ("Was betrifft die Regelung?" asks with the verb: nothing stands between.)
 */
const AS_FOR_VERBS = new Set(["angeht", "anbelangt", "betrifft", "angehen", "anbelangen", "betreffen"]);

export function withoutFixedPhrases(tokens: ReturnType<Analyzer["tokens"]>, question: string) {
  const folded = tokens.map((t) => foldWord(t.raw));
  const drop = new Set<number>();
  const was = folded.indexOf("was");
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of FIXED_PHRASES) {
      if (!phrase.every((w, k) => folded[i + k] === w)) continue;
      if (SOURCE_WORDS.includes(phrase[phrase.length - 1]!) && /^\d/.test(folded[i + phrase.length] ?? "")) continue;
      for (let k = 0; k < phrase.length; k++) drop.add(i + k);
    }
    if (was >= 0 && was < i - 1 && AS_FOR_VERBS.has(folded[i]!) && /^\s*(?:[,;:.!?]|$)/u.test(question.slice(tokens[i]!.end))) drop.add(i);
  }
  return tokens.filter((_, i) => !drop.has(i));
}

/**
 * A question's verb with its separated particle at the end ("Wann stimmte die Ukraine … zu?",
 * "Welcher französische König gab diese Erklärung ab?"): joined to the infinitive-like form "zustimmte", "abgab".
 * German questions put the finite verb second: after the question word and its phrase ("Welcher französische
 * König"), or first in yes/no questions.
 */
export function separableVerb(question: string, tokens: ReturnType<Analyzer["tokens"]>, isVerbForm: VerbFormTest = () => false) {
  const last = tokens[tokens.length - 1];
  // "zurueck": the particle's umlaut typed as "ue" too.
  const particle = last === undefined ? "" : foldWord(last.raw).replace(/ue/gu, "u");
  if (!last || tokens.length < 3 || !SEPARABLE_PREFIXES.includes(particle) || /^\p{Lu}/u.test(last.raw)) return null;
  // Nothing but punctuation or an emoji after it ("… frei?", "… frei???", "… frei…?", "… frei? 🤔").
  if (/[\p{L}\p{N},;:]/u.test(question.slice(last.end))) return null;
  const verb = finiteVerb(tokens.slice(questionClauseStart(question, tokens), -1), isVerbForm);
  // "Ist Moskau zu Gesprächen bereit?": an auxiliary takes no particle; the last word is a word of its own.
  if (!verb || AUXILIARIES.has(foldWord(verb.raw))) return null;
  return { verb, particle, particleToken: last };
}

/**
 * Where the question's own clause begins among the tokens: after a topic typed before it ("beim Gefangenenaustausch
 * in Istanbul – wie viele kamen am ersten Tag frei?"), the first clause after a colon, a semicolon or a dash that opens
 * with a question word; 0 when the question opens with one, or no such clause follows.
 */
function questionClauseStart(question: string, tokens: ReturnType<Analyzer["tokens"]>): number {
  const opensWithQuestionWord = (from: number) => tokens.slice(from, from + 3).some((t) => QUESTION_WORDS.has(foldWord(t.raw)));
  if (opensWithQuestionWord(0)) return 0;
  const breaks = new RegExp(CLAUSE_BREAK.source, "g");
  for (const m of question.matchAll(breaks)) {
    const from = tokens.findIndex((t) => t.start >= m.index + m[0].length);
    if (from > 0 && opensWithQuestionWord(from)) return from;
  }
  return 0;
}

/** Whether a word (after `previous`) is a form of a verb the dictionaries know ("kamen", "fand"; questionNouns.ts). */
export type VerbFormTest = (word: string, previous: string | undefined) => boolean;

/** In a question typed all in lower case, the words after "welche…" or "wie viele" searched for a known verb form. */
const LOWER_CASE_PHRASE_WORDS = 3;

/** The finite verb of a question: the first word after the question phrase (or the first word of a yes/no question). */
function finiteVerb(tokens: ReturnType<Analyzer["tokens"]>, isVerbForm: VerbFormTest) {
  const folded = tokens.map((t) => foldWord(t.raw));
  // "Ab wann", "In welchem Jahr", "Seit wann": up to two words before the question word.
  let i = folded.slice(0, 3).findIndex((w) => QUESTION_WORDS.has(w));
  if (i < 0) return tokens[0] ?? null;
  i++;
  // Question words joined by a conjunction ("Wann und wo fand … statt?"): the verb follows the last of them.
  while (CONJUNCTIONS.has(folded[i] ?? "") && QUESTION_WORDS.has(folded[i + 1] ?? "")) i += 2;
  if (folded[i - 1] === "wie" && isQuantifier(folded[i] ?? "")) {
    i++;
    const past = partitiveNounEnd(tokens, folded, i);
    if (past > 0) i = past;
  }
  // The question word's phrase: lower-case attributes, then the capitalised noun they belong to.
  while (i < tokens.length && /^\p{Ll}/u.test(tokens[i]!.raw) && ADJECTIVE_ENDING.test(folded[i]!) && /^\p{Lu}/u.test(tokens[i + 1]?.raw ?? "")) i++;
  if (i < tokens.length && /^\p{Lu}/u.test(tokens[i]!.raw) && i > 0 && /^(?:welch|wie)/.test(folded[i - 1]! + (folded[i - 2] ?? ""))) i++;
  // Typed all in lower case, the question tells its noun by place only: the word after "welche(r/s/m/n)" ("welcher
  // partei gehoert … an"), or, where a verb form the dictionaries know follows within a few words, the words before it
  // ("wie viele leute kamen … frei", "in welchem istanbuler palast fand … statt").
  else if (i < tokens.length && i > 0 && !tokens.slice(1).some((t) => /^\p{Lu}/u.test(t.raw))) {
    const afterWelche = /^welche[mnrs]?$/.test(folded[i - 1]!);
    const verbAt = afterWelche || (folded[i - 2] === "wie" && isQuantifier(folded[i - 1]!)) ? tokens.slice(i, i + LOWER_CASE_PHRASE_WORDS + 1).findIndex((t, k) => k > 0 && isVerbForm(t.raw, tokens[i + k - 1]!.raw)) : -1;
    if (verbAt > 0) i += verbAt;
    else if (afterWelche) i++;
  }
  if (i < tokens.length && /^\p{Lu}/u.test(tokens[i]!.raw) && ATTRIBUTE_BEFORE_NOUN.test(folded[i - 1] ?? "")) i++;
  // Nouns joined by a conjunction are one phrase ("Wie viele Staats- und Regierungschefs nahmen … teil?").
  while (i > 0 && /^\p{Lu}/u.test(tokens[i - 1]!.raw) && CONJUNCTIONS.has(folded[i] ?? "") && /^\p{Lu}/u.test(tokens[i + 1]?.raw ?? "")) i += 2;
  // A phrase attached to that noun belongs to it ("Welche Art von Rolle strebt …", "Welcher Teil des Landes liegt …").
  const nounAt = (from: number) => {
    let k = from;
    while (k < tokens.length && /^\p{Ll}/u.test(tokens[k]!.raw) && (ARTICLES.has(folded[k]!) || ADJECTIVE_ENDING.test(folded[k]!))) k++;
    return k < tokens.length && /^\p{Lu}/u.test(tokens[k]!.raw) ? k : -1;
  };
  while (i > 0 && /^\p{Lu}/u.test(tokens[i - 1]!.raw) && ATTACHED.has(folded[i] ?? "")) {
    const k = nounAt(i + 1);
    // A phrase this reading cannot follow ("an den 500 Milliarden"): no verb is found rather than the preposition.
    if (k < 0) return null;
    i = k + 1;
    // Nouns joined by a conjunction within the phrase ("neben Deutschland und den USA sagten … zu").
    while (CONJUNCTIONS.has(folded[i] ?? "")) {
      const n = nounAt(i + 1);
      if (n < 0) break;
      i = n + 1;
    }
  }
  const verb = tokens[i];
  return verb && /^\p{Ll}/u.test(verb.raw) ? verb : null;
}

/** Prepositions that open a partitive after "wie viele" ("von den Gefangenen", "unter den Toten"), folded. */
export const PARTITIVE_PREPOSITIONS: ReadonlySet<string> = new Set(["von", "unter"]);

/**
 * After "wie viele", a partitive phrase ("der 2000 Soldaten", "von den Gefangenen"): the index after its capitalised
 * noun, or 0 when none opens at `from` (an article, or "von"/"unter" and an article; then numbers and attributes).
 */
function partitiveNounEnd(tokens: ReturnType<Analyzer["tokens"]>, folded: readonly string[], from: number): number {
  let k = from;
  if (PARTITIVE_PREPOSITIONS.has(folded[k] ?? "")) k++;
  if (!ARTICLES.has(folded[k] ?? "")) return 0;
  k++;
  while (k < tokens.length && (/^\d/.test(folded[k]!) || (/^\p{Ll}/u.test(tokens[k]!.raw) && ADJECTIVE_ENDING.test(folded[k]!)))) k++;
  return k < tokens.length && /^\p{Lu}/u.test(tokens[k]!.raw) ? k + 1 : 0;
}

/** Words that attach a phrase to the question's noun (a genitive, a preposition), and the articles within that phrase. */
const ATTACHED = new Set(["von", "vom", "des", "der", "an", "am", "in", "im", "ins", "aus", "mit", "fur", "bei", "beim", "zu", "zum", "zur", "auf", "uber", "unter", "nach", "gegen", "ohne", "um", "zwischen", "vor", "seit", "ausser", "ausserhalb", "innerhalb", "neben", "hinter", "samt"]);
const ARTICLES = new Set(["der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"]);
/**
 * Forms of sein and werden, folded (wäre, würde too): they take no separable particle. Not haben: "Was hat X vor?"
 * asks with "vorhaben".
 */
const AUXILIARIES = new Set(["ist", "sind", "war", "waren", "bin", "bist", "seid", "sei", "seien", "ware", "wird", "werden", "wurde", "wurden"]);
/** Conjunctions that join two question words or two nouns ("Staats- und Regierungschefs"), folded; "and", "or" too. */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(["und", "oder", "bzw", "and", "or"]);
/** A quantifier that only asks for a count ({@link COUNT_WORD}): it carries no topic (unlike "hoch", "alt", which a text may print). */
const IS_COUNT_WORD = new RegExp(`^${COUNT_WORD}$`);
/**
 * A count word, "lang(e)", "bald", "schnell" or "spät": "wie lange" asks for a duration, "wie bald", "wie schnell" and
 * "wie spät" for a time ("unverzüglich", "so bald wie möglich"; questionIntent.ts), and the answer type stands for the
 * word.
 */
export const IS_QUESTION_QUANTIFIER = new RegExp(`^(?:${COUNT_WORD}|lange?|bald|schnell|spat)$`);
const OTHER_QUANTIFIERS = new Set(["lange", "oft", "hoch", "weit", "alt", "gross", "bald", "schnell", "spat"]);
/** Words after "wie" that belong to the question word (folded): the finite verb follows them ("Wie schnell gibt … frei?"). */
export const isQuantifier = (folded: string) => IS_COUNT_WORD.test(folded) || OTHER_QUANTIFIERS.has(folded);
/** Words after which a capitalised word is the noun of the question phrase, not the subject after the verb. */
const ATTRIBUTE_BEFORE_NOUN = new RegExp(`^(?:welche[rsmn]?|viele?|wie)$|${ADJECTIVE_ENDING.source}`);
