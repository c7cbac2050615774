/**
 * Terminal entry: `npm run --silent cli -- <command> …`. Errors are one line on stderr, never a stack trace.
 * Each command's modules are imported when it runs: `check` loads no index, dictionary or answer code at all.
 */
import { loadEnvFile } from "../config/loadEnv.js";
import { runMain } from "../util/runMain.js";
import { parseArgs, USAGE } from "./args.js";

async function main(argv: string[]): Promise<number> {
  // "--help" anywhere before a bare "--" ("ask --help"), or "-h" / "help" as the command: the usage, exit 0.
  const end = argv.indexOf("--");
  const options = end < 0 ? argv : argv.slice(0, end);
  if (argv[0] === "-h" || argv[0] === "help" || options.includes("--help")) {
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
  switch (args.command) {
    case "eval":
      return (await import("./evalCommand.js")).runEval(args);
    case "ingest":
      return (await import("./ingest.js")).runIngest(args, env.env);
    case "check":
      return (await import("./check.js")).runCheck(env.env.CORPUS_DIR);
    default:
      return (await import("./coreCommands.js")).runCoreCommand(args.command, args, env.env);
  }
}

runMain(main);
