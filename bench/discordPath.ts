/**
 * The Discord path under load: N /ask interactions dispatched at once through the fake Discord
 * (test/support/fakeDiscord.ts) to the real bot (startBot, real discord.js client, real core), measuring
 * the time from dispatch to the bot's interaction callback. Prints nothing unless run directly:
 * `npx tsx bench/discordPath.ts 1000 [waveSize|-] [worker|thread]`.
 */
import { commands } from "../commands/index.js";
import type { BotCore, CorePressure } from "../src/bot/context.js";
import { createBotLogger } from "../src/bot/logger.js";
import { startBot } from "../src/bot/start.js";
import { EMBEDDED_CORPUS_DIR } from "../src/config/paths.js";
import { loadCore } from "../src/core/loadCore.js";
import { startCoreWorker, type WorkerCore } from "../src/core/workerCore.js";
import { isEntryScript } from "../src/util/runMain.js";
import { type RecordedRequest, startFakeDiscord } from "../test/support/fakeDiscord.js";

export interface DiscordBenchOptions {
  interactions: number;
  /** Questions asked in turn; default: a mix of answerable, English and uncovered questions. */
  questions?: readonly string[];
  /**
   * Default (`"worker"`): the real core on the embedded corpus in a worker thread with the bot's early deferral, as
   * `npm start` runs it; `"thread"`: the same core in the bot's own thread (every answer direct); or a core of the
   * caller's. The fake Discord shares this process's event loop either way: a burst of 1,000 measures it as much as the
   * bot (bench/burst.ts runs the bot in a process of its own).
   */
  core?: BotCore | "worker" | "thread";
  /** How long to wait for the last callback before counting the rest as lost. */
  timeoutMs?: number;
  /** Interactions answered one by one before the measured burst (default 10). */
  warmup?: number;
  /** Dispatch in waves of this many, each once the previous one is answered; default: all at once. */
  concurrency?: number;
  /** How long the fake Discord accepts a callback (default Discord's 3 s; a functional test lifts it). */
  interactionDeadlineMs?: number;
}

export interface DiscordBenchResult {
  /** Milliseconds from dispatch to the bot's first successful callback. */
  p50: number;
  p99: number;
  max: number;
  /** Interactions with a successful callback (message or deferral). */
  answered: number;
  /** Interactions without one: Discord would have shown "The application did not respond". */
  lost: number;
  /** Callbacks that were a direct reply (type 4) rather than a deferral. */
  direct: number;
  /** Wall time of the whole run. */
  ms: number;
}

const DEFAULT_QUESTIONS = [
  "Wie alt ist Keith Kellogg?",
  "Which leaders joined Starmer's video conference?",
  "Was sagte Selenskyj in München?",
  "Worüber sprachen Rubio und Lawrow am Telefon?",
  "Wer gewann die Fußball-WM?",
];

const TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.bench-token.not-a-real-one";
const CALLBACK = /^\/interactions\/(\d+)\/[^/]+\/callback$/;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Each interaction id's first successful callback, read incrementally (O(requests) in total). */
function callbackCollector(requests: readonly RecordedRequest[], from: number) {
  const first = new Map<string, RecordedRequest>();
  let scanned = from;
  return (): Map<string, RecordedRequest> => {
    for (; scanned < requests.length; scanned++) {
      const r = requests[scanned]!;
      const id = r.method === "POST" && r.status >= 200 && r.status < 300 ? CALLBACK.exec(r.path)?.[1] : undefined;
      if (id && !first.has(id)) first.set(id, r);
    }
    return first;
  };
}

export async function discordBench(opts: DiscordBenchOptions): Promise<DiscordBenchResult> {
  const questions = opts.questions ?? DEFAULT_QUESTIONS;
  const fake = await startFakeDiscord({ token: TOKEN, ...(opts.interactionDeadlineMs ? { interactionDeadlineMs: opts.interactionDeadlineMs } : {}) });
  let worker: WorkerCore | null = null;
  let bot: Awaited<ReturnType<typeof startBot>> | undefined;
  try {
    const mode = opts.core ?? "worker";
    let core: BotCore;
    let pressure: (() => CorePressure) | undefined;
    if (mode === "worker") {
      const started = await startCoreWorker({ corpusDir: EMBEDDED_CORPUS_DIR, cacheDir: null });
      worker = started;
      core = started;
      // As src/app.ts: the router defers early while the worker's queue grows.
      pressure = () => ({ reloading: false, queued: started.queued() });
    } else {
      core = mode === "thread" ? await loadCore(EMBEDDED_CORPUS_DIR) : mode;
    }
    bot = await startBot({
      env: { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.api, ASK_COOLDOWN_COUNT: 5, ASK_COOLDOWN_SECONDS: 10 },
      core,
      commands,
      logger: createBotLogger({ level: "silent" }),
      ...(pressure ? { pressure } : {}),
    });
    // A few interactions first, so the numbers show the steady state rather than the JIT warming up.
    for (let i = 0; i < (opts.warmup ?? 10); i++) {
      const sent = await fake.dispatchInteraction({
        type: 2,
        data: { name: "ask", type: 1, options: [{ name: "question", type: 3, value: questions[i % questions.length]! }] },
        user: { id: (1_300_000_000_002_000_000n + BigInt(i)).toString() },
      });
      await sent.reply();
    }
    const requestsBefore = fake.requests.length;
    const collect = callbackCollector(fake.requests, requestsBefore);
    const started = Date.now();
    const sentAt = new Map<string, number>();
    const wave = Math.max(1, opts.concurrency ?? opts.interactions);
    const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
    for (let from = 0; from < opts.interactions; from += wave) {
      const ids = await Promise.all(
        Array.from({ length: Math.min(wave, opts.interactions - from) }, async (_, k) => {
          const i = from + k;
          const at = Date.now();
          const sent = await fake.dispatchInteraction({
            type: 2,
            data: { name: "ask", type: 1, options: [{ name: "question", type: 3, value: questions[i % questions.length]! }] },
            // One user each: the per-user cooldown is not what this measures.
            user: { id: (1_300_000_000_001_000_000n + BigInt(i)).toString() },
          });
          sentAt.set(sent.id, at);
          return sent.id;
        }),
      );
      const done = () => ids.every((id) => collect().has(id));
      while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    }
    const callbacks = collect();
    const latencies: number[] = [];
    let direct = 0;
    for (const [id, at] of sentAt) {
      const callback = callbacks.get(id);
      if (!callback) continue;
      latencies.push(callback.time - at);
      if ((callback.body as { type?: number } | undefined)?.type === 4) direct++;
    }
    latencies.sort((a, b) => a - b);
    return {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? Number.NaN,
      answered: latencies.length,
      lost: opts.interactions - latencies.length,
      direct,
      ms: Date.now() - started,
    };
  } finally {
    try {
      await bot?.stop();
    } finally {
      try {
        await worker?.terminate();
      } finally {
        await fake.close();
      }
    }
  }
}

if (isEntryScript(import.meta.url)) {
  const interactions = Number(process.argv[2] ?? 100);
  const concurrency = process.argv[3] && process.argv[3] !== "-" ? Number(process.argv[3]) : undefined;
  const core = process.argv[4] ?? "worker";
  if (core !== "worker" && core !== "thread") throw new Error(`core: "worker" or "thread", not ${JSON.stringify(core)}`);
  process.stdout.write(`${JSON.stringify({ interactions, concurrency, core, ...(await discordBench({ interactions, concurrency, core })) })}\n`);
}
