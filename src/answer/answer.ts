/**
 * answer(question) → Answer: ranked passages that answer the question, each with a verbatim quote,
 * or an abstention when the corpus does not cover what the question asks about.
 *
 * The flow: question → concepts (query.ts) → BM25 candidates over the concepts' index terms → re-ranking by
 * coverage and proximity (features.ts) → abstention check → quotes and merged duplicates. Every tuned
 * number is in ranking.ts.
 */
import { cleanText } from "../analysis/normalize.js";
import type { Engine } from "../search/engine.js";
import { FIELD_BOOSTS, type PassageIndex } from "../search/passageIndex.js";
import { topCandidates } from "../search/topCandidates.js";
import { clipAtWord, withoutControlCharacters } from "../util/text.js";
import { agedConcepts, agesSomeoneNamed, besidePerson, personBefore } from "./ageOfPerson.js";
import { answerTypeFirst } from "./answerTypeFirst.js";
import type { Concept } from "./concepts.js";
import { writtenCapitalised } from "./corpusCase.js";
import { countedConcept, countedNounTerms, holdsCountOf } from "./countedNoun.js";
import { mergeDuplicates } from "./duplicates.js";
import { addFuzzyAlternatives, answerability, answerTypeInNoCandidate, conceptWeights, evidence, isKnown, lacksAnswerType, nounUnknownness, unknownNounShare } from "./evidence.js";
import { adjacentPairs, answerTypeWhere, conceptDegrees, isLead, sentenceDegrees, weightedCoverage, withContext, withLeadContext } from "./features.js";
import { withOutlets } from "./outlets.js";
import { ANAPHOR_TERM, digitNumbers, holdsNumberBesides, isMonthTerm, NUMBER_TERM, NUMBER_TYPE_TERMS, needsIntentTerms, passageTerms } from "./passageTerms.js";
import { parseQuery } from "./query.js";
import { ANSWER_TYPE_TERMS } from "./questionIntent.js";
import { bestWindow } from "./quote.js";
import { shownWindow } from "./quoteExtend.js";
import { DEFAULT_RANKING, type RankingConfig } from "./ranking.js";
import { lengthFeature, type RerankFeatures, rerankScore } from "./rerank.js";
import { addTranslationSiblings, unknownNouns } from "./siblings.js";
import { withoutSmallTalk } from "./smallTalk.js";
import { topicality } from "./topicality.js";
import { toResult } from "./toResult.js";
import { type Answer, type AnswerResult, MAX_QUESTION_LENGTH, UNKNOWN_WORD_SHOWN } from "./types.js";
import { namesUnknownPlace } from "./unknownPlace.js";

export interface AnswerOptions {
  /** How many results at most. Default {@link DEFAULT_LIMIT}. */
  limit?: number;
  /** The tuned numbers; default {@link DEFAULT_RANKING}. */
  ranking?: RankingConfig;
  /** Receives the engine's reasoning (concepts, weights, evidence) for tuning. */
  trace?: (step: string, data: Record<string, unknown>) => void;
}

export const DEFAULT_LIMIT = 5;

