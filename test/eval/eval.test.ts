/**
 * The retrieval quality reached so far is a floor: a change that drops below it fails here.
 * Every suite has a floor per split (the held-out split included); a suite whose file is missing fails,
 * naming the file, unless ALLOW_MISSING_SHARED=true (only ../shared may be missing then).
 * Figures when these floors were set: see `npm run eval` in the last closing note. Session 40 relabelled the questions
 * answered only by a photo caption as out of scope (test/eval/reachable.test.ts): seed7's and seed22's abstained shares
 * fell (those questions are answered from the paragraphs around the picture) and seed8's held-out split has one
 * answerable question fewer for the same two wrong abstentions. Session 45's lead context (ranking.ts `leadContextShare`:
 * news hit@3 +2 tune, +4 held-out) cost one question each in seed8 (tune, MRR@5 0.84 → 0.83), seed16 (tune, hit@3
 * 0.84 → 0.81) and XQuAD German (tune hit@3 0.99 → 0.985, held-out MRR@5 0.96 → 0.955). Session 49's topicality of
 * compound parts (topicality.ts: out of scope abstained +1 news, +1 XQuAD on either split) cost seed16's held-out split
 * its first wrong abstention (1 of 32).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_QUOTE_LENGTH } from "../../src/answer/quote.js";
import { buildBaseline } from "../../src/eval/baseline.js";
import { evaluate } from "../../src/eval/evaluate.js";
import { corpusDirOf, type EvalCorpus, type LoadedSuites, loadSuites, sharedDir, splitOf } from "../../src/eval/sets.js";
import { createEngine, type Engine } from "../../src/search/engine.js";

interface Floor {
  hit1?: number;
  hit3: number;
  mrr5: number;
  quoteHit1?: number;
  /** Largest share of answerable questions abstained on. */
  maxWrongAbstentionShare: number;
  /** Smallest share of unanswerable questions abstained on. */
  minAbstained?: number;
}

