import { describe, expect, it } from "vitest";
import { englishForms } from "../../src/answer/query.js";

describe("englishForms: an English word and its likely base forms", () => {
  it.each([
    ["talks", ["talks", "talk"]],
    ["parties", ["parties", "party"]],
    ["stopped", ["stopped", "stopp", "stoppe", "stop"]],
    ["planning", ["planning", "plann", "planne", "plan"]],
  ])("GIVEN %s THEN its forms include the base", (word, forms) => {
    expect(englishForms(word)).toEqual(expect.arrayContaining(forms));
  });

  it("GIVEN 'used' THEN 'use' is a form but never 'us' (which the glossary reads as USA)", () => {
    expect(englishForms("used")).toContain("use");
    expect(englishForms("used")).not.toContain("us");
  });

  it("GIVEN any word THEN no stripped form is shorter than three letters", () => {
    for (const w of ["used", "led", "fled", "aged", "eyes", "ties", "sly", "owing"]) {
      for (const f of englishForms(w)) if (f !== w) expect(f.length, `${w} → ${f}`).toBeGreaterThanOrEqual(3);
    }
  });
});
