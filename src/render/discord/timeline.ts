/**
 * /timeline → Discord: an actor's events grouped by month (the month said once, in the group header), each
 * with its day or week, the verbatim quote and numbered sources; the same event from several articles is
 * one entry with "n Berichte". The sources of a page are listed once at its foot by title and outlet, never
 * by file name. Paged with ◀ ▶ (`tl:<actorId>[+<withId>][@<from>..<to>]:<page>`); a command opens on the
 * newest page, or on the first page of a chosen period. Pages are cut from the German rendering for every
 * locale, so a page number means the same events whoever clicks (English lines are at most a few characters
 * longer, well inside the margin below the 4,096 limit).
 */
import type { SourceRef, Timeline, TimelineEvent } from "../../timeline/types.js";
import { formatMonth, type Lang } from "../locale.js";
import { t } from "../messages.js";
import { dayLabel, sourceName } from "../timelineFormat.js";
import { escapeText } from "./escape.js";
import { shorten } from "../../util/text.js";
import { MAX_EMBED_DESCRIPTION, MAX_EMBED_TITLE, MAX_FOOTER_TEXT } from "../../util/discordLimits.js";
import { COLORS, type DiscordReply, noMentions, pagerButtons, row } from "./payload.js";
import { personName } from "./people.js";

export const TIMELINE_PAGE_CHARS = 3400;
export const TIMELINE_PAGE_EVENTS = 8;
/** Sources cited per entry; more reports are counted, not listed. */
const MAX_CITED = 4;

function monthKey(event: TimelineEvent): string {
  return event.date ? event.date.slice(0, 7) : "";
}

/** Numbers the sources of a page in order of first citation. */
class SourceList {
  private readonly numbers = new Map<string, number>();
  private readonly refs: SourceRef[] = [];

  number(ref: SourceRef): number {
    let n = this.numbers.get(ref.articleId);
    if (n === undefined) {
      this.refs.push(ref);
      n = this.refs.length;
      this.numbers.set(ref.articleId, n);
    }
    return n;
  }

  footer(lang: Lang): string {
    if (this.refs.length === 0) return "";
    return `-# ${t("sources", lang)}: ${this.refs.map((r, i) => `[${i + 1}] ${escapeText(sourceName(r))}`).join(" · ")}`;
  }
}

function eventLine(event: TimelineEvent, lang: Lang, sources: SourceList): string {
  const label = dayLabel(event, lang);
  const cited = [event, ...event.alsoIn].slice(0, MAX_CITED).map((r) => `[${sources.number(r)}]`);
  const more = event.reports > cited.length ? "…" : "";
  const parts = [`${cited.join("")}${more}`];
  if (event.reports > 1) parts.push(t("reports", lang, { n: event.reports }));
  if (event.dateSource === "duplicate" && event.dateFromTitle) parts.push(t("date_from", lang, { title: escapeText(shorten(event.dateFromTitle, 60)) }));
  return `▸ ${label ? `**${label}** ` : ""}„${escapeText(event.quote)}“ ${parts.join(" · ")}`;
}

function monthHeader(event: TimelineEvent, lang: Lang): string {
  return `__**${formatMonth(event.date, lang)}**__`;
}

function periodText(timeline: Timeline, lang: Lang): string {
  const range = timeline.range;
  if (!range) return "";
  const show = (d: string) => (d.length === 7 ? formatMonth(d, lang) : formatDayFull(d, lang));
  return t("timeline_range", lang, { from: range.from ? show(range.from) : t("timeline_start", lang), to: range.to ? show(range.to) : t("timeline_end", lang) });
}

function formatDayFull(date: string, lang: Lang): string {
  const month = formatMonth(date, lang);
  const day = Number(date.slice(8, 10));
  return lang === "de" ? `${day}. ${month}` : `${day} ${month}`;
}

function intro(timeline: Timeline, lang: Lang): string {
  const lines: string[] = [];
  if (timeline.actor.description) lines.push(`*${escapeText(shorten(timeline.actor.description, 300))}*`);
  if (timeline.with) lines.push(t("timeline_with", lang));
  const period = periodText(timeline, lang);
  if (period) lines.push(period);
  return lines.join("\n");
}

/** The embed description of one page: intro, month groups, the page's sources. */
function describePage(timeline: Timeline, indices: readonly number[], lang: Lang): string {
  const blocks: string[] = [];
  const top = intro(timeline, lang);
  if (top) blocks.push(top);
  const sources = new SourceList();
  let month: string | undefined;
  for (const i of indices) {
    const event = timeline.events[i]!;
    if (monthKey(event) !== month) blocks.push(monthHeader(event, lang));
    month = monthKey(event);
    blocks.push(eventLine(event, lang, sources));
  }
  if (timeline.events.length === 0) blocks.push(t("no_events", lang));
  const foot = sources.footer(lang);
  if (foot) blocks.push(foot);
  return blocks.join("\n\n");
}

/** Pages of a timeline already computed (a command computes them for its opening page and again to render it). */
const pagesOf = new WeakMap<Timeline, number[][]>();

/** Event indices per page, in chronological order; a month header is repeated when a month continues on the next page. */
export function timelinePages(timeline: Timeline): number[][] {
  const known = pagesOf.get(timeline);
  if (known) return known;
  const pages = computePages(timeline);
  pagesOf.set(timeline, pages);
  return pages;
}

function computePages(timeline: Timeline): number[][] {
  const pages: number[][] = [];
  let current: number[] = [];
  timeline.events.forEach((_, i) => {
    const next = [...current, i];
    if (current.length > 0 && (current.length >= TIMELINE_PAGE_EVENTS || describePage(timeline, next, "de").length > TIMELINE_PAGE_CHARS)) {
      pages.push(current);
      current = [i];
    } else {
      current = next;
    }
  });
  if (current.length > 0) pages.push(current);
  return pages;
}

/** The page a command opens on: the newest, or the first of a chosen period. */
export function initialTimelinePage(timeline: Timeline): number {
  return timeline.range ? 0 : Math.max(0, timelinePages(timeline).length - 1);
}

export function renderTimelinePage(timeline: Timeline, page: number, lang: Lang): DiscordReply {
  const pages = timelinePages(timeline);
  const index = Math.min(Math.max(0, page), Math.max(0, pages.length - 1));
  const title = timeline.with
    ? t("timeline_with_title", lang, { name: escapeText(personName(timeline.actor, lang)), other: escapeText(personName(timeline.with, lang)) })
    : t("timeline_title", lang, { name: escapeText(personName(timeline.actor, lang)) });
  const footer = [
    ...(pages.length > 1 ? [t("page", lang, { page: index + 1, pages: pages.length })] : []),
    ...(timeline.events.length > 0 ? [t("entries", lang, { n: timeline.events.length })] : []),
  ].join(" · ");
  const { range } = timeline;
  return {
    embeds: [
      {
        title: shorten(title, MAX_EMBED_TITLE),
        description: shorten(describePage(timeline, pages[index] ?? [], lang), MAX_EMBED_DESCRIPTION),
        color: COLORS.answer,
        ...(footer ? { footer: { text: shorten(footer, MAX_FOOTER_TEXT) } } : {}),
      },
    ],
    components: row(
      ...pagerButtons(index, pages.length, (p) => ({
        kind: "tl",
        actorId: timeline.actor.id,
        page: p,
        ...(timeline.with ? { with: timeline.with.id } : {}),
        ...(range?.from ? { from: range.from } : {}),
        ...(range?.to ? { to: range.to } : {}),
      })),
    ),
    allowedMentions: noMentions(),
  };
}
