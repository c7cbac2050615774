/** `npm run preview` keeps working: both languages, every payload within Discord's limits, the markdown rendered. */
import { describe, expect, it } from "vitest";
import { checkPayload } from "../../src/render/discord/limits.js";
import { markdown } from "./html.js";
import { buildPreview } from "./preview.js";

describe("preview", () => {
  it("GIVEN the fixed interactions THEN one page with German and English replies, each within Discord's limits", async () => {
    const { html, sections } = await buildPreview();
    expect(sections.length).toBeGreaterThan(6);
    for (const section of sections) {
      for (const column of section.columns) {
        for (const entry of column.entries) expect(checkPayload(entry.data), `${section.title}: ${entry.action}`).toEqual([]);
      }
    }
    expect(html).toContain("Quelle öffnen");
    expect(html).toContain("Show in the article");
    expect(html).toContain("Only you can see this");
    expect(html).toMatch(/<blockquote>.*<strong>Keith Kellogg<\/strong>/);
  });

  it("GIVEN Discord markdown THEN block quotes, subtext, bold, links and escapes as Discord shows them", () => {
    expect(markdown("> a **b**\n-# [c](https://e.com/x) \\*d\\*", 0)).toBe(
      '<blockquote>a <strong>b</strong></blockquote><div class="subtext"><a href="https://e.com/x">c</a> *d*</div>',
    );
  });
});
