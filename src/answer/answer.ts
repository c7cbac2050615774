/**
 * answer(question) → Answer: ranked passages that answer the question, each with a verbatim quote,
 * or an abstention when the corpus does not cover what the question asks about.
 */
import { cleanText, truncate } from "../analysis/normalize.js";
import type { Engine } from "../search/engine.js";
import { FIELD_BOOSTS, type PassageIndex } from "../search/passageIndex.js";
import { topCandidates } from "../search/topCandidates.js";
import { mergeDuplicates } from "./duplicates.js";
import { type PassageTerms, passageTerms } from "./passageTerms.js";
import { type Concept, parseQuery } from "./query.js";
import { bestWindow, clampQuote } from "./quote.js";
import type { Answer, AnswerResult } from "./types.js";

export interface AnswerOptions {
  /** How many results at most. Default {@link DEFAULT_LIMIT}. */
  limit?: number;
  /** Receives the engine's reasoning (concepts, weights, coverage) for tuning; see scratch tools and `eval --explain`. */
  trace?: (step: string, data: Record<string, unknown>) => void;
}

export const DEFAULT_LIMIT = 5;
/** Longest question the engine reads; the rest is ignored (Discord caps the option at 300). */
export const MAX_QUESTION_LENGTH = 1000;
/** How many MiniSearch hits are re-ranked by concept coverage. */
export const CANDIDATES = 40;
/** Below this share of the question's (IDF-weighted) concepts in the best passage, the engine abstains. */
export const MIN_COVERAGE = 0.5;
/** When nouns the corpus never uses carry this share of the question's weight, the engine abstains. */
export const MAX_UNKNOWN_NOUN_SHARE = 0.3;
/**
 * How candidates are ranked: the passage's share of the question, the best quote window's share (answers sit
 * in one or two sentences), and MiniSearch's BM25 relative to the best candidate (term frequency, length).
 */
export const RANK_MIX = { coverage: 0.5, quote: 0.3, bm25: 0.2 } as const;
/** A result after the first needs at least this share of the best result's coverage. */
export const RELATIVE_RESULT_COVERAGE = 0.5;
/** When nouns of the question that the best passage lacks carry this share of its weight, it answers something else. */
export const MAX_MISSING_NOUN_SHARE = 0.4;
/** Terms in more than this share of passages do not select candidates (they still count for coverage). */
export const COMMON_TERM_SHARE = 0.2;

