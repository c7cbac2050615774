/**
 * Every cap the ingest puts on what a page or feed may be, in one place (the fetch's own limits, size, time and
 * redirects, are `DEFAULT_LIMITS` in fetch.ts and set by INGEST_MAX_MB / INGEST_TIMEOUT_SECONDS). The markup caps are
 * checked on the raw text before it is parsed (markupShape.ts): linkedom's parser and Readability slow down faster
 * than a page grows as it nests deeper and recurse over the tree, so a small hostile page (100,000 nested `<div>`s in
 * 1.1 MB) would otherwise overflow the stack or stall the bot for minutes. Real news pages stay far below them.
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
 * 1.9 million and kept it busy for 14 s in review. Extraction runs on the bot's thread, so pages below this cap can
 * still cost it seconds (a worker with a time budget would bound that; not built).
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
