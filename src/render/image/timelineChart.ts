/**
 * The timeline as a picture: events per week as bars, the person's key events numbered on the chart and
 * listed below it, German or English. Rendered in-process: a Vega-Lite spec compiled by vega-lite, laid out
 * by vega as SVG (no canvas, no browser), drawn to PNG by resvg with the DejaVu Sans files shipped by the
 * dejavu-fonts-ttf package (no system fonts, so every machine draws the same picture).
 *
 * Events dated to a day or a week stand in their week's bar. Events whose date says only the month are not
 * pinned to a week they may not belong to: they are a lighter band over their month, as high as their
 * average per week. Key events are the most reported ones (then the most precisely dated), one per week,
 * at most five, numbered in chronological order.
 *
 * Sized for Discord: 960 px wide, text at least 20 px, so a preview at half size still reads.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { Timeline, TimelineEvent } from "../../timeline/types.js";
import { monthNames, weekdayNames } from "../../util/calendar.js";
import { formatMonth, type Lang, localeOf } from "../locale.js";
import { t } from "../messages.js";
import { personName } from "../../timeline/people.js";
import { dayLabel } from "../timelineFormat.js";
import type { TopLevelSpec } from "vega-lite";
import { textWidth } from "./textWidth.js";
import { addDays, DAY_MS, monthEnd, weekMonday } from "../../util/isoDates.js";

declare module "vega" {
  /** vega re-exports vega-scenegraph's text measurer; vega-typings leave it out. Its `width` is replaced below. */
  export const textMetrics: { width: (item: TextItem, text?: unknown) => number };
}

export const CHART_WIDTH = 960;
export const MAX_KEY_EVENTS = 5;
const LIST_FONT = 22;
const FONT = "DejaVu Sans";
const COLORS = { exact: "#2b6cb0", month: "#90cdf4", key: "#c05621", text: "#1a202c", grid: "#e2e8f0" } as const;


export interface KeyEvent {
  n: number;
  event: TimelineEvent;
  /** Where the marker stands: the week's Monday, or the middle of the month. */
  at: string;
}

/** The most reported events (then day before week before month), apart in time, at most `max`, in date order. */
export function keyEvents(timeline: Timeline, max = MAX_KEY_EVENTS): KeyEvent[] {
  const precision = { day: 0, week: 1, month: 2, none: 3 } as const;
  const ranked = timeline.events
    .map((event, i) => ({ event, i }))
    .filter(({ event }) => event.date !== null)
    .sort((a, b) => b.event.reports - a.event.reports || precision[a.event.precision] - precision[b.event.precision] || a.i - b.i);
  // Markers stand apart: at least three weeks, or a tenth of the timeline's span, between two key events.
  const times = timeline.events.filter((e) => e.date !== null).map((e) => Date.parse(markerDate(e)));
  const span = times.length > 0 ? Math.max(...times) - Math.min(...times) : 0;
  const gap = Math.max(21 * DAY_MS, span / (2 * max));
  const picked: Array<{ event: TimelineEvent; i: number; at: string }> = [];
  for (const r of ranked) {
    if (picked.length >= max) break;
    const at = markerDate(r.event);
    if (picked.some((p) => Math.abs(Date.parse(p.at) - Date.parse(at)) < gap)) continue;
    picked.push({ ...r, at });
  }
  return picked.sort((a, b) => a.i - b.i).map((p, k) => ({ n: k + 1, event: p.event, at: p.at }));
}

function markerDate(e: TimelineEvent): string {
  if (e.date!.length === 7) return addDays(`${e.date}-01`, 14);
  return weekMonday(e.date!);
}

/** The quote's beginning, cut at a word, as much as fits `maxWidth` pixels at `fontSize`. */
function gist(quote: string, fontSize: number, maxWidth: number): string {
  const q = quote.replace(/\s+/gu, " ").trim();
  if (textWidth(q, fontSize) <= maxWidth) return q;
  let cut = q;
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize) > maxWidth) cut = cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length - 1);
  return `${cut.replace(/[,;:–-]$/u, "")}…`;
}

/** "Sa 15. März 2025" / "Sat 15 March 2025", "Woche ab 10. März 2025", "März 2025". */
function fullDate(e: TimelineEvent, lang: Lang): string {
  const label = dayLabel(e, lang);
  return label ? `${label} ${formatMonth(e.date, lang)}` : formatMonth(e.date, lang);
}

