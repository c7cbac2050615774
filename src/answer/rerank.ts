/**
 * The re-ranking score of a BM25 candidate: a linear model over a few features of the passage, with weights fitted
 * by `npm run eval -- learn` (src/eval/learn.ts: pairwise logistic regression on the tune splits, the gold passage
 * against every other candidate of its question) and kept in ranking.ts (`mix`).
 */
/** What the re-ranking looks at, per candidate; every feature but `length` is a share in [0, 1]. */
export interface RerankFeatures {
  /** Its BM25 score over the question's concepts, relative to the best candidate's. */
  bm25: number;
  /**
   * The IDF-weighted share of the question's concepts the passage holds (and, at a share, the passage before it and its
   * article's lead: features.ts `withContext`, `withLeadContext`).
   */
  coverage: number;
  /** The same share within the best quote window of one to three sentences (term proximity). */
  window: number;
  /** Of the question's topic nouns and names (by weight), what the passage holds, with the same context (evidence.ts). */
  evidence: number;
  /** The share within the best single sentence: a question is usually answered by one sentence. */
  sentence: number;
  /** log2 of the passage's length over {@link LENGTH_PIVOT}: a long passage holds more words by chance. */
  length: number;
  /**
   * Of the question's neighbouring content words (pairs, by weight), the share the passage has within a few words of
   * each other (features.ts `adjacentPairs`): word-level proximity, where `window` is sentence-level.
   */
  pairs: number;
  /**
   * Whether the best quote window holds every kind of answer the question asks for (a time, a number or a number of
   * a kind, the description of a person: questionIntent.ts `ANSWER_TYPE_TERMS`; not a quotation; evidence.ts
   * `lacksAnswerType`): 1 or 0, and 0 when the question asks for none. Coverage counts the type anywhere in the passage
   * among the question's words; a news lead names the event, the paragraph that answers holds the number. Abstention
   * does not read this feature (answer.ts `topicalBest`).
   */
  answerType: number;
  /**
   * Whether the passage is of a month the question names ("im März", "im Herbst": the article's date or a month in
   * the text, passageTerms.ts): 1 or 0, and 0 when the question names none. Coverage counts the month as one concept among
   * many; in a corpus that reports a whole year, the same people meet again and again and the month tells them apart.
   */
  month: number;
  /**
   * Whether the passage opens its article: 1 or 0. A news lead names the event, its people and places, and so covers
   * much of any question about it; a question about a detail ("Welche Ministerin unterschrieb …?") is answered by a
   * paragraph after it. The weight is the learner's (negative). Abstention does not read this feature (answer.ts
   * `topicalBest`): where a passage stands says nothing about whether the corpus covers the question.
   * The passage that opens its article is its first one (`ordinal` 0, passages.ts; kept in snapshots): the first body
   * block after any headings and captions, or, for a lead over `MAX_PASSAGE_LENGTH`, its first sentence window. A
   * headline that blocks.ts reads as body text (it ends like a sentence, "… nah dran!“", or is longer than a heading)
   * is that passage; when its text is the title articles.json gives, the passage after it counts as the lead too
   * (features.ts `isLead`).
   */
  lead: number;
}

/** A weight per feature (ranking.ts `mix`). */
export type RerankWeights = Record<keyof RerankFeatures, number>;

export const RERANK_FEATURES = ["bm25", "coverage", "window", "evidence", "sentence", "length", "pairs", "answerType", "month", "lead"] as const satisfies ReadonlyArray<keyof RerankFeatures>;

/** The passage length (characters) at which the length feature is 0: about a news paragraph. */
export const LENGTH_PIVOT = 400;

export function lengthFeature(chars: number): number {
  return Math.log2(Math.max(1, chars) / LENGTH_PIVOT);
}

export function rerankScore(f: RerankFeatures, mix: RerankWeights): number {
  let score = 0;
  for (const name of RERANK_FEATURES) score += mix[name] * f[name];
  return score;
}
