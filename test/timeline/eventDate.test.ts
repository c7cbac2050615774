import { describe, expect, it } from "vitest";
import { compareEventDates, resolveEventDate } from "../../src/timeline/eventDate.js";
import type { EventDate, EventDateContext } from "../../src/timeline/types.js";

/** Sunday 16 March 2025, the publication day of the 15-March Rubio–Lawrow call reports. */
const SUNDAY: EventDateContext = { articleDate: "2025-03", published: "2025-03-16" };
const MONTH_ONLY: EventDateContext = { articleDate: "2025-03" };
const UNDATED: EventDateContext = { articleDate: null };

const day = (sentence: string, ctx: EventDateContext) => resolveEventDate(sentence, ctx).date;

describe("absolute days in the text", () => {
  it("GIVEN 'am 15. März' and a month-level article date THEN the day is 2025-03-15 with the year from the article", () => {
    expect(resolveEventDate("Das Treffen fand am 15. März statt.", MONTH_ONLY)).toEqual({
      date: "2025-03-15",
      precision: "day",
      source: "text",
      phrase: "am 15. März",
    });
  });

  it("GIVEN a day with a year THEN the year in the text wins over the article's", () => {
    expect(day("Der Krieg begann am 24. Februar 2022.", MONTH_ONLY)).toBe("2022-02-24");
    expect(day("Er kam am 1.3.2025 an.", UNDATED)).toBe("2025-03-01");
    expect(day("Stand: 2025-03-15", UNDATED)).toBe("2025-03-15");
    expect(day("am 01.03.25", UNDATED)).toBe("2025-03-01");
  });

  it("GIVEN a day or a month of an implausible year THEN no date of the text, as the date marker's rule (the article's date stands)", () => {
    for (const sentence of ["Lawrow sprach am Montag, dem 1. Januar 0001.", "Lawrow sprach am 1.1.0099.", "Lawrow sprach im Januar 1899.", "Lawrow sprach am 2101-01-01."]) {
      expect(resolveEventDate(sentence, MONTH_ONLY), sentence).toMatchObject({ date: "2025-03", source: "article" });
    }
    expect(day("Lawrow sprach am 1. Januar 1900.", MONTH_ONLY)).toBe("1900-01-01");
    expect(resolveEventDate("im Januar 2100", MONTH_ONLY).date).toBe("2100-01");
  });

  it("GIVEN a numeric day without a year THEN it counts only after a preposition", () => {
    expect(day("am 1.3. in Dschidda", MONTH_ONLY)).toBe("2025-03-01");
    expect(resolveEventDate("Version 1.3. ist da", MONTH_ONLY).source).toBe("article");
  });

  it("GIVEN a day without a year near the turn of the year THEN the nearest year is chosen", () => {
    expect(day("am 28. Dezember", { articleDate: "2025-01" })).toBe("2024-12-28");
    expect(day("am 3. Januar", { articleDate: "2024-12" })).toBe("2025-01-03");
  });

  it("GIVEN a range 'vom 1. bis 3. März' THEN its first day is taken", () => {
    expect(day("Gespräche vom 1. bis 3. März", MONTH_ONLY)).toBe("2025-03-01");
  });

  it("GIVEN an impossible day THEN it is ignored", () => {
    expect(resolveEventDate("am 30. Februar", MONTH_ONLY)).toEqual({ date: "2025-03", precision: "month", source: "article" });
  });

  it("GIVEN a day without a year and no article date THEN no date can be formed", () => {
    expect(resolveEventDate("am 15. März", UNDATED)).toEqual({ date: null, precision: "none", source: "none" });
  });

  it("GIVEN both an absolute and a relative day THEN the absolute day wins", () => {
    expect(day("am Samstag, dem 8. März", SUNDAY)).toBe("2025-03-08");
  });
});

