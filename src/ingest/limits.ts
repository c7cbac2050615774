/**
 * Every cap the ingest puts on what a page or feed may be, in one place (the fetch's own limits, size, time and
 * redirects, are `DEFAULT_LIMITS` in fetch.ts and set by INGEST_MAX_MB / INGEST_TIMEOUT_SECONDS). The markup caps are
 * checked on the raw text before it is parsed (markupShape.ts): linkedom's parser and Readability slow down faster
 * than a page grows as it nests deeper and recurse over the tree, so a small hostile page (100,000 nested `<div>`s in
 * 1.1 MB) would otherwise overflow the stack or keep the extraction worker busy until its time budget ends
 * (extractThread.ts), where the caps refuse it in milliseconds. Real news pages stay far below them.
 */

/** Items read from one feed; the items past it are each refused (`feed_item_limit`), newest first as feeds list them. */
export const MAX_FEED_ITEMS = 500;

/**
 * Elements nested in one another, in a page or a feed. Real news pages nest fewer than 100 deep, but sloppy markup
 * nests every sibling one level deeper (an unclosed `<p>` in each `<li>` or `<td>`, an unclosed `<font>` per
 * paragraph: a 20 KB page 300–400 deep that parses in under a second). The stack overflows near 10,000; 5,000 parsed.
 */
export const MAX_MARKUP_DEPTH = 2_000;

/** Elements of one page: real news pages have fewer than 20,000 (the test pages about 60). */
export const MAX_PAGE_ELEMENTS = 60_000;

/**
 * The sum of every element's depth in a page (its element–ancestor pairs), which is what Readability's work grows
 * with: a real page of 20,000 elements about 20 deep on average has 400,000; 800 chains of 66 `<div>`s (656 KB) have
 * 1.9 million and kept it busy for 14 s in review. Pages below this cap can still take seconds; the ingest extracts
 * them in a worker thread (extractThread.ts), so they cost the bot's thread nothing, and
 * {@link EXTRACT_TIME_BUDGET_MS} bounds how long one may take.
 */
export const MAX_PAGE_NESTING = 500_000;

/** Elements of one feed: a full-text Atom feed of {@link MAX_FEED_ITEMS} entries stays below it. */
export const MAX_FEED_ELEMENTS = 200_000;

/**
 * Decoded text with more than this share of control or replacement characters (NUL and the other C0 controls but
 * whitespace, DEL, U+FFFD) is binary data and refused before a title is taken; a real page has none or a stray few.
 * C1 controls do not count: they are Windows-1252 punctuation („ “ –) in a page declared ISO-8859-1 or -15.
 */
export const MAX_CONTROL_SHARE = 0.01;

/**
 * How long the extraction worker may spend on one page (parse, Readability, cleaning) before it is terminated and the
 * page refused (`extract_timeout`); the next page gets a fresh worker. Counted from when the page is handed to a
 * started worker: neither the worker's start nor the pages queued before it count. The test pages take milliseconds;
 * what comes nearer is a page at a cap: a 5 MB page (INGEST_MAX_MB's default) of 50,000 paragraphs took 4.4–6.3 s on
 * the loaded 2-core machine here, a page just below {@link MAX_PAGE_NESTING} 1.3 s.
 */
export const EXTRACT_TIME_BUDGET_MS = 15_000;

/**
 * The extraction worker's heap (old generation, MB): a worker that runs out of it is terminated and its page refused
 * (`extract_failed`), not the process. The 5 MB page above is read within 128 MB.
 */
export const EXTRACT_WORKER_HEAP_MB = 512;

/**
 * How long the extraction worker may take to load its modules (linkedom, Readability: 0.2–0.4 s here) before the pages
 * waiting for it are refused (`extract_failed`, not_started): generous, as the other threads' deadlines are
 * (util/threadDeadline.ts); it catches a worker that will never answer, not a slow one.
 */
export const EXTRACT_WORKER_START_MS = 60_000;

/**
 * Less article text than this is a teaser, a paywall stub or not an article: ingest refuses a page whose paragraphs of
 * sentence length hold fewer characters (clean.ts `bodyLength`; `too_little_text`), and `check` reports a corpus file
 * whose text, whitespace folded, is shorter as very short (suspicious.ts).
 */
export const MIN_ARTICLE_CHARS = 150;
