/** Timeline and lookup errors → readable terminal text, grouped by month. */
import { formatDate, formatMonth, type Lang } from "../locale.js";
import { t } from "../messages.js";
import type { LookupError, Timeline } from "../../timeline/types.js";

export function renderTimelineText(timeline: Timeline, lang: Lang = "de"): string {
  const lines = [t("timeline_title", lang, { name: timeline.actor.name })];
  if (timeline.events.length === 0) lines.push(t("no_events", lang));
  let month: string | undefined;
  for (const e of timeline.events) {
    const group = formatMonth(e.date, lang);
    if (group !== month) {
      lines.push("", `## ${group}`);
      month = group;
    }
    const when = e.precision === "day" ? `${formatDate(e.date, lang)}: ` : "";
    lines.push(`- ${when}„${e.quote}“`);
    const borrowed = e.dateSource === "duplicate" && e.dateFrom ? ` (${t("date_from_copy", lang)})` : "";
    lines.push(`  — ${[e.title, e.outlet, e.published ? formatDate(e.published, lang) : undefined, e.url].filter(Boolean).join(" · ")}${borrowed}`);
    if (e.alsoIn.length > 0) lines.push(`  ${t("also_in", lang)}: ${e.alsoIn.map((a) => a.outlet ?? a.title).join(", ")}`);
  }
  return lines.join("\n");
}

export function renderLookupErrorText(error: LookupError, query: string, lang: Lang = "de"): string {
  const head = error.code === "unknown_article" ? t("unknown_article", lang, { query }) : error.code === "unknown_actor" ? t("unknown_actor", lang, { query }) : t("empty_question", lang);
  return error.suggestions.length > 0 ? `${head}\n${t("did_you_mean", lang, { list: error.suggestions.join(", ") })}` : head;
}
