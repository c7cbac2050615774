/**
 * The folder the CLI was called from: `npm run` starts it in the project's folder and keeps the caller's in INIT_CWD.
 * File names on the command line (`ingest page.html`, `timeline --png x.png`, `feedback --file F`) are read from or
 * written to there, as a shell user expects.
 */
import path from "node:path";

export function callerDir(): string {
  return process.env["INIT_CWD"] ?? process.cwd();
}

/** A command-line file name resolved against {@link callerDir}. */
export function callerPath(file: string): string {
  return path.resolve(callerDir(), file);
}