describe("relative days need the publication day", () => {
  it("GIVEN 'in der Nacht zum Sonntag' published Sunday 2025-03-16 THEN the Sunday itself, 2025-03-16", () => {
    expect(resolveEventDate("Die USA waren in der Nacht zum Sonntag mit Luftangriffen vorgegangen.", SUNDAY)).toEqual({
      date: "2025-03-16",
      precision: "day",
      source: "relative",
      phrase: "in der Nacht zum Sonntag",
    });
    expect(day("in der Nacht von Samstag auf Sonntag", SUNDAY)).toBe("2025-03-16");
    expect(day("in der Nacht zu Sonntag", { articleDate: "2025-03-18" })).toBe("2025-03-16");
  });

  it("GIVEN 'am vergangenen Dienstag' published Sunday 2025-03-16 THEN Tuesday 2025-03-11", () => {
    expect(day("Die Ukraine hatte am vergangenen Dienstag zugestimmt.", SUNDAY)).toBe("2025-03-11");
  });

  it("GIVEN 'vergangenen Sonntag' on a Sunday THEN the week before, not the same day", () => {
    expect(day("am vergangenen Sonntag", SUNDAY)).toBe("2025-03-09");
    expect(day("am Sonntag", SUNDAY)).toBe("2025-03-16");
  });

  it("GIVEN a bare weekday in past tense THEN the most recent such day on or before publication", () => {
    expect(day("Putin reagierte am Donnerstag reserviert.", SUNDAY)).toBe("2025-03-13");
    expect(day("Rubio und Lawrow telefonierten am Samstag.", SUNDAY)).toBe("2025-03-15");
    expect(day("Samstagabend kam es zu Angriffen.", SUNDAY)).toBe("2025-03-15");
  });

  it("GIVEN a bare weekday in a future-tense clause THEN the next such day on or after publication", () => {
    const s = "Um vorbereitet zu sein, sollen die Militärchefs nun am Donnerstag in London beraten.";
    expect(day(s, SUNDAY)).toBe("2025-03-20");
    expect(day("Ich werde Ihnen das am Montag sagen.", SUNDAY)).toBe("2025-03-17");
    expect(day("Am Sonntag wird weiter verhandelt.", SUNDAY)).toBe("2025-03-16");
  });

  it("GIVEN future tense only in another clause THEN the weekday stays in the past", () => {
    const s = "Der 80-Jährige werde künftig nur für die Ukraine zuständig sein, teilte Trump am Samstag mit.";
    expect(day(s, SUNDAY)).toBe("2025-03-15");
  });

  it("GIVEN 'kommenden' or 'nächsten' THEN strictly the next occurrence", () => {
    expect(day("am kommenden Montag", SUNDAY)).toBe("2025-03-17");
    expect(day("am nächsten Sonntag", SUNDAY)).toBe("2025-03-23");
  });

  it("GIVEN 'Dienstag vergangener Woche' THEN the Tuesday of the previous calendar week", () => {
    expect(day("Dienstag vergangener Woche", SUNDAY)).toBe("2025-03-04");
  });

  it("GIVEN the week before the weekday ('vergangene Woche Dienstag', 'in der kommenden Woche am Montag') THEN that week's day, not the nearest", () => {
    const thursday = { articleDate: "2025-02", published: "2025-02-27" };
    expect(day("Vergangene Woche Dienstag trafen sich Lawrow und Rubio in Riad.", thursday)).toBe("2025-02-18");
    expect(day("Die Delegationen wollen sich in der kommenden Woche am Montag wieder treffen.", SUNDAY)).toBe("2025-03-17");
    expect(day("Letzte Woche Freitag telefonierten sie.", SUNDAY)).toBe("2025-03-07");
  });

  it("GIVEN a weekday anchored by a parenthesis ('am Montag (nach der Wahl)') THEN no day is invented", () => {
    const ctx = { articleDate: "2025-02", published: "2025-02-15" };
    expect(resolveEventDate("„Ich werde Ihnen das am Montag (nach der Wahl) sagen.“", ctx)).toEqual({
      date: "2025-02",
      precision: "month",
      source: "article",
    });
  });

  it("GIVEN gestern, heute, morgen, vorgestern THEN days relative to publication", () => {
    expect(day("gestern Abend", SUNDAY)).toBe("2025-03-15");
    expect(day("Heute Morgen", SUNDAY)).toBe("2025-03-16");
    expect(day("Er reist morgen ab.", SUNDAY)).toBe("2025-03-17");
    expect(day("vorgestern", SUNDAY)).toBe("2025-03-14");
    expect(resolveEventDate("am Morgen", SUNDAY).source).toBe("article");
  });

  it("GIVEN 'vor drei Tagen' or 'vor einer Woche' THEN that many days before publication", () => {
    expect(day("vor drei Tagen", SUNDAY)).toBe("2025-03-13");
    expect(day("vor einer Woche", SUNDAY)).toBe("2025-03-09");
  });

  it("GIVEN a day-precision article date and no published field THEN it serves as the publication day", () => {
    expect(day("am Samstag", { articleDate: "2025-03-16" })).toBe("2025-03-15");
  });

  it("GIVEN only the article month THEN a relative day keeps month precision and no day is invented", () => {
    expect(resolveEventDate("Rubio und Lawrow telefonierten am Samstag.", MONTH_ONLY)).toEqual({
      date: "2025-03",
      precision: "month",
      source: "article",
    });
    expect(resolveEventDate("in der Nacht zum Sonntag", MONTH_ONLY).precision).toBe("month");
    expect(resolveEventDate("gestern", MONTH_ONLY).precision).toBe("month");
  });

  it("GIVEN a relative day and no dates at all THEN none", () => {
    expect(resolveEventDate("am Samstag", UNDATED)).toEqual({ date: null, precision: "none", source: "none" });
  });

  it("GIVEN weekday compounds like 'Karfreitag' or the adverb 'samstags' THEN they are not weekdays", () => {
    expect(resolveEventDate("Karfreitag", SUNDAY).source).toBe("article");
    expect(resolveEventDate("samstags", SUNDAY).source).toBe("article");
  });
});