export function answer(engine: Engine, question: string, options: AnswerOptions = {}): Answer {
  const { index, lexicon } = engine;
  const limit = options.limit ?? DEFAULT_LIMIT;
  const cleaned = truncate(cleanText(String(question ?? "")), MAX_QUESTION_LENGTH);
  const searched = { articles: index.articles.length, passages: index.passages.length };
  const abstain = (reason: Answer["reason"], language: Answer["language"] = "de"): Answer => ({
    question: cleaned,
    language,
    abstained: true,
    reason,
    results: [],
    searched,
  });
  if (cleaned.length === 0) return abstain("empty");

  const parsed = parseQuery(cleaned, index.analyzer, lexicon, (term) => index.df.has(term));
  if (parsed.concepts.length === 0) return abstain("no_content", parsed.language);
  const concepts = parsed.concepts.slice(0, 24);
  addFuzzyAlternatives(index, concepts);
  const weights = conceptWeights(index, concepts);
  const unknownShare = unknownNounShare(index, concepts, weights);
  options.trace?.("concepts", { unknownShare, concepts: concepts.map((c, i) => `${c.label}:${c.noun ? "N" : ""}:${weights[i]!.toFixed(2)}:${isKnown(index, c) ? "k" : "?"}`) });
  if (unknownShare >= MAX_UNKNOWN_NOUN_SHARE) return abstain("not_covered", parsed.language);

  const hits = topCandidates(index.search, selectingTerms(index, concepts), boostFor(concepts), FIELD_BOOSTS, CANDIDATES);
  if (hits.length === 0) return abstain("not_covered", parsed.language);
  const topBm = hits[0]!.score;

  const ranked = hits.map((hit) => {
    const terms = passageTerms(index, hit.id);
    const degrees = withContext(conceptDegrees(concepts, terms.all), index, hit.id, concepts);
    const coverage = weightedCoverage(degrees, weights);
    const window = bestWindow(
      terms.sentences.map((s) => ({ start: s.start, end: s.end, degrees: conceptDegrees(concepts, s.terms) })),
      weights,
      index.articleById.get(index.passages[hit.id]!.articleId)!.text,
    );
    const score = RANK_MIX.coverage * coverage + RANK_MIX.quote * (window?.coverage ?? 0) + RANK_MIX.bm25 * (hit.score / topBm);
    return { id: hit.id, terms, coverage, window, score, missingNouns: missingNounShare(concepts, degrees, weights) };
  });
  ranked.sort((a, b) => b.score - a.score);
  const best = ranked[0]!;
  options.trace?.("best", { coverage: best.coverage, missingNouns: best.missingNouns, window: best.window });
  if (best.coverage < MIN_COVERAGE || best.missingNouns >= MAX_MISSING_NOUN_SHARE) return abstain("not_covered", parsed.language);

  const matched = new Set(concepts.flatMap((c) => c.alts.map((a) => a.term)));
  // Further results must answer a fair part of the question too, not only share a subheading with it.
  const floor = Math.max(MIN_COVERAGE * 0.6, best.coverage * RELATIVE_RESULT_COVERAGE);
  const relevant = ranked.filter((r, i) => i === 0 || (r.coverage >= floor && (r.window?.coverage ?? 0) > 0));
  const groups = mergeDuplicates(index, relevant, limit);
  const results: AnswerResult[] = groups.map(({ primary, others }) => toResult(index, primary, others.map((o) => o.id), matched));
  return { question: cleaned, language: parsed.language, abstained: false, results, searched };
}

interface Ranked {
  id: number;
  terms: PassageTerms;
  window: { start: number; end: number } | null;
  score: number;
}

function toResult(index: PassageIndex, r: Ranked, alsoIds: number[], matched: Set<string>): AnswerResult {
  const passage = index.passages[r.id]!;
  const article = index.articleById.get(passage.articleId)!;
  const span = clampQuote(article.text, r.window?.start ?? passage.start, r.window?.end ?? passage.start + passage.text.length);
  const quote = article.text.slice(span.start, span.end);
  const marks: Array<[number, number]> = [];
  for (const t of index.analyzer.tokens(quote)) {
    if (index.analyzer.terms(t.raw).some((term) => matched.has(term))) marks.push([t.start, t.end]);
  }
  const alsoIn = alsoIds
    .map((id) => index.articleById.get(index.passages[id]!.articleId)!)
    .filter((a, i, all) => a.id !== article.id && all.findIndex((b) => b.id === a.id) === i)
    .map((a) => ({ articleId: a.id, file: a.file, title: a.title, date: a.date }));
  return {
    articleId: article.id,
    file: article.file,
    title: article.title,
    date: article.date,
    passageId: passage.id,
    passage: passage.text,
    quote,
    quoteStart: span.start,
    marks,
    score: Math.round(r.score * 1000) / 1000,
    alsoIn,
  };
}

