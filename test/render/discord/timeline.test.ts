/** /timeline rendering: month groups in order, dates and citations, pages that fit and carry their state. */
import { describe, expect, it } from "vitest";
import { checkPayload } from "../../../src/render/discord/limits.js";
import { renderTimelinePage, TIMELINE_PAGE_EVENTS, timelinePages } from "../../../src/render/discord/timeline.js";
import { event, timeline } from "./models.js";

describe("renderTimelinePage", () => {
  it("GIVEN events in three months THEN one header per month, in order, each event with date, quote and citation", () => {
    const t = timeline([
      event({ date: "2025-02-15", precision: "day", dateSource: "text" }),
      event({ date: "2025-03" }),
      event({ date: "2025-03", dateSource: "duplicate", dateFrom: "000_x.txt", alsoIn: [{ articleId: "b", file: "b.txt", title: "Zweiter Bericht", date: "2025-03" }] }),
      event({ date: "2025-04" }),
    ]);
    const description = renderTimelinePage(t, 0, "de").embeds![0]!.description!;
    const headers = [...description.matchAll(/__\*\*(.+?)\*\*__/g)].map((m) => m[1]);
    expect(headers).toEqual(["Februar 2025", "März 2025", "April 2025"]);
    expect(description).toContain("▸ **15. Februar 2025**: „Lawrow und Rubio telefonierten.“\n-# — Außenminister beraten");
    expect(description).toContain("auch in Zweiter Bericht · Datum aus `000_x.txt`");
    expect(description.startsWith("*Außenminister Russlands*")).toBe(true);
  });

  it("GIVEN English THEN months and labels in English", () => {
    const reply = renderTimelinePage(timeline([event()]), 0, "en");
    expect(reply.embeds![0]!.title).toBe("Timeline: Sergej Lawrow");
    expect(reply.embeds![0]!.description).toContain("__**March 2025**__");
  });

  it("GIVEN many long events THEN pages within limits, a month header repeated on a new page, ◀ ▶ with distinct ids", () => {
    const events = Array.from({ length: 40 }, (_, i) => event({ date: `2025-0${2 + Math.floor(i / 14)}`, quote: `${"Ein langes Zitat. ".repeat(22)}${i}`, title: "T".repeat(300) }));
    const t = timeline(events);
    const pages = timelinePages(t);
    expect(pages.flat()).toEqual(events.map((_, i) => i));
    expect(pages.every((p) => p.length <= TIMELINE_PAGE_EVENTS)).toBe(true);
    pages.forEach((_, page) => {
      for (const lang of ["de", "en"] as const) {
        const reply = renderTimelinePage(t, page, lang);
        expect(checkPayload(reply)).toEqual([]);
        expect(reply.embeds![0]!.description).toMatch(/^\*Außenminister Russlands\*\n\n__\*\*/);
      }
    });
    const middle = renderTimelinePage(t, 1, "de");
    expect(middle.components![0]!.components.map((b) => b.custom_id)).toEqual(["tl:lawrow:0", "tl:lawrow:2"]);
    expect(middle.embeds![0]!.footer!.text).toBe(`Seite 2/${pages.length}`);
  });

  it("GIVEN a page beyond the end (an old button) THEN the last page", () => {
    const t = timeline(Array.from({ length: 20 }, () => event()));
    const last = timelinePages(t).length;
    expect(renderTimelinePage(t, 999, "de").embeds![0]!.footer!.text).toBe(`Seite ${last}/${last}`);
  });

  it("GIVEN no events THEN 'Keine Einträge.' and no buttons", () => {
    const reply = renderTimelinePage(timeline([]), 0, "de");
    expect(reply.embeds![0]!.description).toContain("Keine Einträge.");
    expect(reply.components).toEqual([]);
  });
});