describe("month-level expressions", () => {
  it("GIVEN 'im Februar' or 'Ende Februar' THEN month precision from the text", () => {
    expect(resolveEventDate("Ende Februar trafen sie sich.", MONTH_ONLY)).toEqual({
      date: "2025-02",
      precision: "month",
      source: "text",
      phrase: "Ende Februar",
    });
    expect(day("im Januar 2024", SUNDAY)).toBe("2024-01");
  });

  it("GIVEN a month name without a preposition or year THEN it is not a date (August may be a name)", () => {
    expect(resolveEventDate("August sagte", MONTH_ONLY).source).toBe("article");
  });

  it("GIVEN 'vergangene Woche' THEN it is reported at week precision: the Monday of that week", () => {
    // Sunday 2 March: its week began on 24 February, the one before on the 17th.
    expect(resolveEventDate("vergangene Woche", { articleDate: "2025-03-02" })).toEqual({
      date: "2025-02-17",
      precision: "week",
      source: "relative",
      phrase: "vergangene Woche",
    });
    expect(day("in der kommenden Woche", { articleDate: "2025-03-28" })).toBe("2025-03-31");
    expect(resolveEventDate("am Wochenende", SUNDAY)).toMatchObject({ date: "2025-03-10", precision: "week" });
  });

  it("GIVEN 'vergangene Woche' with only the article month THEN the article month", () => {
    expect(resolveEventDate("vergangene Woche", MONTH_ONLY)).toEqual({ date: "2025-03", precision: "month", source: "article" });
  });

  it("GIVEN 'im vergangenen Monat' THEN the previous month, even with a month-level article date", () => {
    expect(resolveEventDate("im vergangenen Monat", MONTH_ONLY)).toMatchObject({ date: "2025-02", precision: "month", source: "relative" });
    expect(day("vor zwei Monaten", { articleDate: "2025-01" })).toBe("2024-11");
  });

  it("GIVEN a day-level relative phrase and a week phrase THEN the day wins", () => {
    const s = "Am Sonntag betonte Rubio, dass die kommende Woche von kritischer Bedeutung sei.";
    expect(day(s, { articleDate: "2025-04-28" })).toBe("2025-04-27");
  });
});

