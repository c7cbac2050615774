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
import { t, tCount } from "../messages.js";
import { dayLabel, periodLine, sourceName } from "../timelineFormat.js";
import { escapeText } from "./escape.js";
import { inQuotationMarks, shorten } from "../../util/text.js";
import { MAX_EMBED_DESCRIPTION, MAX_EMBED_TITLE, MAX_FOOTER_TEXT } from "../../util/discordLimits.js";
import { COLORS, type DiscordReply, noMentions, pagerButtons, row } from "./payload.js";
import { personDescription, personName } from "../../timeline/people.js";

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
  /** The footer's entries ("[1] Titel (Outlet)") joined by " · ", as long as {@link footer} makes them. */
  private entriesLength = 0;

  number(ref: SourceRef): number {
    let n = this.numbers.get(ref.articleId);
    if (n === undefined) {
      this.refs.push(ref);
      n = this.refs.length;
      this.numbers.set(ref.articleId, n);
      this.entriesLength += (n > 1 ? FOOTER_SEPARATOR.length : 0) + entry(ref, n).length;
    }
    return n;
  }

  footer(lang: Lang): string {
    if (this.refs.length === 0) return "";
    return `${footerLead(lang)}${this.refs.map((r, i) => entry(r, i + 1)).join(FOOTER_SEPARATOR)}`;
  }

  /** `footer(lang).length`, without building it. */
  footerLength(lang: Lang): number {
    return this.refs.length === 0 ? 0 : footerLead(lang).length + this.entriesLength;
  }
}

const FOOTER_SEPARATOR = " · ";
const footerLead = (lang: Lang) => `-# ${t("sources", lang)}: `;
const entry = (ref: SourceRef, n: number) => `[${n}] ${escapeText(sourceName(ref))}`;

function eventLine(event: TimelineEvent, lang: Lang, sources: SourceList): string {
  const label = dayLabel(event, lang);
  const cited = [event, ...event.alsoIn].slice(0, MAX_CITED).map((r) => `[${sources.number(r)}]`);
  const more = event.reports > cited.length ? "…" : "";
  const parts = [`${cited.join("")}${more}`];
  if (event.reports > 1) parts.push(t("reports", lang, { n: event.reports }));
  if (event.dateSource === "duplicate" && event.dateFromTitle) parts.push(t("date_from", lang, { title: escapeText(shorten(event.dateFromTitle, 60)) }));
  return `▸ ${label ? `**${label}** ` : ""}${inQuotationMarks(escapeText(event.quote))} ${parts.join(" · ")}`;
}

function monthHeader(event: TimelineEvent, lang: Lang): string {
  return `__**${formatMonth(event.date, lang)}**__`;
}

function periodText(timeline: Timeline, lang: Lang): string {
  const range = timeline.range;
  if (!range) return "";
  return periodLine(range, lang, (d) => (d.length === 7 ? formatMonth(d, lang) : formatDayFull(d, lang)));
}

function formatDayFull(date: string, lang: Lang): string {
  const month = formatMonth(date, lang);
  const day = Number(date.slice(8, 10));
  return lang === "de" ? `${day}. ${month}` : `${day} ${month}`;
}

function intro(timeline: Timeline, lang: Lang): string {
  const lines: string[] = [];
  const description = personDescription(timeline.actor, lang);
  if (description) lines.push(`*${escapeText(shorten(description, 300))}*`);
  if (timeline.with) lines.push(t("timeline_with", lang));
  const period = periodText(timeline, lang);
  if (period) lines.push(period);
  return lines.join("\n");
}

/** Blocks of a page's description are joined by this. */
const BLOCK_SEPARATOR = "\n\n";

/** The embed description of one page: intro, month groups, the page's sources. */
export function describeTimelinePage(timeline: Timeline, indices: readonly number[], lang: Lang): string {
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
  return blocks.join(BLOCK_SEPARATOR);
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

/**
 * Greedy pages: an event joins the page unless the page holds TIMELINE_PAGE_EVENTS already or its description
 * (in German) would grow past TIMELINE_PAGE_CHARS. The description's length is kept as the page grows (each event
 * line rendered once, the footer's length kept by its SourceList) rather than rendering the page again per event:
 * a timeline of thousands of events is paginated on the Discord thread, and the length is the one
 * {@link describeTimelinePage} would give.
 */
function computePages(timeline: Timeline): number[][] {
  const pages: number[][] = [];
  const introLength = intro(timeline, "de").length;
  let page: PageLength = emptyPage(introLength);
  let current: number[] = [];
  timeline.events.forEach((event, i) => {
    const full = current.length >= TIMELINE_PAGE_EVENTS;
    // Adding numbers the event's sources in the page's SourceList; when it does not fit, the page is left anyway.
    if (!full) addEvent(page, event);
    if (current.length > 0 && (full || pageLength(page) > TIMELINE_PAGE_CHARS)) {
      pages.push(current);
      page = emptyPage(introLength);
      addEvent(page, event);
      current = [];
    }
    current.push(i);
  });
  if (current.length > 0) pages.push(current);
  return pages;
}

/** What the length of a page's German description is made of, as {@link describeTimelinePage} puts it together. */
interface PageLength {
  /** Blocks so far (intro, month headers, event lines) and their characters, separators aside. */
  blocks: number;
  chars: number;
  month: string | undefined;
  sources: SourceList;
}

function emptyPage(introLength: number): PageLength {
  return { blocks: introLength > 0 ? 1 : 0, chars: introLength, month: undefined, sources: new SourceList() };
}

function addEvent(page: PageLength, event: TimelineEvent): void {
  if (monthKey(event) !== page.month) {
    page.blocks++;
    page.chars += monthHeader(event, "de").length;
  }
  page.month = monthKey(event);
  page.blocks++;
  page.chars += eventLine(event, "de", page.sources).length;
}

function pageLength(page: PageLength): number {
  const footer = page.sources.footerLength("de");
  const blocks = page.blocks + (footer > 0 ? 1 : 0);
  return page.chars + footer + Math.max(0, blocks - 1) * BLOCK_SEPARATOR.length;
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
    ...(timeline.events.length > 0 ? [tCount("entries", lang, timeline.events.length)] : []),
  ].join(" · ");
  const { range } = timeline;
  return {
    embeds: [
      {
        title: shorten(title, MAX_EMBED_TITLE),
        description: shorten(describeTimelinePage(timeline, pages[index] ?? [], lang), MAX_EMBED_DESCRIPTION),
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
