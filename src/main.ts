/**
 * Composition root (`npm start`): env → corpus and index → the Discord bot with a token,
 * or the local console on the embedded corpus without one.
 */
import { runConsole } from "./cli/console.js";
import type { Env } from "./config/env.js";
import { loadEnvFile } from "./config/loadEnv.js";
import type { Core } from "./core/core.js";
import { loadCore } from "./core/loadCore.js";
import { type ReloadOutcome, reloadingCore } from "./core/reloadingCore.js";
import { t } from "./render/messages.js";
import { describeProblems } from "./search/engine.js";
import { createEngineCached } from "./search/snapshot.js";

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
  const load = () => loadCore(CORPUS_DIR, (dir) => createEngineCached(dir, INDEX_CACHE_DIR, log));
  const core = await load();
  for (const p of [...describeProblems(core.engine), ...core.actorProblems]) process.stderr.write(`${p}\n`);
  if (!env.env.DISCORD_TOKEN) {
    process.stdout.write(`${t("no_token", "de")}\n${t("no_token", "en")}\n\n`);
    return runConsole(core, { command: "console", json: false });
  }
  return runDiscord(env.env, core, load);
}

async function runDiscord(env: Env, initial: Core, load: () => Promise<Core>): Promise<number> {
  const [{ runBot }, { createBotLogger }] = await Promise.all([import("./bot/run.js"), import("./bot/logger.js")]);
  const logger = createBotLogger({ level: env.LOG_LEVEL, secrets: env.DISCORD_TOKEN ? [env.DISCORD_TOKEN] : [] });
  warmUp(initial);
  const core = reloadingCore(initial, load, env.CORPUS_DIR);
  const report = (outcome: ReloadOutcome) => {
    if (outcome.ok) logger.info({ articles: outcome.articles, passages: outcome.passages, problems: outcome.problems }, "corpus reloaded");
    else logger.warn({ reason: outcome.reason, rejected: outcome.rejected }, "corpus reload rejected; the serving index stays");
  };
  const onHangup = () => void core.reload().then(report);
  process.on("SIGHUP", onHangup);
  const stopWatching = env.CORPUS_WATCH ? core.watch(report) : () => {};
  const { startFeedPolling } = await import("./ingest/poller.js");
  const poller = startFeedPolling(env, logger.child({ component: "feeds" }));
  try {
    return await runBot(env, core, { logger });
  } finally {
    await poller?.stop();
    stopWatching();
    process.off("SIGHUP", onHangup);
  }
}

/**
 * The first timeline and question compile regexes and caches (~0.3 s), and the corpus profile that abstentions
 * show asks its example questions (~0.5 s); pay that before the first user does.
 */
function warmUp(core: Core & { profile?: () => unknown }): void {
  core.ask("Waffenruhe");
  core.profile?.();
  const first = core.actorChoices("")[0];
  if (first) core.timeline(first.value);
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
