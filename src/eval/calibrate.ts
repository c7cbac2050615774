/**
 * Calibrates abstention on the TUNE splits: fits the logistic answerability model (see ranking.ts `abstain`) to
 * answerable against out-of-scope questions, then prints, per threshold, the wrong abstentions and the
 * out-of-scope questions abstained on, per suite. `npm run eval -- calibrate`. The maintainer copies the
 * weights and the chosen threshold into DEFAULT_RANKING.
 */
import { answer } from "../answer/answer.js";
import type { AnswerabilityFeatures } from "../answer/evidence.js";
import { DEFAULT_RANKING } from "../answer/ranking.js";
import type { Engine } from "../search/engine.js";
import { type EvalCorpus, type EvalSuite, splitOf } from "./sets.js";

interface Sample {
  suite: string;
  answerable: boolean;
  /** null: the engine found no candidate at all (it abstains whatever the model says). */
  features: AnswerabilityFeatures | null;
}

const FEATURES = ["unknown", "evidence", "coverage", "missingAnswerType", "answerTypeAbsent", "countedNounAbsent", "offTopic", "unknownPlace"] as const;
const THRESHOLDS = [-1.5, -1, -0.5, -0.25, 0, 0.25, 0.5, 1];

export function collectSamples(suites: EvalSuite[], engines: ReadonlyMap<EvalCorpus, Engine>): Sample[] {
  const ranking = { ...DEFAULT_RANKING, abstain: { ...DEFAULT_RANKING.abstain, threshold: Number.NEGATIVE_INFINITY } };
  const samples: Sample[] = [];
  for (const suite of suites) {
    for (const c of splitOf(suite.cases, "tune")) {
      let features: AnswerabilityFeatures | null = null;
      answer(engines.get(suite.corpus)!, c.q, {
        ranking,
        trace: (step, d) => {
          if (step === "best") features = { unknown: d.unknown as number, evidence: d.evidence as number, coverage: d.coverage as number, missingAnswerType: d.missingAnswerType as number, answerTypeAbsent: d.answerTypeAbsent as number, countedNounAbsent: d.countedNounAbsent as number, offTopic: d.offTopic as number, unknownPlace: d.unknownPlace as number };
        },
      });
      samples.push({ suite: suite.name, answerable: c.answerable, features });
    }
  }
  return samples;
}

/** Logistic regression by gradient descent (a handful of features, a thousand samples). */
export function fitLogistic(samples: Sample[], rounds = 20_000, rate = 0.5): { weights: Record<(typeof FEATURES)[number], number>; bias: number } {
  const data = samples.filter((s) => s.features !== null);
  const w = new Float64Array(FEATURES.length);
  let b = 0;
  for (let r = 0; r < rounds; r++) {
    const g = new Float64Array(FEATURES.length);
    let gb = 0;
    for (const s of data) {
      const x = FEATURES.map((f) => s.features![f]);
      const z = b + x.reduce((sum, v, i) => sum + v * w[i]!, 0);
      const err = 1 / (1 + Math.exp(-z)) - (s.answerable ? 1 : 0);
      x.forEach((v, i) => {
        g[i]! += err * v;
      });
      gb += err;
    }
    for (let i = 0; i < w.length; i++) w[i]! -= (rate * g[i]!) / data.length;
    b -= (rate * gb) / data.length;
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { weights: Object.fromEntries(FEATURES.map((f, i) => [f, round(w[i]!)])) as Record<(typeof FEATURES)[number], number>, bias: round(b) };
}

export function calibrationReport(samples: Sample[]): string {
  const fit = fitLogistic(samples);
  const suites = [...new Set(samples.map((s) => s.suite))];
  const score = (f: AnswerabilityFeatures) => fit.bias + FEATURES.reduce((sum, k) => sum + fit.weights[k] * f[k], 0);
  const lines = [`fitted: weights ${JSON.stringify(fit.weights)}, bias ${fit.bias}`, "", `| threshold | ${suites.join(" | ")} |`, `|---:|${suites.map(() => "---:").join("|")}|`];
  for (const t of THRESHOLDS) {
    const cells = suites.map((name) => {
      const of = samples.filter((s) => s.suite === name);
      const abstains = (s: Sample) => s.features === null || score(s.features) < t;
      const answerable = of.filter((s) => s.answerable);
      const oos = of.filter((s) => !s.answerable);
      const parts = [];
      if (answerable.length > 0) parts.push(`wrong abst. ${answerable.filter(abstains).length}/${answerable.length}`);
      if (oos.length > 0) parts.push(`out-of-scope abst. ${oos.filter(abstains).length}/${oos.length}`);
      return parts.join(", ");
    });
    lines.push(`| ${t} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}
