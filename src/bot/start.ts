/**
 * Starts the Discord bot: client, router, login, wait until every guild is loaded.
 * The composition root (src/app.ts) calls `startBot` with the commands of commands/ when DISCORD_TOKEN is set, then
 * `installShutdownHandlers({ stop, logger })` so SIGINT/SIGTERM end it cleanly.
 */
import { once } from "node:events";
import { type Client, type ClientOptions, Events } from "discord.js";
import type { Logger } from "pino";
import type { Env } from "../config/env.js";
import { createFeedbackStore } from "../feedback/log.js";
import { closeChartThread, warmChartThread } from "../render/image/chartThread.js";
import { createClient } from "./client.js";
import type { BotCore, CommandModule, CorePressure } from "./context.js";
import { createCooldown } from "./cooldown.js";
import { describeError } from "./errors.js";
import { startLoopMonitor } from "./loopMonitor.js";
import { createQuestionStore } from "./questionStore.js";
import { DEFAULT_DEFER_AFTER_MS } from "./respond.js";
import { createRouter } from "./router.js";
import type { DeferAt, Router } from "./routerTypes.js";

export type BotEnv = Pick<Env, "DISCORD_TOKEN" | "DISCORD_API_BASE" | "ASK_COOLDOWN_COUNT" | "ASK_COOLDOWN_SECONDS"> &
  Partial<Pick<Env, "DATA_DIR" | "FEEDBACK_SALT">>;

export interface StartBotOptions {
  env: BotEnv;
  /** The core, or a getter returning the current one (for corpus reloads). */
  core: BotCore | (() => BotCore);
  logger: Logger;
  /** Merged into the client options (tests: `ws: { buildIdentifyThrottler }`, `rest: { retries }`). */
  clientOptions?: Partial<ClientOptions>;
  /** The slash commands (commands/index.ts, handed in by the composition root). */
  commands: readonly CommandModule[];
  /** How long a handler may run before the bot defers (default 2 s of Discord's 3 s). */
  deferAfterMs?: number;
  /** How busy the core is (reload running, calls queued): a busy core makes interactions defer at once. */
  pressure?: () => CorePressure;
  /** Thresholds of the early deferral (tests); default: src/core/servingLimits.ts. */
  deferAt?: Partial<DeferAt>;
  /** How long `stop()` waits for running handlers before destroying the client. */
  drainMs?: number;
}

export interface RunningBot {
  client: Client<true>;
  router: Router;
  /** Waits for running handlers (up to `drainMs`), then destroys the client. Idempotent. */
  stop(): Promise<void>;
}

export class BotStartError extends Error {
  override name = "BotStartError";
}

export async function startBot(opts: StartBotOptions): Promise<RunningBot> {
  const { env, logger } = opts;
  const token = env.DISCORD_TOKEN;
  if (!token) throw new BotStartError("DISCORD_TOKEN is not set; the Discord bot cannot start without it");
  const secrets = [token];
  const log = logger.child({ component: "discord" });

  const client = createClient(env, opts.clientOptions);
  // Without DATA_DIR the router's default (./data) applies.
  const feedback = env.DATA_DIR ? createFeedbackStore({ dataDir: env.DATA_DIR, salt: env.FEEDBACK_SALT }) : undefined;
  const router = createRouter({
    core: opts.core,
    logger: log,
    commands: opts.commands,
    cooldown: createCooldown({ count: env.ASK_COOLDOWN_COUNT, windowMs: env.ASK_COOLDOWN_SECONDS * 1000 }),
    questions: createQuestionStore(),
    ...(feedback ? { feedback } : {}),
    deferAfterMs: opts.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    ...(opts.pressure ? { pressure: opts.pressure } : {}),
    ...(opts.deferAt ? { deferAt: opts.deferAt } : {}),
    secrets,
  });

  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  client.on(Events.Error, (error) => log.error({ err: describeError(error, secrets) }, "client error"));
  client.on(Events.Warn, (message) => log.warn({ message }, "client warning"));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, "gateway disconnected"));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, "gateway reconnecting"));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, "gateway resumed"));
  client.on(Events.Debug, (message) => {
    if (log.isLevelEnabled("trace")) log.trace({ message }, "discord.js debug");
  });

  // Said once, at start: a vote then tells the voter it was not saved (and the store tries again at each vote).
  const unsaved = await feedback?.check();
  if (unsaved) log.warn({ dataDir: env.DATA_DIR, err: describeError(unsaved, secrets) }, "feedback votes cannot be saved until DATA_DIR is a writable folder");

  // `clientReady` comes after every guild in READY has arrived; listen before login so it cannot be missed.
  const ready = once(client, Events.ClientReady);
  try {
    await client.login(token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw new BotStartError(`Discord login failed: ${describeError(error, secrets).message}`);
  }
  const readyClient = client as Client<true>;
  log.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, "bot ready");
  // Timeline pictures are drawn in their own worker; it loads vega and resvg now, not at the first /timeline.
  warmChartThread();
  // LOG_LEVEL=debug: a line for every second in which the event loop stalled (loopMonitor.ts).
  const stopLoopMonitor = startLoopMonitor(log);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      client.removeAllListeners(Events.InteractionCreate);
      stopLoopMonitor();
      await router.drain(opts.drainMs ?? 2500);
      await client.destroy();
      await closeChartThread();
      log.info("bot stopped");
    })();
    return stopping;
  };
  return { client: readyClient, router, stop };
}
