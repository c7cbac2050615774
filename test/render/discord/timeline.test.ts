/** /timeline rendering: month groups in order, dates and citations, pages that fit and carry their state. */
import { describe, expect, it } from "vitest";
import { checkPayload } from "../../../src/render/discord/limits.js";
import { renderTimelinePage, TIMELINE_PAGE_EVENTS, timelinePages } from "../../../src/render/discord/timeline.js";
import { componentIds, event, timeline } from "./models.js";

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

  it("GIVEN English THEN months, labels, the person's name and description and the quotation marks in English", () => {
    const reply = renderTimelinePage(timeline([event({ date: "2025-03-15", precision: "day" })]), 0, "en");
    expect(reply.embeds![0]!.title).toBe("Timeline: Sergey Lavrov");
    expect(reply.embeds![0]!.description).toContain("*Foreign Minister of Russia since 2004*");
    expect(reply.embeds![0]!.description).toContain("__**March 2025**__");
    expect(reply.embeds![0]!.description).toContain("▸ **15 March 2025**: “Lawrow und Rubio telefonierten.”");
  });

  it("GIVEN English fields on the model THEN they win over the catalogue; an unknown person keeps the German", () => {
    const own = renderTimelinePage(timeline([event()], { nameEn: "Sergei Lavrov", descriptionEn: "Russia's top diplomat" } as never), 0, "en");
    expect(own.embeds![0]!.title).toBe("Timeline: Sergei Lavrov");
    expect(own.embeds![0]!.description).toContain("*Russia's top diplomat*");
    const unknown = renderTimelinePage(timeline([event()], { id: "niemand", name: "Erika Muster", description: "Sprecherin" }), 0, "en");
    expect(unknown.embeds![0]!.title).toBe("Timeline: Erika Muster");
  });

  it("GIVEN many events THEN pages of even length, about 1,500 characters", () => {
    // About 300 characters an event: greedy filling would give 4, 4 and 1.
    const events = Array.from({ length: 9 }, (_, i) => event({ quote: `${"Ein Zitat. ".repeat(22)}${String(i).padStart(2, "0")}` }));
    const t = timeline(events);
    expect(timelinePages(t).map((p) => p.length)).toEqual([3, 3, 3]);
    const lengths = timelinePages(t).map((_, p) => renderTimelinePage(t, p, "de").embeds![0]!.description!.length);
    expect(Math.min(...lengths)).toBeGreaterThan(Math.max(...lengths) * 0.6);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(1500);
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
        expect(reply.embeds![0]!.description).toMatch(lang === "de" ? /^\*Außenminister Russlands\*\n\n__\*\*/ : /^\*Foreign Minister of Russia since 2004\*\n\n__\*\*/);
      }
    });
    const middle = renderTimelinePage(t, 1, "de");
    expect(componentIds(middle)).toEqual(["tl:lawrow:0", "nop:page", "tl:lawrow:2"]);
    expect(middle.components![0]!.components[1]).toMatchObject({ label: `2/${pages.length}`, disabled: true });
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
