/**
 * Composition root (`npm start`, imported by src/main.ts once the signal handlers are in place): env → corpus and
 * index → the Discord bot with a token, or the local console on the corpus (CORPUS_DIR) without one.
 */
import path from "node:path";
import { onHangup } from "./startSignals.js";
import { runConsole } from "./cli/console.js";
import type { Env } from "./config/env.js";
import { loadEnvFile } from "./config/loadEnv.js";
import { describeCoreProblems, emptyCorpusProblem, loadCore } from "./core/loadCore.js";
import { type ReloadOutcome, reloadingCore } from "./core/reloadingCore.js";
import type { CoreSummary } from "./core/summary.js";
import { SLOW_CORE_CALL_MS, TIMELINE_PREBUILD_AT_START_MS, TIMELINE_PREBUILD_MS } from "./core/servingLimits.js";
import { type CallTiming, startCoreWorker, type WorkerCore } from "./core/workerCore.js";
import { t } from "./render/messages.js";
import { createEngine } from "./search/engine.js";

async function main(): Promise<number> {
  const env = loadEnvFile();
  if (!env.ok) {
    process.stderr.write(`${env.errors.join("\n")}\n`);
    return 2;
  }
  const { CORPUS_DIR, INDEX_CACHE_DIR } = env.env;
  // The console stays quiet about the cache unless asked; the bot reports it like its other start-up steps.
  const verbose = Boolean(env.env.DISCORD_TOKEN) || env.env.LOG_LEVEL === "debug" || env.env.LOG_LEVEL === "trace";
  const log = verbose ? (m: string) => process.stderr.write(`${m}\n`) : undefined;
  log?.(`corpus: loading ${CORPUS_DIR}`);
  if (!env.env.DISCORD_TOKEN) {
    // The console answers one line at a time: the core in this thread.
    const warn = (m: string) => process.stderr.write(`${m}\n`);
    const core = await loadCore(CORPUS_DIR, (dir, hooks) => createEngine(dir, { cacheDir: INDEX_CACHE_DIR, log, warn, ...hooks }));
    reportProblems(core);
    // The folder as the user may type it: relative to where they are when it lies below, else in full.
    const below = path.relative(process.cwd(), CORPUS_DIR);
    const dir = below === "" ? "." : below.startsWith("..") || path.isAbsolute(below) ? CORPUS_DIR : below;
    process.stdout.write(`${t("no_token", "de", { dir })}\n${t("no_token", "en", { dir })}\n\n`);
    return runConsole(core, { command: "console", json: false });
  }
  // The bot: the core in a worker thread, so loading and reloading never stall the gateway and the replies.
  let onWorkerExit = (_reason: string) => {};
  let onCall = (_timing: CallTiming) => {};
  const load = (timelineBudgetMs = TIMELINE_PREBUILD_MS) =>
    startCoreWorker({ corpusDir: CORPUS_DIR, cacheDir: INDEX_CACHE_DIR, timelineBudgetMs, log, onExit: (reason) => onWorkerExit(reason), onCall: (t) => onCall(t) });
  const core = await load(TIMELINE_PREBUILD_AT_START_MS);
  const empty = reportProblems(core);
  if (empty && !env.env.ALLOW_EMPTY_CORPUS) {
    await core.terminate();
    process.stderr.write("The bot does not start on an empty corpus: add articles to CORPUS_DIR, or set ALLOW_EMPTY_CORPUS=true.\n");
    return 1;
  }
  return runDiscord(env.env, core, () => load(), (handlers) => {
    onWorkerExit = handlers.exit;
    onCall = handlers.call;
  });
}

/** Prints the corpus problems; returns the empty-corpus problem, if any. */
function reportProblems(core: { readonly summary: CoreSummary }): string | undefined {
  for (const p of describeCoreProblems(core)) process.stderr.write(`${p}\n`);
  const empty = emptyCorpusProblem(core);
  if (empty) process.stderr.write(`${empty}\n`);
  return empty;
}

async function runDiscord(
  env: Env,
  initial: WorkerCore,
  load: () => Promise<WorkerCore>,
  onWorker: (handlers: { exit: (reason: string) => void; call: (timing: CallTiming) => void }) => void,
): Promise<number> {
  const [{ runBot }, { createBotLogger }, { commands }] = await Promise.all([import("./bot/run.js"), import("./bot/logger.js"), import("../commands/index.js")]);
  const logger = createBotLogger({ level: env.LOG_LEVEL, secrets: env.DISCORD_TOKEN ? [env.DISCORD_TOKEN] : [] });
  const core = reloadingCore(initial, load, env.CORPUS_DIR, {
    allowEmpty: env.ALLOW_EMPTY_CORPUS,
    onQueued: () => logger.debug("corpus reload asked for while one runs: it runs again afterwards"),
  });
  let stopReviving = () => {};
  const report = (outcome: ReloadOutcome) => {
    if (outcome.ok) logger.info({ articles: outcome.articles, passages: outcome.passages, problems: outcome.problems }, "corpus reloaded");
    else logger.warn({ reason: outcome.reason, rejected: outcome.rejected }, "corpus reload rejected; the serving index stays");
  };
  onWorker({
    // A worker that dies while serving (out of memory, a crash) is replaced by a reload, tried again while it fails;
    // its calls fail meanwhile.
    exit(reason) {
      logger.error({ reason }, "core worker ended; reloading the corpus");
      stopReviving = core.revive(report);
    },
    // LOG_LEVEL=debug: where the time of a slow core call went (with the "event loop delayed" lines of loopMonitor.ts);
    // waiting behind other calls is not logged (a burst would log every call), running or delivering slowly is.
    call(timing) {
      if (timing.roundTripMs - timing.queuedMs < SLOW_CORE_CALL_MS || !logger.isLevelEnabled("debug")) return;
      const ms = (n: number) => Math.round(n * 10) / 10;
      logger.debug(
        { method: timing.method, roundTripMs: ms(timing.roundTripMs), queuedMs: ms(timing.queuedMs), runMs: ms(timing.runMs), deliveryMs: ms(timing.deliveryMs), reloading: core.reloading },
        "core call slow",
      );
    },
  });
  // Also replays a SIGHUP that came during start-up.
  const stopHangups = onHangup(() => {
    logger.info("SIGHUP: reloading the corpus");
    void core.reload().then(report);
  });
  const stopWatching = env.CORPUS_WATCH ? core.watch(report) : () => {};
  const [{ startFeedPolling }, { closeExtractWorker }] = await Promise.all([import("./ingest/poller.js"), import("./ingest/extractThread.js")]);
  const poller = startFeedPolling(env, logger.child({ component: "feeds" }));
  try {
    // A reload running or calls queued in the core worker: new interactions are acknowledged at once.
    return await runBot(env, core, commands, { logger, pressure: () => ({ reloading: core.reloading, queued: core.current.queued() }) });
  } finally {
    // First the extraction: the page being read and those waiting (a feed's, an /ingest's) are refused at once, and so
    // is every page the poll still fetches, so the poller's stop does not wait for them to be read.
    const closing = closeExtractWorker();
    await poller?.stop();
    await closing;
    stopReviving();
    stopWatching();
    stopHangups();
    await core.current.terminate();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
