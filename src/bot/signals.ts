/**
 * SIGINT/SIGTERM → stop the bot (destroy the client), flush the logs, exit 0. A second signal, a failing
 * stop or one that hangs past `timeoutMs` exits 1, so a supervisor never waits on a stuck bot.
 */
import type { Logger } from "pino";
import { flushLogger } from "./logger.js";

export interface ShutdownOptions {
  stop: () => Promise<void>;
  logger: Logger;
  signals?: readonly NodeJS.Signals[];
  timeoutMs?: number;
  exit?: (code: number) => void;
}

/** Installs the handlers; returns a function that removes them again. */
export function installShutdownHandlers({
  stop,
  logger,
  signals = ["SIGINT", "SIGTERM"],
  timeoutMs = 8000,
  exit = (code) => process.exit(code),
}: ShutdownOptions): () => void {
  let stopping = false;

  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting now");
      exit(1);
      return;
    }
    stopping = true;
    logger.info({ signal }, "shutting down");
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((resolve) => {
      timer = setTimeout(() => resolve(1), timeoutMs);
      timer.unref();
    });
    const stopped = stop().then(
      () => 0,
      (error: unknown) => {
        logger.error({ err: { message: error instanceof Error ? error.message : String(error) } }, "stop failed");
        return 1;
      },
    );
    void Promise.race([stopped, timedOut]).then(async (code) => {
      clearTimeout(timer);
      if (code !== 0) logger.warn({ code }, "shutdown was not clean");
      else logger.info("bye");
      await flushLogger(logger);
      exit(code);
    });
  };

  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}
