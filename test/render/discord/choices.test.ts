/** Autocomplete choices as Discord accepts them. */
import { describe, expect, it } from "vitest";
import { articleChoice, localizeArticleChoice, renderChoices } from "../../../src/render/discord/choices.js";
import { checkPayload } from "../../../src/render/discord/limits.js";

describe("renderChoices", () => {
  it("GIVEN too many, too long and duplicate choices THEN ≤ 25, names cut, values never cut but dropped", () => {
    const choices = [
      { name: "N".repeat(150), value: "lang" },
      { name: "Zu lange ID", value: "v".repeat(101) },
      { name: "Doppelt", value: "lang" },
      ...Array.from({ length: 40 }, (_, i) => ({ name: `Person ${i}`, value: `p${i}` })),
    ];
    const out = renderChoices(choices);
    expect(out).toHaveLength(25);
    expect(out[0]!.name.length).toBeLessThanOrEqual(100);
    expect(out.map((c) => c.value)).not.toContain("v".repeat(101));
    expect(out.filter((c) => c.value === "lang")).toHaveLength(1);
    expect(checkPayload({ choices: out })).toEqual([]);
  });

  it("GIVEN a blank name THEN the value is shown", () => {
    expect(renderChoices([{ name: "  ", value: "lawrow" }])).toEqual([{ name: "lawrow", value: "lawrow" }]);
  });
});

describe("article choices", () => {
  it("GIVEN a core choice with an ISO date or 'undatiert' THEN the date in the user's language, never cut off", () => {
    const long = `${"Sehr langer Titel ".repeat(5).slice(0, 88)}… · 2025-04`;
    expect(localizeArticleChoice({ name: long, value: "a" }, "en").name).toMatch(/… · April 2025$/);
    expect(localizeArticleChoice({ name: long, value: "a" }, "en").name.length).toBeLessThanOrEqual(100);
    expect(localizeArticleChoice({ name: "Titel · undatiert", value: "a" }, "en").name).toBe("Titel · undated");
    expect(articleChoice({ articleId: "a", title: "Titel", date: "2025-03-16" }, "de")).toEqual({ name: "Titel · 16. März 2025", value: "a" });
  });
});
