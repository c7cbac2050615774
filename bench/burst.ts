/**
 * `npm run bench -- burst [--sizes seed,3k,20k] [--bursts 50,100,500,1000|none] [--skip-steady] [--log-level debug|info]
 * [--reuse 20k=/tmp/ext-20000] [--log-out PREFIX (the bot's stdout and stderr)]`: the real bot
 * process (`src/main.ts` as `npm start` runs it, core in a worker thread) against the fake Discord
 * (test/support/fakeDiscord.ts), per corpus size:
 *  - bursts of N simultaneous /ask from N users, without and with a reload running (SIGHUP right before);
 *  - 500 /ask at 10 per second with 4 reloads (SIGHUP at the 50th, 150th, 250th and 350th, each once the reload
 *    before it has ended: a SIGHUP during a reload would be merged into the next);
 *  - the first /timeline after a reload: its latency and the main thread's busy time meanwhile (`busyMs` of the
 *    bot's "interaction handled" line, from performance.eventLoopUtilization), with the main thread's CPU time and
 *    its wait for a CPU in that time (`cpuMs`, `waitMs`: /proc/thread-self/schedstat, Linux).
 * Every reload first adds one article, so it reads, parses and indexes the whole corpus again (the snapshot key
 * changes). Answered: a successful callback (and its edit when deferred) within 15 s; lost: none. Latency: from
 * dispatch to the first successful callback. Progress on stderr, one markdown table on stdout.
 */
import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { EMBEDDED_CORPUS_DIR } from "../src/config/paths.js";
import { type BotProcess, isReady, isRejected, isReloaded, type LogLine, spawnBot } from "../test/bot/botProcess.js";
import { newUserId } from "../test/bot/harness.js";
import { syntheticQuestions, writeSyntheticCorpus } from "./synthetic.js";

const SIZES: Record<string, number> = { seed: 0, "3k": 3000, "20k": 20_000 };
const REPLY_TIMEOUT_MS = 15_000;
const RELOAD_TIMEOUT_MS = 20 * 60_000;
const QUIET_TIMEOUT_MS = 120_000;
const STEADY = { interactions: 500, perSecond: 10, reloadsAt: [50, 150, 250, 350] };
const SEED_QUESTIONS = ["Wie alt ist Keith Kellogg?", "Was sagte Selenskyj in München?", "Worüber sprachen Rubio und Lawrow am Telefon?", "Wer gewann die Fußball-WM?"];

