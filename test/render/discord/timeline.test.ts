/** /timeline rendering: month groups said once, days and weeks, numbered sources by title, pages that fit and carry their state. */
import { describe, expect, it } from "vitest";
import { buttonId, parseButtonId } from "../../../src/render/discord/customId.js";
import { checkPayload } from "../../../src/render/discord/limits.js";
import {
  describeTimelinePage,
  initialTimelinePage,
  renderTimelinePage,
  TIMELINE_PAGE_CHARS,
  TIMELINE_PAGE_EVENTS,
  timelinePages,
} from "../../../src/render/discord/timeline.js";
import { renderTimelineText } from "../../../src/render/text/timelineText.js";
import type { Timeline, TimelineEvent } from "../../../src/timeline/types.js";
import { event, timeline } from "./models.js";

/**
 * The greedy pages by the rule itself: an event joins the page unless it holds TIMELINE_PAGE_EVENTS already or the
 * German description of the page with it is longer than TIMELINE_PAGE_CHARS (rendered whole for every event).
 */
function naivePages(t: Timeline): number[][] {
  const pages: number[][] = [];
  let current: number[] = [];
  t.events.forEach((_, i) => {
    const next = [...current, i];
    if (current.length > 0 && (current.length >= TIMELINE_PAGE_EVENTS || describeTimelinePage(t, next, "de").length > TIMELINE_PAGE_CHARS)) {
      pages.push(current);
      current = [i];
    } else current = next;
  });
  if (current.length > 0) pages.push(current);
  return pages;
}

const descriptionOf = (t: Parameters<typeof renderTimelinePage>[0], page = 0, lang: "de" | "en" = "de") => renderTimelinePage(t, page, lang).embeds![0]!.description!;
const other = { articleId: "b", file: "001_b.txt", title: "Zweiter Bericht", date: "2025-03", outlet: "Zeitung B" };

