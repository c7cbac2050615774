/**
 * The tuned numbers of serving the bot's core from a worker thread (see workerCore.ts). Measured with
 * `npm run bench -- burst` (bench/burst.ts).
 */

/**
 * How long a reloaded core may spend building timelines (curated actors first) before it reports ready. The
 * serving core answers meanwhile, so this delays only the swap; a timeline not built by then is built on its
 * first request, in the worker (3,000 synthetic articles: about 1 s per actor on an idle 2-core machine).
 */
export const TIMELINE_PREBUILD_MS = 10_000;

/** The same at start, where nothing serves yet and every second of it keeps the bot offline. */
export const TIMELINE_PREBUILD_AT_START_MS = 2_000;

/** The question a new core answers once before it reports ready (compiles the analyzer's caches and regexes). */
export const WARM_UP_QUESTION = "Waffenruhe";