export interface BurstRow {
  corpus: string;
  scenario: string;
  sent: number;
  answered: number;
  lost: number;
  deferred: number;
  p50: number;
  p99: number;
  max: number;
  reloads?: number;
  busyMs?: number;
  cpuMs?: number;
  waitMs?: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Outcome {
  ms?: number;
  deferred: boolean;
}

interface Sent {
  id: string;
  token: string;
  at: number;
}

const CALLBACK = /^\/interactions\/(\d+)\/[^/]+\/callback$/;
const EDIT = /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/;

/** /ask interactions dispatched so far, per bot process. */
const dispatched = new WeakMap<BotProcess, number>();

/** Dispatches one /ask; its answer is collected by {@link settle}. */
async function dispatchAsk(bot: BotProcess, question: string): Promise<Sent> {
  dispatched.set(bot, (dispatched.get(bot) ?? 0) + 1);
  const at = Date.now();
  const sent = await bot.fake.dispatchInteraction({ type: 2, data: { name: "ask", type: 1, options: [{ name: "question", type: 3, value: question }] }, user: { id: newUserId() } });
  return { id: sent.id, token: sent.token, at };
}

/**
 * Waits until every interaction has its answer (a direct reply, or a deferral and its edit) or the timeout,
 * reading the fake Discord's request log once, incrementally (a waiter per interaction would rescan it per
 * request: quadratic, and then the fake, not the bot, is what a burst of 1,000 measures).
 */
async function settle(bot: BotProcess, sents: readonly Sent[], from: number): Promise<Outcome[]> {
  const callbacks = new Map<string, { time: number; type: number | undefined }>();
  const edited = new Set<string>();
  const deadline = Date.now() + REPLY_TIMEOUT_MS;
  let scanned = from;
  const done = () => sents.every((s) => { const c = callbacks.get(s.id); return c !== undefined && (c.type !== 5 || edited.has(s.token)); });
  for (;;) {
    for (; scanned < bot.fake.requests.length; scanned++) {
      const r = bot.fake.requests[scanned]!;
      if (r.status < 200 || r.status >= 300) continue;
      const id = r.method === "POST" ? CALLBACK.exec(r.path)?.[1] : undefined;
      if (id && !callbacks.has(id)) callbacks.set(id, { time: r.time, type: (r.body as { type?: number } | undefined)?.type });
      const token = r.method === "PATCH" ? EDIT.exec(r.path)?.[1] : undefined;
      if (token) edited.add(token);
    }
    if (done() || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return sents.map((s) => {
    const c = callbacks.get(s.id);
    if (!c || (c.type === 5 && !edited.has(s.token))) return { deferred: c?.type === 5 };
    return { ms: c.time - s.at, deferred: c.type === 5 };
  });
}

/** Waits (up to QUIET_TIMEOUT_MS) until the bot has logged the end of every /ask dispatched to it. */
async function quiet(bot: BotProcess): Promise<void> {
  const ended = new Set(["interaction handled", "interaction expired before the reply", "interaction failed", "interaction refused", "interaction already acknowledged"]);
  const deadline = Date.now() + QUIET_TIMEOUT_MS;
  let seen = 0;
  let scanned = 0;
  while (Date.now() < deadline) {
    for (; scanned < bot.logs.length; scanned++) if (ended.has(bot.logs[scanned]!.msg)) seen++;
    if (seen >= (dispatched.get(bot) ?? 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function row(corpus: string, scenario: string, outcomes: Outcome[], extra: Partial<BurstRow> = {}): BurstRow {
  const ms = outcomes.flatMap((o) => (o.ms === undefined ? [] : [o.ms])).sort((a, b) => a - b);
  return {
    corpus,
    scenario,
    sent: outcomes.length,
    answered: ms.length,
    lost: outcomes.length - ms.length,
    deferred: outcomes.filter((o) => o.deferred).length,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    max: ms.at(-1) ?? Number.NaN,
    ...extra,
  };
}

/** Adds an article (so the reload rebuilds the index) and sends SIGHUP; resolves with the reload's log line. */
function reload(bot: BotProcess, dir: string, n: number): Promise<LogLine> {
  const from = bot.logs.length;
  const seed = "000_4a36d75bdf1d0814.txt";
  copyFileSync(path.join(EMBEDDED_CORPUS_DIR, seed), path.join(dir, `zz_reload_${String(n).padStart(3, "0")}_${seed}`));
  bot.child.kill("SIGHUP");
  return bot.waitForLog((l) => isReloaded(l) || isRejected(l), { from, timeoutMs: RELOAD_TIMEOUT_MS });
}

/** A fresh copy of the corpus of `size`: the seed corpus, a copy of `reuse` (its `*.txt` files), or newly generated articles. */
async function corpusFor(size: string, reuse: string | undefined): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), `vb-burst-${size}-`));
  if (size === "seed") cpSync(EMBEDDED_CORPUS_DIR, dir, { recursive: true });
  else if (reuse) cpSync(reuse, dir, { recursive: true, filter: (from) => from === reuse || from.endsWith(".txt") });
  else await writeSyntheticCorpus(dir, SIZES[size]!);
  return dir;
}

export async function burstBench(
  sizes: string[],
  bursts: number[],
  steady: boolean,
  logLevel: string,
  progress: (line: string) => void,
  reuse: Record<string, string> = {},
  logOut?: string,
): Promise<BurstRow[]> {
  const rows: BurstRow[] = [];
  // Each row also goes to stderr as it is measured: a long run (20k) stopped early keeps what it measured.
  const add = (r: BurstRow) => {
    rows.push(r);
    progress(burstTable([r]).split("\n").at(-1)!);
  };
  for (const size of sizes) {
    const dir = await corpusFor(size, reuse[size]);
    const cache = mkdtempSync(path.join(tmpdir(), "vb-burst-cache-"));
    const questions = size === "seed" ? SEED_QUESTIONS : [...SEED_QUESTIONS, ...syntheticQuestions(200)];
    const q = (i: number) => questions[i % questions.length]!;
    progress(`burst: ${size}: starting the bot…`);
    // Discord's window for the first callback: what comes later is lost.
    const bot = await spawnBot({ corpusDir: dir, env: { INDEX_CACHE_DIR: cache, LOG_LEVEL: logLevel }, interactionDeadlineMs: 3_000 });
    let reloads = 0;
    try {
      await bot.waitForLog(isReady, { timeoutMs: RELOAD_TIMEOUT_MS });
      for (let i = 0; i < 10; i++) await settle(bot, [await dispatchAsk(bot, q(i))], bot.fake.requests.length);
      for (const n of bursts) {
        for (const withReload of [false, true]) {
          progress(`burst: ${size}: ${n} at once${withReload ? " during a reload" : ""}…`);
          const reloaded = withReload ? reload(bot, dir, reloads++) : undefined;
          const from = bot.fake.requests.length;
          const sents = await Promise.all(Array.from({ length: n }, (_, i) => dispatchAsk(bot, q(i))));
          const outcomes = await settle(bot, sents, from);
          const line = await reloaded;
          add(row(size, `${n} at once${withReload ? " + reload" : ""}`, outcomes, withReload ? { reloads: line && isReloaded(line) ? 1 : 0 } : {}));
        }
      }
      if (steady) {
        progress(`burst: ${size}: ${STEADY.interactions} at ${STEADY.perSecond}/s with ${STEADY.reloadsAt.length} reloads…`);
        const from = bot.logs.length;
        const requestsFrom = bot.fake.requests.length;
        const pending: Promise<Sent>[] = [];
        const reloadLines: Promise<LogLine>[] = [];
        const started = Date.now();
        // Each SIGHUP waits for the reload before it to end (a SIGHUP during a reload is merged into the one reload
        // queued after it, see reloadingCore.ts): the scenario is 4 reloads, not 4 signals.
        let previous: Promise<unknown> = Promise.resolve();
        for (let i = 0; i < STEADY.interactions; i++) {
          if (STEADY.reloadsAt.includes(i)) {
            const n = reloads++;
            const due = i;
            const done = previous.then(async () => {
              const sent = Date.now();
              const line = await reload(bot, dir, n);
              progress(`burst: ${size}: SIGHUP due at /ask ${due} sent at ${((sent - started) / 1000).toFixed(1)} s, ${line.msg} after ${Date.now() - sent} ms`);
              return line;
            });
            previous = done;
            reloadLines.push(done);
          }
          pending.push(dispatchAsk(bot, q(i)));
          await new Promise((resolve) => setTimeout(resolve, 1000 / STEADY.perSecond));
        }
        const sents = await Promise.all(pending);
        const outcomes = await settle(bot, sents, requestsFrom);
        await Promise.all(reloadLines);
        // Where the slowest answers were sent (against the SIGHUP times above): what the p99 is made of.
        const slowest = outcomes.map((o, i) => ({ ms: o.ms ?? Number.POSITIVE_INFINITY, at: (sents[i]!.at - started) / 1000 })).sort((a, b) => b.ms - a.ms).slice(0, 8);
        progress(`burst: ${size}: slowest: ${slowest.map((x) => `${Math.round(x.ms)} ms at ${x.at.toFixed(1)} s`).join(", ")}`);
        const swapped = bot.logs.slice(from).filter(isReloaded).length;
        add(row(size, `${STEADY.interactions} at ${STEADY.perSecond}/s, ${STEADY.reloadsAt.length} SIGHUPs`, outcomes, { reloads: swapped }));
      }
      progress(`burst: ${size}: the first /timeline after a reload…`);
      // The bot finishes the backlog of the scenarios above first (deferred answers still being computed and
      // edited would count as this /timeline's main-thread time).
      if (logLevel === "debug") await quiet(bot);
      await reload(bot, dir, reloads++);
      for (const which of ["first", "second"]) {
        const at = Date.now();
        const reply = await bot.command("timeline", [{ name: "actor", type: 3, value: which === "first" ? "Lawrow" : "Selenskyj" }]);
        // "interaction handled" (with busyMs) is a debug line: only with --log-level debug.
        const handled = logLevel === "debug" ? await bot.waitForLog((l) => l.msg === "interaction handled" && l.interaction === reply.interaction.id) : undefined;
        const busyMs = handled ? { busyMs: Number(handled.busyMs), cpuMs: Number(handled.cpuMs), waitMs: Number(handled.waitMs) } : {};
        add(row(size, `${which} /timeline after a reload`, [{ ms: reply.request.time - at, deferred: reply.type === 5 }], busyMs));
      }
    } finally {
      // The bot's log (pino JSON lines: "interaction handled", "event loop delayed", "core call slow", reloads) for analysis.
      if (logOut) {
        writeFileSync(`${logOut}-${size}.jsonl`, bot.stdout());
        // Its stderr: the core worker's progress lines (snapshot loaded, updated, saved; timelines built) per reload.
        writeFileSync(`${logOut}-${size}.stderr.txt`, bot.stderr());
      }
      summarizeStalls(bot.logs, (line) => progress(`burst: ${size}: ${line}`));
      await bot.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  }
  return rows;
}

/** The main thread's stalls and the slow core calls the bot logged at debug level (loopMonitor.ts, app.ts). */
function summarizeStalls(logs: readonly LogLine[], out: (line: string) => void): void {
  const stalls = logs.filter((l) => l.msg === "event loop delayed");
  const slow = logs.filter((l) => l.msg === "core call slow");
  if (stalls.length > 0) {
    const worst = [...stalls].sort((a, b) => Number(b.maxMs) - Number(a.maxMs)).slice(0, 5);
    out(
      `${stalls.length} seconds with an event-loop delay over 50 ms; worst: ${worst.map((l) => `${l.maxMs} ms (busy ${l.busyMs} ms, CPU ${l.cpuMs ?? "?"} ms, waiting for a CPU ${l.waitMs ?? "?"} ms, gc ${l.gcMs} ms, max pause ${l.gcMaxMs} ms)`).join("; ")}`,
    );
  } else out("no second with an event-loop delay over 50 ms");
  if (slow.length > 0) {
    const worst = [...slow].sort((a, b) => Number(b.roundTripMs) - Number(a.roundTripMs)).slice(0, 5);
    out(`${slow.length} core calls over 100 ms; worst: ${worst.map((l) => `${l.method} ${l.roundTripMs} ms (queued ${l.queuedMs}, run ${l.runMs}, delivery ${l.deliveryMs}${l.reloading ? ", reloading" : ""})`).join("; ")}`);
  }
}

const fmt = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "–" : String(Math.round(n)));

export function burstTable(rows: readonly BurstRow[]): string {
  const head =
    "| corpus | scenario | sent | answered | lost | deferred | p50 ms | p99 ms | max ms | reloads swapped | main thread busy / CPU / wait ms |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  const main = (r: BurstRow) => (r.busyMs === undefined ? "–" : `${r.busyMs} / ${r.cpuMs ?? "?"} / ${r.waitMs ?? "?"}`);
  const lines = rows.map((r) => `| ${r.corpus} | ${r.scenario} | ${r.sent} | ${r.answered} | ${r.lost} | ${r.deferred} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${fmt(r.reloads)} | ${main(r)} |`);
  return [head, ...lines].join("\n");
}

function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

export async function main(argv: string[]): Promise<number> {
  const sizes = (flag(argv, "sizes") ?? "seed,3k,20k").split(",");
  const unknown = sizes.filter((s) => !(s in SIZES));
  if (unknown.length > 0) {
    process.stderr.write(`bench burst: unknown size ${unknown.join(", ")} (use ${Object.keys(SIZES).join(", ")})\n`);
    return 2;
  }
  // "--bursts none": only the 10/s run and the /timeline rows.
  const burstsFlag = flag(argv, "bursts") ?? "50,100,500,1000";
  const bursts = burstsFlag === "none" ? [] : burstsFlag.split(",").map(Number);
  const logLevel = flag(argv, "log-level") ?? "debug";
  // "--reuse 20k=/tmp/ext-20000": a folder of the same synthetic articles (bench external writes one) is copied, not generated again.
  const reuse = Object.fromEntries((flag(argv, "reuse") ?? "").split(",").filter(Boolean).map((pair): [string, string] => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]));
  const rows = await burstBench(sizes, bursts, !argv.includes("--skip-steady"), logLevel, (line) => process.stderr.write(`${line}\n`), reuse, flag(argv, "log-out"));
  process.stdout.write(`${burstTable(rows)}\n`);
  return 0;
}
