/**
 * `cli eval`: one table over every evaluation suite (seed corpus and XQuAD), each split into the questions
 * tuning may look at and the held-out ones, beside a plain stemmed MiniSearch computed in the same run.
 */
import { ablationTable } from "../eval/ablation.js";
import { calibrationReport, collectSamples } from "../eval/calibrate.js";
import { goldReport } from "../eval/goldRanks.js";
import { collectCandidates, learnReport } from "../eval/learn.js";
import { type Baseline, buildBaseline } from "../eval/baseline.js";
import type { ResultView } from "../eval/cases.js";
import { type CaseOutcome, type EvalScores, evaluate, formatScores } from "../eval/evaluate.js";
import { passageViews, unreachableCases } from "../eval/reachable.js";
import { corpusDirOf, type EvalCorpus, type LoadedSuites, loadSuites, splitOf } from "../eval/sets.js";
import { createEngine, type Engine } from "../search/engine.js";
import type { CliArgs } from "./args.js";

/** Subcommands that print a report of their own over the suites: the table's per-question evaluation is not needed. */
const REPORTS = new Set(["calibrate", "learn", "gold", "ablation"]);

/** Where `runEval` reads its suites and writes its report (a test gives a small suite and collects the text). */
export interface EvalIo {
  load: () => Promise<LoadedSuites>;
  write: (text: string) => void;
}

const PROCESS_IO: EvalIo = { load: loadSuites, write: (text) => process.stdout.write(text) };

export async function runEval(args: CliArgs, io: EvalIo = PROCESS_IO): Promise<number> {
  const { write } = io;
  const loaded = await io.load();
  const report = args.text !== undefined && REPORTS.has(args.text);
  // The plain MiniSearch baseline only for the table (`questions` prints the engine's outcomes).
  const table = !report && args.text !== "questions";
  const engines = new Map<EvalCorpus, { engine: Engine; baseline: Baseline | undefined; views: ResultView[] }>();
  const rows: EvalScores[] = [];
  // Answerable questions whose expected answer lies in no passage (a caption, a headline): misses whatever the ranking.
  const unreachable: Array<{ set: string; split: string; q: string }> = [];
  for (const suite of loaded.suites) {
    let built = engines.get(suite.corpus);
    if (!built) {
      const engine = await createEngine(corpusDirOf(suite.corpus, loaded));
      // Every passage as a result, once per corpus: which answerable questions no passage can hit.
      built = { engine, baseline: table ? buildBaseline(engine.index) : undefined, views: table ? passageViews(engine) : [] };
      engines.set(suite.corpus, built);
    }
    const { engine, baseline, views } = built;
    if (table) for (const c of unreachableCases(suite.cases, views)) unreachable.push({ set: suite.name, split: c.split, q: c.q });
    for (const split of ["tune", "held-out"] as const) {
      const cases = splitOf(suite.cases, split);
      // `eval questions`: one JSON line per question, to compare two runs question by question (by `n`, its place in
      // the split). A held-out question's text is left out, as in the report.
      let n = 0;
      const print =
        args.text === "questions"
          ? (c: { q: string; answerable: boolean }, o: CaseOutcome) => write(`${JSON.stringify({ set: suite.name, split, n: n++, ...(split === "held-out" ? {} : { q: c.q }), answerable: c.answerable, ...o })}\n`)
          : undefined;
      if (cases.length > 0 && !report) rows.push(evaluate(engine, `${suite.name} (${split})`, cases, baseline, undefined, print));
    }
  }
  const enginesByCorpus = new Map([...engines].map(([k, v]) => [k, v.engine]));
  if (args.text === "calibrate") {
    write(`${calibrationReport(collectSamples(loaded.suites, enginesByCorpus))}\n`);
    return 0;
  }
  if (args.text === "learn") {
    write(`${learnReport(collectCandidates(loaded.suites, enginesByCorpus))}\n`);
    return 0;
  }
  if (args.text === "gold") {
    write(`${goldReport(collectCandidates(loaded.suites, enginesByCorpus))}\n`);
    return 0;
  }
  if (args.text === "ablation") {
    write(`${ablationTable(loaded.suites, enginesByCorpus)}\n`);
    return 0;
  }
  if (args.text === "questions") return 0;
  if (args.json) {
    // A held-out question's text stays out here too (see below).
    const shown = unreachable.map((u) => (u.split === "held-out" ? { set: u.set, split: u.split } : u));
    write(`${JSON.stringify({ rows: rows.map(({ failures, ...r }) => r), missing: loaded.missing, unreachable: shown })}\n`);
  } else {
    write(`${formatScores(rows)}\n`);
    for (const m of loaded.missing) write(`missing: ${m.name} (${m.file})\n`);
    // A held-out question is not shown, as its failures are not: whoever tunes the engine reads this report.
    for (const u of unreachable.filter((x) => x.split !== "held-out")) write(`unreachable: ${u.set} (${u.split}): ${u.q} (its expected answer stands in no passage of its files, counted as a miss)\n`);
    for (const [set, n] of heldOutCounts(unreachable)) {
      const what = n === 1 ? "1 question, not shown (its expected answer stands in no passage of its files, counted as a miss)" : `${n} questions, not shown (their expected answers stand in no passage of their files, counted as misses)`;
      write(`unreachable: ${set} (held-out): ${what}\n`);
    }
    if (args.text === "failures") for (const r of rows) if (!r.name.endsWith("(held-out)")) for (const f of r.failures) write(`  ${r.name}: ${f.q} → ${f.why}\n`);
  }
  return 0;
}

/** Per set, how many held-out questions no passage can answer, in the order the sets come. */
function heldOutCounts(unreachable: ReadonlyArray<{ set: string; split: string }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const u of unreachable) if (u.split === "held-out") counts.set(u.set, (counts.get(u.set) ?? 0) + 1);
  return counts;
}
