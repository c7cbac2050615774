/**
 * The tuned numbers of serving the bot's core from a worker thread (see workerCore.ts) and of answering
 * interactions under load (src/bot/router.ts, src/bot/client.ts). Measured with `npm run bench -- burst`
 * (bench/burst.ts).
 */
import { totalmem } from "node:os";
import type { ShardedBuildOptions } from "../search/shardedBuild.js";

/**
 * How long a reloaded core may spend building timelines (curated actors first) before it reports ready. The
 * serving core answers meanwhile, so this delays only the swap; a timeline not built by then is built on its
 * first request, in the worker (3,000 synthetic articles: about 1 s per actor on an idle 2-core machine).
 */
export const TIMELINE_PREBUILD_MS = 10_000;

/**
 * At most this many timelines prebuilt together (one mention pass over their candidate passages, see
 * buildTimelines); batches are sized to the time left (withinDeadline.ts), so the budget above is overrun by
 * about one actor's build at most.
 */
export const TIMELINE_PREBUILD_BATCH = 8;

/** The same at start, where nothing serves yet and every second of it keeps the bot offline. */
export const TIMELINE_PREBUILD_AT_START_MS = 2_000;

/**
 * The questions a new core answers once before it reports ready: they compile the analyzer's caches and regexes and
 * load the dictionaries that are read on first use (see generalDictionaries): a word no corpus is likely to use
 * loads the thesaurus (~0.2 s) and, being a noun, the English dictionary with the nouns that share its translations
 * (~0.3 s + ~0.4 s; translationSiblings.ts); an English word outside the domain glossary the English dictionary.
 */
export const WARM_UP_QUESTIONS = ["Waffenruhe", "Was sagt der Kernkraftwerksbetreiber?", "Who reported the oxygen levels?"] as const;

/**
 * The core worker's semi-space, in MB, on a machine with memory to spare: V8's young generation, where an /ask's
 * short-lived objects live, is two semi-spaces and a new large-object space of one more (`coreYoungGenerationMb`). An
 * /ask allocates about 240 KB that are garbage by the next call (seed corpus, shared dev questions); in Node's default
 * 16 MB semi-space a scavenge ran every ~40 calls and took 1–5 ms, so 1.5 % of calls paid for one, and the core's p99
 * in a worker was 2.1–2.9 ms where the calls without one stayed under 1.7 ms. At 64 MB the scavenges are four times
 * rarer (2 of 600 calls) and the same p99 is 1.6 ms. `npm run bench -- --sizes seed`, whose children run with this
 * semi-space too: dev p99 1.1–1.6 ms in six runs, against 1.6–3.8 ms in four with the default. A scavenge copies only
 * what survives, so a larger semi-space costs no more per run; it holds up to 3 × (64 − 16) = 144 MB more memory while
 * it fills, twice during a reload (two workers), and builds no faster (docs/SCALING.md: cold starts with it measured
 * 170–190 MB more RSS).
 */
export const CORE_SEMI_SPACE_MB = 64;

/**
 * The smallest semi-space the core worker gets: Node's own default on larger machines (V8 gives a 128th of the old
 * generation, at most 16 MB); on a machine under 2 GB it is more than the default, by up to 3 × 12 MB a worker.
 */
export const MIN_CORE_SEMI_SPACE_MB = 16;

/**
 * Memory per MB of semi-space: {@link CORE_SEMI_SPACE_MB} from 8 GB of memory on, less below (4 GB: 32 MB), never below
 * {@link MIN_CORE_SEMI_SPACE_MB}; so the two workers of a reload hold at most ~5 % of the memory in young objects.
 */
const MEMORY_PER_SEMI_SPACE_MB = 128;

/** The machine's memory for the process: the container's limit where there is one, else the machine's. */
export function availableMemoryBytes(): number {
  const constrained = process.constrainedMemory?.() ?? 0;
  return constrained > 0 ? Math.min(constrained, totalmem()) : totalmem();
}