describe("renderTimelinePage", () => {
  it("GIVEN a period with one end open THEN 'ab …' or 'bis …', never 'bis heute' (a period may lie in the future)", () => {
    const cases = [
      [{ from: "2099-01" }, "Zeitraum: ab Januar 2099", "Period: from January 2099"],
      [{ to: "2025-03" }, "Zeitraum: bis März 2025", "Period: until March 2025"],
      [{ from: "2025-02", to: "2025-03" }, "Zeitraum: Februar 2025 bis März 2025", "Period: February 2025 to March 2025"],
    ] as const;
    for (const [range, de, en] of cases) {
      const t = timeline([], {}, { range });
      expect(descriptionOf(t, 0, "de")).toContain(de);
      expect(renderTimelineText(t, "de")).toContain(de);
      expect(renderTimelineText(t, "en")).toContain(en);
    }
  });

  it("GIVEN an English reader THEN the curated person's English name and description, in Discord and in the terminal", () => {
    const t = timeline([event()]);
    const reply = renderTimelinePage(t, 0, "en");
    expect(reply.embeds![0]!.title).toContain("Sergey Lavrov");
    expect(descriptionOf(t, 0, "en").split("\n")[0]).toMatch(/^\*Foreign Minister of Russia/);
    const text = renderTimelineText(t, "en");
    expect(text.split("\n").slice(0, 2).join("\n")).toMatch(/^Timeline: Sergey Lavrov\nForeign Minister of Russia/);
    expect(renderTimelineText(t, "de").split("\n")[1]).toBe("Außenminister Russlands");
  });

  it("GIVEN events in three months THEN one header per month, in order, and the month never again on an entry", () => {
    const t = timeline([
      event({ date: "2025-02-15", precision: "day", dateSource: "text" }),
      event({ date: "2025-03" }),
      event({ date: "2025-03-10", precision: "week", dateSource: "relative" }),
      event({ date: "2025-04" }),
    ]);
    const description = descriptionOf(t);
    const headers = [...description.matchAll(/__\*\*(.+?)\*\*__/g)].map((m) => m[1]);
    expect(headers).toEqual(["Februar 2025", "März 2025", "April 2025"]);
    expect(description).toContain("▸ **Sa 15.** „Lawrow und Rubio telefonierten.“ [1]");
    expect(description).toContain("▸ **Woche ab 10.** „Lawrow und Rubio telefonierten.“ [1]");
    const entries = description.split("\n").filter((l) => l.startsWith("▸"));
    for (const line of entries) expect(line).not.toMatch(/Februar|März|April|2025/);
    expect(description.startsWith("*Außenminister Russlands*")).toBe(true);
  });

  it("GIVEN several events from the same article THEN the article is cited by number and named once, at the foot", () => {
    const t = timeline(Array.from({ length: 5 }, (_, i) => event({ quote: `Lawrow sagte Satz ${i}.`, outlet: "Agentur A" })));
    const description = descriptionOf(t);
    expect(description.match(/Außenminister beraten/g)).toHaveLength(1);
    expect(description).toMatch(/-# Quellen: \[1\] Außenminister beraten \(Agentur A\)$/);
  });

  it("GIVEN an event reported by two articles THEN one entry with both sources and '2 Berichte'", () => {
    const description = descriptionOf(timeline([event({ alsoIn: [other] })]));
    expect(description).toContain("„Lawrow und Rubio telefonierten.“ [1][2] · 2 Berichte");
    expect(description).toContain("[1] Außenminister beraten · [2] Zweiter Bericht (Zeitung B)");
  });

  it("GIVEN a date borrowed from another article THEN that article is named by title, never by file name", () => {
    const t = timeline([event({ dateSource: "duplicate", dateFrom: "000_4a36d75bdf1d0814.txt", dateFromTitle: "Die Außenminister beraten" })]);
    for (const lang of ["de", "en"] as const) {
      const description = descriptionOf(t, 0, lang);
      expect(description).not.toMatch(/\.txt|000_/);
      expect(description).toContain(lang === "de" ? "Datum aus „Die Außenminister beraten“" : "date from “Die Außenminister beraten”");
    }
    expect(renderTimelineText(t)).not.toMatch(/\.txt|000_a/);
  });

  it("GIVEN English THEN months, days and labels in English", () => {
    const reply = renderTimelinePage(timeline([event({ date: "2025-03-15", precision: "day", alsoIn: [other] })]), 0, "en");
    expect(reply.embeds![0]!.title).toBe("Timeline: Sergey Lavrov");
    expect(reply.embeds![0]!.description).toContain("__**March 2025**__");
    expect(reply.embeds![0]!.description).toContain("▸ **Sat 15** „Lawrow und Rubio telefonierten.“ [1][2] · 2 reports");
    expect(reply.embeds![0]!.description).toContain("-# Sources: [1]");
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
        expect(reply.embeds![0]!.description).toMatch(lang === "de" ? /^\*Außenminister Russlands\*\n\n__\*\*/ : /^\*Foreign Minister of Russia[^*]*\*\n\n__\*\*/);
      }
    });
    const middle = renderTimelinePage(t, 1, "de");
    expect(middle.components![0]!.components.flatMap((b) => ("custom_id" in b && !b.custom_id.startsWith("nop:") ? [b.custom_id] : []))).toEqual(["tl:lawrow:0", "tl:lawrow:2"]);
    expect(middle.embeds![0]!.footer!.text).toBe(`Seite 2/${pages.length} · 40 Einträge`);
  });

  it("GIVEN a page beyond the end (an old button) THEN the last page", () => {
    const t = timeline(Array.from({ length: 20 }, () => event()));
    const last = timelinePages(t).length;
    expect(renderTimelinePage(t, 999, "de").embeds![0]!.footer!.text).toBe(`Seite ${last}/${last} · 20 Einträge`);
  });

  it("GIVEN one event THEN '1 Eintrag' / '1 entry', not '1 Einträge'", () => {
    expect(renderTimelinePage(timeline([event()]), 0, "de").embeds![0]!.footer!.text).toBe("1 Eintrag");
    expect(renderTimelinePage(timeline([event()]), 0, "en").embeds![0]!.footer!.text).toBe("1 entry");
  });

  it("GIVEN no events THEN 'Keine Einträge.' and no buttons", () => {
    const reply = renderTimelinePage(timeline([]), 0, "de");
    expect(reply.embeds![0]!.description).toContain("Keine Einträge.");
    expect(reply.components).toEqual([]);
  });
});

