import { describe, expect, it } from "vitest";
import { englishMonthNumber, formatCalendarDate, germanMonthNumber, germanWeekday, monthNames, weekdayNames } from "../../src/util/calendar.js";

describe("calendar", () => {
  it("GIVEN German month spellings THEN their numbers; abbreviations and other words are 0", () => {
    expect(["Januar", "Jänner", "jaenner", "Feber", "März", "maerz", "Dezember"].map(germanMonthNumber)).toEqual([1, 1, 1, 2, 3, 3, 12]);
    expect(["Mär", "Montag", ""].map(germanMonthNumber)).toEqual([0, 0, 0]);
    expect(["March", "may", "Mai"].map(englishMonthNumber)).toEqual([3, 5, 0]);
  });

  it("GIVEN weekday names THEN the Date#getUTCDay number; Sonnabend is Saturday", () => {
    expect(["Sonntag", "montag", "Samstag", "Sonnabend", "Wochenende"].map(germanWeekday)).toEqual([0, 1, 6, 6, -1]);
  });

  it("GIVEN a locale THEN month and weekday names come from Intl", () => {
    expect(monthNames("de-DE")[2]).toBe("März");
    expect(monthNames("en-GB")[4]).toBe("May");
    expect(weekdayNames("de-DE")[6]).toBe("Samstag");
    expect(weekdayNames("de-DE", "short")[0]).toBe("So");
    expect(weekdayNames("en-GB", "short")[1]).toBe("Mon");
  });

  it("GIVEN a month or a day THEN it is written out; anything else is not a calendar date", () => {
    expect(formatCalendarDate("2025-03", "de-DE")).toBe("März 2025");
    expect(formatCalendarDate("2025-03-15", "de-DE")).toBe("15. März 2025");
    expect(formatCalendarDate("2025-03-15", "en-GB")).toBe("15 March 2025");
    expect(formatCalendarDate("2025-13", "de-DE")).toBeUndefined();
    // Years below 100 as typed, not as 1900–1999 (Date.UTC's reading): "from: 0025-03" is no March 1925.
    expect(formatCalendarDate("0025-03", "de-DE")).toBe("März 25");
    expect(formatCalendarDate("0099-12-31", "en-GB")).toBe("31 December 99");
    expect(formatCalendarDate("2025-02-30", "de-DE")).toBeUndefined();
    expect(formatCalendarDate("März", "de-DE")).toBeUndefined();
  });
});
