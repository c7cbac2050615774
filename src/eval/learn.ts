/**
 * Fits the re-ranking weights (ranking.ts `mix`, features in src/answer/rerank.ts) on the TUNE splits:
 * `npm run eval -- learn`. For every answerable question whose candidates hold a gold passage, the gold passage
 * (the one BM25 ranks highest) is paired with every other candidate; a logistic regression on the feature
 * differences (each question weighs the same, L2-regularised on standardised differences) gives weights that put gold
 * passages first.
 * The report shows hit@1 on the tune splits with the current weights, with weights fitted on one half of the
 * questions and scored on the other (two-fold, so no question scores the weights it was fitted on), and the
 * weights fitted on all of them, scaled to sum 1 in absolute value (the maintainer copies them into DEFAULT_RANKING),
 * and, per feature, two-fold hit@1 of the model refitted without it: what the feature adds.
 */
import { answer } from "../answer/answer.js";
import { DEFAULT_RANKING, type RankingConfig } from "../answer/ranking.js";
import { RERANK_FEATURES, type RerankFeatures, type RerankWeights, rerankScore } from "../answer/rerank.js";
import type { Engine } from "../search/engine.js";
import type { EvalCase } from "./cases.js";
import { passageView } from "./reachable.js";
import { type EvalCorpus, type EvalSuite, splitOf } from "./sets.js";

interface Candidate {
  features: RerankFeatures;
  gold: boolean;
  /** The candidate passage's article: goldRanks.ts tells a passage of the gold's own article from another article's. */
  articleId?: string;
}

/** Per suite: questions whose best-scoring candidate is gold, of all its questions. */
type SuiteHits = Map<string, { hits: number; of: number }>;

export interface LearnSample {
  suite: string;
  candidates: Candidate[];
}

/** L2 penalty of the fit: small, the features are few and the questions many. */
export const LEARN_L2 = 0.01;
/** Gradient-descent steps and step size: the loss is convex and the few weights settle long before 3,000 steps. */
const ROUNDS = 3000;
const RATE = 0.5;

/**
 * The candidates of every answerable tune question with their features and whether each is a hit. The shipped
 * weights are fitted on the repository's sets alone (run without NEWS_EVAL_DIR), so that anyone can refit them.
 */
export function collectCandidates(suites: EvalSuite[], engines: ReadonlyMap<EvalCorpus, Engine>): LearnSample[] {
  // Abstention off: a question the engine would decline still teaches the ranking.
  const ranking: RankingConfig = { ...DEFAULT_RANKING, abstain: { ...DEFAULT_RANKING.abstain, threshold: Number.NEGATIVE_INFINITY } };
  const samples: LearnSample[] = [];
  for (const suite of suites) {
    const engine = engines.get(suite.corpus)!;
    for (const c of splitOf(suite.cases, "tune")) {
      if (!c.answerable) continue;
      const candidates: Candidate[] = [];
      answer(engine, c.q, {
        ranking,
        trace: (step, d) => {
          if (step === "features") {
            const id = d.id as number;
            candidates.push({ features: d.features as RerankFeatures, gold: isGold(engine, c, id), articleId: engine.index.passages[id]!.articleId });
          }
        },
      });
      samples.push({ suite: suite.name, candidates });
    }
  }
  return samples;
}

function isGold(engine: Engine, c: EvalCase, id: number): boolean {
  return c.hit!(passageView(engine, id));
}

const vector = (f: RerankFeatures): number[] => RERANK_FEATURES.map((k) => f[k]);

/** Pairwise logistic regression by gradient descent; returns the weights in {@link RERANK_FEATURES} order. */
export function fitPairwise(samples: LearnSample[], l2 = LEARN_L2): number[] {
  const pairs: Array<{ d: number[]; w: number }> = [];
  for (const s of samples) {
    const golds = s.candidates.filter((c) => c.gold);
    const others = s.candidates.filter((c) => !c.gold);
    if (golds.length === 0 || others.length === 0) continue;
    const gold = vector(golds.reduce((a, b) => (b.features.bm25 > a.features.bm25 ? b : a)).features);
    for (const o of others) {
      const x = vector(o.features);
      pairs.push({ d: gold.map((g, i) => g - x[i]!), w: 1 / others.length });
    }
  }
  const n = RERANK_FEATURES.length;
  const w = new Float64Array(n);
  const total = pairs.reduce((sum, p) => sum + p.w, 0);
  if (total === 0) return [...w];
  // Fitted on standardised differences, so that the penalty weighs every feature alike: a feature that differs in few
  // pairs (the month, asked by few questions) is not shrunk for being rare. The weights are scaled back at the end.
  const scale = standardDeviations(pairs.map((p) => p.d), n);
  for (const p of pairs) p.d = p.d.map((x, i) => x / scale[i]!);
  for (let r = 0; r < ROUNDS; r++) {
    const grad = new Float64Array(n);
    for (const p of pairs) {
      let z = 0;
      for (let i = 0; i < n; i++) z += p.d[i]! * w[i]!;
      const miss = 1 - 1 / (1 + Math.exp(-z));
      for (let i = 0; i < n; i++) grad[i]! -= p.w * miss * p.d[i]!;
    }
    for (let i = 0; i < n; i++) w[i]! -= RATE * (grad[i]! / total + l2 * w[i]!);
  }
  return [...w].map((x, i) => x / scale[i]!);
}

