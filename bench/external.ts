/**
 * `npm run bench -- external [--articles 20000] [--corpus DIR] [--root CHECKOUT]`: the external check of issue 15
 * (`--root` runs the CLI of another checkout, e.g. the commit before a change, on the same corpus and questions).
 *
 * N distinct synthetic articles on disk (written to DIR once, reused while DIR holds a `done` marker); the CLI batch
 * `ask --json` with 1,000 questions on stdin (the dev and held-out questions, then two-word queries from one
 * article's vocabulary); the same command with one question after the snapshot is cached (the warm start) is
 * subtracted: marginal cost per question = (batch − warm start) / 999. Plain MiniSearch (default options) over the
 * same paragraphs answers the same questions in the same run. Peak RSS comes from `/usr/bin/time` when present.
 * A second cold start asks a question the corpus does not answer: its abstention's corpus profile needs the actors,
 * which the CLI discovers on demand (the slowest single-question start).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import MiniSearch from "minisearch";
import { PACKAGE_ROOT } from "../src/config/paths.js";
import { Rng, writeSyntheticCorpus } from "./synthetic.js";

const QUESTION_FILES = [path.join(PACKAGE_ROOT, "..", "shared", "eval", "dev.jsonl"), path.join(PACKAGE_ROOT, "test", "eval", "heldout.jsonl")];
const BATCH = 1000;
/** Out of scope for the synthetic corpus (and the seed articles): the cold start then discovers the actors. */
export const ABSTAINED_QUESTION = "Wer gewann die Champions League 2024?";
const TIME = "/usr/bin/time";

interface Run {
  ms: number;
  peakRssMb: number | null;
  exit: number | null;
}

export interface ExternalResult {
  articles: number;
  paragraphs: number;
  cold: Run;
  /** A cold start whose one question is abstained ({@link ABSTAINED_QUESTION}). */
  coldAbstained: Run;
  warm: Run;
  batch: Run;
  marginalMs: number;
  plainBuildMs: number;
  plainMs: number;
  ratio: number;
}

/** The 1,000 questions: dev and held-out questions, then two-word queries from the middle article's words. */
export function externalQuestions(corpusDir: string): string[] {
  const questions: string[] = [];
  for (const file of QUESTION_FILES) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, "utf8").split("\n")) if (line.trim()) questions.push((JSON.parse(line) as { q: string }).q);
  }
  const files = readdirSync(corpusDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const one = readFileSync(path.join(corpusDir, files[Math.floor(files.length / 2)]!), "utf8");
  const words = [...new Set(one.split(/[^\p{L}-]+/u).filter((w) => w.length > 3))];
  const rng = new Rng(3);
  while (questions.length < BATCH) questions.push(`${rng.pick(words)} ${rng.pick(words)}`);
  return questions.slice(0, BATCH);
}

/**
 * The command the external check runs: `npm run --silent cli -- ask --json` (scripts/launch.mjs, dist/ when fresh);
 * a checkout from before the launcher runs its TypeScript through tsx directly.
 */
function cliCommand(root: string): string[] {
  if (existsSync(path.join(root, "scripts", "launch.mjs"))) return ["npm", "run", "--silent", "cli", "--", "ask", "--json"];
  return [process.execPath, "--import", "tsx", path.join(root, "src", "cli", "main.ts"), "ask", "--json"];
}

/** Compiles the checkout's dist/ when a source changed since its last build, as `npm ci` (prepare) would have. */
function ensureBuild(root: string): string {
  const build = path.join(root, "scripts", "build.mjs");
  if (!existsSync(build)) return "tsx";
  const r = spawnSync(process.execPath, [build, "--if-stale"], { cwd: root, stdio: "inherit" });
  return r.status === 0 ? "dist/ (compiled)" : "tsx (the build failed)";
}

