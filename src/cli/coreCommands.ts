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
  // A cold start saves its snapshot after the first answer (or before the other commands' work): see deferSave.
  const warn = (m: string) => process.stderr.write(`${m}\n`);
  const core = await loadCore(env.CORPUS_DIR, (dir, hooks) => createEngine(dir, { cacheDir: INDEX_CACHE_DIR, log, warn, deferSave: true, ...hooks }), { discovery });
  const save = () => core.engine.saveSnapshot?.() ?? Promise.resolve();
  const empty = emptyCorpusProblem(core);
  for (const p of [...describeCoreProblems(core), ...(empty ? [empty] : [])]) process.stderr.write(`${p}\n`);
  try {
    // `ask` saves after its first answer; the other commands before their work.
    if (command !== "ask") await save();
    switch (command) {
      case "ask":
        return await runAsk(core, args, process.stdout, process.stdin, { afterFirstAnswer: () => void save() });
      case "console":
        return await runConsole(core, args);
      case "timeline":
        return await runTimeline(core, args);
      case "source":
        return await runSource(core, args);
    }
  } finally {
    await save();
  }
}
