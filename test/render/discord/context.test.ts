/** "Quelle öffnen": the paragraph around a quote with the quote in bold, and finding a quote in a reprint. */
import { describe, expect, it } from "vitest";
import { CONTEXT_CHARS, locateQuote, renderContext } from "../../../src/render/discord/context.js";
import { checkPayload } from "../../../src/render/discord/limits.js";
import { article, componentIds, componentLabels } from "./models.js";

const QUOTE = "Putin reagierte am Donnerstag reserviert auf den US-Vorschlag.";

describe("renderContext", () => {
  it("GIVEN a quote THEN its whole paragraph privately, the quote in bold, 'Ganzer Artikel' at its page and the link", () => {
    const a = article(["Erster Absatz.", `Davor ein Satz. ${QUOTE} Danach ein Satz.`, "Letzter Absatz."], {
      meta: { outlet: "Tagesschau", url: "https://example.com/a", published: "2025-03-16" },
    });
    const start = a.text.indexOf(QUOTE);
    const reply = renderContext(a, { start, end: start + QUOTE.length }, "de");
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds![0]!.description).toBe(`Davor ein Satz. **${QUOTE}** Danach ein Satz.\n-# Tagesschau · 16. März 2025`);
    expect(componentIds(reply)).toEqual(["src:004_b:0", "https://example.com/a"]);
    expect(componentLabels(reply)).toEqual(["Ganzer Artikel", "Bei Tagesschau lesen"]);
    expect(checkPayload(reply)).toEqual([]);
  });

  it("GIVEN a very long paragraph THEN whole sentences around the quote, cut with '…'", () => {
    const filler = Array.from({ length: 60 }, (_, i) => `Satz Nummer ${i} steht hier.`).join(" ");
    const a = article([`${filler} ${QUOTE} ${filler}`]);
    const start = a.text.indexOf(QUOTE);
    const text = renderContext(a, { start, end: start + QUOTE.length }, "en").embeds![0]!.description!;
    expect(text).toMatch(/^… Satz Nummer \d+ steht hier\./);
    expect(text).toContain(`**${QUOTE}**`);
    expect(text).toMatch(/steht hier\. …\n-# February 2025$/);
    expect(text.length).toBeLessThanOrEqual(CONTEXT_CHARS + 60);
  });
});

describe("locateQuote", () => {
  it("GIVEN the quote verbatim THEN its offsets", () => {
    const a = article(["Anfang.", `Text. ${QUOTE}`]);
    expect(locateQuote(a, QUOTE)).toEqual({ start: a.text.indexOf(QUOTE), end: a.text.indexOf(QUOTE) + QUOTE.length });
  });

  it("GIVEN a reprint with small edits THEN the sentence that shares most words", () => {
    const a = article(["Etwas anderes steht hier.", "Kremlchef Putin reagierte am Donnerstag reserviert auf den Vorschlag der USA. Dann kam nichts."]);
    const span = locateQuote(a, QUOTE)!;
    expect(a.text.slice(span.start, span.end)).toBe("Kremlchef Putin reagierte am Donnerstag reserviert auf den Vorschlag der USA.");
    expect(locateQuote(a, "Ganz andere Wörter ohne Bezug.")).toBeUndefined();
  });
});