function cli(root: string, corpusDir: string, cacheDir: string, input: string): Run {
  const command = cliCommand(root);
  const timed = existsSync(TIME);
  const started = performance.now();
  const r = spawnSync(timed ? TIME : command[0]!, timed ? ["-f", "%M", ...command] : command.slice(1), {
    cwd: root,
    input: readFileSync(input),
    env: { ...process.env, CORPUS_DIR: corpusDir, INDEX_CACHE_DIR: cacheDir, LOG_LEVEL: "warn" },
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - started;
  const last = Number(r.stderr.toString().trim().split("\n").pop());
  return { ms, peakRssMb: timed && Number.isFinite(last) ? last / 1024 : null, exit: r.status };
}

export async function externalCheck(options: { articles: number; corpusDir?: string; root?: string; progress?: (line: string) => void }): Promise<ExternalResult> {
  const root = options.root ?? PACKAGE_ROOT;
  const progress = options.progress ?? ((line: string) => process.stderr.write(`${line}\n`));
  const corpusDir = options.corpusDir ?? path.join(tmpdir(), `vb-external-${options.articles}`);
  if (!existsSync(path.join(corpusDir, "done"))) {
    progress(`external: writing ${options.articles} synthetic articles to ${corpusDir}…`);
    await writeSyntheticCorpus(corpusDir, options.articles);
    writeFileSync(path.join(corpusDir, "done"), "");
  }
  const work = mkdtempSync(path.join(tmpdir(), "vb-external-"));
  try {
    const questions = externalQuestions(corpusDir);
    const batchFile = path.join(work, "questions.txt");
    const oneFile = path.join(work, "one.txt");
    const abstainedFile = path.join(work, "abstained.txt");
    writeFileSync(batchFile, `${questions.join("\n")}\n`);
    writeFileSync(oneFile, "Wer ist Lawrow?\n");
    writeFileSync(abstainedFile, `${ABSTAINED_QUESTION}\n`);
    const cacheDir = path.join(work, "cache");
    progress(`external: the CLI runs from ${ensureBuild(root)}; cold start (build and save the snapshot), one question…`);
    const cold = cli(root, corpusDir, cacheDir, oneFile);
    progress(`external: cold ${Math.round(cold.ms)} ms; cold start with a question the corpus does not answer…`);
    const coldAbstained = cli(root, corpusDir, path.join(work, "cache-abstained"), abstainedFile);
    progress(`external: cold, abstained ${Math.round(coldAbstained.ms)} ms; warm start, one question…`);
    const warm = cli(root, corpusDir, cacheDir, oneFile);
    progress(`external: warm ${Math.round(warm.ms)} ms; batch of ${questions.length}…`);
    const batch = cli(root, corpusDir, cacheDir, batchFile);
    const marginalMs = (batch.ms - warm.ms) / (questions.length - 1);
    progress(`external: batch ${Math.round(batch.ms)} ms (${marginalMs.toFixed(1)} ms a question); plain MiniSearch…`);

    const docs: Array<{ id: number; text: string }> = [];
    for (const f of readdirSync(corpusDir).filter((name) => name.endsWith(".txt"))) {
      for (const p of readFileSync(path.join(corpusDir, f), "utf8").split(/\n\s*\n/)) if (p.trim()) docs.push({ id: docs.length, text: p });
    }
    const plain = new MiniSearch({ fields: ["text"] });
    let started = performance.now();
    plain.addAll(docs);
    const plainBuildMs = performance.now() - started;
    started = performance.now();
    for (const q of questions) plain.search(q).slice(0, 5);
    const plainMs = (performance.now() - started) / questions.length;
    const articles = readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).length;
    return { articles, paragraphs: docs.length, cold, coldAbstained, warm, batch, marginalMs, plainBuildMs, plainMs, ratio: marginalMs / plainMs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function formatExternal(r: ExternalResult): string {
  const rss = (run: Run) => (run.peakRssMb === null ? "–" : Math.round(run.peakRssMb).toLocaleString("en-US"));
  const ms = (v: number) => Math.round(v).toLocaleString("en-US");
  return [
    "| articles | paragraphs | cold start ms | cold start, abstained ms | warm start ms | batch of 1,000 ms | marginal ms/question | plain MiniSearch ms/question | ratio | peak RSS MB (cold / abstained / warm / batch) |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    `| ${ms(r.articles)} | ${ms(r.paragraphs)} | ${ms(r.cold.ms)} | ${ms(r.coldAbstained.ms)} | ${ms(r.warm.ms)} | ${ms(r.batch.ms)} | ${r.marginalMs.toFixed(1)} | ${r.plainMs.toFixed(1)} | ${r.ratio.toFixed(3)} | ${rss(r.cold)} / ${rss(r.coldAbstained)} / ${rss(r.warm)} / ${rss(r.batch)} |`,
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const flag = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const articles = Number(flag("articles") ?? 20_000);
  const corpusDir = flag("corpus");
  const root = flag("root");
  const result = await externalCheck({ articles, ...(corpusDir ? { corpusDir } : {}), ...(root ? { root: path.resolve(root) } : {}) });
  process.stdout.write(`${formatExternal(result)}\n`);
  return [result.cold, result.coldAbstained, result.warm, result.batch].every((r) => r.exit === 0) ? 0 : 1;
}