/** Per column, the standard deviation of the rows' values; 1 for a column that never varies. */
function standardDeviations(rows: number[][], n: number): number[] {
  return Array.from({ length: n }, (_, i) => {
    const mean = rows.reduce((sum, r) => sum + r[i]!, 0) / rows.length;
    const sd = Math.sqrt(rows.reduce((sum, r) => sum + (r[i]! - mean) ** 2, 0) / rows.length);
    return sd > 0 ? sd : 1;
  });
}

export function asMix(weights: number[]): RerankWeights {
  const scale = weights.reduce((sum, x) => sum + Math.abs(x), 0) || 1;
  return Object.fromEntries(RERANK_FEATURES.map((k, i) => [k, Math.round((1000 * weights[i]!) / scale) / 1000])) as RerankWeights;
}

/** Questions whose best-scoring candidate is a gold one, per suite. */
export function hitsAt1(samples: LearnSample[], mix: RerankWeights): SuiteHits {
  const out: SuiteHits = new Map();
  for (const s of samples) {
    const row = out.get(s.suite) ?? { hits: 0, of: 0 };
    row.of++;
    let best: Candidate | undefined;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const c of s.candidates) {
      const score = rerankScore(c.features, mix);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best?.gold) row.hits++;
    out.set(s.suite, row);
  }
  return out;
}

export function learnReport(samples: LearnSample[]): string {
  const fitted = asMix(fitPairwise(samples));
  const rows: Array<[string, SuiteHits]> = [
    ["current weights", hitsAt1(samples, DEFAULT_RANKING.mix)],
    ["two-fold (fitted on the other half)", twoFold(samples)],
    ["fitted on all", hitsAt1(samples, fitted)],
    // What each feature adds: the model refitted without it (two-fold), correlated features standing in for it.
    ...RERANK_FEATURES.map((f): [string, SuiteHits] => [`two-fold without ${f}`, twoFold(samples.map((s) => without(s, f)))]),
  ];
  const suites = [...rows[0]![1].keys()];
  const cell = (m: SuiteHits, s: string) => `${m.get(s)?.hits ?? 0}/${m.get(s)?.of ?? 0}`;
  const all = (m: SuiteHits) => [...m.values()].reduce((sum, r) => sum + r.hits, 0);
  return [
    `fitted mix: ${JSON.stringify(fitted)}`,
    "",
    `| hit@1 (tune, abstention off) | all | ${suites.join(" | ")} |`,
    `|---|---:|${suites.map(() => "---:").join("|")}|`,
    ...rows.map(([name, m]) => `| ${name} | ${all(m)}/${samples.length} | ${suites.map((s) => cell(m, s)).join(" | ")} |`),
  ].join("\n");
}

/** hit@1 of weights fitted on one half of the questions (alternate lines) and scored on the other, both ways. */
function twoFold(samples: LearnSample[]): SuiteHits {
  const halves = [samples.filter((_, i) => i % 2 === 0), samples.filter((_, i) => i % 2 === 1)];
  return merge([hitsAt1(halves[1]!, asMix(fitPairwise(halves[0]!))), hitsAt1(halves[0]!, asMix(fitPairwise(halves[1]!)))]);
}

/** The sample with one feature held at 0 for every candidate: the fit cannot use it. */
function without(s: LearnSample, feature: keyof RerankFeatures): LearnSample {
  return { suite: s.suite, candidates: s.candidates.map((c) => ({ gold: c.gold, features: { ...c.features, [feature]: 0 } })) };
}

function merge(maps: Array<SuiteHits>): SuiteHits {
  const out: SuiteHits = new Map();
  for (const m of maps) for (const [k, v] of m) out.set(k, { hits: (out.get(k)?.hits ?? 0) + v.hits, of: (out.get(k)?.of ?? 0) + v.of });
  return out;
}
