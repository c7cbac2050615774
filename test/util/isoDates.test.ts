import { describe, expect, it } from "vitest";
import { addDays, addMonths, dayMs, inferYear, isCalendarDay, isoDay, makeDay, mondayOf, monthEnd, nextWeekday, previousWeekday, weekMonday } from "../../src/util/isoDates.js";

describe("ISO date arithmetic (UTC)", () => {
  it("accepts only calendar days", () => {
    expect(isCalendarDay("2025-02-28")).toBe(true);
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2025-02-29")).toBe(false);
    expect(isCalendarDay("2025-13-01")).toBe(false);
    expect(isCalendarDay("2025-3-1")).toBe(false);
    expect(makeDay(2025, 4, 31)).toBeUndefined();
    expect(makeDay(2025, 4, 30)).toBe("2025-04-30");
  });

  it("moves by days and months across year ends", () => {
    expect(addDays("2024-12-29", 6)).toBe("2025-01-04");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(addMonths("2025-01", -1)).toBe("2024-12");
    expect(addMonths("2024-11", 14)).toBe("2026-01");
    expect(monthEnd("2024-12")).toBe("2025-01-01");
    expect(monthEnd("2024-02")).toBe("2024-03-01");
    expect(monthEnd("0025-03")).toBe("0025-04-01");
  });

  it("finds weekdays before and after a day, and the week's Monday", () => {
    const saturday = dayMs("2025-03-15")!;
    expect(isoDay(previousWeekday(saturday, 6, false))).toBe("2025-03-15");
    expect(isoDay(previousWeekday(saturday, 6, true))).toBe("2025-03-08");
    expect(isoDay(nextWeekday(saturday, 1, false))).toBe("2025-03-17");
    expect(isoDay(mondayOf(saturday))).toBe("2025-03-10");
    expect(weekMonday("2025-03-16")).toBe("2025-03-10");
    expect(weekMonday("2025-03-17")).toBe("2025-03-17");
  });

  it("puts a month without a year nearest to the reference month", () => {
    expect(inferYear(12, "2025-01")).toBe(2024);
    expect(inferYear(2, "2024-12")).toBe(2025);
    expect(inferYear(6, "2025-05")).toBe(2025);
  });
});
