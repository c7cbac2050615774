/** The answer model: plain data that the CLI, the console and the Discord renderer all render. */
import type { Citation } from "../corpus/citation.js";
import type { CorpusProfile } from "../corpus/profile.js";

export interface ArticleRef extends Citation {
  articleId: string;
  file: string;
  title: string;
  date: string | null;
}

export interface AnswerResult extends ArticleRef {
  passageId: string;
  /** The whole passage, verbatim. */
  passage: string;
  /** Offset of the passage in the article text. */
  passageStart: number;
  /** One to three verbatim sentences of the passage that answer the question (≤ MAX_QUOTE_LENGTH). */
  quote: string;
  /** Offset of the quote in the article text, so a reader can open the source at this passage. */
  quoteStart: number;
  /** [start, end) ranges in `quote` of the words that matched the question, for bold marking. */
  marks: Array<[number, number]>;
  score: number;
  /** The same report in other articles. */
  alsoIn: ArticleRef[];
}

export type AbstainReason = "empty" | "no_content" | "not_covered";

/**
 * Longest question the engine reads; the rest is ignored, from the last whole word on (Discord caps the option at 300).
 * The CLI refuses a longer question (an argument, a line of a batch, a console line) instead of having it cut here.
 */
export const MAX_QUESTION_LENGTH = 1000;

/** How far a noun must be unknown to the corpus to be named in an abstention (1: not at all, 0.4: only inside longer words). */
export const UNKNOWN_WORD_SHOWN = 0.75;

export interface Answer {
  question: string;
  language: "de" | "en";
  abstained: boolean;
  reason?: AbstainReason;
  results: AnswerResult[];
  /** Size of what was searched, for the footer. */
  searched: { articles: number; passages: number };
  /** On an abstention from the core: what the corpus does cover, for the message and its example questions. */
  corpus?: CorpusProfile;
  /**
   * On a "not_covered" abstention: the question's nouns and names the corpus does not use (evidence.ts `unknownness`
   * at least {@link UNKNOWN_WORD_SHOWN}), as the question writes them (an English word or phrase in lower case), so the
   * reader knows what to ask otherwise.
   */
  unknownWords?: string[];
}
