/**
 * Feed polling: every feed in FEEDS is fetched every FEED_INTERVAL_MINUTES with a conditional request (ETag /
 * If-Modified-Since), one feed after another; new items are ingested. Each feed's result is logged. A failing feed
 * backs off (the interval doubles per failure, up to a day) and never stops the others. A plain module:
 * `start()`/`stop()` for the composition root, `pollOnce()` for tests and tools.
 */
import { charsetOf, decodeDocument } from "./charset.js";
import { parseFeed } from "./feed.js";
import { fetchResource } from "./fetch.js";
import type { Env } from "../config/env.js";
import type { Ingester } from "./ingest.js";
import { type IngestResult, skippedResults } from "./result.js";
import { configureIngester, createIngester, type IngestEnv } from "./service.js";

export interface PollLogger {
  info(obj: Record<string, unknown>, msg: string): void;
  warn(obj: Record<string, unknown>, msg: string): void;
}

export interface FeedPollerOptions {
  feeds: readonly string[];
  intervalMs: number;
  ingester: Pick<Ingester, "ingestItems" | "limits">;
  logger: PollLogger;
  /** Longest wait after failures. Default: one day. */
  maxBackoffMs?: number;
  /** The clock (tests). */
  now?: () => number;
}

export type FeedPollResult =
  | { feed: string; status: "polled"; items: number; added: number; duplicate: number; refused: number }
  | { feed: string; status: "not_modified" }
  | { feed: string; status: "failed"; reason: string; failures: number; retryInMs: number }
  | { feed: string; status: "skipped"; dueInMs: number };

interface FeedState {
  etag?: string;
  lastModified?: string;
  failures: number;
  nextAt: number;
}

export interface FeedPoller {
  /** Polls the feeds that are due, all at once; a failing one does not affect the others. */
  pollOnce(): Promise<FeedPollResult[]>;
  /** Polls now and then on a timer, until `stop()`. */
  start(): void;
  /** Stops the timer and waits for a poll in progress. */
  stop(): Promise<void>;
  state(feed: string): Readonly<FeedState> | undefined;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export function createFeedPoller(opts: FeedPollerOptions): FeedPoller {
  const now = opts.now ?? Date.now;
  const maxBackoff = opts.maxBackoffMs ?? DAY_MS;
  const states = new Map<string, FeedState>(opts.feeds.map((f) => [f, { failures: 0, nextAt: 0 }]));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<FeedPollResult[]> | undefined;
  let stopped = true;
  /** Set while stop() waits: the poll in progress begins no further feed. */
  let halting = false;

  async function pollFeed(feed: string, state: FeedState): Promise<FeedPollResult> {
    const started = now();
    if (state.nextAt > started) return { feed, status: "skipped", dueInMs: state.nextAt - started };
    const fail = (reason: string): FeedPollResult => {
      state.failures++;
      const retryInMs = Math.min(opts.intervalMs * 2 ** state.failures, maxBackoff);
      state.nextAt = started + retryInMs;
      opts.logger.warn({ feed, reason, failures: state.failures, retryInMinutes: Math.round(retryInMs / 60_000) }, "feed failed; backing off");
      return { feed, status: "failed", reason, failures: state.failures, retryInMs };
    };
    try {
      const fetched = await fetchResource(feed, { limits: opts.ingester.limits, etag: state.etag, lastModified: state.lastModified });
      if (!fetched.ok) return fail(fetched.reason);
      state.etag = fetched.etag ?? state.etag;
      state.lastModified = fetched.lastModified ?? state.lastModified;
      if (fetched.notModified) {
        state.failures = 0;
        state.nextAt = started + opts.intervalMs;
        opts.logger.info({ feed }, "feed not modified");
        return { feed, status: "not_modified" };
      }
      const decoded = decodeDocument(fetched.body, charsetOf(fetched.contentType));
      if (!decoded.ok) return fail(decoded.reason);
      const parsed = parseFeed(decoded.text, fetched.url);
      if (!parsed.ok) return fail(parsed.reason);
      const results: IngestResult[] = [...(await opts.ingester.ingestItems(parsed.feed.items)), ...skippedResults(parsed.feed, feed)];
      const count = (s: IngestResult["status"]) => results.filter((r) => r.status === s).length;
      state.failures = 0;
      state.nextAt = started + opts.intervalMs;
      const summary = { feed, status: "polled" as const, items: results.length, added: count("added"), duplicate: count("duplicate"), refused: count("refused") };
      opts.logger.info({ ...summary, refusedItems: results.filter((r) => r.status === "refused").slice(0, 10).map((r) => ({ url: r.url, reason: r.reason })) }, "feed polled");
      return summary;
    } catch (e) {
      return fail(`error: ${(e as Error).message}`);
    }
  }

  /**
   * The feeds one after another: their pages wait for one extraction worker (extractThread.ts), so polling them all at
   * once only queued every feed's fetched pages in memory (65 pages, 759 MB of heap with 25 feeds in review) and put an
   * /ingest behind them all. A stop skips the feeds not yet begun.
   */
  function pollOnce(): Promise<FeedPollResult[]> {
    running ??= (async () => {
      const results: FeedPollResult[] = [];
      for (const [feed, state] of [...states]) {
        if (halting) break;
        results.push(await pollFeed(feed, state));
      }
      return results;
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  function schedule(): void {
    if (stopped) return;
    // Wake up often enough to honour each feed's own due time, at most once a minute.
    const tick = Math.min(opts.intervalMs, 60_000);
    timer = setTimeout(() => {
      void pollOnce().finally(schedule);
    }, tick);
    timer.unref();
  }

  return {
    pollOnce,
    start() {
      if (!stopped || states.size === 0) return;
      stopped = false;
      void pollOnce().finally(schedule);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      halting = true;
      await running?.catch(() => {});
      halting = false;
    },
    state: (feed) => states.get(feed),
  };
}

/**
 * For the composition root: configures the shared ingester from `env` and, when FEEDS lists any, starts polling
 * them. Returns the running poller (stop it on shutdown), or undefined without feeds.
 */
export function startFeedPolling(env: IngestEnv & Pick<Env, "FEEDS" | "FEED_INTERVAL_MINUTES">, logger: PollLogger): FeedPoller | undefined {
  const ingester = createIngester(env);
  configureIngester(ingester);
  if (env.FEEDS.length === 0) return undefined;
  const poller = createFeedPoller({ feeds: env.FEEDS, intervalMs: env.FEED_INTERVAL_MINUTES * 60_000, ingester, logger });
  poller.start();
  logger.info({ feeds: env.FEEDS.length, intervalMinutes: env.FEED_INTERVAL_MINUTES }, "feed polling started");
  return poller;
}
