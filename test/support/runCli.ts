/** Runs the real CLI (`tsx src/cli/main.ts …`) in a child process and collects its output. */
import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT } from "../fixtures/corpus.js";

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

/**
 * How the run's standard output ends: `fd`, a file descriptor to write to instead of a pipe (e.g. one of /dev/full); or
 * `closeAfterFirstChunk`, the pipe closed by the reader once the first output arrived (as `| head -1` does).
 */
export interface StdoutOptions {
  fd?: number;
  closeAfterFirstChunk?: boolean;
}

/** No cache, no logs, no colour, no Discord settings from the developer's shell; `env` adds to or overrides that. */
export function runCli(args: string[], env: Record<string, string>, stdin?: string, out: StdoutOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ["src/cli/main.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, INDEX_CACHE_DIR: "off", LOG_LEVEL: "silent", NO_COLOR: "1", DISCORD_TOKEN: "", DISCORD_CLIENT_ID: "", DISCORD_GUILD_ID: "", DISCORD_API_BASE: "", ...env },
      stdio: [stdin === undefined ? "ignore" : "pipe", out.fd ?? "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
      if (out.closeAfterFirstChunk) child.stdout!.destroy();
    });
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    if (stdin !== undefined) child.stdin!.end(stdin);
  });
}
