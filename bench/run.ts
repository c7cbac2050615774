/**
 * `npm run bench [-- --sizes seed,10k,100k,220k,1m] [--quick] [--skip-plain] [--skip-discord]` (`npm run bench -- parsing`: bench/parsing.ts;
 * `npm run bench -- burst [--sizes seed,3k,20k] [--bursts 50,100,500,1000]`: bursts and reloads against the real bot process, bench/burst.ts;
 * `npm run bench -- external [--articles 20000]`: the CLI-batch check of issue 15, bench/external.ts): index build, snapshot save/load, /ask latency and memory
 * of our engine at several corpus sizes, side by side with plain MiniSearch (default options) over the same passages.
 * Progress goes to stderr, one markdown table to stdout.
 *
 * Rows: "seed" is the five articles of corpus/; the others are the seed articles plus synthetic ones
 * (bench/synthetic.ts) generated in memory: parsed with parseArticle exactly as loadCorpus would, so file I/O is
 * not part of the build time (the CLI measurement with CORPUS_DIR covers the disk path). Each measurement runs in
 * its own child process (`--max-old-space-size=16000 --expose-gc`), so heap and RSS belong to one engine only.
 *
 * Other modules may add rows (the Discord path): use {@link benchRows} and {@link printTable}.
 */
import { type DiscordBenchResult, discordBench } from "./discordPath.js";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import MiniSearch from "minisearch";
import { loadLexicon } from "../src/analysis/lexicon.js";
import { answer } from "../src/answer/answer.js";
import { EMBEDDED_CORPUS_DIR, PACKAGE_ROOT } from "../src/config/paths.js";
import { coreSemiSpaceMb } from "../src/core/servingLimits.js";
import { loadCorpus } from "../src/corpus/loadCorpus.js";
import { splitPassages } from "../src/corpus/passages.js";
import type { Article } from "../src/corpus/types.js";
import { engineFromArticles, updateEngine } from "../src/search/engine.js";
import { loadSnapshot, saveSnapshot, snapshotPath } from "../src/search/snapshot/cache.js";
import { Rng, syntheticArticles } from "./synthetic.js";
import { isEntryScript, runMain } from "../src/util/runMain.js";

/** Passages per synthetic article (measured: 20,000 articles → 216,000 passages). */
const PASSAGES_PER_ARTICLE = 10.8;
export const SIZES = { seed: 0, "10k": 10_000, "100k": 100_000, "220k": 220_000, "1m": 1_000_000 } as const;
export type Size = keyof typeof SIZES;
const DEV_FILE = path.join(PACKAGE_ROOT, "..", "shared", "eval", "dev.jsonl");
const SNAPSHOT_KEY = "bench".padEnd(32, "0");

/** One table row; a missing value prints as "–" (a row for another path may fill only some columns). */
export interface Row {
  name: string;
  passages?: number;
  buildMs?: number;
  saveMs?: number;
  loadMs?: number;
  snapshotMb?: number;
  /** Heap after loading the snapshot in a fresh process (postings stay encoded until used). */
  loadHeapMb?: number;
  /** Answers from the loaded snapshot equal the freshly built engine's. */
  sameAnswers?: boolean;
  devP50?: number;
  devP99?: number;
  randP50?: number;
  randP99?: number;
  /** Two-word queries with one word the corpus never uses (the typo and compound fallbacks run). */
  unknownP50?: number;
  unknownP99?: number;
  /** Adding one article to the live index (updateEngine), and removing it again. */
  addMs?: number;
  removeMs?: number;
  heapMb?: number;
  rssMb?: number;
  plainBuildMs?: number;
  plainDevP50?: number;
  plainDevP99?: number;
  plainRandP50?: number;
  plainRandP99?: number;
  plainHeapMb?: number;
  /** Heap of articles and passages alone, before either index: the common baseline. */
  baseHeapMb?: number;
  note?: string;
}

