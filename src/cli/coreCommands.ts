/** The CLI commands that serve from a loaded core (ask, console, timeline, source): the core is loaded, its problems go to stderr. */
import type { Env } from "../config/env.js";
import { describeCoreProblems, emptyCorpusProblem, loadCore } from "../core/loadCore.js";
import { createEngine } from "../search/engine.js";
import type { CliArgs } from "./args.js";
import { runAsk } from "./ask.js";
import { runConsole } from "./console.js";
import { runSource, runTimeline } from "./lookups.js";

export type CoreCommand = "ask" | "console" | "timeline" | "source";

export async function runCoreCommand(command: CoreCommand, args: CliArgs, env: Env): Promise<number> {
  const { INDEX_CACHE_DIR, LOG_LEVEL } = env;
  const log = LOG_LEVEL === "debug" || LOG_LEVEL === "trace" ? (m: string) => process.stderr.write(`${m}\n`) : undefined;
  // Only a timeline surely needs the actors: it has them discovered while the index is built; the other commands
  // discover them when an abstention's corpus profile or an actor lookup first asks.
  const discovery = command === "timeline" ? "at-load" : "on-demand";
  const core = await loadCore(env.CORPUS_DIR, (dir, hooks) => createEngine(dir, { cacheDir: INDEX_CACHE_DIR, log, ...hooks }), { discovery });
  const empty = emptyCorpusProblem(core);
  for (const p of [...describeCoreProblems(core), ...(empty ? [empty] : [])]) process.stderr.write(`${p}\n`);
  switch (command) {
    case "ask":
      return runAsk(core, args);
    case "console":
      return runConsole(core, args);
    case "timeline":
      return runTimeline(core, args);
    case "source":
      return runSource(core, args);
  }
}