describe("background dates never date the event", () => {
  /** Saturday 16 August 2025, the day after the Alaska summit. */
  const ALASKA: EventDateContext = { articleDate: "2025-08", published: "2025-08-16" };

  it("GIVEN 'seit Beginn des russischen Angriffskriegs im Februar 2022' THEN the event is dated by the article, not February 2022", () => {
    const s = "Beim Gipfel in Alaska trafen sich Trump und Putin zum ersten Mal seit Beginn des russischen Angriffskriegs im Februar 2022.";
    expect(resolveEventDate(s, ALASKA)).toEqual({ date: "2025-08", precision: "month", source: "article" });
  });

  it("GIVEN a weekday beside the background date THEN the weekday dates the event", () => {
    const s = "Beim Gipfel in Alaska am Freitag trafen sich Trump und Putin zum ersten Mal seit Beginn des Krieges im Februar 2022.";
    expect(resolveEventDate(s, ALASKA)).toMatchObject({ date: "2025-08-15", precision: "day", phrase: "am Freitag" });
  });

  it.each([
    ["Seit Februar 2022 führt Russland Krieg gegen die Ukraine, sagte Umerow.", "2025-08"],
    ["Seit dem 24. Februar 2022 verteidigt sich die Ukraine, sagte Umerow.", "2025-08"],
    ["Vor drei Jahren, am 24. Februar 2022, begann der Einmarsch; Medinski sagte am Montag, man sei bereit.", "2025-08-11"],
    ["Der im Februar 2022 begonnene Krieg müsse enden, sagte Vance.", "2025-08"],
    ["Der Einmarsch am 24. Februar 2022 sei ein Fehler gewesen, sagte Orbán.", "2025-08"],
  ])("GIVEN %j THEN %s", (s, expected) => {
    expect(day(s, ALASKA)).toBe(expected);
  });

  it("GIVEN a deadline ('bis Ende August') THEN it is not the event's date", () => {
    const s = "Umerow schlug ein Treffen von Selenskyj und Putin bis Ende August vor.";
    expect(resolveEventDate(s, { articleDate: "2025-07", published: "2025-07-23" })).toMatchObject({ date: "2025-07", source: "article" });
  });

  it("GIVEN a recent date after a war word THEN it is still the event ('über den Ukraine-Krieg am Samstag')", () => {
    expect(day("Die Gespräche über den Ukraine-Krieg am Samstag in Riad verliefen gut.", ALASKA)).toBe("2025-08-16");
    expect(day("Seit Tagen wird verhandelt, und am 14. August trafen sich Rubio und Lawrow.", ALASKA)).toBe("2025-08-14");
  });

  it.each([
    ["Witkoff sagte, dass Russland – das im Februar 2022 den Angriffskrieg begonnen hatte – einen Frieden wolle.", "2025-08"],
    ["Putin (im März 2024 wiedergewählt) lobte die Gespräche.", "2025-08"],
    ["Selenskyj erinnerte daran, dass Russland im Februar 2022 einmarschierte.", "2025-08"],
    ["Es war das erste Treffen von Trump und Putin seit Beginn des russischen Angriffskriegs gegen die Ukraine im Februar 2022.", "2025-08"],
  ])("GIVEN an old date in an insert or in a later clause of a war's start, %j THEN %s", (s, expected) => {
    expect(day(s, ALASKA)).toBe(expected);
  });

  it("GIVEN a sentence reporting a war's start after an ordinal or an abbreviation ('Die 3. Armee', 'z. B.') THEN its first clause keeps its date", () => {
    expect(day("Die 3. Armee marschierte im Februar 2022 in die Ukraine ein.", ALASKA)).toBe("2022-02");
    expect(day("Russland ist u. a. im Februar 2022 in die Ukraine einmarschiert.", ALASKA)).toBe("2022-02");
    expect(day("In St. Petersburg begann im Juni 2024 das Wirtschaftsforum.", ALASKA)).toBe("2024-06");
  });

  it("GIVEN a decimal comma before a war's start ('1,5 Millionen') THEN it ends no clause: the sentence keeps its date", () => {
    expect(day("Mit 1,5 Millionen Schuss Munition marschierte Russland im Februar 2022 in die Ukraine ein.", ALASKA)).toBe("2022-02");
  });

  it("GIVEN a quotation after a colon that reports a war's start THEN its old date sets the scene, as after a comma", () => {
    expect(day("Selenskyj sagte: „Russland hat im Februar 2022 den Krieg begonnen.“", ALASKA)).toBe("2025-08");
    expect(day("Selenskyj sagte, „Russland hat im Februar 2022 den Krieg begonnen“.", ALASKA)).toBe("2025-08");
  });

  it("GIVEN a verb between 'seit …' and an old date THEN the date is the sentence's own ('… traf sich Selenskyj im Mai 2023 …')", () => {
    expect(day("Zum ersten Mal seit dem Beginn des Krieges traf sich Selenskyj im Mai 2023 mit dem Papst.", ALASKA)).toBe("2023-05");
  });

  it("GIVEN a recent date in an insert THEN it still dates the event ('– am Freitag –')", () => {
    expect(day("Trump und Putin – am Freitag in Anchorage – lobten die Gespräche.", ALASKA)).toBe("2025-08-15");
  });

  it("GIVEN a past event the sentence itself reports THEN it keeps its own date", () => {
    expect(day("Im März 2022 hatten Medinski und Umerow in Istanbul verhandelt.", ALASKA)).toBe("2022-03");
  });
});

