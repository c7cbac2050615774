/**
 * The bot as `npm start` runs it (src/main.ts, then src/app.ts: env, corpus, index, reloads, signals, the Discord client) in a
 * child process against the fake Discord. Its log lines (pino JSON on stdout) and stderr are collected; helpers
 * wait for a line, send interactions and signals. Waits poll with generous bounds; nothing measures time.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { EMBEDDED_CORPUS_DIR, PACKAGE_ROOT } from "../../src/config/paths.js";
import { type FakeDiscord, type InteractionReply, type Json, startFakeDiscord } from "../support/fakeDiscord.js";
import { HANG_GUARD_MS } from "../support/hangGuard.js";
import { NO_TIME_LIMIT_MS, newUserId, TOKEN } from "./harness.js";

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface BotProcess {
  child: ChildProcess;
  fake: FakeDiscord;
  /** Parsed pino lines from stdout. */
  logs: LogLine[];
  /** Everything written to stdout and stderr, as text. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the first log line (already written or to come) matching `predicate`, after `from` lines. */
  waitForLog(predicate: (line: LogLine) => boolean, opts?: { from?: number; timeoutMs?: number }): Promise<LogLine>;
  /** Resolves once stderr (from character `from` on) holds `text`. */
  waitForStderr(text: string | RegExp, timeoutMs?: number, from?: number): Promise<void>;
  command(name: string, options: Json[]): Promise<InteractionReply>;
  /** Resolves with the exit code and signal once the process has ended. */
  exited(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL if still running, then closes the fake Discord. */
  close(): Promise<void>;
}

export interface SpawnBotOptions {
  corpusDir: string;
  env?: Record<string, string>;
  token?: string;
  /** Extra Node options before the entry (e.g. `--cpu-prof` when profiling a bench run). */
  nodeArgs?: readonly string[];
  /**
   * How long the fake Discord accepts an interaction's first callback. Default: no such window, so a loaded machine
   * cannot fail a test of signals and reloads (`command` takes a deferral and its edit); the burst bench sets
   * Discord's 3 s.
   */
  interactionDeadlineMs?: number;
  /** The token the fake Discord accepts (default: the bot's, `token`); another one makes Discord refuse the login. */
  acceptedToken?: string;
}

const STARTUP_MS = HANG_GUARD_MS;

export async function spawnBot(opts: SpawnBotOptions): Promise<BotProcess> {
  const token = opts.token ?? TOKEN;
  const fake = await startFakeDiscord({ token: opts.acceptedToken ?? token, interactionDeadlineMs: opts.interactionDeadlineMs ?? NO_TIME_LIMIT_MS });
  // Through the launcher, as `npm start` runs it: the compiled copy when dist/ is fresh (after `npm ci`), else the
  // sources through tsx. Compiled, each start and each reload's worker threads skip tsx's transform (~2–3 s apiece).
  // The bot's data (feedback salt and log) in a folder of its own: never the checkout's data/.
  const dataDir = mkdtempSync(path.join(tmpdir(), "vb-bot-data-"));
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), "scripts/launch.mjs", "src/main.ts"], {
    cwd: PACKAGE_ROOT,
    env: {
      ...process.env,
      // Empty values count as set for dotenv, so a developer's .env cannot fill them in.
      DISCORD_CLIENT_ID: "",
      DISCORD_GUILD_ID: "",
      INDEX_CACHE_DIR: "off",
      LOG_LEVEL: "debug",
      CORPUS_WATCH: "false",
      ALLOW_EMPTY_CORPUS: "false",
      ASK_COOLDOWN_COUNT: "1000",
      DATA_DIR: dataDir,
      ...opts.env,
      DISCORD_TOKEN: token,
      DISCORD_API_BASE: fake.api,
      CORPUS_DIR: opts.corpusDir,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  let partial = "";
  const logs: LogLine[] = [];
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const w of [...waiters]) w();
  };
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
    partial += chunk;
    const lines = partial.split("\n");
    partial = lines.pop()!;
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        // not a log line
      }
    }
    wake();
  });
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    err += chunk;
    wake();
  });
  child.on("exit", wake);

  const until = <T>(check: () => T | undefined, what: () => string, timeoutMs: number): Promise<T> =>
    new Promise((resolve, reject) => {
      const attempt = () => {
        const found = check();
        if (found !== undefined) {
          waiters.delete(attempt);
          clearTimeout(timer);
          resolve(found);
        } else if (child.exitCode !== null || child.signalCode !== null) {
          waiters.delete(attempt);
          clearTimeout(timer);
          reject(new Error(`bot exited (${child.exitCode ?? child.signalCode}) before ${what()}\nstderr: ${err}\nstdout: ${out.slice(-4000)}`));
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(attempt);
        reject(new Error(`no ${what()} within ${timeoutMs} ms\nstderr: ${err}\nstdout: ${out.slice(-4000)}`));
      }, timeoutMs);
      waiters.add(attempt);
      attempt();
    });

  return {
    child,
    fake,
    logs,
    stdout: () => out,
    stderr: () => err,
    waitForLog(predicate, { from = 0, timeoutMs = STARTUP_MS } = {}) {
      return until(() => logs.slice(from).find(predicate), () => "matching log line", timeoutMs);
    },
    async waitForStderr(text, timeoutMs = STARTUP_MS, from = 0) {
      const holds = () => (typeof text === "string" ? err.includes(text, from) : text.test(err.slice(from)));
      await until(() => holds() || undefined, () => `stderr ${String(text)}`, timeoutMs);
    },
    async command(name, options) {
      const reply = await fake.sendInteraction({ type: 2, data: { name, type: 1, options }, user: { id: newUserId() }, locale: "de" });
      // A bot under load acknowledges first ("thinking…") and edits the answer in: the edit is the reply then (or a
      // private follow-up, which replaces "thinking…" when the answer is an error).
      if (reply.type !== 5) return reply;
      const edit = await reply.interaction.waitForEditOrFollowUp();
      return { ...reply, data: edit.body as Json };
    },
    async exited(timeoutMs = STARTUP_MS) {
      if (child.exitCode === null && child.signalCode === null) {
        const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
        await once(child, "exit");
        clearTimeout(timer);
      }
      return { code: child.exitCode, signal: child.signalCode };
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
        await once(child, "exit");
      }
      await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const isReady = (line: LogLine): boolean => line.msg === "bot ready";
export const isReloaded = (line: LogLine): boolean => line.msg === "corpus reloaded";
export const isRejected = (line: LogLine): boolean => line.msg.startsWith("corpus reload rejected");

/** A temporary corpus folder holding copies of the given seed articles and embedded data files. */
export function seedFolder(files: readonly string[]): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "vb-bot-corpus-"));
  for (const f of files) cpSync(path.join(EMBEDDED_CORPUS_DIR, f), path.join(dir, f));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** All text of a reply, for "contains" assertions. */
export const text = (reply: InteractionReply): string => JSON.stringify(reply.data ?? {});
