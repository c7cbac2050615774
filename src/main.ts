/**
 * Entry of `npm start`. The signal handlers come first (startSignals.ts), and only then the program (the
 * composition root, src/app.ts), imported dynamically: ES modules load and link their whole static import graph
 * before the first of them runs, so with the program imported statically a SIGHUP while its modules load (about
 * 0.1 s compiled, a second through tsx) ended the process (exit 129) before any handler existed.
 */
import "./startSignals.js";

import("./app.js").catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