/** BM25-style IDF; a term the corpus never uses weighs most. */
function idf(index: PassageIndex, df: number): number {
  const n = index.passages.length;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * A verb or adjective the corpus never uses is likely a paraphrase, not a missing topic: it weighs this share of
 * a word found once (relative, so the balance holds for five articles and for a million passages alike).
 */
export const UNKNOWN_WORD_SHARE = 0.25;

function conceptWeights(index: PassageIndex, concepts: Concept[]): Float32Array {
  return Float32Array.from(concepts, (c) => {
    if (c.weight !== undefined) return c.weight;
    // A word's own rarity decides; synonyms and parts only stand in when the corpus does not use the word.
    let df = c.translated ? 0 : (index.df.get(c.alts[0]!.term) ?? 0);
    if (df === 0) for (const a of c.alts) if (a.weight >= 0.8) df = Math.max(df, index.df.get(a.term) ?? 0);
    if (df === 0 && !c.noun && !isKnown(index, c)) return UNKNOWN_WORD_SHARE * idf(index, 1);
    return idf(index, df);
  });
}

function isKnown(index: PassageIndex, c: Concept): boolean {
  return c.alts.some((a) => (index.df.get(a.term) ?? 0) > 0);
}

/** Share of the question's weight carried by nouns the corpus never uses (nor any part or synonym of them). */
function unknownNounShare(index: PassageIndex, concepts: Concept[], weights: Float32Array): number {
  let unknown = 0;
  let total = 0;
  concepts.forEach((c, i) => {
    total += weights[i]!;
    if (c.noun && !isKnown(index, c)) unknown += weights[i]!;
  });
  return total > 0 ? unknown / total : 0;
}

/** Typos: a concept the corpus does not know gets the index terms within a small edit distance. */
function addFuzzyAlternatives(index: PassageIndex, concepts: Concept[]): void {
  for (const c of concepts) {
    const head = c.alts[0]!.term;
    if (c.weight !== undefined || isKnown(index, c) || head.length < 5 || /\d/.test(head)) continue;
    const hits = index.search.search(head, { fuzzy: head.length >= 8 ? 2 : 1, prefix: false, boostTerm: undefined });
    const found = new Set<string>();
    for (const hit of hits.slice(0, 50)) for (const t of hit.terms) found.add(t);
    for (const term of found) c.alts.push({ term, weight: 0.8 });
  }
}

/** Terms that select candidates: known terms, the very common ones left out when rarer ones exist. */
function selectingTerms(index: PassageIndex, concepts: Concept[]): string[] {
  const n = index.passages.length;
  const known = new Set<string>();
  for (const c of concepts) for (const a of c.alts) if (index.df.has(a.term)) known.add(a.term);
  const rare = [...known].filter((t) => index.df.get(t)! / n <= COMMON_TERM_SHARE);
  return rare.length > 0 ? rare : [...known];
}

function boostFor(concepts: Concept[]): (term: string) => number {
  const boost = new Map<string, number>();
  for (const c of concepts) for (const a of c.alts) boost.set(a.term, Math.max(boost.get(a.term) ?? 0, a.weight));
  return (term) => boost.get(term) ?? 1;
}

function conceptDegrees(concepts: Concept[], terms: ReadonlySet<string>): Float32Array {
  return Float32Array.from(concepts, (c) => {
    let best = 0;
    for (const a of c.alts) if (a.weight > best && terms.has(a.term)) best = a.weight;
    return best;
  });
}

/** A news paragraph continues the one before it: what the previous passage (same article, same heading) names counts at this share. */
export const CONTEXT_SHARE = 0.5;

function withContext(degrees: Float32Array, index: PassageIndex, id: number, concepts: Concept[]): Float32Array {
  const passage = index.passages[id]!;
  const previous = index.passages[id - 1];
  if (!previous || previous.articleId !== passage.articleId || previous.heading !== passage.heading) return degrees;
  const context = conceptDegrees(concepts, passageTerms(index, id - 1).all);
  for (let i = 0; i < degrees.length; i++) degrees[i] = Math.max(degrees[i]!, CONTEXT_SHARE * context[i]!);
  return degrees;
}

function missingNounShare(concepts: Concept[], degrees: Float32Array, weights: Float32Array): number {
  let missing = 0;
  let total = 0;
  concepts.forEach((c, i) => {
    total += weights[i]!;
    if (c.noun && degrees[i]! < 0.5) missing += weights[i]!;
  });
  return total > 0 ? missing / total : 0;
}

function weightedCoverage(degrees: Float32Array, weights: Float32Array): number {
  let covered = 0;
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    covered += degrees[i]! * weights[i]!;
    total += weights[i]!;
  }
  return total > 0 ? covered / total : 0;
}
