/**
 * Signals from the first moment of the process. src/main.ts imports this module alone and the program (src/app.ts)
 * only after it has run, so its handlers are installed before anything else loads (loading the modules and the
 * corpus takes a while, and Node's default for SIGHUP and SIGTERM is to end the process on the spot):
 * - SIGHUP before the bot runs is remembered and becomes one corpus reload once it does ({@link onHangup});
 * - SIGTERM / SIGINT before the bot runs exit 0 at once; once the bot runs, its own shutdown handlers
 *   (src/bot/signals.ts) take over and this one steps aside.
 * (A signal is handled when the event loop turns: a long synchronous index build delays it, never drops it.)
 */

let hangupHandler: (() => void) | undefined;
let hangupPending = false;

process.on("SIGHUP", () => {
  if (hangupHandler) {
    hangupHandler();
    return;
  }
  if (!hangupPending) process.stderr.write("SIGHUP during start-up: the corpus reloads once the bot runs\n");
  hangupPending = true;
});

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    // Another listener is the bot's shutdown handler: it stops the bot cleanly.
    if (process.listenerCount(signal) > 1) return;
    process.stderr.write(`${signal} during start-up: exiting\n`);
    process.exit(0);
  });
}

/** Runs `handler` on every SIGHUP from now on, and once right away for SIGHUPs that came before. */
export function onHangup(handler: () => void): () => void {
  hangupHandler = handler;
  if (hangupPending) {
    hangupPending = false;
    queueMicrotask(handler);
  }
  return () => {
    if (hangupHandler === handler) hangupHandler = undefined;
  };
}
