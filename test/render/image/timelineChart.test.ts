/** The timeline picture: the data it shows, its words in German or English, and a PNG that opens, fits Discord and is small. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../../src/core/core.js";
import { CHART_WIDTH, keyEvents, MAX_KEY_EVENTS, timelineChartSpec, timelinePng, timelineSvg } from "../../../src/render/image/timelineChart.js";
import type { Timeline } from "../../../src/timeline/types.js";
import { seedCore } from "../../fixtures/corpus.js";
import { event, timeline } from "../discord/models.js";

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

type Layer = { data?: { values: Array<Record<string, unknown>> }; layer?: Layer[] };
function layers(spec: object): Layer[] {
  const out: Layer[] = [];
  const walk = (l: Layer) => {
    out.push(l);
    for (const c of l.layer ?? []) walk(c);
  };
  for (const v of ("vconcat" in spec ? spec.vconcat : []) as Layer[]) walk(v);
  return out;
}

describe("what the picture shows", () => {
  const t = timeline([
    event({ date: "2025-03-15", precision: "day", quote: "Rubio und Lawrow telefonierten am Samstag.", reports: 3 }),
    event({ date: "2025-03-16", precision: "day" }),
    event({ date: "2025-03-17", precision: "day" }),
    event({ date: "2025-03-10", precision: "week" }),
    event({ date: "2025-04" }),
    event({ date: "2025-04" }),
    event({ date: null, precision: "none" }),
  ]);

  it("GIVEN events dated by day and week THEN one bar per week (Monday to Sunday) with its count", () => {
    const bars = layers(timelineChartSpec(t, "de")).flatMap((l) => l.data?.values ?? []).filter((v) => v["kind"] === "Tag oder Woche bekannt");
    expect(bars).toEqual([
      { start: "2025-03-10", end: "2025-03-16", count: 3, kind: "Tag oder Woche bekannt" },
      { start: "2025-03-17", end: "2025-03-23", count: 1, kind: "Tag oder Woche bekannt" },
    ]);
  });

  it("GIVEN a chosen period without events (cli timeline --from 2099-01 --png) THEN the time axis spans that period, not January 2025", () => {
    const empty: Timeline = { ...timeline([]), range: { from: "2099-01", to: "2099-03" } };
    const spec = JSON.stringify(timelineChartSpec(empty, "de"));
    expect(spec).toContain('"domain":["2098-12-25","2099-04-07"]');
    expect(spec).not.toContain("2025-");
    const onlyTo: Timeline = { ...timeline([]), range: { to: "2024-06-15" } };
    expect(JSON.stringify(timelineChartSpec(onlyTo, "de"))).toContain('"domain":["2024-06-08","2024-06-22"]');
  });

  it("GIVEN only an end month without events (--to 2020-03) THEN the axis names that month, not the one after it", async () => {
    const onlyTo: Timeline = { ...timeline([]), range: { to: "2020-03" } };
    expect(JSON.stringify(timelineChartSpec(onlyTo, "en"))).toContain('"domain":["2020-02-23","2020-03-08"]');
    const svg = await timelineSvg(onlyTo, "en");
    expect(svg).toContain("Mar 2020");
    expect(svg).not.toContain("Apr 2020");
  });

  it("GIVEN events dated only by month THEN a band over the month, as high as their average per week", () => {
    const bands = layers(timelineChartSpec(t, "en")).flatMap((l) => l.data?.values ?? []).filter((v) => v["kind"] === "month only (per week)");
    expect(bands).toEqual([{ start: "2025-04-01", end: "2025-04-30", count: 0.5, kind: "month only (per week)" }]);
  });

  it("GIVEN many events THEN at most five key events, the most reported first chosen, apart in time, numbered by date", () => {
    const many = timeline(
      Array.from({ length: 60 }, (_, i) =>
        event({ date: `2025-${String(2 + Math.floor(i / 10)).padStart(2, "0")}-${String(1 + (i % 10) * 2).padStart(2, "0")}`, precision: "day", reports: i === 33 ? 5 : 1 }),
      ),
    );
    const keys = keyEvents(many);
    expect(keys).toHaveLength(MAX_KEY_EVENTS);
    expect(keys.map((k) => k.n)).toEqual([1, 2, 3, 4, 5]);
    expect(keys.some((k) => k.event === many.events[33])).toBe(true);
    const days = keys.map((k) => Date.parse(k.at) / 86_400_000);
    for (let i = 1; i < days.length; i++) expect(days[i]! - days[i - 1]!).toBeGreaterThanOrEqual(21);
  });

  it("GIVEN German or English THEN the title, legend, months and key-event dates are in that language", async () => {
    const de = await timelineSvg(t, "de");
    expect(de).toContain("Sergej Lawrow — Ereignisse pro Woche");
    expect(de).toContain("nur Monat bekannt (je Woche)");
    expect(de).toContain("Mär 2025");
    expect(de).toContain("Sa 15. März 2025");
    const en = await timelineSvg(t, "en");
    expect(en).toContain("Sergey Lavrov — Events per week");
    expect(en).toContain("Mar 2025");
    expect(en).toContain("Sat 15 March 2025");
  });
});

describe("the PNG of the seed timelines", () => {
  let core: Core;
  beforeAll(async () => {
    core = await seedCore();
  });
  const timelineOf = (q: string): Timeline => {
    const r = core.timeline(q);
    if (!r.ok) throw new Error(r.error.message);
    return r.timeline;
  };

  it.each(["Lawrow", "Selenskyj"])("GIVEN %s THEN a PNG that opens, 960 px wide, wider than tall, under 1 MB", async (who) => {
    const png = await timelinePng(timelineOf(who), "de");
    const { width, height } = pngSize(png);
    expect(width).toBe(CHART_WIDTH);
    expect(height).toBeGreaterThan(400);
    expect(height).toBeLessThan(width);
    expect(png.length).toBeLessThan(1_000_000);
  });

  it("GIVEN the SVG behind it THEN every key event's words fit in the picture (no text beyond its right edge)", async () => {
    const svg = await timelineSvg(timelineOf("Lawrow"), "de");
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
    expect(width).toBeLessThanOrEqual(CHART_WIDTH + 10);
    expect(svg).toContain("Der russische Außenminister Sergej Lawrow");
  });
});
