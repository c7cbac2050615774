/**
 * Why an ingest did not add an item: a stable code with its context (`{ code: "no_link", item: 4 }`), which the
 * renderers turn into German or English (src/render/ingestReason.ts), and the one English wording of each code that
 * the CLI's JSON `reason`, the logs and the feed poller keep showing (`describeCause`).
 */

/**
 * Why the extraction worker (extractThread.ts) gave no article: it ran out of memory, it ended (exited or threw), the
 * bot closed it, it could not start, or it answered something else than the page's result. Renderers name each in
 * their language; `detail` (English, for the reason, logs and `--json`) is the worker's own words.
 */
export type ExtractFailure = "out_of_memory" | "ended" | "closed" | "not_started" | "broken";

export type IngestCause =
  // The input and the fetch
  | { code: "empty_input" }
  | { code: "input_too_long"; max: number }
  | { code: "not_http" }
  | { code: "private_address"; host: string; address: string }
  | { code: "unresolvable_host"; host: string; detail: string }
  | { code: "redirect_without_location"; status: number }
  | { code: "redirect_not_http" }
  | { code: "redirect_loop" }
  | { code: "too_many_redirects"; max: number }
  | { code: "http_status"; status: number }
  | { code: "content_type"; type: string }
  | { code: "too_large"; maxBytes: number; bytes?: number }
  | { code: "timeout"; seconds: number }
  | { code: "fetch_failed"; detail: string }
  | { code: "not_modified" }
  // Files (the CLI)
  | { code: "unsupported_file"; ext: string }
  | { code: "unreadable_file"; detail: string }
  // Decoding and feeds
  | { code: "unknown_charset"; charset: string }
  | { code: "not_a_feed" }
  | { code: "feed_empty" }
  | { code: "feed_in_feed" }
  | { code: "no_link"; item: number }
  | { code: "invalid_link"; item: number }
  | { code: "link_not_http"; item: number }
  | { code: "feed_item_limit"; item: number; max: number }
  | { code: "duplicate_in_feed"; item: number; of: number }
  | { code: "feed_unreadable" }
  // Pages and feeds (markup-shape caps of limits.ts; a cause names the one cap broken, none for a parser that gave up)
  | { code: "too_complex"; maxDepth?: number; maxElements?: number; maxNesting?: number }
  // The extraction worker (extractThread.ts): out of time for one page, or ended (out of memory, a crash)
  | { code: "extract_timeout"; seconds: number }
  | { code: "extract_failed"; why: ExtractFailure; detail: string }
  // The article
  | { code: "binary" }
  | { code: "no_text" }
  | { code: "too_little_text"; chars?: number }
  | { code: "paywall"; chars: number }
  | { code: "mojibake" }
  // The corpus folder
  | { code: "metadata_broken"; detail: string }
  | { code: "invalid_metadata"; detail: string }
  | { code: "article_too_large"; maxBytes: number }
  | { code: "would_not_load"; detail: string }
  // Duplicates
  | { code: "same_url" }
  | { code: "same_text"; resemblance: number };

export type IngestCauseCode = IngestCause["code"];

/** "5 MB", "512 KB": the English reason's sizes. */
export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / (1024 * 1024)) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`;
}

/** The English reason of a cause, worded as the CLI's JSON `reason` has always been. */
export function describeCause(cause: IngestCause): string {
  switch (cause.code) {
    case "empty_input":
      return "empty input";
    case "input_too_long":
      return `longer than ${cause.max} characters`;
    case "not_http":
      return "only http and https URLs are fetched";
    case "private_address":
      return `${cause.host} is a private or local address (${cause.address}); set INGEST_ALLOW_PRIVATE=true to allow it`;
    case "unresolvable_host":
      return `cannot resolve ${cause.host} (${cause.detail})`;
    case "redirect_without_location":
      return `redirect (${cause.status}) without a Location`;
    case "redirect_not_http":
      return "redirect to a URL that is not http or https";
    case "redirect_loop":
      return "redirect loop";
    case "too_many_redirects":
      return `more than ${cause.max} redirects`;
    case "http_status":
      return `HTTP ${cause.status}`;
    case "content_type":
      return `content type ${cause.type} is not HTML, RSS/Atom or text`;
    case "too_large":
      return `larger than ${formatBytes(cause.maxBytes)}${cause.bytes === undefined ? "" : ` (${formatBytes(cause.bytes)})`}`;
    case "timeout":
      return `no complete answer within ${cause.seconds} s`;
    case "fetch_failed":
      return `cannot fetch (${cause.detail})`.slice(0, 200);
    case "not_modified":
      return "not modified";
    case "unsupported_file":
      return `unsupported file type "${cause.ext}" (html, txt, xml)`;
    case "unreadable_file":
      return `cannot read (${cause.detail})`;
    case "unknown_charset":
      return `unknown charset "${cause.charset}"`;
    case "not_a_feed":
      return "XML that is neither RSS nor Atom";
    case "feed_empty":
      return "the feed has no items";
    case "feed_in_feed":
      return "a feed inside a feed is not followed";
    case "no_link":
      return `item ${cause.item} has no link`;
    case "invalid_link":
      return `item ${cause.item} has a link that is no valid address`;
    case "link_not_http":
      return `item ${cause.item} has a link that is no http(s) address`;
    case "feed_item_limit":
      return `item ${cause.item} is past the first ${cause.max} items the feed is read for`;
    case "duplicate_in_feed":
      return `item ${cause.item} has the same link as item ${cause.of}`;
    case "feed_unreadable":
      return "the feed cannot be read";
    case "too_complex":
      if (cause.maxDepth !== undefined) return `markup nested more than ${cause.maxDepth} elements deep`;
      if (cause.maxElements !== undefined) return `more than ${cause.maxElements} elements in the markup`;
      if (cause.maxNesting !== undefined) return `markup too deeply nested for its size (more than ${cause.maxNesting} element–ancestor pairs)`;
      return "markup too complex to read";
    case "extract_timeout":
      return `reading the page took longer than ${cause.seconds} s`;
    case "extract_failed":
      return `reading the page failed (${cause.detail})`.slice(0, 200);
    case "binary":
      return "binary data, not a web page or text";
    case "no_text":
      return "no article text on the page";
    case "too_little_text":
      return cause.chars === undefined ? "too little article text" : `too little article text (${cause.chars} characters; a teaser, paywall stub or not an article)`;
    case "paywall":
      return `paywall: only ${cause.chars} characters of article text are free`;
    case "mojibake":
      return "garbled characters (mojibake) that cannot be repaired";
    case "metadata_broken":
      return `${cause.detail}; fix it before ingesting`;
    case "invalid_metadata":
      return `metadata: ${cause.detail}`;
    case "article_too_large":
      return `article text larger than ${cause.maxBytes} bytes`;
    case "would_not_load":
      return `would not load: ${cause.detail}`;
    case "same_url":
      return "same URL";
    case "same_text":
      return `same text (near-duplicate, resemblance ${cause.resemblance})`;
  }
}

/** A cause with its English reason, to spread into a result: `{ status: "refused", ...because({ code: "redirect_loop" }) }`. */
export function because(cause: IngestCause): { reason: string; cause: IngestCause } {
  return { reason: describeCause(cause), cause };
}
