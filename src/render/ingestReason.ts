/**
 * Why an ingest did not add an item, in the reader's language: the cause's code picks the catalogue message
 * (`ingest_reason_<code>`), its context fills the placeholders, numbers and sizes written the reader's way
 * ("2,5 MB", "0,93"). A result without a cause (an unexpected error) shows its English reason as it is.
 * Text only: the Discord renderer escapes it.
 */
import type { IngestCause } from "../ingest/cause.js";
import type { IngestResult } from "../ingest/result.js";
import { localeOf, type Lang } from "./locale.js";
import { type MessageCode, t } from "./messages.js";

const SIZE_FIELDS = new Set(["maxBytes", "bytes"]);

function formatNumber(n: number, lang: Lang, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits }).format(n);
}

/** 5 MB, 2,5 MB, 512 KB. */
function formatSize(bytes: number, lang: Lang): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${formatNumber(mb, lang, 1)} MB` : `${formatNumber(Math.round(bytes / 1024), lang)} KB`;
}

/** The catalogue message of a cause: one per code, and a longer one where the cause knows a size or length more. */
function messageOf(cause: IngestCause): MessageCode {
  if (cause.code === "too_large" && cause.bytes !== undefined) return "ingest_reason_too_large_of";
  if (cause.code === "too_little_text" && cause.chars !== undefined) return "ingest_reason_too_little_text_chars";
  if (cause.code === "too_complex") {
    if (cause.maxDepth !== undefined) return "ingest_reason_too_complex_depth";
    if (cause.maxElements !== undefined) return "ingest_reason_too_complex_elements";
    if (cause.maxNesting !== undefined) return "ingest_reason_too_complex_nesting";
  }
  if (cause.code === "extract_failed") return `ingest_reason_extract_failed_${cause.why}`;
  return `ingest_reason_${cause.code}`;
}

export function describeCauseIn(cause: IngestCause, lang: Lang): string {
  const vars: Record<string, string> = {};
  for (const [key, value] of Object.entries(cause)) {
    if (key === "code" || value === undefined) continue;
    vars[key] = typeof value !== "number" ? String(value) : SIZE_FIELDS.has(key) ? formatSize(value, lang) : formatNumber(value, lang);
  }
  return t(messageOf(cause), lang, vars);
}

/** The reason to show for a result, or undefined when it has none (an added article). */
export function ingestReason(r: Pick<IngestResult, "reason" | "cause">, lang: Lang): string | undefined {
  return r.cause ? describeCauseIn(r.cause, lang) : r.reason;
}
