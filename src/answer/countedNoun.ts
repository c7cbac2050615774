/**
 * The noun a count question counts: "Wie viele Journalisten waren akkreditiert?" asks for a number of journalists, so
 * "Die Gespräche dauerten über acht Stunden" holds a number but not that count. A sentence answers a count of N when a
 * number stands right before N or one of its alternatives ("rund 30 Staaten", "117 Drohnen", "91 ukrainische Drohnen",
 * "der 28-Punkte-Plan").
 */
import type { Analyzer } from "../analysis/analyzer.js";
import { foldWord } from "../analysis/normalize.js";
import type { Concept } from "./concepts.js";

/** "wie viele/vielen" (also glued), "how many", and up to this many words after it in which the counted noun stands. */
const COUNT_QUESTION = /\b(?:wie ?viele[mnrs]?|how many)((?:\s+[\p{L}\p{N}-]+){1,3})/u;

/** Words between a number and the noun it counts ("91 ukrainische Drohnen", "1.200 weitere Gefangene"): at most this many. */
export const COUNTED_NOUN_GAP = 2;

/** After a part of a compound whose rest the next word gives ("Staats- und Regierungschefs"). */
const TRUNCATED = /^[-‐‑]$/u;
const CONJUNCTIONS: ReadonlySet<string> = new Set(["und", "oder", "bzw.", "and", "or"]);

/** A number: digits, or a numeral written as a word (German or English). */
const UNITS_DE = "ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun";
const NUMBER_WORD = new RegExp(
  `^(?:\\d[\\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|(?:drei|vier|fünf|sech|sieb|acht|neun)zehn|(?:(?:${UNITS_DE})und)?(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)|(?:${UNITS_DE})?(?:hundert|tausend)|hunderte[n]?|tausende[n]?|dutzende?n?|million(?:en)?|milliarde[n]?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundreds?|thousands?|dozens?|millions?|billions?)$`,
  "u",
);

/**
 * The index of the concept a count question counts (a noun or name among the three words after "wie viele"/"how many"),
 * or −1 when the question counts nothing ("Wie viele waren es?") or asks no count.
 */
export function countedConcept(question: string, concepts: readonly Concept[]): number {
  const lower = question.toLowerCase();
  const m = COUNT_QUESTION.exec(lower);
  // "Laut welcher Agentur sollen die Länder melden, wie viele Soldaten …" asks for the agency, not for the count.
  if (!m || EARLIER_QUESTION_WORD.test(lower.slice(0, m.index))) return -1;
  // "Staats- und Regierungschefs": the first part counts as the noun.
  const words = m[1]!.trim().split(/\s+/).map((w) => foldWord(w.replace(/[-‐‑]+$/u, "")));
  // Time units ask for a duration ("Für wie viele Tage …" → "30-tägige"), which numberKinds.ts tells.
  if (words.some((w) => TIME_UNITS.has(w))) return -1;
  return concepts.findIndex((c) => c.noun && c.weight === undefined && words.includes(foldWord(c.label)));
}

/** A question word before "wie viele": the count is part of what the question asks about, not what it asks for. */
const EARLIER_QUESTION_WORD = /\b(?:wer|wen|wem|was|welche[mnrs]?|wo|wohin|woher|wann|warum|wieso|weshalb|who|whom|what|which|where|when|why)\b/u;

/** Time units (folded): a count of them is a duration. */
const TIME_UNITS: ReadonlySet<string> = new Set(["sekunden", "minuten", "stunden", "tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "jahrzehnte", "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"]);

/**
 * Whether `sentence` holds a number of the concept's alternatives: a number and, in the same word or at most
 * {@link COUNTED_NOUN_GAP} words after it, a word with one of `alts`' terms.
 */
export function holdsCountOf(analyzer: Analyzer, sentence: string, alts: ReadonlySet<string>): boolean {
  const tokens = analyzer.tokens(sentence);
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!.raw;
    const pieces = raw.split(/[-‐‑]/);
    if (!NUMBER_WORD.test(pieces[0]!.toLowerCase())) continue;
    let gap = 0;
    for (let j = i; j < tokens.length && gap <= COUNTED_NOUN_GAP + 1; j++) {
      const word = j === i ? pieces.slice(1).join("-") : tokens[j]!.raw;
      if (word && counts(analyzer, word, alts)) return true;
      // "20 weiteren Staats- und Regierungschefs": a truncated part and its "und" belong to the word after them.
      const truncated = (k: number) => TRUNCATED.test(sentence.slice(tokens[k]!.end, tokens[k]!.end + 1));
      if (!truncated(j) && !(j > i && truncated(j - 1) && CONJUNCTIONS.has(word.toLowerCase()))) gap++;
    }
  }
  return false;
}

/** Shortest alternative found as the head of a longer word ("Chefs" in "Regierungschefs"). */
const MIN_HEAD_LENGTH = 4;

/** Whether a word is one of the alternatives, or ends in one of them ("Regierungschefs" for "Chefs"). */
function counts(analyzer: Analyzer, word: string, alts: ReadonlySet<string>): boolean {
  const terms = analyzer.terms(word);
  if (terms.some((t) => alts.has(t))) return true;
  const folded = foldWord(word);
  for (const alt of alts) {
    if (alt.length < MIN_HEAD_LENGTH) continue;
    const at = folded.lastIndexOf(alt);
    // The alternative is the word's head: it stands at the end, an inflection ending aside.
    if (at > 0 && folded.length - at - alt.length <= 2) return true;
  }
  return false;
}
