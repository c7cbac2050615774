/** The end of every entry script (CLI, bench, report, lint): run `main`, hand its exit code to the process. */
import { realpathSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** Whether the module at `moduleUrl` (its `import.meta.url`) is the script node was started with, not an import. */
export function isEntryScript(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return moduleUrl === pathToFileURL(realpathSync(script)).href;
  } catch {
    return moduleUrl === pathToFileURL(path.resolve(script)).href;
  }
}

/**
 * Runs `main(argv)`; its number becomes the exit code. A thrown error is one line on stderr (after `prefix`), exit
 * code 1, never a stack trace. So is standard output that cannot be written (a full disk: exit code 1); a reader that
 * went away (`… | head -1`, EPIPE) ends the process quietly with exit code 141, as a Unix tool killed by SIGPIPE does
 * (`yes | head -1`), so that `set -o pipefail` still sees the run cut short. Work still running (a batch's snapshot
 * save) ends with it, as it would by the signal.
 */
export function runMain(main: (argv: string[]) => Promise<number>, prefix = ""): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") process.stderr.write(`${prefix}cannot write the output: ${e.message}\n`);
    process.exit(e.code === "EPIPE" ? EXIT_BROKEN_PIPE : 1);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${prefix}${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

/** The exit code of a process killed by SIGPIPE in a shell: 128 + 13. */
export const EXIT_BROKEN_PIPE = 141;
