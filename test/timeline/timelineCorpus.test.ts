/**
 * Timelines over the corpus written for them: events dated by what the sentence reports (not by a background
 * date), weekdays against the publication day, syndicated copies merged into one entry with its sources,
 * no list bullets or fragments, a period and a second person narrowing the timeline.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/core.js";
import { isEventSentence } from "../../src/timeline/buildTimeline.js";
import type { Timeline, TimelineQuery } from "../../src/timeline/types.js";
import { timelineCore } from "../fixtures/timelineCorpus.js";

let core: Core;
beforeAll(async () => {
  core = await timelineCore();
});

function timelineOf(actor: string, query: TimelineQuery = {}): Timeline {
  const r = core.timeline(actor, query);
  if (!r.ok) throw new Error(`${actor}: ${r.error.code} ${r.error.message}`);
  return r.timeline;
}
const eventWith = (t: Timeline, text: string) => {
  const found = t.events.filter((e) => e.quote.includes(text));
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe("event dates", () => {
  it("GIVEN the Alaska summit sentence with 'seit Beginn des … Angriffskriegs im Februar 2022' THEN it is dated August 2025", () => {
    const e = eventWith(timelineOf("Putin"), "Beim Gipfel in Alaska trafen sich Trump und Putin");
    expect(e.date).toBe("2025-08");
    expect(e.precision).toBe("month");
  });

  it("GIVEN no event of anybody THEN none is dated by a background year (2022) except the one reporting a 2022 event", () => {
    const people = ["Putin", "Trump", "Lawrow", "Rubio", "Uschakow", "Umerow", "Medinski", "Dmitrijew", "Witkoff", "Selenskyj"];
    const in2022 = people.flatMap((p) => timelineOf(p).events).filter((e) => e.date?.startsWith("2022"));
    expect(in2022.map((e) => e.quote)).toEqual(["Im März 2022 hatte Medinski schon einmal in Istanbul für Russland verhandelt."]);
  });

  it("GIVEN 'am Dienstag' in an article published on Wednesday 19 February THEN Tuesday 18 February, day precision", () => {
    expect(eventWith(timelineOf("Lawrow"), "In Riad kamen am Dienstag")).toMatchObject({ date: "2025-02-18", precision: "day", dateSource: "relative" });
  });

  it("GIVEN 'am Wochenende' in an article published on a Friday THEN the week of the weekend before, week precision", () => {
    expect(eventWith(timelineOf("Dmitrijew"), "reiste am Wochenende nach Washington")).toMatchObject({ date: "2025-10-06", precision: "week" });
  });

  it("GIVEN 'am Freitag' in an article without a publication day THEN the article month only", () => {
    expect(eventWith(timelineOf("Uschakow"), "Yuri Ushakov sagte am Freitag")).toMatchObject({ date: "2025-10", precision: "month", dateSource: "article" });
  });
});

describe("one entry per event", () => {
  it("GIVEN a syndicated copy (102 of 101) THEN its sentences are one entry each, citing both, reports 2", () => {
    const e = eventWith(timelineOf("Uschakow"), "die Gespräche seien „nicht schlecht“ verlaufen");
    expect(e.reports).toBe(2);
    expect([e.file, ...e.alsoIn.map((a) => a.file)].sort()).toEqual(["101_riad_gespraeche.txt", "102_riad_gespraeche_kopie.txt"]);
    expect(e.alsoIn[0]!.outlet).toBeTruthy();
  });

  it("GIVEN the Istanbul report and its copy a day later, one word changed (Russland → Moskau) THEN still one entry", () => {
    const t = timelineOf("Medinski");
    expect(t.events.filter((e) => e.quote.includes("mit dem Ergebnis zufrieden"))).toHaveLength(1);
    expect(eventWith(t, "mit dem Ergebnis zufrieden").reports).toBe(2);
  });

  it("GIVEN similar sentences about two different calls months apart THEN they stay two entries", () => {
    const t = timelineOf("Rubio", { with: "Lawrow" });
    expect(t.events.filter((e) => /telefonierten|telefonierte/.test(e.quote)).map((e) => e.date)).toEqual(["2025-08-19", "2025-10-13"]);
  });
});

describe("no list bullets or fragments", () => {
  it("GIVEN the bullet list in 104 and a cut-off teaser in 111 THEN none of them is an event", () => {
    for (const who of ["Umerow", "Rubio", "Waltz", "Jermak", "Lawrow"]) {
      for (const e of timelineOf(who).events) {
        expect(e.quote).not.toMatch(/^\s*-\s/);
        expect(e.quote).not.toMatch(/…$/);
      }
    }
  });

  it.each([
    ["- Lawrow reiste gemeinsam mit Uschakow nach Riad", false],
    ["Lawrow reiste gemeinsa…", false],
    ["Umerow in Dschidda", false],
    ["• Rubio leitete die Delegation.", false],
    ["Rubio leitete die US-Delegation in Dschidda.", true],
    ["„Der Ball liegt bei Russland“, sagte Rubio.", true],
  ])("GIVEN %j THEN event sentence: %s", (sentence, ok) => {
    expect(isEventSentence(sentence)).toBe(ok);
  });
});

describe("a period and a second person", () => {
  it("GIVEN from 2025-08 to 2025-08 THEN only August events, all of them", () => {
    const all = timelineOf("Trump");
    const august = timelineOf("Trump", { from: "2025-08", to: "2025-08" });
    expect(august.events.length).toBeGreaterThan(0);
    expect(august.events.every((e) => e.date?.startsWith("2025-08"))).toBe(true);
    expect(august.events).toEqual(all.events.filter((e) => e.date?.startsWith("2025-08")));
    expect(august.range).toEqual({ from: "2025-08", to: "2025-08" });
    expect(august.total).toBe(all.events.length);
  });

  it("GIVEN days as bounds THEN events inside them; a month-precision event counts when its month overlaps", () => {
    const t = timelineOf("Uschakow", { from: "2025-03-24", to: "2025-03-24" });
    expect(t.events.map((e) => e.date)).toEqual(["2025-03", "2025-03-24"]);
  });

  it("GIVEN only from THEN everything from then on", () => {
    const t = timelineOf("Umerow", { from: "2025-06" });
    expect(t.events.map((e) => e.date!.slice(0, 7)).every((m) => m >= "2025-06")).toBe(true);
    expect(t.events.length).toBeGreaterThan(2);
  });

  it("GIVEN a malformed or reversed period THEN a bad_range error naming it", () => {
    expect(core.timeline("Trump", { from: "März" })).toMatchObject({ ok: false, error: { code: "bad_range", query: "März" } });
    expect(core.timeline("Trump", { from: "2025-02-30" })).toMatchObject({ ok: false, error: { code: "bad_range" } });
    // The years a date marker may have (util/isoDates.ts): "0000-01" is no period to show as "ab Januar 1".
    for (const bound of ["0000-01", "0099-01-15", "1899-12", "2101-01"]) {
      expect(core.timeline("Trump", { from: bound }), bound).toMatchObject({ ok: false, error: { code: "bad_range", query: bound } });
      expect(core.timeline("Trump", { to: bound }), bound).toMatchObject({ ok: false, error: { code: "bad_range", query: bound } });
    }
    expect(core.timeline("Trump", { from: "1900-01", to: "2100-12-31" })).toMatchObject({ ok: true });
    expect(core.timeline("Trump", { from: "2025-09", to: "2025-08" })).toMatchObject({ ok: false, error: { code: "bad_range" } });
  });

  it("GIVEN Rubio with Lawrow THEN only sentences naming both", () => {
    const t = timelineOf("Rubio", { with: "Lawrow" });
    expect(t.with).toMatchObject({ id: "lawrow", name: "Sergej Lawrow" });
    expect(t.events.length).toBeGreaterThanOrEqual(5);
    for (const e of t.events) {
      expect(e.quote).toMatch(/Rubio|US-Außenminister/);
      expect(e.quote).toMatch(/Lawrow|russische Außenminister/);
    }
    expect(t.events.length).toBeLessThan(timelineOf("Rubio").events.length);
  });

  it("GIVEN the same person as the second one, in another spelling THEN the person's own timeline, not 'Lawrow with Lawrow'", () => {
    const t = timelineOf("Lawrow", { with: "Lavrov" });
    expect(t.with).toBeUndefined();
    expect(t.events).toEqual(timelineOf("Lawrow").events);
  });

  it("GIVEN an unknown second person THEN unknown_actor naming that person", () => {
    expect(core.timeline("Rubio", { with: "Xyzzy" })).toMatchObject({ ok: false, error: { code: "unknown_actor", query: "Xyzzy" } });
  });
});
