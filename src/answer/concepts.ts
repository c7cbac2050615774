/**
 * The question's concepts: what one thing the question asks about looks like ("Waffenruhe", "Kellogg"), with the
 * alternative index terms that count as finding it, and what the parsers (germanQuestion.ts, englishQuestion.ts) share.
 */
import type { Analyzer } from "../analysis/analyzer.js";
import type { Lexicon } from "../analysis/lexicon.js";
import type { RankingConfig } from "./ranking.js";

export interface Alternative {
  term: string;
  /** 1 for the word itself; less for parts and synonyms. */
  weight: number;
  /** An index term of the word itself other than its head: a compound's part or a lemma's stem. */
  part: boolean;
  /**
   * A word derived from the question's word or the reverse ("italienische" for "Italien"): it finds the passages that
   * use the other form, but it does not make the word itself known (evidence.ts `unknownness`); it does show that the
   * corpus reports on that place (unknownPlace.ts).
   */
  derived: boolean;
}

export interface Concept {
  /** The words of the question this concept stands for (the English path: in lower case, as its glossary keys). */
  label: string;
  /** The same words as the question writes them ("Greenland", not "greenland"): how an abstention names them. */
  written: string;
  alts: Alternative[];
  /** A noun or name: its absence from the corpus means the corpus does not cover the question. */
  noun: boolean;
  /** An English term whose German translations are equals: its rarity is that of the most common one. */
  translated: boolean;
  /** Fixed weight for question-intent concepts (answer types, questionIntent.ts; months, questionMonths.ts); others weigh by IDF. */
  weight: number | undefined;
  /**
   * Names the kind of answer ("Wochentag" in "An welchem Wochentag …") and the corpus does not use it: no topic a
   * passage must hold (evidence), though still a word the corpus lacks ("Wie viele Knochen …").
   */
  framing: boolean;
}

/**
 * An alternative, every field set: alternatives and concepts are read in the hottest loops of /ask, and objects of
 * one shape keep them monomorphic (optional fields set on some objects only deoptimised them again and again, a few
 * milliseconds each time, long after warm-up).
 */
export function makeAlternative(term: string, weight: number, kind: { part?: boolean; derived?: boolean } = {}): Alternative {
  return { term, weight, part: kind.part ?? false, derived: kind.derived ?? false };
}

/** A concept, every field set (see {@link makeAlternative}). */
export function makeConcept(label: string, alts: Alternative[], noun: boolean, extra: { translated?: boolean; weight?: number; framing?: boolean; written?: string } = {}): Concept {
  return { label, written: extra.written ?? label, alts, noun, translated: extra.translated ?? false, weight: extra.weight, framing: extra.framing ?? false };
}

/** Whether the corpus uses an index term; lets the parser widen only words the corpus does not use. */
export type KnownTerm = (term: string) => boolean;

/** What the question parser consults: the analyzer, the lexicon, the corpus vocabulary and the tuned weights. */
export interface ParseContext {
  analyzer: Analyzer;
  lexicon: Lexicon;
  known: KnownTerm;
  weights: RankingConfig["alternatives"];
  translation: RankingConfig["translation"];
  /** Weight of a month named inside a compound ("Februar-Telefonat"), as of one on its own. */
  monthWeight: number;
  /** Whether a verb of characterising ("Wie bewertete …") stands for the quotation answer type (RankingConfig.quotationType). */
  quotationType: boolean;
  /** Whether the corpus writes a term capitalised (corpusCase.ts); absent, no word is. */
  capitalised?: (term: string) => boolean;
}

/** A year ("2024") names a time the corpus either reports or does not, like a noun. */
export function isYear(word: string): boolean {
  return /^(?:1[0-9]|20)\d\d$/.test(word);
}

/** German nouns and names are capitalised; the first word of a question tells nothing. */
export function isCapitalised(question: string, start: number, word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  return question.slice(0, start).trim().length > 0;
}
