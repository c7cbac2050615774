/** Terminal entry: `npm run --silent cli -- <command> …`. Errors are one line on stderr, never a stack trace. */
import { loadEnvFile } from "../config/loadEnv.js";
import { describeCoreProblems, emptyCorpusProblem, loadCore, suspiciousArticles } from "../core/loadCore.js";
import { createEngine } from "../search/engine.js";
import { parseArgs, USAGE } from "./args.js";
import { runAsk } from "./ask.js";
import { runConsole } from "./console.js";
import { runEval } from "./evalCommand.js";
import { runIngest } from "./ingest.js";
import { runSource, runTimeline } from "./lookups.js";
import { runMain } from "../util/runMain.js";

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  const env = loadEnvFile();
  if (!env.ok) {
    process.stderr.write(`${env.errors.join("\n")}\n`);
    return 2;
  }
  const { args } = parsed;
  const { INDEX_CACHE_DIR, LOG_LEVEL } = env.env;
  const log = LOG_LEVEL === "debug" || LOG_LEVEL === "trace" ? (m: string) => process.stderr.write(`${m}\n`) : undefined;
  if (args.command === "eval") return runEval(args);
  if (args.command === "ingest") return runIngest(args, env.env);
  const core = await loadCore(env.env.CORPUS_DIR, (dir, hooks) => createEngine(dir, { cacheDir: INDEX_CACHE_DIR, log, ...hooks }));
  const empty = emptyCorpusProblem(core);
  const problems = [...describeCoreProblems(core), ...(empty ? [empty] : [])];
  if (args.command === "check") {
    problems.push(...suspiciousArticles(core));
    for (const p of problems) process.stdout.write(`${p}\n`);
    const { articles, passages } = core.stats();
    process.stdout.write(`${articles} articles, ${passages} passages, ${problems.length} problems\n`);
    return problems.length > 0 ? 1 : 0;
  }
  for (const p of problems) process.stderr.write(`${p}\n`);
  switch (args.command) {
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

runMain(main);
