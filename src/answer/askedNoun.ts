/**
 * The noun a question asks about in a fixed form: the noun a count counts ("Wie viele Journalisten …",
 * countedNoun.ts) or whose name it asks ("Wie hieß der Dolmetscher …", namedNoun.ts). Its head is found after the
 * form's words, and a passage word is that noun when it is one of the noun's alternatives or ends in its head.
 */
import type { Analyzer } from "../analysis/analyzer.js";
import { foldWord } from "../analysis/normalize.js";
import type { Concept } from "./concepts.js";
import { CONJUNCTIONS } from "./germanQuestion.js";

export const HYPHENS = /[-‐‑]/u;

/**
 * Alternatives of a German asked noun that count as it: the word itself, its spellings and its closer synonyms (not
 * the thesaurus's looser ones), and a compound's last part ({@link askedNounTerms}), not its other parts. An English
 * word's translations all count: they are one concept. Set by hand, not tuned.
 */
export const MIN_ASKED_ALTERNATIVE_WEIGHT = 0.8;

/** Shortest head found at the end of a longer word ("Chefs" in "Regierungschefs"). */
const MIN_HEAD_LENGTH = 4;

/**
 * The index of the head noun among the words of `phrase` (what follows the question form), or −1: the last noun of
 * the first run of nouns ("US-Soldaten" → Soldaten, "Staats- und Regierungschefs" → Regierungschefs, "Putin's
 * interpreter" → interpreter); attributes may stand before it ("ukrainische"), and a word that is no concept of the
 * question at all ("waren", "in", "des") ends the search.
 */
export function headNounIn(phrase: string, concepts: readonly Concept[]): number {
  const words = phrase
    .trim()
    .split(/\s+/)
    .flatMap((w) => w.split(HYPHENS).filter(Boolean).map((piece) => foldWord(piece.replace(/['’]s$/u, ""))));
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
    if (head >= 0 && CONJUNCTIONS.has(words[i]!) && /[-‐‑]\s/u.test(phrase)) {
      i++;
      continue;
    }
    if (head >= 0 || at < 0) break;
    // An attribute ("ukrainische", "russian"): the noun follows.
    i += labels[at]!.length;
  }
  return head;
}

/** The words of the phrase after a question form, for {@link headNounIn}: time units and the like are tested on them. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .trim()
    .split(/\s+/)
    .flatMap((w) => w.split(HYPHENS).filter(Boolean).map((piece) => foldWord(piece)));
}

/** The terms and the head term that stand for an asked noun in a passage (see {@link MIN_ASKED_ALTERNATIVE_WEIGHT}). */
export function askedNounTerms(concept: Concept): { terms: Set<string>; head: string } {
  const { alts, translated } = concept;
  // All translations of an English word are one concept (query.ts): each counts.
  const terms = new Set(alts.filter((a) => !a.part && (translated || a.weight >= MIN_ASKED_ALTERNATIVE_WEIGHT)).map((a) => a.term));
  // A compound counts as its last part ("fünf ehemals staatseigenen Bahnen" for "Schmalspurbahnen"), not its first.
  const parts = alts.filter((a) => a.part);
  if (parts.length > 0) terms.add(parts[parts.length - 1]!.term);
  return { terms, head: alts[0]!.term };
}

/** Whether a passage word is the asked noun: one of its terms, or a longer word whose stem ends in the head ("Regierungschefs" for "Chefs"). */
export function isAskedNoun(analyzer: Analyzer, word: string, terms: ReadonlySet<string>, head: string): boolean {
  const stems = analyzer.terms(word);
  if (stems.some((t) => terms.has(t))) return true;
  return head.length >= MIN_HEAD_LENGTH && stems.some((t) => t.length > head.length && t.endsWith(head));
}