/** Vega's time locale: day and month names from Intl (d3's short month is the first three letters: "Mär", "Sep"). */
function timeLocale(lang: Lang) {
  const locale = localeOf(lang);
  const months = monthNames(locale);
  const formats =
    lang === "de"
      ? { dateTime: "%A, der %e. %B %Y, %X", date: "%d.%m.%Y", time: "%H:%M:%S" }
      : { dateTime: "%x, %X", date: "%-m/%-d/%Y", time: "%-I:%M:%S %p" };
  return {
    ...formats,
    periods: ["AM", "PM"] as [string, string],
    days: weekdayNames(locale),
    shortDays: weekdayNames(locale, "short"),
    months,
    shortMonths: months.map((m) => m.slice(0, 3)) as typeof months,
  };
}
const TIME_LOCALE = { de: timeLocale("de"), en: timeLocale("en") };

/** A period bound as a day: a month "2025-03" as its first or its last day. */
function dayOf(bound: string, end: "first" | "last"): string {
  if (bound.length !== 7) return bound;
  return end === "first" ? `${bound}-01` : addDays(monthEnd(bound), -1);
}

/** The Vega-Lite specification of the picture (exported for tests: the data it shows). */
export function timelineChartSpec(timeline: Timeline, lang: Lang): TopLevelSpec {
  const weeks = new Map<string, number>();
  const months = new Map<string, number>();
  for (const e of timeline.events) {
    if (!e.date) continue;
    if (e.date.length === 7) months.set(e.date, (months.get(e.date) ?? 0) + 1);
    else weeks.set(weekMonday(e.date), (weeks.get(weekMonday(e.date)) ?? 0) + 1);
  }
  const exactLabel = lang === "de" ? "Tag oder Woche bekannt" : "day or week known";
  const monthLabel = lang === "de" ? "nur Monat bekannt (je Woche)" : "month only (per week)";
  const bars = [...weeks].map(([week, count]) => ({ start: week, end: addDays(week, 6), count, kind: exactLabel }));
  const bands = [...months].map(([month, count]) => {
    const start = `${month}-01`;
    const end = monthEnd(month);
    const perWeek = count / ((Date.parse(end) - Date.parse(start)) / DAY_MS / 7);
    return { start, end: addDays(end, -1), count: Math.round(perWeek * 10) / 10, kind: monthLabel };
  });
  const keys = keyEvents(timeline);
  const heights = new Map<string, number>();
  for (const b of bars) heights.set(b.start, b.count);
  const markers = keys.map((k) => {
    const band = k.event.date!.length === 7 ? (bands.find((b) => b.start === `${k.event.date}-01`)?.count ?? 0) : 0;
    return { at: k.at, y: Math.max(heights.get(k.at) ?? 0, band), label: String(k.n) };
  });
  const dates = [...bars.flatMap((b) => [b.start, b.end]), ...bands.flatMap((b) => [b.start, b.end])].sort();
  // Without a dated event the axis shows the period asked for (a picture of "nothing in 2099" says 2099).
  // One open end: the other bound's own day, or its month's first day, so the axis names that month ("--to 2020-03"
  // is March 2020, not the April that follows its last day).
  const { from, to } = timeline.range ?? {};
  const rangeFirst = from ? dayOf(from, "first") : to ? dayOf(to, "first") : undefined;
  const rangeLast = from && to ? dayOf(to, "last") : rangeFirst;
  const first = dates[0] ?? rangeFirst ?? "2025-01-01";
  const last = dates[dates.length - 1] ?? rangeLast ?? first;
  const domain = [addDays(first, -7), addDays(last, 7)];
  const maxCount = Math.max(1, ...bars.map((b) => b.count), ...bands.map((b) => b.count));
  const listRows = keys.map((k, i) => ({ row: i, n: String(k.n), when: fullDate(k.event, lang), text: gist(k.event.quote, LIST_FONT, CHART_WIDTH - 120 - 40) }));
  const title = `${personName(timeline.actor, lang)}${timeline.with ? ` · ${personName(timeline.with, lang)}` : ""} — ${t("chart_caption", lang)}`;
  const width = CHART_WIDTH - 120;
  const chartHeight = 300;
  const x = { field: "start", type: "temporal" as const, scale: { domain }, axis: { title: null, format: "%b %Y", tickCount: "month" as const, labelFontSize: 22, grid: false } };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: {
      font: FONT,
      locale: { time: TIME_LOCALE[lang] },
      view: { stroke: null },
      axis: { labelColor: COLORS.text, titleColor: COLORS.text, labelFontSize: 22, titleFontSize: 22, gridColor: COLORS.grid },
      legend: { labelFontSize: 22, symbolSize: 300, orient: "top", direction: "horizontal", title: null, labelLimit: 0, columnPadding: 30 },
      title: { fontSize: 30, anchor: "start", color: COLORS.text },
      background: "#ffffff",
    },
    padding: { left: 20, right: 30, top: 20, bottom: 20 },
    title,
    vconcat: [
      {
        width,
        height: chartHeight,
        layer: [
          {
            data: { values: [...bands, ...bars] },
            mark: { type: "rect", cornerRadius: 2 },
            encoding: {
              x,
              x2: { field: "end" },
              y: { field: "count", type: "quantitative", scale: { domain: [0, Math.ceil(maxCount * 1.25)] }, axis: { title: lang === "de" ? "Ereignisse" : "events", tickMinStep: 1, format: "d" } },
              color: {
                field: "kind",
                type: "nominal",
                scale: { domain: [exactLabel, monthLabel], range: [COLORS.exact, COLORS.month] },
              },
              order: { field: "kind", sort: "descending" },
            },
          },
          {
            data: { values: markers },
            mark: { type: "text", fontSize: 26, fontWeight: "bold", dy: -18, color: COLORS.key },
            encoding: { x: { field: "at", type: "temporal", scale: { domain } }, y: { field: "y", type: "quantitative" }, text: { field: "label" } },
          },
        ],
      },
      ...(listRows.length > 0
        ? [
            {
              width,
              height: listRows.length * 64,
              data: { values: listRows },
              encoding: { y: { field: "row", type: "ordinal" as const, axis: null } },
              layer: [
                {
                  mark: { type: "text" as const, align: "left" as const, baseline: "middle" as const, fontSize: 26, fontWeight: "bold" as const, color: COLORS.key },
                  encoding: { x: { value: 0 }, text: { field: "n" } },
                },
                {
                  mark: { type: "text" as const, align: "left" as const, baseline: "middle" as const, fontSize: 22, fontWeight: "bold" as const, color: COLORS.text, dy: -14 },
                  encoding: { x: { value: 30 }, text: { field: "when" } },
                },
                {
                  mark: { type: "text" as const, align: "left" as const, baseline: "middle" as const, fontSize: 22, color: COLORS.text, dy: 14 },
                  encoding: { x: { value: 30 }, text: { field: "text" } },
                },
              ],
            },
          ]
        : []),
    ],
  };
}