const FLOORS: Record<string, Floor> = {
  "shared dev (tune)": { hit1: 0.86, hit3: 0.98, mrr5: 0.92, quoteHit1: 0.82, maxWrongAbstentionShare: 0.02, minAbstained: 0.98 },
  "own (tune)": { hit1: 0.93, hit3: 0.97, mrr5: 0.95, quoteHit1: 0.89, maxWrongAbstentionShare: 0.02, minAbstained: 0.7 },
  "english (tune)": { hit1: 0.94, hit3: 0.98, mrr5: 0.96, quoteHit1: 0.94, maxWrongAbstentionShare: 0.02, minAbstained: 0.86 },
  "fresh (tune)": { hit1: 0.83, hit3: 0.92, mrr5: 0.88, quoteHit1: 0.79, maxWrongAbstentionShare: 0.02, minAbstained: 0.05 },
  "heldout (held-out)": { hit1: 0.74, hit3: 0.83, mrr5: 0.79, quoteHit1: 0.68, maxWrongAbstentionShare: 0.06, minAbstained: 0.31 },
  "seed2 (tune)": { hit1: 0.75, hit3: 0.92, mrr5: 0.84, quoteHit1: 0.73, maxWrongAbstentionShare: 0.04, minAbstained: 0.6 },
  "seed3 (held-out)": { hit1: 0.75, hit3: 0.92, mrr5: 0.82, quoteHit1: 0.74, maxWrongAbstentionShare: 0.04, minAbstained: 0.6 },
  "seed2 (held-out)": { hit1: 0.84, hit3: 0.87, mrr5: 0.86, quoteHit1: 0.82, maxWrongAbstentionShare: 0.04, minAbstained: 0.44 },
  "seed4 (tune)": { hit1: 0.81, hit3: 0.89, mrr5: 0.86, quoteHit1: 0.81, maxWrongAbstentionShare: 0.02, minAbstained: 0.25 },
  "seed4 (held-out)": { hit1: 0.92, hit3: 0.97, mrr5: 0.93, quoteHit1: 0.89, maxWrongAbstentionShare: 0.02, minAbstained: 0.57 },
  "seed5 (tune)": { hit1: 0.84, hit3: 0.97, mrr5: 0.9, quoteHit1: 0.84, maxWrongAbstentionShare: 0.02, minAbstained: 0.55 },
  "seed5 (held-out)": { hit1: 0.82, hit3: 0.87, mrr5: 0.83, quoteHit1: 0.82, maxWrongAbstentionShare: 0.06, minAbstained: 0.55 },
  "seed6 (tune)": { hit1: 0.78, hit3: 0.91, mrr5: 0.82, quoteHit1: 0.7, maxWrongAbstentionShare: 0.02, minAbstained: 0.62 },
  "seed6 (held-out)": { hit1: 0.64, hit3: 0.81, mrr5: 0.72, quoteHit1: 0.64, maxWrongAbstentionShare: 0.09, minAbstained: 0.5 },
  "seed7 (tune)": { hit1: 0.66, hit3: 0.78, mrr5: 0.7, quoteHit1: 0.6, maxWrongAbstentionShare: 0.1, minAbstained: 0.5 },
  "seed7 (held-out)": { hit1: 0.7, hit3: 0.81, mrr5: 0.75, quoteHit1: 0.67, maxWrongAbstentionShare: 0.11, minAbstained: 0.37 },
  "seed8 (tune)": { hit1: 0.76, hit3: 0.86, mrr5: 0.83, quoteHit1: 0.76, maxWrongAbstentionShare: 0.02, minAbstained: 0.4 },
  "seed8 (held-out)": { hit1: 0.7, hit3: 0.82, mrr5: 0.75, quoteHit1: 0.61, maxWrongAbstentionShare: 0.07, minAbstained: 0.16 },
  "seed9 (tune)": { hit1: 0.71, hit3: 0.84, mrr5: 0.78, quoteHit1: 0.68, maxWrongAbstentionShare: 0.13, minAbstained: 0.5 },
  "seed9 (held-out)": { hit1: 0.65, hit3: 0.75, mrr5: 0.69, quoteHit1: 0.59, maxWrongAbstentionShare: 0.13, minAbstained: 0.75 },
  "seed10 (tune)": { hit1: 0.87, hit3: 0.93, mrr5: 0.9, quoteHit1: 0.87, maxWrongAbstentionShare: 0.04, minAbstained: 0.75 },
  "seed10 (held-out)": { hit1: 0.62, hit3: 0.75, mrr5: 0.69, quoteHit1: 0.59, maxWrongAbstentionShare: 0.07, minAbstained: 0.37 },
  "seed11 (tune)": { hit1: 0.77, hit3: 0.8, mrr5: 0.79, quoteHit1: 0.77, maxWrongAbstentionShare: 0.13, minAbstained: 0.55 }, // 0.66 until the lower-case parse read "nordkoreanischen" as an adjective, as typed properly (answered both ways since)
  "seed11 (held-out)": { hit1: 0.75, hit3: 0.81, mrr5: 0.79, quoteHit1: 0.75, maxWrongAbstentionShare: 0.1, minAbstained: 0.28 },
  "seed12 (tune)": { hit1: 0.65, hit3: 0.75, mrr5: 0.7, quoteHit1: 0.59, maxWrongAbstentionShare: 0.16, minAbstained: 0.37 },
  "seed12 (held-out)": { hit1: 0.68, hit3: 0.93, mrr5: 0.81, quoteHit1: 0.65, maxWrongAbstentionShare: 0.04, minAbstained: 0.62 },
  "seed13 (tune)": { hit1: 0.75, hit3: 0.93, mrr5: 0.83, quoteHit1: 0.71, maxWrongAbstentionShare: 0.04, minAbstained: 0.37 },
  "seed13 (held-out)": { hit1: 0.75, hit3: 0.87, mrr5: 0.81, quoteHit1: 0.68, maxWrongAbstentionShare: 0.04, minAbstained: 0.75 },
  "seed14 (tune)": { hit1: 0.65, hit3: 0.78, mrr5: 0.7, quoteHit1: 0.62, maxWrongAbstentionShare: 0.07, minAbstained: 0.5 },
  "seed14 (held-out)": { hit1: 0.87, hit3: 0.93, mrr5: 0.9, quoteHit1: 0.87, maxWrongAbstentionShare: 0.07, minAbstained: 0.37 },
  "seed15 (tune)": { hit1: 0.78, hit3: 0.9, mrr5: 0.83, quoteHit1: 0.78, maxWrongAbstentionShare: 0.02, minAbstained: 0.12 },
  "seed15 (held-out)": { hit1: 0.68, hit3: 0.75, mrr5: 0.74, quoteHit1: 0.68, maxWrongAbstentionShare: 0.02, minAbstained: 0.25 },
  "seed16 (tune)": { hit1: 0.75, hit3: 0.81, mrr5: 0.79, quoteHit1: 0.75, maxWrongAbstentionShare: 0.07, minAbstained: 0.5 },
  "seed16 (held-out)": { hit1: 0.75, hit3: 0.87, mrr5: 0.81, quoteHit1: 0.71, maxWrongAbstentionShare: 0.04, minAbstained: 0.25 },
  "seed17 (tune)": { hit1: 0.59, hit3: 0.62, mrr5: 0.63, quoteHit1: 0.56, maxWrongAbstentionShare: 0.16, minAbstained: 0.37 },
  "seed17 (held-out)": { hit1: 0.71, hit3: 0.9, mrr5: 0.8, quoteHit1: 0.71, maxWrongAbstentionShare: 0.07, minAbstained: 0.75 },
  "seed18 (tune)": { hit1: 0.87, hit3: 1, mrr5: 0.93, quoteHit1: 0.87, maxWrongAbstentionShare: 0, minAbstained: 0.75 },
  "seed18 (held-out)": { hit1: 0.9, hit3: 0.93, mrr5: 0.91, quoteHit1: 0.84, maxWrongAbstentionShare: 0.07, minAbstained: 0.75 },
  "seed19 (tune)": { hit1: 0.86, hit3: 0.95, mrr5: 0.89, quoteHit1: 0.81, maxWrongAbstentionShare: 0.05, minAbstained: 0.5 },
  "seed19 (held-out)": { hit1: 0.81, hit3: 0.86, mrr5: 0.86, quoteHit1: 0.81, maxWrongAbstentionShare: 0, minAbstained: 0.4 },
  "seed20 (tune)": { hit1: 0.88, hit3: 0.94, mrr5: 0.91, quoteHit1: 0.88, maxWrongAbstentionShare: 0, minAbstained: 0.66 },
  "seed20 (held-out)": { hit1: 0.88, hit3: 0.94, mrr5: 0.93, quoteHit1: 0.88, maxWrongAbstentionShare: 0, minAbstained: 0.75 },
  "seed21 (tune)": { hit1: 0.77, hit3: 1, mrr5: 0.88, quoteHit1: 0.66, maxWrongAbstentionShare: 0, minAbstained: 1 },
  "seed21 (held-out)": { hit1: 0.77, hit3: 1, mrr5: 0.88, quoteHit1: 0.77, maxWrongAbstentionShare: 0, minAbstained: 0.6 },
  // First run at 08a7b49 (session 28): tune 0.813 / 0.875 / 0.844 / 0.750, 3 wrong abstentions of 32, 4/8; held-out
  // 0.875 / 0.906 / 0.891 / 0.813, none, 5/7.
  "seed22 (tune)": { hit1: 0.81, hit3: 0.87, mrr5: 0.84, quoteHit1: 0.75, maxWrongAbstentionShare: 0.094, minAbstained: 0.4 },
  // MRR@5 0.89 → 0.88 (0.885): the lead feature (session 38) moved one answer from rank 2 to 3; its hit@1 and hit@3 stayed.
  "seed22 (held-out)": { hit1: 0.87, hit3: 0.9, mrr5: 0.88, quoteHit1: 0.81, maxWrongAbstentionShare: 0, minAbstained: 0.62 },
  // First run at d717ab9 (session 29) on all 50 lines; on the 25 kept after dropping near-duplicates: tune 1.000 /
  // 1.000 / 1.000 / 1.000, none of 11, 1/2; held-out 0.900 / 1.000 / 0.950 / 0.900, none of 10, 2/2. Held-out floors
  // at the first run, as for the other sets; the tune half's leave room for one question of 11 to miss or abstain
  // (a perfect floor would fail on any change to the engine).
  "seed29 (tune)": { hit1: 0.9, hit3: 0.9, mrr5: 0.9, quoteHit1: 0.9, maxWrongAbstentionShare: 0.1, minAbstained: 0.5 },
  "seed29 (held-out)": { hit1: 0.9, hit3: 1, mrr5: 0.95, quoteHit1: 0.9, maxWrongAbstentionShare: 0, minAbstained: 1 },
  // First run at d24054e (session 30) on all 60 lines; on the 25 kept after dropping near-duplicates: tune 1.000 /
  // 1.000 / 1.000 / 1.000, none of 11, 2/2; held-out 1.000 / 1.000 / 1.000 / 1.000, none of 9, 2/3. Held-out floors at
  // the first run; the tune half's as for seed29.
  "seed30 (tune)": { hit1: 0.9, hit3: 0.9, mrr5: 0.9, quoteHit1: 0.9, maxWrongAbstentionShare: 0.1, minAbstained: 0.5 },
  "seed30 (held-out)": { hit1: 1, hit3: 1, mrr5: 1, quoteHit1: 1, maxWrongAbstentionShare: 0, minAbstained: 0.66 },
  "out-of-scope (tune)": { hit3: 0, mrr5: 0, maxWrongAbstentionShare: 0, minAbstained: 0.81 },
  "out-of-scope (held-out)": { hit3: 0, mrr5: 0, maxWrongAbstentionShare: 0, minAbstained: 0.83 }, // 0.85 until lower-case questions were read as typed properly: "was hat jd vance auf der münchner sicherheitskonferenz gesagt" is answered typed either way since
  "xquad out-of-scope (tune)": { hit3: 0, mrr5: 0, maxWrongAbstentionShare: 0, minAbstained: 0.65 },
  "xquad out-of-scope (held-out)": { hit3: 0, mrr5: 0, maxWrongAbstentionShare: 0, minAbstained: 0.45 },
  "xquad de (tune)": { hit1: 0.96, hit3: 0.985, mrr5: 0.97, quoteHit1: 0.9, maxWrongAbstentionShare: 0.01 },
  // hit@1 0.95 → 0.94 (0.946), and English tune hit@1 0.86 → 0.85 (0.855), quote hit@1 0.8 → 0.79 (0.798): a Wikipedia
  // article's first paragraph is no news lead, and the lead feature (session 38) costs them 3 and 2 first places (with
  // `xquad even de`'s held-out 1, the German 4 of the feature's commit message); over the news and seed sets it gains
  // more (that commit message).
  "xquad de (held-out)": { hit1: 0.94, hit3: 0.979, mrr5: 0.955, quoteHit1: 0.89, maxWrongAbstentionShare: 0.02 },
  "xquad en (tune)": { hit1: 0.85, hit3: 0.9, mrr5: 0.87, quoteHit1: 0.79, maxWrongAbstentionShare: 0.04 },
  "xquad en (held-out)": { hit1: 0.79, hit3: 0.86, mrr5: 0.82, quoteHit1: 0.76, maxWrongAbstentionShare: 0.021 },
  "xquad even de (tune)": { hit1: 0.92, hit3: 0.96, mrr5: 0.94, quoteHit1: 0.84, maxWrongAbstentionShare: 0.02 },
  "xquad even de (held-out)": { hit1: 0.94, hit3: 0.98, mrr5: 0.96, quoteHit1: 0.92, maxWrongAbstentionShare: 0.02 },
  "xquad even en (tune)": { hit1: 0.88, hit3: 0.91, mrr5: 0.9, quoteHit1: 0.79, maxWrongAbstentionShare: 0.01 },
  "xquad even en (held-out)": { hit1: 0.85, hit3: 0.94, mrr5: 0.88, quoteHit1: 0.82, maxWrongAbstentionShare: 0.01 },
};

