/**
 * Timeline and lookup errors → readable terminal text: grouped by month (said once, in the group header),
 * each entry with its day or week, the quote, and its sources by title and outlet (never file names);
 * the same event from several articles is one entry with "n Berichte".
 */
import type { LookupError, Timeline } from "../../timeline/types.js";
import { formatMonth, type Lang } from "../locale.js";
import { t } from "../messages.js";
import { personDescription, personName } from "../../timeline/people.js";
import { dayLabel, periodLine, sourceName } from "../timelineFormat.js";
import { inQuotationMarks } from "../../util/text.js";

export function renderTimelineText(timeline: Timeline, lang: Lang = "de"): string {
  const title = timeline.with
    ? t("timeline_with_title", lang, { name: personName(timeline.actor, lang), other: personName(timeline.with, lang) })
    : t("timeline_title", lang, { name: personName(timeline.actor, lang) });
  const lines = [title];
  const description = personDescription(timeline.actor, lang);
  if (description) lines.push(description);
  if (timeline.with) lines.push(t("timeline_with", lang));
  const period = timeline.range ? periodLine(timeline.range, lang, (d) => (d.length === 7 ? formatMonth(d, lang) : d)) : "";
  if (period) lines.push(period);
  if (timeline.events.length === 0) lines.push(t("no_events", lang));
  let month: string | undefined;
  for (const e of timeline.events) {
    const group = formatMonth(e.date, lang);
    if (group !== month) {
      lines.push("", `## ${group}`);
      month = group;
    }
    const label = dayLabel(e, lang);
    lines.push(`- ${label ? `${label}: ` : ""}${inQuotationMarks(e.quote)}`);
    const borrowed = e.dateSource === "duplicate" && e.dateFromTitle ? ` (${t("date_from", lang, { title: e.dateFromTitle })})` : "";
    const reports = e.reports > 1 ? `${t("reports", lang, { n: e.reports })}: ` : "";
    lines.push(`  — ${reports}${[e, ...e.alsoIn].map((r) => sourceName(r, 120)).join("; ")}${borrowed}`);
  }
  return lines.join("\n");
}

/** `looked`: what the lookup asked for (a timeline's person, a source's article), named when none was given. */
export function renderLookupErrorText(error: LookupError, query: string, lang: Lang = "de", looked: "actor" | "article" = "actor"): string {
  const shown = error.query ?? query;
  if (error.code === "bad_range") return t("bad_range", lang, { query: shown });
  const head =
    error.code === "unknown_article"
      ? t("unknown_article", lang, { query: shown })
      : error.code === "unknown_actor"
        ? t("unknown_actor", lang, { query: shown })
        : t(looked === "article" ? "empty_article" : "empty_actor", lang);
  return error.suggestions.length > 0 ? `${head}\n${t("did_you_mean", lang, { list: error.suggestions.join(", ") })}` : head;
}
