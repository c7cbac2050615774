/**
 * What an ingest gives for each item (`IngestResult`: added, duplicate or refused, with the reason), the refusals of
 * a feed's items that had no usable link, and results handed to the caller's callback as they are returned.
 */
import type { IngestCause } from "./cause.js";
import type { Feed } from "./feed.js";

export interface IngestResult {
  /** The URL or file given (for feed items: the item's link). */
  url: string;
  status: "added" | "duplicate" | "refused";
  /** Corpus file: the new one (added) or the one it duplicates. */
  file?: string;
  title?: string;
  outlet?: string;
  /** "YYYY-MM-DD" */
  published?: string;
  /** Why it was not added, in English (the CLI's JSON `reason`); set with `cause` except for an unexpected `error`. */
  reason?: string;
  /** Why it was not added, as a code with its context, for the renderers to word in the reader's language. */
  cause?: IngestCause;
  /** Set when the item failed unexpectedly (not a refusal of the page but a fault here). */
  error?: true;
}

/** The feed items without a usable link, as refusals: by their link as given, or by `source` (the feed) when they have none. */
export function skippedResults(feed: Feed, source: string): IngestResult[] {
  return feed.skipped.map((s) => ({ url: s.link ?? source, status: "refused", ...(s.title ? { title: s.title } : {}), reason: s.reason, cause: s.cause }));
}

export function emitAll(results: IngestResult[], onResult?: (r: IngestResult) => void): IngestResult[] {
  for (const r of results) onResult?.(r);
  return results;
}