/** The core worker's semi-space for a machine of this much memory (see {@link CORE_SEMI_SPACE_MB}). */
export function coreSemiSpaceMb(memoryBytes = availableMemoryBytes()): number {
  const scaled = Math.floor(memoryBytes / (1024 * 1024) / MEMORY_PER_SEMI_SPACE_MB);
  return Math.max(MIN_CORE_SEMI_SPACE_MB, Math.min(CORE_SEMI_SPACE_MB, scaled));
}

/** The core worker's young generation (worker `resourceLimits.maxYoungGenerationSizeMb`): three semi-spaces. */
export function coreYoungGenerationMb(memoryBytes = availableMemoryBytes()): number {
  return 3 * coreSemiSpaceMb(memoryBytes);
}

/**
 * Early deferral: an interaction that arrives while this many calls wait in the core worker (from any
 * interaction, autocomplete included) is acknowledged at once ("thinking…", one cheap callback) and its answer
 * sent as an edit, instead of racing the 3 s window. The core answers one call at a time, so the n-th of a burst
 * waits for n answers (seed corpus, loaded machine: 5–7 ms each, so 500 at once took 3.5 s and lost most
 * replies). Below this, a direct reply is one request fewer and usually faster. A core that answers in this
 * thread (tests, the console) has no queue: its answers are ready when the interaction is handled.
 */
export const DEFER_AT_CORE_QUEUE = 8;

/**
 * Defer at once while a reload runs: the new core loads on the same cores as the serving one, so answers are
 * slower than usual for its duration.
 */
export const DEFER_DURING_RELOAD = true;

/**
 * Interaction callbacks and webhook edits (the requests authorised by the interaction token) are not bound to
 * the bot's global rate limit on Discord ("Interaction endpoints are not bound to the bot's Global Rate
 * Limit", discord-api-docs #4416), but discord.js counts webhook edits against its 50/s global limiter. They
 * go through a REST instance of their own with this global budget (per-route limits still apply as Discord
 * reports them).
 */
export const INTERACTION_REQUESTS_PER_SECOND = 10_000;

/**
 * From this many articles, a core that builds its index (no snapshot) discovers the actors in a worker thread
 * meanwhile (discoveryThread.ts; 20,000 articles: ~7 s on the other core instead of after the build). Below it
 * the thread's start-up (~0.3 s) costs more than it saves.
 */
export const DISCOVERY_THREAD_MIN_ARTICLES = 2_000;

/**
 * Above this many articles the discovery thread is not used: its structured clone of every text (about 10 KB an
 * article) would raise the cold start's peak of memory more than the seconds it saves are worth. Discovery then
 * runs after the build, on the loading thread. Measured at a million passages (92,594 synthetic articles, the CLI's
 * cold start under /usr/bin/time): peak RSS 3.90 GB with the thread, 2.76 GB without; 78.1 s against 90.5 s.
 */
export const DISCOVERY_THREAD_MAX_ARTICLES = 50_000;

/**
 * The nice value of the discovery thread (Linux; it only lowers). Its work ends before the snapshot's texts are
 * encoded, not before the index is built: three busy threads on two cores gave the build's two threads each a third
 * of their time to discovery (this thread's wait for a CPU: 1.5–1.9 s of its 4.5–6.3 s shard at 20,000 articles). At
 * +10 it runs where they leave a core free; the snapshot's index sections are encoded while it finishes.
 */
export const DISCOVERY_THREAD_NICE = 10;