describe("large timelines", () => {
  /** 430 events over nine months, a few days each, some reported twice: Trump's size over the real corpus. */
  const big: TimelineEvent[] = Array.from({ length: 430 }, (_, i) => {
    const month = 2 + Math.floor(i / 48);
    const day = 1 + (i % 28);
    return event({
      date: `2025-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      precision: "day",
      dateSource: "relative",
      quote: `Trump sagte am Tag ${i}, die Gespräche mit Russland und der Ukraine gingen weiter, und kündigte neue Schritte an.`,
      articleId: `a${i % 37}`,
      file: `a${i % 37}.txt`,
      title: `Bericht ${i % 37} über die Verhandlungen zwischen den USA, Russland und der Ukraine`,
      ...(i % 5 === 0 ? { alsoIn: [other, { ...other, articleId: "c", file: "c.txt", title: "Dritter Bericht" }] } : {}),
    });
  });
  const t = timeline(big, { id: "trump", name: "Donald Trump", description: "Präsident der USA" });

  it("THEN every page is within Discord's limits, each month header appears once per page, and the pages hold all events in order", () => {
    const pages = timelinePages(t);
    expect(pages.flat()).toEqual(big.map((_, i) => i));
    pages.forEach((_, page) => {
      const reply = renderTimelinePage(t, page, "de");
      expect(checkPayload(reply)).toEqual([]);
      const headers = [...reply.embeds![0]!.description!.matchAll(/__\*\*(.+?)\*\*__/g)].map((m) => m[1]);
      expect(new Set(headers).size).toBe(headers.length);
    });
  });

  it("THEN the pages are the greedy pages of the rule, kept as the page grows rather than rendered per event", () => {
    expect(timelinePages(t)).toEqual(naivePages(t));
    // Quotes of every length from 150 to 750 characters, sources new and repeated, months of a few events: pages
    // cut by length, some within a character or two of the limit (a length off by one would cut them elsewhere).
    const mixed = timeline(
      Array.from({ length: 3000 }, (_, i) =>
        event({ date: `2025-${String(1 + Math.floor(i / 300)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`, precision: "day", quote: `${"Ein Zitat über Gespräche. ".repeat(6)}${"x".repeat((i * 37) % 601)}`, articleId: `m${i % 11}`, title: `Bericht ${i % 11}` }),
      ),
      { id: "trump", name: "Donald Trump" },
    );
    const pages = naivePages(mixed);
    expect(timelinePages(mixed)).toEqual(pages);
    const slack = pages.slice(0, -1).map((p) => (p.length < TIMELINE_PAGE_EVENTS ? describeTimelinePage(mixed, [...p, p.at(-1)! + 1], "de").length - TIMELINE_PAGE_CHARS : Number.POSITIVE_INFINITY));
    expect(Math.min(...slack)).toBeLessThanOrEqual(2);
  });

  it("THEN the command opens on the newest page; with a chosen period on its first page", () => {
    const pages = timelinePages(t);
    expect(initialTimelinePage(t)).toBe(pages.length - 1);
    const newest = renderTimelinePage(t, initialTimelinePage(t), "de").embeds![0]!.description!;
    expect(newest).toContain("__**Oktober 2025**__");
    expect(initialTimelinePage({ ...t, range: { from: "2025-08", to: "2025-08" } })).toBe(0);
  });

  it("THEN with a second person and a period the buttons carry both, and the title and intro say so", () => {
    const narrowed = { ...t, with: { id: "lawrow", name: "Sergej Lawrow" }, range: { from: "2025-03", to: "2025-04-15" } };
    const reply = renderTimelinePage(narrowed, 1, "de");
    expect(reply.embeds![0]!.title).toBe("Zeitleiste: Donald Trump mit Sergej Lawrow");
    expect(reply.embeds![0]!.description).toContain("Nur Sätze, die beide nennen.\nZeitraum: März 2025 bis 15. April 2025");
    const ids = reply.components![0]!.components.flatMap((b) => ("custom_id" in b && !b.custom_id.startsWith("nop:") ? [b.custom_id] : []));
    expect(ids[0]).toBe("tl:trump+lawrow@2025-03..2025-04-15:0");
    expect(parseButtonId(ids[1]!)).toEqual({ kind: "tl", actorId: "trump", with: "lawrow", from: "2025-03", to: "2025-04-15", page: 2 });
    expect(buttonId(parseButtonId(ids[1]!)!)).toBe(ids[1]);
  });
});
