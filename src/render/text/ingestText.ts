/** Ingest results → readable lines: what was added, with outlet, day and link; never a file name. */
import type { IngestResult } from "../../ingest/result.js";
import { ingestReason } from "../ingestReason.js";
import { formatDate, type Lang } from "../locale.js";
import { t } from "../messages.js";

export function renderIngestLine(r: IngestResult, lang: Lang = "de"): string {
  const what = r.title ?? r.url;
  if (r.status === "added") {
    const cite = [r.outlet, r.published ? formatDate(r.published, lang) : undefined, r.url].filter(Boolean).join(" · ");
    return `+ ${t("ingest_added", lang)}: ${what} — ${cite}`;
  }
  const reason = ingestReason(r, lang);
  if (r.status === "duplicate") return `= ${t("ingest_duplicate", lang)}: ${what}${reason ? ` (${reason})` : ""}`;
  return `! ${t("ingest_refused", lang)}: ${r.url}${reason ? ` — ${reason}` : ""}`;
}

export function renderIngestSummary(results: readonly IngestResult[], lang: Lang = "de"): string {
  const count = (s: IngestResult["status"]) => results.filter((r) => r.status === s).length;
  return t("ingest_summary", lang, { added: count("added"), duplicate: count("duplicate"), refused: count("refused") });
}