/**
 * The index build on two threads (src/search/shardedBuild.ts), for corpora built without a snapshot from
 * `minArticles` articles (below, the worker's start-up, ~0.3–0.8 s, costs more than it saves): a worker splits and
 * tokenizes the articles after the first `mainShare` and analyzes the distinct raw tokens after the first
 * `analysisShare`, while this thread does the rest, starts the worker and merges. This thread takes most of the
 * split and tokenizing because the second core also runs actor discovery from the start of a bot's build (loadCore.ts;
 * the CLI's discovers on demand since session 15; 20,000 articles: 12–13 s
 * of CPU on its thread, against ~17 s on this one for the whole start, sampled per thread from /proc): the worker
 * evens out the two cores, it cannot halve the build. Measured (shared machine, 20,000 articles): at 0.5 this thread
 * waited 0.3–1.3 s for the worker twice; starting discovery only after the worker left the second core idle while
 * the worker waited for this thread's half (worker: 4 s of CPU in 26 s alive).
 * The worker's young generation is V8's default: 48 MB did not measurably change the build.
 * Session 8: with the discovery thread at {@link DISCOVERY_THREAD_NICE} the worker and this thread get the two cores
 * first, and 0.6 / 0.6 balance them (alternating cold starts at 20,000 articles: build 10.8–11.9 s against 12.0–14.7
 * at 0.75 with the same nice value and 12.5–16.3 s as before; this thread's wait for a CPU in its shard 0.8–1.0 s
 * against 1.5–1.9 s before).
 * Session 15: the worker gets its part of the analysis before this thread builds its analyzer (before, it sat idle
 * while this thread merged and built it), and half of it: this thread's merging, analysis and wait for the worker took
 * 1.78–1.85 s against 1.90–2.12 s with 0.6 and the old order (alternating cold starts at 20,000 articles, a fast phase
 * of the machine: 9.3–9.6 s against 9.4–10.6 s); at 0.45 this thread waited 0.32 s for the worker.
 */
export const BUILD_SHARDS: ShardedBuildOptions = {
  minArticles: 2_000,
  mainShare: 0.6,
  analysisShare: 0.5,
  workerDeadlineMs: (articles) => scaledDeadlineMs(HELPER_THREAD_DEADLINE, articles),
};

/**
 * LOG_LEVEL=debug: a core call whose round trip, less its wait behind other calls, takes this long is logged with
 * where its time went ("core call slow": running in the worker, or the messages and this thread's event loop).
 */
export const SLOW_CORE_CALL_MS = 100;

/**
 * The nice value of the core worker threads (and of the discovery thread a core worker starts, which inherits it;
 * Linux). The main thread talks to Discord and must get a CPU the moment an interaction arrives: measured at
 * 3,000 articles on the 2-core machine, it was on the CPU for 100–250 ms of each busy second of a burst or reload
 * and waited 700–1,000 ms for a CPU, behind the loading worker, the serving worker and the rest of the machine.
 * At +10 a runnable core worker gets about a tenth of the CPU a normal thread gets when they compete. 1,000
 * simultaneous /ask at 3,000 articles (load 5–7, alternating runs): 651 and 379 of 1,000 lost at 0 (the deferral
 * came after Discord's 3 s), none lost at +10 (twice; deferrals p99 1.8 s). The cost: where other processes compete
 * for the CPU, the answers (deferred in a burst anyway) come later.
 */
export const CORE_THREAD_NICE = 10;

/** A deadline that grows with the corpus: `baseMs` plus `perArticleMs` for each article file. */
export interface ScaledDeadline {
  baseMs: number;
  perArticleMs: number;
}

/**
 * How long a helper thread of a load (the index build's worker, shardedBuild.ts; the discovery thread,
 * discoveryThread.ts) may take before the load terminates it and does its part on the loading thread
 * (src/util/threadDeadline.ts). It catches a thread that will never answer, not a slow one: at 20,000 articles the
 * discovery thread needs 12–13 s of CPU and the build worker 3.5 s (session 5, shared 2-core machine), at nice +10
 * behind other work perhaps several times that; the deadline there is 2 + 8.3 min.
 */
export const HELPER_THREAD_DEADLINE: ScaledDeadline = { baseMs: 120_000, perArticleMs: 25 };

/**
 * How long a core worker may take from its start to "ready" (loading, index build or snapshot, actors, timelines)
 * before the caller terminates it: a start then fails with this reason, a reload is rejected and the serving corpus
 * stays (workerCore.ts). At 20,000 articles a cold start took about 6 min on the loaded machine and a reload
 * 30–50 s; the deadline there is 5 + 33 min. It is well above the helper threads' own deadline, so a hung helper
 * thread is given up and its work done in the core worker first.
 */
export const CORE_LOAD_DEADLINE: ScaledDeadline = { baseMs: 300_000, perArticleMs: 100 };

/** The deadline for a corpus of `articles` article files. */
export function scaledDeadlineMs(deadline: ScaledDeadline, articles: number): number {
  return deadline.baseMs + deadline.perArticleMs * Math.max(0, articles);
}