export interface BenchOptions {
  sizes?: Size[];
  quick?: boolean;
  /** Leave plain MiniSearch out (its 1M row takes longer than all of ours): its columns print "–". */
  skipPlain?: boolean;
  progress?: (line: string) => void;
}

// ---------------------------------------------------------------------------------------------
// Parent: one child process per measurement.

export async function benchRows(options: BenchOptions = {}): Promise<Row[]> {
  const sizes = options.sizes ?? (options.quick ? ["seed", "10k"] : ["seed", "10k", "100k", "220k", "1m"]);
  const progress = options.progress ?? ((line: string) => process.stderr.write(`${line}\n`));
  const rows: Row[] = [];
  for (const size of sizes) {
    const cacheDir = await mkdtemp(path.join(tmpdir(), "vb-bench-"));
    try {
      progress(`bench: ${size}: our engine (build, save, queries)…`);
      const ours = (await child("ours", size, cacheDir, options.quick ?? false, progress)) as ChildOurs;
      progress(`bench: ${size}: snapshot load in a fresh process…`);
      const loaded = (await child("load", size, cacheDir, options.quick ?? false, progress)) as ChildLoad;
      const none = { p50: Number.NaN, p99: Number.NaN };
      let plain: ChildPlain = { buildMs: Number.NaN, heapMb: Number.NaN, dev: none, rand: none };
      if (!options.skipPlain) {
        progress(`bench: ${size}: plain MiniSearch…`);
        plain = (await child("plain", size, cacheDir, options.quick ?? false, progress)) as ChildPlain;
      }
      rows.push({
        name: size === "seed" ? "seed corpus" : `synthetic ${size}`,
        passages: ours.passages,
        buildMs: ours.buildMs,
        saveMs: ours.saveMs,
        loadMs: loaded.loadMs,
        snapshotMb: ours.snapshotMb,
        loadHeapMb: loaded.heapMb,
        sameAnswers: loaded.digest === ours.digest,
        devP50: ours.dev.p50,
        devP99: ours.dev.p99,
        randP50: ours.rand.p50,
        randP99: ours.rand.p99,
        unknownP50: ours.unknown.p50,
        unknownP99: ours.unknown.p99,
        addMs: ours.addMs,
        removeMs: ours.removeMs,
        heapMb: ours.heapMb,
        rssMb: ours.rssMb,
        plainBuildMs: plain.buildMs,
        plainDevP50: plain.dev.p50,
        plainDevP99: plain.dev.p99,
        plainRandP50: plain.rand.p50,
        plainRandP99: plain.rand.p99,
        plainHeapMb: plain.heapMb,
        baseHeapMb: ours.baseHeapMb,
      });
      progress(`bench: ${size}: done (${ours.passages} passages; loaded p50 dev ${fmt(loaded.dev.p50)} ms, rand ${fmt(loaded.rand.p50)} ms)`);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  }
  return rows;
}

interface Latency {
  p50: number;
  p99: number;
}
interface ChildOurs {
  passages: number;
  buildMs: number;
  saveMs: number;
  snapshotMb: number;
  heapMb: number;
  rssMb: number;
  baseHeapMb: number;
  dev: Latency;
  rand: Latency;
  unknown: Latency;
  addMs: number;
  removeMs: number;
  digest: string;
}
interface ChildLoad {
  loadMs: number;
  heapMb: number;
  dev: Latency;
  rand: Latency;
  digest: string;
}
interface ChildPlain {
  buildMs: number;
  heapMb: number;
  dev: Latency;
  rand: Latency;
}

function child(kind: "ours" | "load" | "plain", size: Size, cacheDir: string, quick: boolean, progress: (line: string) => void): Promise<unknown> {
  const args = [
    "--expose-gc",
    "--max-old-space-size=16000",
    // The young generation the bot's core worker has (workerCore.ts), so that /ask is timed as the bot runs it.
    `--max-semi-space-size=${coreSemiSpaceMb()}`,
    "--import",
    import.meta.resolve("tsx"),
    fileURLToPath(import.meta.url),
    "--child",
    kind,
    "--size",
    size,
    "--cache",
    cacheDir,
    ...(quick ? ["--quick"] : []),
  ];
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    proc.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    proc.stderr.on("data", (d: Buffer) => {
      for (const line of d.toString().split("\n")) if (line.trim() && !line.startsWith("npm warn")) progress(`  ${line}`);
    });
    proc.on("error", reject);
    proc.on("close", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0 || !last.startsWith("{")) reject(new Error(`bench: child ${kind} ${size} failed (exit ${code})`));
      else resolve(JSON.parse(last));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Children

async function corpusFor(size: Size): Promise<Article[]> {
  const seed = (await loadCorpus(EMBEDDED_CORPUS_DIR)).articles;
  if (size === "seed") return seed;
  const target = SIZES[size];
  const seedPassages = seed.flatMap(splitPassages).length;
  return [...seed, ...syntheticArticles(Math.max(1, Math.round((target - seedPassages) / PASSAGES_PER_ARTICLE)), 42)];
}

function devQuestions(): string[] {
  return existsSync(DEV_FILE) ? questionsIn(DEV_FILE) : [];
}

/** The questions of a JSON-lines question set. */
function questionsIn(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q);
}

/** 2- and 3-word queries: words (4+ letters) drawn from random passages, so frequent words come up as often as in text. */
function randomQueries(texts: readonly string[], count: number, seed: number): string[] {
  const rng = new Rng(seed);
  const queries: string[] = [];
  while (queries.length < count) {
    const words: string[] = [];
    const n = rng.int(2, 3);
    for (let tries = 0; words.length < n && tries < 50; tries++) {
      const candidates = texts[rng.int(0, texts.length - 1)]!.match(/\p{L}{4,}/gu) ?? [];
      if (candidates.length > 0) words.push(rng.pick(candidates));
    }
    queries.push(words.join(" "));
  }
  return queries;
}

/** Two-word queries: a known word and one the corpus never uses (a plausible German compound, misspelt). */
function unknownWordQueries(texts: readonly string[], count: number, seed: number): string[] {
  const rng = new Rng(seed);
  const known = randomQueries(texts, count, seed + 1);
  return known.map((q) => `${q.split(" ")[0]} ${rng.pick(["Quallen", "Zwiebel", "Kobold", "Tintenfisch", "Pfeffer"])}${rng.pick(["parlament", "gipfel", "abkommen", "sprecherx", "handelq"])}`);
}

/**
 * The 30 dev questions are asked this many times each on small corpora, so p99 rests on 600 samples rather
 * than on the slowest one; on large ones a single round (plain MiniSearch needs seconds a question at 1M).
 */
const devRounds = (passages: number) => (passages <= 20_000 ? 20 : 1);

function timeEach(queries: readonly string[], run: (q: string) => unknown, rounds = 1): Latency {
  const times = Array.from({ length: rounds }, () => queries).flat().map((q) => {
    const started = performance.now();
    run(q);
    return performance.now() - started;
  });
  return percentiles(times);
}

function percentiles(times: number[]): Latency {
  if (times.length === 0) return { p50: Number.NaN, p99: Number.NaN };
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return { p50: at(0.5), p99: at(0.99) };
}

function memory(): { heapMb: number; rssMb: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { heapMb: m.heapUsed / 2 ** 20, rssMb: m.rss / 2 ** 20 };
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function runChild(kind: string, size: Size, cacheDir: string, quick: boolean): Promise<unknown> {
  const dev = devQuestions();
  const randomCount = quick ? 100 : 300;
  const { lexicon } = await loadLexicon(EMBEDDED_CORPUS_DIR);

  if (kind === "load") {
    const started = performance.now();
    const loaded = await loadSnapshot(cacheDir, SNAPSHOT_KEY, lexicon);
    const loadMs = performance.now() - started;
    if (!loaded.ok) throw new Error(`snapshot ${loaded.reason}: ${loaded.detail}`);
    const { heapMb } = memory();
    const engine = loaded.engine;
    const texts = engine.index.passages.map((p) => p.text);
    warmUp(warmUpQueries(texts), texts.length, (q) => answer(engine, q));
    const digest = digestOf(dev.map((q) => answer(engine, q)));
    const devLatency = timeEach(dev, (q) => answer(engine, q), devRounds(texts.length));
    const rand = timeEach(randomQueries(texts, randomCount, 99), (q) => answer(engine, q));
    log(`load: ${Math.round(loadMs)} ms, heap ${Math.round(heapMb)} MB`);
    return { loadMs, heapMb, dev: devLatency, rand, digest } satisfies ChildLoad;
  }

  let started = performance.now();
  const articles = await corpusFor(size);
  let texts: readonly string[] = articles.flatMap(splitPassages).map((p) => p.text);
  log(`${kind}: ${articles.length} articles generated in ${Math.round(performance.now() - started)} ms`);
  const base = memory();
  const queries = randomQueries(texts, randomCount, 99);

  if (kind === "plain") {
    const passages = articles.flatMap(splitPassages);
    started = performance.now();
    const plain = new MiniSearch({ fields: ["text"] });
    plain.addAll(passages.map((p, id) => ({ id, text: p.text })));
    const buildMs = performance.now() - started;
    const { heapMb } = memory();
    log(`plain: built in ${Math.round(buildMs)} ms, heap ${Math.round(heapMb)} MB`);
    warmUp(warmUpQueries(texts), texts.length, (q) => plain.search(q));
    const devLatency = timeEach(dev, (q) => plain.search(q), devRounds(texts.length));
    const rand = timeEach(queries, (q) => plain.search(q));
    return { buildMs, heapMb, dev: devLatency, rand } satisfies ChildPlain;
  }

  // The engine's heap and RSS must not count the bench's own copy of every passage text: the queries are drawn now.
  const passageCount = texts.length;
  const warmQueries = warmUpQueries(texts);
  const unknownQueries = unknownWordQueries(texts, randomCount, 77);
  texts = [];
  started = performance.now();
  const cpuBefore = process.cpuUsage();
  const engine = engineFromArticles(articles, lexicon);
  const buildMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const { heapMb, rssMb } = memory();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  log(
    `ours: built in ${Math.round(buildMs)} ms, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (${engine.index.passages.length} passages, ${engine.index.search.termCount} terms), heap ${Math.round(heapMb)} MB, RSS ${Math.round(rssMb)} MB (peak so far ${Math.round(peakRssMb)} MB), base ${Math.round(base.heapMb)} MB`,
  );
  started = performance.now();
  await saveSnapshot(cacheDir, SNAPSHOT_KEY, { ...engine, corpusProblems: [] });
  const saveMs = performance.now() - started;
  const snapshotMb = (await stat(snapshotPath(cacheDir, SNAPSHOT_KEY))).size / 2 ** 20;
  log(`ours: snapshot saved in ${Math.round(saveMs)} ms (${snapshotMb.toFixed(1)} MB)`);
  warmUp(warmQueries, passageCount, (q) => answer(engine, q));
  const digest = digestOf(dev.map((q) => answer(engine, q)));
  const devLatency = timeEach(dev, (q) => answer(engine, q), devRounds(passageCount));
  const rand = timeEach(queries, (q) => answer(engine, q));
  const unknown = timeEach(unknownQueries, (q) => answer(engine, q));
  // Incremental update (issue 11): one new article into the live index, then out again; measured last (it changes the engine).
  const extra = syntheticArticles(1, 4242).map((a) => ({ ...a, id: `${a.id}-live`, file: `live-${a.file}` }));
  started = performance.now();
  const added = updateEngine(engine, { added: extra });
  const addMs = performance.now() - started;
  if (answer(added, dev[0] ?? "Waffenruhe").searched.passages <= passageCount) throw new Error("bench: the added article is not indexed");
  started = performance.now();
  updateEngine(added, { removed: extra.map((a) => a.id) });
  const removeMs = performance.now() - started;
  log(`ours: one article added in ${addMs.toFixed(1)} ms, removed in ${removeMs.toFixed(1)} ms (build ${Math.round(buildMs)} ms)`);
  return {
    passages: engine.index.passages.length,
    buildMs,
    saveMs,
    snapshotMb,
    heapMb,
    rssMb,
    baseHeapMb: base.heapMb,
    dev: devLatency,
    rand,
    unknown,
    addMs,
    removeMs,
    digest,
  } satisfies ChildOurs;
}

/** The warm-up's random queries (see {@link warmUp}). */
function warmUpQueries(texts: readonly string[]): string[] {
  return randomQueries(texts, texts.length <= 20_000 ? 50 : 10, 12345);
}

/**
 * Calls before small corpora are measured. V8 was still optimising (and re-optimising) /ask's functions 350 calls
 * in, and each late compilation showed as a 3–6 ms outlier: the seed row's p99 was 3–4 ms where the slowest
 * question's median is 1.3 ms. After ~2,000 calls the JIT is steady (p99 1.0–1.4 ms), as in a bot that has
 * answered a few hundred questions.
 */
const WARM_UP_CALLS = 3_000;
/** The repository's own question sets over the seed articles (tune splits only), the warm-up's other questions. */
const WARM_UP_SETS = ["own", "english", "fresh"].map((name) => path.join(PACKAGE_ROOT, "test/eval", `${name}.jsonl`));

/**
 * JIT warm-up on queries that are not measured: a serving process is warm, and V8 tiers up over the first
 * few thousand calls. Small corpora also run ten rounds of the dev questions, then the repository's own
 * questions up to {@link WARM_UP_CALLS} calls in all.
 */
function warmUp(queries: readonly string[], passages: number, run: (q: string) => unknown): void {
  for (const q of queries) run(q);
  if (passages > 20_000) return;
  const dev = devQuestions();
  for (let round = 0; round < 10; round++) for (const q of dev) run(q);
  const other = WARM_UP_SETS.filter((file) => existsSync(file)).flatMap(questionsIn);
  for (let calls = queries.length + 10 * dev.length, k = 0; calls < WARM_UP_CALLS && other.length > 0; calls++, k++) run(other[k % other.length]!);
}

function digestOf(values: unknown): string {
  let h = 0x811c9dc5;
  const s = JSON.stringify(values);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

// ---------------------------------------------------------------------------------------------
// Table

function fmt(v: number | undefined, digits = 0): string {
  if (v === undefined || Number.isNaN(v)) return "–";
  if (digits === 0 && Math.abs(v) < 1 && v !== 0) return v.toFixed(2);
  if (digits === 0 && Math.abs(v) < 10 && v !== Math.round(v)) return v.toFixed(1);
  return v.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function pair(a: number | undefined, b: number | undefined): string {
  return a === undefined && b === undefined ? "–" : `${fmt(a)} / ${fmt(b)}`;
}

function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b) || b === 0) return "–";
  return `${(a / b).toFixed(2)}×`;
}

/** One markdown table: our engine, plain MiniSearch, and ours/plain ratios. */
export function formatTable(rows: readonly Row[]): string {
  const header = [
    "corpus",
    "passages",
    "build ms",
    "snapshot save ms",
    "snapshot load ms",
    "snapshot MB",
    "heap after load MB",
    "/ask dev p50 / p99 ms",
    "/ask random p50 / p99 ms",
    "/ask unknown word p50 / p99 ms",
    "add / remove one article ms",
    "heap MB",
    "RSS MB",
    "plain build ms",
    "plain dev p50 / p99 ms",
    "plain random p50 / p99 ms",
    "plain heap MB",
    "base heap MB",
    "ratio build",
    "ratio dev p50",
    "ratio random p50",
    "ratio heap",
  ];
  const lines = [`| ${header.join(" | ")} |`, `|${header.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`];
  for (const r of rows) {
    const cells = [
      r.name + (r.sameAnswers === false ? " (⚠ loaded answers differ)" : "") + (r.note ? ` (${r.note})` : ""),
      fmt(r.passages),
      fmt(r.buildMs),
      fmt(r.saveMs),
      fmt(r.loadMs),
      fmt(r.snapshotMb, 1),
      fmt(r.loadHeapMb),
      pair(r.devP50, r.devP99),
      pair(r.randP50, r.randP99),
      pair(r.unknownP50, r.unknownP99),
      pair(r.addMs, r.removeMs),
      fmt(r.heapMb),
      fmt(r.rssMb),
      fmt(r.plainBuildMs),
      pair(r.plainDevP50, r.plainDevP99),
      pair(r.plainRandP50, r.plainRandP99),
      fmt(r.plainHeapMb),
      fmt(r.baseHeapMb),
      ratio(r.buildMs, r.plainBuildMs),
      ratio(r.devP50, r.plainDevP50),
      ratio(r.randP50, r.plainRandP50),
      ratio(r.heapMb, r.plainHeapMb),
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

export function printTable(rows: readonly Row[]): void {
  process.stdout.write(`${formatTable(rows)}\n`);
}

// ---------------------------------------------------------------------------------------------
// CLI

/** The Discord path: /ask interactions through the fake Discord to the real bot, dispatch → callback. */
async function discordRows(quick: boolean): Promise<Array<{ label: string } & DiscordBenchResult>> {
  const runs = quick
    ? [{ label: "100 at once", interactions: 100 }]
    : [
        { label: "100 at once", interactions: 100 },
        { label: "1,000 in waves of 100", interactions: 1000, concurrency: 100 },
        { label: "1,000 at once", interactions: 1000 },
        { label: "1,000 at once, core in the bot's thread", interactions: 1000, core: "thread" as const },
      ];
  const rows = [];
  for (const run of runs) {
    process.stderr.write(`bench: discord path, ${run.label}\n`);
    rows.push({ label: run.label, ...(await discordBench(run)) });
  }
  return rows;
}

function printDiscordTable(rows: Array<{ label: string } & DiscordBenchResult>): void {
  const lines = [
    "",
    "| Discord path (fake Discord on 127.0.0.1, real discord.js client) | answered | of them deferred | lost | p50 ms | p99 ms | max ms |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.label} | ${r.answered} | ${r.answered - r.direct} | ${r.lost} | ${r.p50.toFixed(0)} | ${r.p99.toFixed(0)} | ${r.max.toFixed(0)} |`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
  // `npm run bench -- parsing`: parsing speed on pathological article shapes (bench/parsing.ts).
  if (argv[0] === "parsing") return (await import("./parsing.js")).main(argv.slice(1));
  // `npm run bench -- burst`: bursts of /ask and reloads against the real bot process (bench/burst.ts).
  if (argv[0] === "burst") return (await import("./burst.js")).main(argv.slice(1));
  // `npm run bench -- external`: the CLI-batch check of issue 15 (bench/external.ts).
  if (argv[0] === "external") return (await import("./external.js")).main(argv.slice(1));
  const kind = flag(argv, "child");
  const quick = argv.includes("--quick");
  if (kind) {
    const size = flag(argv, "size") as Size;
    const result = await runChild(kind, size, flag(argv, "cache")!, quick);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  }
  const sizesFlag = flag(argv, "sizes");
  const sizes = sizesFlag?.split(",").map((s) => s.trim().toLowerCase());
  const unknown = sizes?.filter((s) => !(s in SIZES)) ?? [];
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown size ${unknown.join(", ")} (one of ${Object.keys(SIZES).join(", ")})\n`);
    return 2;
  }
  printTable(await benchRows({ ...(sizes ? { sizes: sizes as Size[] } : {}), quick, skipPlain: argv.includes("--skip-plain") }));
  if (argv.includes("--skip-discord")) return 0;
  printDiscordTable(await discordRows(quick));
  return 0;
}

if (isEntryScript(import.meta.url)) runMain(main);
