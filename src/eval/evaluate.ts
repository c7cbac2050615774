/**
 * Retrieval evaluation: hit@1, hit@3, MRR@5, quote hit@1 and abstention, for the engine and for the plain
 * stemmed MiniSearch baseline on the same questions in the same run.
 */
import { answer } from "../answer/answer.js";
import type { RankingConfig } from "../answer/ranking.js";
import type { AnswerResult } from "../answer/types.js";
import type { Engine } from "../search/engine.js";
import type { Baseline } from "./baseline.js";
import type { EvalCase, ResultView } from "./cases.js";

export interface EvalScores {
  name: string;
  answerable: number;
  unanswerable: number;
  hit1: number;
  hit3: number;
  mrr5: number;
  quoteHit1: number;
  /** Unanswerable questions the engine answered anyway. */
  wrongAnswers: number;
  /** Answerable questions it abstained on. */
  wrongAbstentions: number;
  longestQuote: number;
  /** The baseline on the same answerable questions (it never abstains). */
  baseline?: { hit1: number; hit3: number; mrr5: number };
  failures: Array<{ q: string; why: string }>;
}

export const EVAL_LIMIT = 5;

/** One question's outcome (`npm run eval -- questions` prints one per line, to compare two runs question by question). */
export interface CaseOutcome {
  /** The rank of the first result that answers it, 1 to {@link EVAL_LIMIT}; 0 for none (and for out-of-scope questions). */
  rank: number;
  abstained: boolean;
  /** Whether the first result's quote holds the answer. */
  quoteHit: boolean;
}

export function viewOf(r: AnswerResult): ResultView {
  return { file: r.file, passage: r.passage, passageStart: r.passageStart, quote: r.quote, alsoIn: r.alsoIn.map((a) => a.file) };
}

function rankOf(results: ResultView[], c: EvalCase): number {
  const i = results.findIndex((r) => c.hit!(r));
  return i < 0 ? 0 : i + 1;
}

export function evaluate(engine: Engine, name: string, cases: EvalCase[], baseline?: Baseline, ranking?: RankingConfig, onCase?: (c: EvalCase, outcome: CaseOutcome) => void): EvalScores {
  const s: EvalScores = { name, answerable: 0, unanswerable: 0, hit1: 0, hit3: 0, mrr5: 0, quoteHit1: 0, wrongAnswers: 0, wrongAbstentions: 0, longestQuote: 0, failures: [] };
  const b = { hit1: 0, hit3: 0, mrr5: 0 };
  for (const c of cases) {
    const a = answer(engine, c.q, { limit: EVAL_LIMIT, ...(ranking ? { ranking } : {}) });
    for (const r of a.results) s.longestQuote = Math.max(s.longestQuote, r.quote.length);
    if (!c.answerable) {
      onCase?.(c, { rank: 0, abstained: a.abstained, quoteHit: false });
      s.unanswerable++;
      if (!a.abstained) {
        s.wrongAnswers++;
        s.failures.push({ q: c.q, why: `answered: ${a.results[0]?.quote.slice(0, 80)}` });
      }
      continue;
    }
    s.answerable++;
    if (baseline) {
      const rank = rankOf(baseline.search(c.q, EVAL_LIMIT), c);
      if (rank === 1) b.hit1++;
      if (rank >= 1 && rank <= 3) b.hit3++;
      if (rank >= 1) b.mrr5 += 1 / rank;
    }
    if (a.abstained) {
      onCase?.(c, { rank: 0, abstained: true, quoteHit: false });
      s.wrongAbstentions++;
      s.failures.push({ q: c.q, why: `abstained (${a.reason})` });
      continue;
    }
    const views = a.results.map(viewOf);
    const rank = rankOf(views, c);
    if (rank === 1) s.hit1++;
    if (rank >= 1 && rank <= 3) s.hit3++;
    if (rank >= 1) s.mrr5 += 1 / rank;
    const top = views[0];
    const quoteHit = top !== undefined && c.hit!(top) && (c.quoteHit ?? (() => true))(top);
    onCase?.(c, { rank, abstained: false, quoteHit });
    if (quoteHit) s.quoteHit1++;
    else s.failures.push({ q: c.q, why: `rank ${rank || "-"}; top quote: ${top?.file.slice(0, 12)} ${top?.quote.slice(0, 100)}` });
  }
  const n = Math.max(1, s.answerable);
  s.hit1 /= n;
  s.hit3 /= n;
  s.mrr5 /= n;
  s.quoteHit1 /= n;
  if (baseline && s.answerable > 0) s.baseline = { hit1: b.hit1 / n, hit3: b.hit3 / n, mrr5: b.mrr5 / n };
  return s;
}

const f2 = (x: number) => x.toFixed(3);

export function formatScores(rows: EvalScores[]): string {
  const head =
    "| set | answerable | hit@1 | hit@3 | MRR@5 | quote hit@1 | wrong abstentions | out-of-scope abstained | longest quote | baseline hit@1 | baseline hit@3 | baseline MRR@5 |";
  const sep = "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  const lines = rows.map((r) => {
    const ans = r.answerable > 0;
    const cell = (x: number) => (ans ? f2(x) : "–");
    return `| ${r.name} | ${r.answerable} | ${cell(r.hit1)} | ${cell(r.hit3)} | ${cell(r.mrr5)} | ${cell(r.quoteHit1)} | ${ans ? `${r.wrongAbstentions} (${((100 * r.wrongAbstentions) / r.answerable).toFixed(1)} %)` : "–"} | ${r.unanswerable > 0 ? `${r.unanswerable - r.wrongAnswers}/${r.unanswerable}` : "–"} | ${r.longestQuote} | ${r.baseline ? f2(r.baseline.hit1) : "–"} | ${r.baseline ? f2(r.baseline.hit3) : "–"} | ${r.baseline ? f2(r.baseline.mrr5) : "–"} |`;
  });
  return [head, sep, ...lines].join("\n");
}