export function answer(engine: Engine, question: string, options: AnswerOptions = {}): Answer {
  const { index, lexicon } = engine;
  const cfg = options.ranking ?? DEFAULT_RANKING;
  const limit = options.limit ?? DEFAULT_LIMIT;
  // A longer question is cut before its first MAX_QUESTION_LENGTH characters end, at a word boundary.
  // A control character between words separates them ("Was\u0000sagte" is two words), unlike the invisible ones
  // cleanText drops (a soft hyphen inside a word).
  const cleaned = clipAtWord(cleanText(withoutControlCharacters(String(question ?? ""))), MAX_QUESTION_LENGTH);
  const searched = { articles: index.articles.length, passages: index.passages.length };
  const abstain = (reason: Answer["reason"], language: Answer["language"] = "de", unknownWords: string[] = []): Answer => ({
    question: cleaned,
    language,
    abstained: true,
    reason,
    results: [],
    searched,
    ...(unknownWords.length > 0 ? { unknownWords } : {}),
  });
  if (cleaned.length === 0) return abstain("empty");

  // The question without its small talk ("Hallo Bot, …", "… Danke im Voraus!", "<@123>"): no word of it is a topic.
  const asked = withoutSmallTalk(cleaned);
  const parsed = parseQuery(asked, index.analyzer, lexicon, (term) => index.df.has(term), cfg, (term) => writtenCapitalised(index, term));
  if (parsed.concepts.length === 0) return abstain("no_content", parsed.language);
  const concepts = withOutlets(index, parsed.concepts.slice(0, cfg.maxConcepts), cfg.outletWeight);
  const nouns = unknownNouns(index, concepts);
  // Before typo alternatives join the concepts ("Irland" is no "Inland").
  const placeUnknown = namesUnknownPlace(index, concepts, lexicon);
  addFuzzyAlternatives(index, concepts, cfg, lexicon.general);
  addTranslationSiblings(index, nouns, lexicon.general, cfg.alternatives.translationSibling);
  const weights = conceptWeights(index, concepts, cfg.unknownWordShare);
  const unknown = nounUnknownness(index, concepts, cfg.alternatives.part, cfg.translatedNounUse);
  const unknownShare = unknownNounShare(concepts, weights, unknown);
  // The question's nouns and names the corpus does not use, as written, each once (Answer.unknownWords).
  const unknownWords = () => [...new Set(concepts.filter((_, i) => unknown[i]! >= UNKNOWN_WORD_SHOWN).map((c) => c.written))];
  options.trace?.("concepts", {
    unknownShare,
    concepts: concepts.map((c, i) => `${c.label}:${c.noun ? "N" : ""}:${weights[i]!.toFixed(2)}:${isKnown(index, c) ? "k" : "?"}:${c.alts.map((a) => a.term).join("/")}`),
  });
  let selected = selecting(index, concepts, cfg);
  let hits = topCandidates(index.search, selected, FIELD_BOOSTS, cfg.candidates, { rarePostings: cfg.rarePostings });
  // Rare terms that select almost nothing and none of them a word of the question itself (a synonym's one passage): all
  // of the question's terms select, in the deeper look below too.
  if (hits.length < cfg.minSelectedCandidates && selected !== concepts && !selectsOwnWord(index, selected, concepts)) {
    selected = concepts;
    hits = topCandidates(index.search, selected, FIELD_BOOSTS, cfg.candidates, { rarePostings: cfg.rarePostings });
  }
  if (hits.length === 0) return abstain("not_covered", parsed.language, unknownWords());
  options.trace?.("candidates", { count: hits.length, unknown: unknownShare });
  const topBm = hits[0]!.score;

  const intent = needsIntentTerms(concepts);
  const answerTypes = concepts.map((c) => ANSWER_TYPE_TERMS.has(c.alts[0]!.term));
  const asksType = answerTypes.includes(true);
  // The month feature (rerank.ts) reads the months the question names, not a season's word ("Herbst" is "herb" as in
  // "ein herber Rückschlag"); `monthWeight` 0 switches months off altogether.
  const monthTerms = cfg.monthWeight > 0 ? concepts.flatMap((c) => c.alts.filter((a) => isMonthTerm(a.term)).map((a) => a.term)) : [];
  const numberTypes = concepts.flatMap((c, i) => (NUMBER_TYPE_TERMS.has(c.alts[0]!.term) ? [i] : []));
  const questionNumbers = digitNumbers(asked);
  const count = cfg.countedNoun ? countOf(asked, concepts) : null;
  const aged = cfg.ageBesidePerson ? agedConcepts(asked, concepts, index.analyzer, lexicon.general) : null;
  const rankHit = (hit: (typeof hits)[number]) => {
    const terms = passageTerms(index, hit.id, intent);
    let degrees = withContext(conceptDegrees(concepts, terms.all), index, hit.id, concepts, cfg.contextShare, intent);
    const degreesOf = sentenceDegrees(concepts, terms.sentences);
    const text = questionNumbers.size > 0 || count ? index.articleById.get(index.passages[hit.id]!.articleId)!.text : "";
    // "Wie hoch ist die Obergrenze im 28-Punkte-Plan?": the question's own numbers are no answer to it.
    if (questionNumbers.size > 0 && numberTypes.length > 0) {
      for (const at of numberTypes) {
        const term = concepts[at]!.alts[0]!.term;
        degrees = answerTypeWhere(degrees, degreesOf, terms.sentences, at, (s) => holdsNumberBesides(term, text.slice(s.start, s.end), questionNumbers));
      }
    }
    if (aged) {
      const before = personBefore(index, hit.id, concepts, aged.persons, intent);
      const sentencesOf = index.passages[hit.id]!.sentences;
      degrees = answerTypeWhere(degrees, degreesOf, terms.sentences, aged.at, (_, k) => besidePerson(degreesOf, aged.persons, k, before, agesSomeoneNamed(sentencesOf[k]!, index.analyzer, lexicon.general)));
    }
    // "Wie viele Journalisten …": a count of journalists ranks, not any number. Abstention weighs the two apart: any
    // number (`anyNumberSentences`) and, as a feature of its own, a count of the noun.
    const anyNumber = count ? degreesOf.slice() : degreesOf;
    if (count) degrees = answerTypeWhere(degrees, degreesOf, terms.sentences, count.at, (s) => holdsCountOf(index.analyzer, text.slice(s.start, s.end), count.terms, count.head));
    // The lead's context ranks; abstention reads what the passage itself (and the one before it) holds.
    const ranking = withLeadContext(degrees, index, hit.id, concepts, cfg.leadContextShare, cfg.leadContextReach);
    const coverage = weightedCoverage(degrees, weights);
    const sentences = terms.sentences.map((s, k) => ({ start: s.start, end: s.end, degrees: degreesOf[k]! }));
    const anyNumberSentences = count ? terms.sentences.map((s, k) => ({ start: s.start, end: s.end, degrees: anyNumber[k]! })) : sentences;
    // Ranking needs the window's coverage only; the quote rules (quote.ts) are applied to the results shown.
    const window = bestWindow(sentences, weights);
    const features: RerankFeatures = {
      bm25: hit.score / topBm,
      coverage: ranking === degrees ? coverage : weightedCoverage(ranking, weights),
      window: window?.coverage ?? 0,
      evidence: evidence(concepts, ranking, weights),
      sentence: sentences.reduce((best, s) => Math.max(best, weightedCoverage(s.degrees, weights)), 0),
      length: lengthFeature(index.passages[hit.id]!.text.length),
      pairs: adjacentPairs(concepts, weights, terms, cfg.pairGap, degreesOf),
      answerType: asksType && !lacksAnswerType(answerTypes, sentences, window) ? 1 : 0,
      month: monthTerms.some((t) => terms.all.has(t)) ? 1 : 0,
      lead: isLead(index, hit.id) ? 1 : 0,
    };
    options.trace?.("features", { id: hit.id, features });
    const score = rerankScore(features, cfg.mix);
    // Abstention judges the passage that best covers the question without the answer-type preference: a passage that
    // only looks like an answer ("Who is the prime minister of Japan?" → a sentence naming someone) decides nothing;
    // nor does where the passage stands in its article, nor what its lead names.
    const own = ranking === degrees ? features : { ...features, coverage, evidence: evidence(concepts, degrees, weights) };
    const topical = (own === features ? score : rerankScore(own, cfg.mix)) - cfg.mix.answerType * features.answerType - cfg.mix.lead * features.lead;
    return { id: hit.id, terms, sentences, anyNumberSentences, coverage, window, score, topical, evidence: own.evidence };
  };
  const ranked = hits.map(rankHit);
  // The kind of answer asked for stands in none of the candidates: the corpus may still report it a little further down
  // the BM25 order. Look deeper before judging that it does not (`answerTypeAbsent`, `countedNounAbsent`).
  const countMask = count ? answerTypes.map((_, i) => i === count.at) : null;
  const typeAbsent = () => answerTypeInNoCandidate(answerTypes, ranked.map((r) => ({ sentences: r.anyNumberSentences }))) || (countMask !== null && answerTypeInNoCandidate(countMask, ranked));
  // A first look that did not fill its candidates has nothing deeper to find.
  if (asksType && cfg.deeperCandidates > cfg.candidates && hits.length >= cfg.candidates && typeAbsent()) {
    // Only the passages that hold an asked kind at all are ranked: the deeper look is for the answer, not for more noise;
    // the rare terms' passages came with the first look.
    const seen = new Set(hits.map((h) => h.id));
    const askedKinds = concepts.flatMap((c, i) => (answerTypes[i] ? [c.alts[0]!.term] : []));
    const holdsAsked = (id: number) => askedKinds.some((t) => passageTerms(index, id, intent).all.has(t));
    for (const hit of topCandidates(index.search, selected, FIELD_BOOSTS, cfg.deeperCandidates)) if (!seen.has(hit.id) && holdsAsked(hit.id)) ranked.push(rankHit(hit));
  }
  ranked.sort((a, b) => b.score - a.score);
  options.trace?.("ranked", { top: ranked.slice(0, 5).map((r) => `${index.passages[r.id]!.id} ${r.score.toFixed(3)} cov ${r.coverage.toFixed(2)} win ${(r.window?.coverage ?? 0).toFixed(2)}`) });
  const best = ranked[0]!;
  const topicalBest = ranked.reduce((a, b) => (b.topical > a.topical ? b : a));
  const topic = topicality(index, concepts, lexicon.general);
  const features = {
    unknown: unknownShare,
    evidence: topicalBest.evidence,
    coverage: topicalBest.coverage,
    missingAnswerType: lacksAnswerType(answerTypes, topicalBest.anyNumberSentences, topicalBest.window) ? 1 : 0,
    answerTypeAbsent: answerTypeInNoCandidate(answerTypes, ranked.map((r) => ({ sentences: r.anyNumberSentences }))) ? 1 : 0,
    countedNounAbsent: 0,
    offTopic: topic < cfg.abstain.offTopicBelow ? 1 : 0,
    unknownPlace: placeUnknown ? 1 : 0,
  };
  // Numbers stand in some candidate, but none counts the noun asked about.
  if (countMask && features.answerTypeAbsent === 0) features.countedNounAbsent = answerTypeInNoCandidate(countMask, ranked) ? 1 : 0;
  const score = answerability(features, cfg);
  options.trace?.("best", { ...features, window: topicalBest.window?.coverage ?? 0, topicality: topic, score });
  if (score < cfg.abstain.threshold) return abstain("not_covered", parsed.language, unknownWords());

  answerTypeFirst(index, ranked, answerTypes, cfg.answerTypeFirst, cfg.answerTypeFirstOther, cfg.answerTypeFirstLead);
  const matched = new Set(concepts.flatMap((c) => c.alts.map((a) => a.term)));
  const floor = best.score * cfg.relativeResultScore;
  // The kinds of answer the quote must show when its passage holds them (RankingConfig.quoteHoldsAnswerType).
  const quoteTypes = cfg.quoteHoldsAnswerType ? answerTypes.map((t, i) => t && concepts[i]!.alts[0]!.term !== ANAPHOR_TERM) : undefined;
  const widening = { following: cfg.quoteFollowing, slide: cfg.quoteSlide, preceding: cfg.quotePreceding };
  const relevant = ranked
    .filter((r, i) => i === 0 || (r.score >= floor && (r.window?.coverage ?? 0) > 0))
    .slice(0, limit * SHOWN_CANDIDATES_PER_RESULT)
    .map((r) => ({ ...r, window: shownWindow(r.sentences, weights, index.articleById.get(index.passages[r.id]!.articleId)!.text, widening, quoteTypes) }));
  const groups = mergeDuplicates(index, relevant, limit);
  const results: AnswerResult[] = groups.map(({ primary, others }) => toResult(index, primary, others.map((o) => o.id), matched));
  return { question: cleaned, language: parsed.language, abstained: false, results, searched };
}

