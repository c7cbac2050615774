/**
 * /timeline → Discord: an actor's events grouped by month, each with its date, verbatim quote and citation,
 * paged with ◀ ▶ (`tl:<actorId>:<page>`). Pages are cut from the German rendering for every locale,
 * so a page number means the same events whoever clicks (English lines are at most a few characters longer,
 * well inside the margin below the 4,096 limit).
 */
import type { Timeline, TimelineEvent } from "../../timeline/types.js";
import { formatDate, formatMonth, type Lang } from "../locale.js";
import { t } from "../messages.js";
import { codeText, escapeText, truncate } from "./escape.js";
import { MAX_EMBED_DESCRIPTION, MAX_EMBED_TITLE, MAX_FOOTER_TEXT } from "./limits.js";
import { COLORS, type DiscordReply, noMentions, pagerButtons, row } from "./payload.js";

export const TIMELINE_PAGE_CHARS = 3400;
export const TIMELINE_PAGE_EVENTS = 8;
const MAX_ALSO_IN = 2;

function monthKey(event: TimelineEvent): string {
  return event.date ? event.date.slice(0, 7) : "";
}

function eventLines(event: TimelineEvent, lang: Lang): string {
  const date = event.precision === "none" ? formatDate(null, lang) : formatDate(event.date, lang);
  const cite = [`— ${escapeText(truncate(event.title, 120))}`];
  const also = event.alsoIn.slice(0, MAX_ALSO_IN).map((a) => escapeText(truncate(a.title, 80)));
  if (also.length > 0) cite.push(`${t("also_in", lang)} ${also.join("; ")}${event.alsoIn.length > also.length ? " …" : ""}`);
  if (event.dateSource === "duplicate" && event.dateFrom) cite.push(t("undated_from", lang, { file: codeText(event.dateFrom) }));
  return `▸ **${date}**: „${escapeText(event.quote)}“\n-# ${cite.join(" · ")}`;
}

function monthHeader(event: TimelineEvent, lang: Lang): string {
  return `__**${formatMonth(event.date, lang)}**__`;
}

function intro(timeline: Timeline): string {
  const description = timeline.actor.description;
  return description ? `*${escapeText(truncate(description, 300))}*` : "";
}

/** Event indices per page; a month header is repeated when a month continues on the next page. */
export function timelinePages(timeline: Timeline): number[][] {
  const pages: number[][] = [];
  let current: number[] = [];
  let length = intro(timeline).length;
  let month: string | undefined;
  timeline.events.forEach((event, i) => {
    const header = monthKey(event) !== month || current.length === 0 ? monthHeader(event, "de").length + 2 : 0;
    const size = eventLines(event, "de").length + 2 + header;
    if (current.length > 0 && (current.length >= TIMELINE_PAGE_EVENTS || length + size > TIMELINE_PAGE_CHARS)) {
      pages.push(current);
      current = [];
      length = intro(timeline).length + monthHeader(event, "de").length + 2 + eventLines(event, "de").length + 2;
    } else {
      length += size;
    }
    current.push(i);
    month = monthKey(event);
  });
  if (current.length > 0) pages.push(current);
  return pages;
}

export function renderTimelinePage(timeline: Timeline, page: number, lang: Lang): DiscordReply {
  const pages = timelinePages(timeline);
  const index = Math.min(Math.max(0, page), Math.max(0, pages.length - 1));
  const blocks: string[] = [];
  const top = intro(timeline);
  if (top) blocks.push(top);
  let month: string | undefined;
  for (const i of pages[index] ?? []) {
    const event = timeline.events[i]!;
    if (monthKey(event) !== month) blocks.push(monthHeader(event, lang));
    month = monthKey(event);
    blocks.push(eventLines(event, lang));
  }
  if (timeline.events.length === 0) blocks.push(t("no_events", lang));
  const footer = pages.length > 1 ? t("page", lang, { page: index + 1, pages: pages.length }) : "";
  return {
    embeds: [
      {
        title: truncate(t("timeline_title", lang, { name: escapeText(timeline.actor.name) }), MAX_EMBED_TITLE),
        description: truncate(blocks.join("\n\n"), MAX_EMBED_DESCRIPTION),
        color: COLORS.answer,
        ...(footer ? { footer: { text: truncate(footer, MAX_FOOTER_TEXT) } } : {}),
      },
    ],
    components: row(...pagerButtons(index, pages.length, (p) => ({ kind: "tl", actorId: timeline.actor.id, page: p }))),
    allowedMentions: noMentions(),
  };
}
