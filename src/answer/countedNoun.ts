/**
 * The noun a count question counts: "Wie viele Journalisten waren akkreditiert?" asks for a number of journalists, so
 * "Die Gespräche dauerten über acht Stunden" holds a number but not that count. A sentence answers a count of N when a
 * number stands right before N or one of its alternatives ("rund 30 Staaten", "117 Drohnen", "91 ukrainische Drohnen",
 * "der 28-Punkte-Plan").
 */
import type { Analyzer } from "../analysis/analyzer.js";
import { foldWord } from "../analysis/normalize.js";
import type { Concept } from "./concepts.js";
import { CONJUNCTIONS } from "./germanSyntax.js";
import { holdsQuestionWord } from "./questionIntent.js";

const HYPHENS = /[-‐‑]/u;

/** "wie viele/vielen" (also glued), "how many", and the words after it, in which the counted noun stands. */
const COUNT_QUESTION = /(?<![\p{L}\p{N}])(?:wie ?viele[mnrs]?|how many)((?:\s+[\p{L}\p{N}'’‐‑-]+){1,4})/u;

/** Words between a number and the noun it counts ("91 ukrainische Drohnen", "1.200 weitere Gefangene"): at most this many. */
export const COUNTED_NOUN_GAP = 2;

/** A number: digits, or a numeral written as a word (German or English), "Zehntausende" and "Hunderttausende" too. */
const UNITS_DE = "ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun";
const TENS_DE = "zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig";
const NUMBER_WORD = new RegExp(
  `^(?:\\d[\\d.,]*|${UNITS_DE}|zehn|elf|zwölf|(?:drei|vier|fünf|sech|sieb|acht|neun)zehn|(?:(?:${UNITS_DE})und)?(?:${TENS_DE})|(?:${UNITS_DE}|zehn|${TENS_DE}|hundert)?(?:hundert|tausend)(?:e|en)?|dutzende?n?|million(?:en)?|milliarde[n]?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundreds?|thousands?|dozens?|millions?|billions?)$`,
  "u",
);
/** A year (1900–2099) or a clock time's number ("um 14 Uhr"): no count of anything. */
const YEAR = /^(?:19|20)\d\d$/;
const CLOCK = /^uhr$/i;

/** Time units (folded): a count of them is a duration (numberKinds.ts tells those). */
const TIME_UNITS: ReadonlySet<string> = new Set([
  ...["sekunden", "minuten", "stunden", "tage", "tagen", "nachte", "nachten", "wochen", "monate", "monaten", "jahre", "jahren"],
  ...["jahrzehnte", "jahrzehnten", "jahrhunderte", "jahrhunderten"],
  ...["seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades", "centuries"],
]);

/**
 * The index of the concept a count question counts, or −1 when it counts nothing ("Wie viele waren es?", "How many died
 * in Kyiv?") or asks no count. The counted noun is the last noun of the first run of nouns after "wie viele"/"how
 * many" (its head: "US-Soldaten" → Soldaten, "Staats- und Regierungschefs" → Regierungschefs); attributes may stand
 * before it ("ukrainische"), and a word that is no concept of the question at all ("waren", "in") ends the search.
 */
export function countedConcept(question: string, concepts: readonly Concept[]): number {
  const lower = question.toLowerCase();
  const m = COUNT_QUESTION.exec(lower);
  if (!m) return -1;
  // "Laut welcher Agentur sollen die Länder melden, wie viele Soldaten …" asks for the agency, not for the count.
  if (holdsQuestionWord(lower.slice(0, m.index))) return -1;
  // Time units ask for a duration ("Für wie viele Tage …" → "30-tägige"), which numberKinds.ts tells.
  const words = phraseWords(m[1]!);
  if (words.some((w) => TIME_UNITS.has(w))) return -1;
  return headNounIn(words, /[-‐‑]\s/u.test(m[1]!), concepts);
}

/**
 * Whether `sentence` holds a number of the head term: a number and, in the same word ("28-Punkte-Plan") or with at
 * most {@link COUNTED_NOUN_GAP} words between (lower-case attributes or numbers: "91 ukrainische Drohnen", "1.200
 * Gefangene"; a truncated part and its "und" aside: "20 weitere Staats- und Regierungschefs"), a word with one of the
 * `terms` or ending in `head` ("Regierungschefs" for "Chefs"). No punctuation may stand between; a year or a clock
 * time counts nothing.
 */
export function holdsCountOf(analyzer: Analyzer, sentence: string, terms: ReadonlySet<string>, head: string): boolean {
  const tokens = analyzer.tokens(sentence);
  const truncated = (k: number) => HYPHENS.test(sentence.charAt(tokens[k]!.end)) && /\s/u.test(sentence.charAt(tokens[k]!.end + 1));
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!.raw;
    const pieces = HYPHENS.test(raw) ? raw.split(HYPHENS) : [raw];
    if (!NUMBER_WORD.test(pieces[0]!.toLowerCase()) || YEAR.test(pieces[0]!)) continue;
    if (pieces.length > 1 && isCountedNoun(analyzer, pieces.slice(1).join("-"), terms, head)) return true;
    let between = 0;
    for (let j = i + 1; j < tokens.length; j++) {
      // "Um 14 Uhr, Journalisten …": punctuation ends the phrase.
      if (!/^[\s‐‑-]*$/u.test(sentence.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      const word = tokens[j]!.raw;
      if (j === i + 1 && CLOCK.test(word)) break;
      if (isCountedNoun(analyzer, word, terms, head)) return true;
      const joined = truncated(j) || (truncated(j - 1) && CONJUNCTIONS.has(word.toLowerCase()));
      if (joined) continue;
      // Between number and noun stand attributes (lower case) or the number's other digits ("1.200").
      if (!/^[\p{Ll}\d]/u.test(word) || ++between > COUNTED_NOUN_GAP) break;
    }
  }
  return false;
}

/**
 * Alternatives of a German counted noun that count as it: the word itself, its spellings and its closer synonyms (not
 * the thesaurus's looser ones), and a compound's last part ({@link countedNounTerms}), not its other parts. An English
 * word's translations all count: they are one concept. Set by hand, not tuned.
 */
const MIN_COUNTED_ALTERNATIVE_WEIGHT = 0.8;

/** Shortest head found at the end of a longer word ("Chefs" in "Regierungschefs"). */
const MIN_HEAD_LENGTH = 4;

/**
 * The index of the head noun among the phrase's `words` (what follows "wie viele"), or −1: the last noun of
 * the first run of nouns ("US-Soldaten" → Soldaten, "Staats- und Regierungschefs" → Regierungschefs, "Putin's
 * interpreter" → interpreter); attributes may stand before it ("ukrainische"), and a word that is no concept of the
 * question at all ("waren", "in", "des") ends the search.
 */
function headNounIn(words: readonly string[], truncatedPart: boolean, concepts: readonly Concept[]): number {
  const labels = concepts.map((c) => foldWord(c.label).split(/[\s‐‑-]+/u));
  let head = -1;
  for (let i = 0; i < words.length; ) {
    const at = concepts.findIndex((c, k) => c.weight === undefined && labels[k]!.every((w, n) => words[i + n] === w));
    if (at >= 0 && concepts[at]!.noun) {
      head = at;
      i += labels[at]!.length;
      continue;
    }
    // "Staats- und Regierungschefs": the conjunction after a truncated part leads on to the head.
    if (head >= 0 && CONJUNCTIONS.has(words[i]!) && truncatedPart) {
      i++;
      continue;
    }
    if (head >= 0 || at < 0) break;
    // An attribute ("ukrainische", "russian"): the noun follows.
    i += labels[at]!.length;
  }
  return head;
}

/** The folded words of the phrase after "wie viele", hyphenated words in pieces, an English "'s" off ("Putin's"). */
function phraseWords(phrase: string): string[] {
  return phrase
    .trim()
    .split(/\s+/)
    .flatMap((w) => w.split(HYPHENS).filter(Boolean).map((piece) => foldWord(piece.replace(/['’]s$/u, ""))));
}

/** The terms and the head term that stand for the counted noun in a passage (see {@link MIN_COUNTED_ALTERNATIVE_WEIGHT}). */
export function countedNounTerms(concept: Concept): { terms: Set<string>; head: string } {
  const { alts, translated } = concept;
  // All translations of an English word are one concept (query.ts): each counts.
  const terms = new Set(alts.filter((a) => !a.part && (translated || a.weight >= MIN_COUNTED_ALTERNATIVE_WEIGHT)).map((a) => a.term));
  // A compound counts as its last part ("fünf ehemals staatseigenen Bahnen" for "Schmalspurbahnen"), not its first.
  const parts = alts.filter((a) => a.part);
  if (parts.length > 0) terms.add(parts[parts.length - 1]!.term);
  return { terms, head: alts[0]!.term };
}

/** Whether a passage word is the counted noun: one of its terms, or a longer word whose stem ends in the head ("Regierungschefs" for "Chefs"). */
function isCountedNoun(analyzer: Analyzer, word: string, terms: ReadonlySet<string>, head: string): boolean {
  const stems = analyzer.terms(word);
  if (stems.some((t) => terms.has(t))) return true;
  return head.length >= MIN_HEAD_LENGTH && stems.some((t) => t.length > head.length && t.endsWith(head));
}
