/**
 * /timeline → Discord: an actor's events grouped by month, each with its date, verbatim quote and citation,
 * paged with ◀ n/N ▶ (`tl:<actorId>:<page>`) into pages of even size (about 1,500 characters). Pages are cut
 * from the German rendering for every locale, so a page number means the same events whoever clicks
 * (English lines are at most a few characters longer, far inside the 4,096 limit).
 */
import type { Timeline, TimelineEvent } from "../../timeline/types.js";
import { formatDate, formatMonth, type Lang } from "../locale.js";
import { quoted, t } from "../messages.js";
import { codeText, escapeText, truncate } from "./escape.js";
import { MAX_EMBED_DESCRIPTION, MAX_EMBED_TITLE, MAX_FOOTER_TEXT } from "./limits.js";
import { evenPages } from "./paging.js";
import { COLORS, type DiscordReply, noMentions, pagerButtons, row } from "./payload.js";
import { personDescription, personName } from "./people.js";

/** Characters a page holds at most (pages are evened out below it). */
export const TIMELINE_PAGE_CHARS = 1500;
export const TIMELINE_PAGE_EVENTS = 8;
const MAX_ALSO_IN = 2;
const SEPARATOR = "\n\n";

function monthKey(event: TimelineEvent): string {
  return event.date ? event.date.slice(0, 7) : "";
}

function eventLines(event: TimelineEvent, lang: Lang): string {
  const date = event.precision === "none" ? formatDate(null, lang) : formatDate(event.date, lang);
  const cite = [`— ${escapeText(truncate(event.title, 120))}`];
  const also = event.alsoIn.slice(0, MAX_ALSO_IN).map((a) => escapeText(truncate(a.title, 80)));
  if (also.length > 0) cite.push(`${t("also_in", lang)} ${also.join("; ")}${event.alsoIn.length > also.length ? " …" : ""}`);
  if (event.dateSource === "duplicate" && event.dateFrom) cite.push(t("undated_from", lang, { file: codeText(event.dateFrom) }));
  return `▸ **${date}**: ${quoted(escapeText(event.quote), lang)}\n-# ${cite.join(" · ")}`;
}

function monthHeader(event: TimelineEvent, lang: Lang): string {
  return `__**${formatMonth(event.date, lang)}**__`;
}

function intro(timeline: Timeline, lang: Lang): string {
  const description = personDescription(timeline.actor, lang);
  return description ? `*${escapeText(truncate(description, 300))}*` : "";
}

/** Event indices per page, of even length; a month header is repeated when a month continues on the next page. */
export function timelinePages(timeline: Timeline): number[][] {
  const events = timeline.events;
  const lines = events.map((event) => eventLines(event, "de").length);
  const headers = events.map((event) => monthHeader(event, "de").length + SEPARATOR.length);
  const top = intro(timeline, "de");
  return evenPages(events.length, {
    limit: TIMELINE_PAGE_CHARS,
    base: top.length + (top ? SEPARATOR.length : 0),
    maxItems: TIMELINE_PAGE_EVENTS,
    sizeOf: (i, opensPage) => {
      const newMonth = opensPage || i === 0 || monthKey(events[i]!) !== monthKey(events[i - 1]!);
      return lines[i]! + (opensPage ? 0 : SEPARATOR.length) + (newMonth ? headers[i]! : 0);
    },
  });
}

export function renderTimelinePage(timeline: Timeline, page: number, lang: Lang): DiscordReply {
  const pages = timelinePages(timeline);
  const index = Math.min(Math.max(0, page), Math.max(0, pages.length - 1));
  const blocks: string[] = [];
  const top = intro(timeline, lang);
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
        title: truncate(t("timeline_title", lang, { name: escapeText(personName(timeline.actor, lang)) }), MAX_EMBED_TITLE),
        description: truncate(blocks.join(SEPARATOR), MAX_EMBED_DESCRIPTION),
        color: COLORS.answer,
        ...(footer ? { footer: { text: truncate(footer, MAX_FOOTER_TEXT) } } : {}),
      },
    ],
    components: row(...pagerButtons(index, pages.length, (p) => ({ kind: "tl", actorId: timeline.actor.id, page: p }))),
    allowedMentions: noMentions(),
  };
}