interface TextItem {
  text?: unknown;
  fontSize?: number;
  fontWeight?: string | number;
}

let fontFiles: string[] | undefined;

function fonts(): string[] {
  if (!fontFiles) {
    const dir = path.join(path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
    fontFiles = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => path.join(dir, f));
  }
  return fontFiles;
}

/** The SVG of the picture (vega, in-process, no canvas). */
export async function timelineSvg(timeline: Timeline, lang: Lang): Promise<string> {
  const [vl, vega] = await Promise.all([import("vega-lite"), import("vega")]);
  // Real DejaVu Sans widths instead of vega's canvas-less guess (0.8 em a character).
  vega.textMetrics.width = (item, text) => textWidth(String(text ?? item.text ?? ""), item.fontSize ?? 11, item.fontWeight === "bold" || Number(item.fontWeight) >= 600);
  // vega-lite's logger warns on console about harmless scale merges; the picture is checked by tests instead.
  const quiet = { level: () => quiet, error: () => quiet, warn: () => quiet, info: () => quiet, debug: () => quiet };
  const compiled = vl.compile(timelineChartSpec(timeline, lang), { logger: quiet as never }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The PNG of the picture: `timelineSvg` drawn by resvg with the bundled DejaVu Sans. */
export async function timelinePng(timeline: Timeline, lang: Lang): Promise<Buffer> {
  const svg = await timelineSvg(timeline, lang);
  const { Resvg } = await import("@resvg/resvg-js");
  const resvg = new Resvg(svg, {
    font: { fontFiles: fonts(), loadSystemFonts: false, defaultFontFamily: FONT, sansSerifFamily: FONT },
    fitTo: { mode: "width", value: CHART_WIDTH },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}