let loaded: LoadedSuites;
const engines = new Map<EvalCorpus, Engine>();
beforeAll(async () => {
  loaded = await loadSuites();
  for (const corpus of new Set(loaded.suites.map((s) => s.corpus))) engines.set(corpus, await createEngine(corpusDirOf(corpus, loaded)));
});

describe("retrieval quality floors", () => {
  it("GIVEN the evaluation sets THEN every one is present (../shared too, unless ALLOW_MISSING_SHARED=true)", () => {
    const allowed = process.env.ALLOW_MISSING_SHARED === "true";
    const missing = loaded.missing.filter((m) => !(allowed && m.file.startsWith(sharedDir())));
    expect(missing, `missing eval sets: ${missing.map((m) => `${m.name} at ${m.file}`).join(", ")}`).toEqual([]);
  });

  it("GIVEN every suite and split THEN its scores stay at or above the floor reached", () => {
    const below: string[] = [];
    for (const suite of loaded.suites) {
      const engine = engines.get(suite.corpus)!;
      const baseline = buildBaseline(engine.index);
      for (const split of ["tune", "held-out"] as const) {
        const cases = splitOf(suite.cases, split);
        if (cases.length === 0) continue;
        const s = evaluate(engine, `${suite.name} (${split})`, cases, baseline);
        const floor = FLOORS[s.name];
        if (!floor) {
          below.push(`${s.name}: no floor set`);
          continue;
        }
        const check = (what: string, value: number, min: number | undefined) => {
          if (min !== undefined && value < min) below.push(`${s.name}: ${what} ${value.toFixed(3)} < ${min}`);
        };
        if (s.answerable > 0) {
          check("hit@1", s.hit1, floor.hit1);
          check("hit@3", s.hit3, floor.hit3);
          check("MRR@5", s.mrr5, floor.mrr5);
          check("quote hit@1", s.quoteHit1, floor.quoteHit1);
          if (s.wrongAbstentions / s.answerable > floor.maxWrongAbstentionShare) below.push(`${s.name}: ${s.wrongAbstentions} wrong abstentions`);
        }
        if (s.unanswerable > 0) check("abstained share", (s.unanswerable - s.wrongAnswers) / s.unanswerable, floor.minAbstained);
        if (s.longestQuote > MAX_QUOTE_LENGTH) below.push(`${s.name}: quote of ${s.longestQuote} characters`);
      }
    }
    expect(below).toEqual([]);
  });
});
