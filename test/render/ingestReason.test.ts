/** Every ingest cause has its message in both languages, and the English display matches the JSON reason's wording where it did. */
import { describe, expect, it } from "vitest";
import { describeCause, type IngestCause } from "../../src/ingest/cause.js";
import { describeCauseIn } from "../../src/render/ingestReason.js";

/** One cause of every code (the `satisfies` makes a new code without an example fail the typecheck). */
const EXAMPLES = {
  empty_input: { code: "empty_input" },
  input_too_long: { code: "input_too_long", max: 2000 },
  not_http: { code: "not_http" },
  private_address: { code: "private_address", host: "localhost", address: "127.0.0.1" },
  unresolvable_host: { code: "unresolvable_host", host: "nirgends.invalid", detail: "ENOTFOUND" },
  redirect_without_location: { code: "redirect_without_location", status: 302 },
  redirect_not_http: { code: "redirect_not_http" },
  redirect_loop: { code: "redirect_loop" },
  too_many_redirects: { code: "too_many_redirects", max: 5 },
  http_status: { code: "http_status", status: 410 },
  content_type: { code: "content_type", type: "application/pdf" },
  too_large: { code: "too_large", maxBytes: 5 * 1024 * 1024 },
  timeout: { code: "timeout", seconds: 15 },
  fetch_failed: { code: "fetch_failed", detail: "ECONNREFUSED" },
  not_modified: { code: "not_modified" },
  unsupported_file: { code: "unsupported_file", ext: ".pdf" },
  unreadable_file: { code: "unreadable_file", detail: "ENOENT" },
  unknown_charset: { code: "unknown_charset", charset: "x-klingon" },
  not_a_feed: { code: "not_a_feed" },
  feed_empty: { code: "feed_empty" },
  feed_in_feed: { code: "feed_in_feed" },
  no_link: { code: "no_link", item: 4 },
  invalid_link: { code: "invalid_link", item: 5 },
  link_not_http: { code: "link_not_http", item: 1 },
  feed_item_limit: { code: "feed_item_limit", item: 501, max: 500 },
  duplicate_in_feed: { code: "duplicate_in_feed", item: 5, of: 4 },
  feed_unreadable: { code: "feed_unreadable" },
  too_complex: { code: "too_complex", maxDepth: 256 },
  extract_timeout: { code: "extract_timeout", seconds: 10 },
  extract_failed: { code: "extract_failed", why: "out_of_memory", detail: "out of memory" },
  binary: { code: "binary" },
  no_text: { code: "no_text" },
  too_little_text: { code: "too_little_text", chars: 120 },
  paywall: { code: "paywall", chars: 300 },
  mojibake: { code: "mojibake" },
  metadata_broken: { code: "metadata_broken", detail: "articles.json: not JSON" },
  invalid_metadata: { code: "invalid_metadata", detail: "url: Invalid url" },
  article_too_large: { code: "article_too_large", maxBytes: 2 * 1024 * 1024 },
  would_not_load: { code: "would_not_load", detail: "empty body" },
  same_url: { code: "same_url" },
  same_text: { code: "same_text", resemblance: 0.9 },
} satisfies { [C in IngestCause["code"]]: Extract<IngestCause, { code: C }> };

describe("ingest reasons", () => {
  it.each(Object.values(EXAMPLES) as IngestCause[])("GIVEN $code THEN a German and an English text, every placeholder filled", (cause) => {
    const de = describeCauseIn(cause, "de");
    const en = describeCauseIn(cause, "en");
    for (const text of [de, en]) expect(text).not.toMatch(/\{\w+\}|undefined|NaN/);
    expect(de).not.toBe(en);
    // The English display keeps the English reason's facts (values) in it.
    // Not a failed extraction's: its `why` is a code, its `detail` the worker's words for logs (the display names why).
    if (cause.code !== "extract_failed") for (const value of Object.values(cause).slice(1)) if (typeof value === "string") expect(en).toContain(value);
  });

  it("GIVEN causes the JSON has always worded so THEN describeCause keeps the wording", () => {
    expect(describeCause(EXAMPLES.no_link)).toBe("item 4 has no link");
    expect(describeCause(EXAMPLES.not_http)).toBe("only http and https URLs are fetched");
    expect(describeCause({ code: "too_large", maxBytes: 5 * 1024 * 1024, bytes: 6 * 1024 * 1024 })).toBe("larger than 5 MB (6 MB)");
    expect(describeCause(EXAMPLES.too_little_text)).toBe("too little article text (120 characters; a teaser, paywall stub or not an article)");
    expect(describeCause({ code: "too_little_text" })).toBe("too little article text");
    expect(describeCause(EXAMPLES.private_address)).toBe("localhost is a private or local address (127.0.0.1); set INGEST_ALLOW_PRIVATE=true to allow it");
  });

  it("GIVEN sizes and counts THEN written the reader's way", () => {
    expect(describeCauseIn(EXAMPLES.input_too_long, "de")).toBe("länger als 2.000 Zeichen");
    expect(describeCauseIn(EXAMPLES.input_too_long, "en")).toBe("longer than 2,000 characters");
    expect(describeCauseIn(EXAMPLES.article_too_large, "de")).toBe("Artikeltext größer als 2 MB");
    expect(describeCauseIn({ code: "too_large", maxBytes: 512 * 1024 }, "en")).toBe("larger than 512 KB");
    expect(describeCauseIn({ code: "too_complex", maxElements: 60_000 }, "de")).toBe("mehr als 60.000 Elemente im Markup");
    expect(describeCauseIn({ code: "too_complex", maxNesting: 2_000_000 }, "en")).toMatch(/more than 2,000,000 element–ancestor pairs/);
    expect(describeCauseIn({ code: "too_complex" }, "en")).toBe(describeCause({ code: "too_complex" }));
  });

  it("GIVEN a failed extraction THEN the German text names why in German, not the worker's English detail", () => {
    for (const why of ["out_of_memory", "ended", "closed", "not_started", "broken"] as const) {
      const de = describeCauseIn({ code: "extract_failed", why, detail: "exited (code 3)" }, "de");
      expect(de).toMatch(/^(?:das Lesen|beim Lesen)/);
      expect(de).not.toContain("exited");
    }
    expect(describeCause({ code: "extract_failed", why: "ended", detail: "exited (code 3)" })).toBe("reading the page failed (exited (code 3))");
  });
});
