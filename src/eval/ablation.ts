/**
 * Ablation: each ranking feature switched off in turn, scored on the TUNE split of every suite (never the
 * held-out one), so that each feature shows what it adds. `npm run eval -- ablation`.
 */
import { DEFAULT_RANKING, type RankingConfig } from "../answer/ranking.js";
import type { Engine } from "../search/engine.js";
import { evaluate } from "./evaluate.js";
import { type EvalCorpus, type EvalSuite, splitOf } from "./sets.js";

type Variant = { name: string; ranking: RankingConfig };

const D = DEFAULT_RANKING;
export const VARIANTS: Variant[] = [
  { name: "all features", ranking: D },
  { name: "no re-ranking (BM25 only)", ranking: { ...D, mix: { bm25: 1, coverage: 0, window: 0, evidence: 0, sentence: 0, length: 0, pairs: 0, answerType: 0, month: 0, lead: 0 } } },
  { name: "− coverage", ranking: { ...D, mix: { ...D.mix, coverage: 0 } } },
  { name: "− proximity (quote window)", ranking: { ...D, mix: { ...D.mix, window: 0 } } },
  { name: "− bm25 in the mix", ranking: { ...D, mix: { ...D.mix, bm25: 0 } } },
  { name: "− topic evidence", ranking: { ...D, mix: { ...D.mix, evidence: 0 } } },
  { name: "− best sentence", ranking: { ...D, mix: { ...D.mix, sentence: 0 } } },
  { name: "− passage length", ranking: { ...D, mix: { ...D.mix, length: 0 } } },
  { name: "− neighbouring words (pairs)", ranking: { ...D, mix: { ...D.mix, pairs: 0 } } },
  { name: "− answer type in the best window (feature)", ranking: { ...D, mix: { ...D.mix, answerType: 0 } } },
  { name: "− month of the passage (feature)", ranking: { ...D, mix: { ...D.mix, month: 0 } } },
  { name: "− the article's lead (feature)", ranking: { ...D, mix: { ...D.mix, lead: 0 } } },
  { name: "− paragraph context", ranking: { ...D, contextShare: 0 } },
  { name: "− the lead as context", ranking: { ...D, leadContextShare: 0 } },
  { name: "− answer types", ranking: { ...D, answerTypeWeight: 0 } },
  { name: "− months in the question", ranking: { ...D, monthWeight: 0 } },
  { name: "unknown verbs and adjectives at a full word's weight", ranking: { ...D, unknownWordShare: 1 } },
  { name: "− typo and compound alternatives", ranking: { ...D, fuzzyMinLength: Number.POSITIVE_INFINITY } },
  { name: "− domain synonyms and pivots", ranking: { ...D, alternatives: { ...D.alternatives, synonym: 0, pivot: 0 } } },
  { name: "− thesaurus", ranking: { ...D, alternatives: { ...D.alternatives, thesaurus: 0 } } },
  { name: "− words sharing a narrow English translation (general dictionary)", ranking: { ...D, alternatives: { ...D.alternatives, translationSibling: 0 } } },
  { name: "− general English dictionary", ranking: { ...D, translation: { ...D.translation, max: 0 } } },
  { name: "− general dictionary's senses beside the glossary's", ranking: { ...D, translation: { ...D.translation, besideGlossary: 0 } } },
  { name: "− English words as written (German text quoting English terms)", ranking: { ...D, translation: { ...D.translation, asWritten: 0 } } },
  { name: "− German spellings of names", ranking: { ...D, alternatives: { ...D.alternatives, transliteration: 0 } } },
  { name: "− derived words (place ↔ adjective, adjective ↔ noun of quality, noun of action ↔ verb)", ranking: { ...D, alternatives: { ...D.alternatives, derived: 0 } } },
  { name: "− capitals for their countries and the reverse", ranking: { ...D, alternatives: { ...D.alternatives, capital: 0 } } },
  { name: "− places named by their water ('am Golf' → Saudi-Arabien)", ranking: { ...D, alternatives: { ...D.alternatives, waterPlace: 0 } } },
  { name: "− compound parts", ranking: { ...D, alternatives: { ...D.alternatives, part: 0, modifier: 0 } } },
  { name: "− compound modifiers weaker than the head (modifier = part)", ranking: { ...D, alternatives: { ...D.alternatives, modifier: D.alternatives.part } } },
  { name: "− following sentences in the quote", ranking: { ...D, quoteFollowing: false } },
  { name: "− preceding sentences in the quote", ranking: { ...D, quotePreceding: false } },
  { name: "− quote sliding forward", ranking: { ...D, quoteSlide: false } },
  { name: "− answer type in the quote window", ranking: { ...D, quoteHoldsAnswerType: false } },
  { name: "− English nouns known only where the corpus writes their translation as a noun", ranking: { ...D, translatedNounUse: false } },
  { name: "− answer type in abstention", ranking: { ...D, abstain: { ...D.abstain, weights: { ...D.abstain.weights, missingAnswerType: 0, answerTypeAbsent: 0 } } } },
  { name: "− quotation answer type (Wie bewertete …, How did X describe …)", ranking: { ...D, quotationType: false } },
  { name: "− the passage of the first article that holds the asked kind first", ranking: { ...D, answerTypeFirst: 0 } },
  { name: "− a lower share for a passage of the lead's own article (answerTypeFirstLead = answerTypeFirst)", ranking: { ...D, answerTypeFirstLead: D.answerTypeFirst } },
  { name: "− another article's passage that holds the asked kind first", ranking: { ...D, answerTypeFirstOther: 0 } },
  { name: "− passages of rare terms as extra candidates", ranking: { ...D, rarePostings: 0 } },
  { name: "− counted noun of a count question (any number answers)", ranking: { ...D, countedNoun: false } },
  { name: "− an age only beside the person asked about", ranking: { ...D, ageBesidePerson: false } },
  { name: "− counted noun absent from every candidate (abstention only)", ranking: { ...D, abstain: { ...D.abstain, weights: { ...D.abstain.weights, countedNounAbsent: 0 } } } },
  { name: "− deeper look for the asked kind before it counts as absent", ranking: { ...D, deeperCandidates: 0 } },
  { name: "− every term selects when the rare ones select almost nothing", ranking: { ...D, minSelectedCandidates: 0 } },
  { name: "− answer type absent from every candidate", ranking: { ...D, abstain: { ...D.abstain, weights: { ...D.abstain.weights, answerTypeAbsent: 0 } } } },
  { name: "− off-topic veto (no word more at home in the corpus than in general German)", ranking: { ...D, abstain: { ...D.abstain, weights: { ...D.abstain.weights, offTopic: 0 } } } },
  { name: "− unknown-place veto (a country or capital the corpus never names)", ranking: { ...D, abstain: { ...D.abstain, weights: { ...D.abstain.weights, unknownPlace: 0 } } } },
  { name: "− abstention", ranking: { ...D, abstain: { ...D.abstain, threshold: Number.NEGATIVE_INFINITY } } },
];

export function ablationTable(suites: EvalSuite[], engines: ReadonlyMap<EvalCorpus, Engine>, variants: Variant[] = VARIANTS): string {
  const cols = suites.filter((s) => splitOf(s.cases, "tune").length > 0);
  const head = `| variant | ${cols.map((s) => `${s.name}: ${s.cases.some((c) => c.answerable) ? "hit@1 / hit@3 / abst." : "abstained"}`).join(" | ")} |`;
  const sep = `|---|${cols.map(() => "---:").join("|")}|`;
  const rows = variants.map((v) => {
    const cells = cols.map((suite) => {
      const s = evaluate(engines.get(suite.corpus)!, suite.name, splitOf(suite.cases, "tune"), undefined, v.ranking);
      return s.answerable > 0 ? `${s.hit1.toFixed(3)} / ${s.hit3.toFixed(3)} / ${s.wrongAbstentions}` : `${s.unanswerable - s.wrongAnswers}/${s.unanswerable}`;
    });
    return `| ${v.name} | ${cells.join(" | ")} |`;
  });
  return [head, sep, ...rows].join("\n");
}