describe("falling back to the article", () => {
  it("GIVEN no date in the sentence and a month-level article THEN the article month", () => {
    expect(resolveEventDate("Putin stellte Bedingungen.", MONTH_ONLY)).toEqual({ date: "2025-03", precision: "month", source: "article" });
  });

  it("GIVEN no date in the sentence and a known publication day THEN only its month (the event need not be that day)", () => {
    expect(resolveEventDate("Putin stellte Bedingungen.", SUNDAY)).toEqual({ date: "2025-03", precision: "month", source: "article" });
  });

  it("GIVEN no date anywhere THEN null with precision none", () => {
    expect(resolveEventDate("Putin stellte Bedingungen.", UNDATED)).toEqual({ date: null, precision: "none", source: "none" });
  });

  it("GIVEN a malformed article date THEN it is ignored rather than trusted", () => {
    expect(resolveEventDate("am Samstag", { articleDate: "2025-13", published: "gestern" })).toEqual({
      date: null,
      precision: "none",
      source: "none",
    });
  });
});

describe("compareEventDates", () => {
  const d = (date: string | null): EventDate => ({ date, precision: date === null ? "none" : date.length === 7 ? "month" : "day", source: "text" });

  it("GIVEN mixed precisions THEN chronological, a month before the days of that month, undated last", () => {
    const input = [d(null), d("2025-03-15"), d("2025-03"), d("2025-02-28"), d("2025-04"), d("2025-03-01")];
    expect(input.sort(compareEventDates).map((x) => x.date)).toEqual(["2025-02-28", "2025-03", "2025-03-01", "2025-03-15", "2025-04", null]);
  });

  it("GIVEN equal dates THEN the original order is kept (stable)", () => {
    const items = [
      { id: "a", ...d("2025-03") },
      { id: "b", ...d("2025-02") },
      { id: "c", ...d("2025-03") },
      { id: "d", ...d(null) },
      { id: "e", ...d(null) },
    ];
    expect(items.sort(compareEventDates).map((x) => x.id)).toEqual(["b", "a", "c", "d", "e"]);
  });

  it("GIVEN plain date strings or null THEN they compare the same way", () => {
    expect(compareEventDates("2025-03", "2025-03-01")).toBeLessThan(0);
    expect(compareEventDates(null, "2025-03")).toBeGreaterThan(0);
    expect(compareEventDates("2025-03-02", "2025-03-02")).toBe(0);
  });
});
