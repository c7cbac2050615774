/**
 * `npm start` with a token: the bot until SIGINT/SIGTERM. Called by the composition root as
 * `runBot(env, core, commands)`; resolves with the exit code once the bot has stopped and the logs are flushed.
 */
import type { ClientOptions } from "discord.js";
import type { Logger } from "pino";
import type { Env } from "../config/env.js";
import type { BotCore, CommandModule, CorePressure } from "./context.js";
import { describeError } from "./errors.js";
import { createBotLogger, flushLogger } from "./logger.js";
import { installShutdownHandlers } from "./signals.js";
import { startBot } from "./start.js";

export interface RunBotOptions {
  logger?: Logger;
  clientOptions?: Partial<ClientOptions>;
  /** How busy the core is; see StartBotOptions.pressure. */
  pressure?: () => CorePressure;
  /** Called once the bot is logged in and SIGINT/SIGTERM are handled (tests and supervisors wait for it). */
  onReady?: () => void;
}

/** After the exit code is handed back, a leftover handle (a stray timer, a socket) must not keep the process alive. */
const FORCE_EXIT_AFTER_MS = 2000;

export async function runBot(env: Env, core: BotCore | (() => BotCore), commands: readonly CommandModule[], opts: RunBotOptions = {}): Promise<number> {
  const secrets = env.DISCORD_TOKEN ? [env.DISCORD_TOKEN] : [];
  const logger = opts.logger ?? createBotLogger({ level: env.LOG_LEVEL, secrets });
  let bot: Awaited<ReturnType<typeof startBot>>;
  try {
    bot = await startBot({ env, core, commands, logger, clientOptions: opts.clientOptions, ...(opts.pressure ? { pressure: opts.pressure } : {}) });
  } catch (error) {
    const message = describeError(error, secrets).message;
    logger.fatal({ err: describeError(error, secrets) }, "bot did not start");
    await flushLogger(logger);
    process.stderr.write(`Discord bot did not start: ${String(message)}\n`);
    return 1;
  }
  return new Promise<number>((resolve) => {
    installShutdownHandlers({
      stop: bot.stop,
      logger,
      exit: (code) => {
        resolve(code);
        setTimeout(() => process.exit(code), FORCE_EXIT_AFTER_MS).unref();
      },
    });
    opts.onReady?.();
  });
}
