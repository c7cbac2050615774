/** /ingest results → one private message: per item what happened, headlines linked, no file names, no pings. */
import type { IngestResult } from "../../ingest/result.js";
import { ingestReason } from "../ingestReason.js";
import { formatDate, type Lang } from "../locale.js";
import { t } from "../messages.js";
import { escapeText } from "./escape.js";
import { shorten } from "../../util/text.js";
import { MAX_CONTENT } from "../../util/discordLimits.js";
import { type DiscordReply, noMentions } from "./payload.js";

const MAX_LINES = 15;

function line(r: IngestResult, lang: Lang): string {
  const title = escapeText(shorten(r.title ?? r.url, 120));
  const linked = /^https?:\/\//.test(r.url) ? `[${title}](<${r.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : title;
  if (r.status === "added") {
    const cite = [r.outlet ? escapeText(shorten(r.outlet, 60)) : undefined, r.published ? formatDate(r.published, lang) : undefined].filter(Boolean).join(" · ");
    return `✅ ${t("ingest_added", lang)}: ${linked}${cite ? ` — ${cite}` : ""}`;
  }
  if (r.status === "duplicate") return `♻️ ${t("ingest_duplicate", lang)}: ${linked}`;
  const reason = ingestReason(r, lang);
  return `⛔ ${t("ingest_refused", lang)}: ${linked}${reason ? ` — ${escapeText(shorten(reason, 160))}` : ""}`;
}

export function renderIngestReply(results: readonly IngestResult[], lang: Lang): DiscordReply {
  const count = (s: IngestResult["status"]) => results.filter((r) => r.status === s).length;
  const lines = results.slice(0, MAX_LINES).map((r) => line(r, lang));
  if (results.length > MAX_LINES) lines.push("…");
  lines.push(t("ingest_summary", lang, { added: count("added"), duplicate: count("duplicate"), refused: count("refused") }));
  return { content: shorten(lines.join("\n"), MAX_CONTENT), allowedMentions: noMentions(), ephemeral: true };
}