/** Candidates given trustworthy quotes and compared for duplicates, per result shown. */
const SHOWN_CANDIDATES_PER_RESULT = 3;

/**
 * The concepts' alternatives that select candidates: terms in more than `commonTermShare` of the passages are left
 * out when rarer ones exist (they still count in re-ranking). Keeps a question's cost bounded by what it asks.
 */
function selecting(index: PassageIndex, concepts: Concept[], cfg: RankingConfig): Concept[] {
  const max = cfg.commonTermShare * index.passages.length;
  const rare = concepts.map((c) => ({ ...c, alts: c.alts.filter((a) => (index.df.get(a.term) ?? 0) <= max) }));
  return rare.some((c) => c.alts.some((a) => index.df.has(a.term))) ? rare : concepts;
}

/** Whether some concept selects by its own word (its first alternative), not only by synonyms, parts or derived words. */
function selectsOwnWord(index: PassageIndex, selected: Concept[], concepts: Concept[]): boolean {
  return selected.some((c, i) => c.alts[0] !== undefined && c.alts[0].term === concepts[i]!.alts[0]!.term && index.df.has(c.alts[0].term));
}

/**
 * The count answer type's concept, and the terms and head of the noun it counts (countedNoun.ts), for a count question
 * that names one.
 */
function countOf(question: string, concepts: Concept[]): { at: number; terms: Set<string>; head: string } | null {
  const at = concepts.findIndex((c) => c.alts[0]!.term === NUMBER_TERM);
  const counted = at < 0 ? -1 : countedConcept(question, concepts);
  return counted < 0 ? null : { at, ...countedNounTerms(concepts[counted]!) };
}
