/** /source rendering: pages at paragraph boundaries within limits, metadata on top, paging and .txt buttons. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPayload } from "../../../src/render/discord/limits.js";
import {
  renderSourceFile,
  renderSourcePage,
  SOURCE_PAGE_CHARS,
  sourcePageOf,
  sourcePages,
} from "../../../src/render/discord/source.js";
import { parseButtonId } from "../../../src/render/discord/customId.js";
import { article, componentIds } from "./models.js";

const words = (n: number, word = "Waffenruhe") => Array.from({ length: n }, (_, i) => `${word}${i}.`).join(" ");

describe("sourcePages", () => {
  it("GIVEN short paragraphs THEN one page keeps them all", () => {
    const a = article(["Erster Absatz.", "Zweiter Absatz."]);
    expect(sourcePages(a)).toEqual([[{ start: 0, end: 14 }, { start: 16, end: 31 }]]);
  });

  it("GIVEN paragraphs and one over-long paragraph THEN pages break at paragraph ends, the long one at sentence ends", () => {
    const a = article([words(300), words(1200), words(50)]);
    const pages = sourcePages(a);
    expect(pages.length).toBeGreaterThan(3);
    for (const spans of pages) {
      const text = spans.map((s) => a.text.slice(s.start, s.end)).join("\n\n");
      expect(text.length).toBeLessThanOrEqual(SOURCE_PAGE_CHARS);
      for (const s of spans) expect(/[.]$/.test(a.text.slice(s.start, s.end))).toBe(true);
    }
  });

  it("GIVEN any article THEN the pages cover every non-blank character exactly once, in order", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 3000, unit: fc.constantFrom("a", " ", ".", "*", "ä", "_", "@") }), { minLength: 1, maxLength: 8 }), (paragraphs) => {
        const a = article(paragraphs);
        const covered = sourcePages(a).flat().map((s) => a.text.slice(s.start, s.end)).join("");
        expect(covered.replace(/\s/g, "")).toBe(a.text.replace(/\s/g, ""));
      }),
      { numRuns: 40 },
    );
  });

  it("GIVEN seven paragraphs of 400 characters THEN three pages of even size (2, 3, 2), not 3, 3 and a stub", () => {
    const a = article(Array.from({ length: 7 }, (_, i) => `${String(i)}${"x".repeat(398)}.`));
    const pages = sourcePages(a);
    expect(pages.map((p) => p.length)).toEqual([2, 3, 2]);
    const lengths = pages.map((spans) => spans.map((s) => a.text.slice(s.start, s.end)).join("\n\n").length);
    expect(Math.min(...lengths)).toBeGreaterThan(Math.max(...lengths) * 0.6);
  });

  it("GIVEN an article of about 3,000 characters THEN two pages of about 1,500", () => {
    const a = article(Array.from({ length: 6 }, (_, i) => `${String(i)}${"y".repeat(478)}.`));
    const lengths = sourcePages(a).map((spans) => spans.map((s) => a.text.slice(s.start, s.end)).join("\n\n").length);
    expect(a.text.length).toBeGreaterThan(2800);
    expect(lengths).toHaveLength(2);
    for (const length of lengths) expect(length).toBeLessThanOrEqual(1500);
  });

  it("GIVEN a quote offset THEN the page that shows it", () => {
    const a = article([words(300), words(300), words(300)]);
    const pages = sourcePages(a);
    const third = a.paragraphs[2]!.start + 10;
    const page = sourcePageOf(a, third);
    expect(pages[page]!.some((s) => s.start <= third && third < s.end)).toBe(true);
    expect(sourcePageOf(a, 0)).toBe(0);
  });
});

describe("renderSourcePage", () => {
  it("GIVEN an article with metadata THEN title links to the URL, date, file, outlet and link fields", () => {
    const a = article(["Text."], { meta: { outlet: "Tagesschau", url: "https://example.com/a_b" } });
    const embed = renderSourcePage(a, 0, { lang: "de" }).embeds![0]!;
    expect(embed.title).toBe("Lawrow und Rubio telefonieren");
    expect(embed.url).toBe("https://example.com/a_b");
    expect(embed.fields!.map((f) => [f.name, f.value])).toEqual([
      ["Datum", "Februar 2025"],
      ["Datei", "`004_b.txt`"],
      ["Medium", "Tagesschau"],
      ["Link", "https://example.com/a_b"],
    ]);
  });

  it("GIVEN a javascript: URL in metadata THEN it is not shown", () => {
    const a = article(["Text."], { meta: { url: "javascript:alert(1)" } });
    const embed = renderSourcePage(a, 0, { lang: "de" }).embeds![0]!;
    expect(embed.url).toBeUndefined();
    expect(embed.fields!.map((f) => f.name)).toEqual(["Datum", "Datei"]);
  });

  it("GIVEN several pages THEN each within limits with ◀ ▶ and the .txt button", () => {
    const a = article([words(400, "*Bürger*innen_"), words(400), words(400)]);
    const pages = sourcePages(a).length;
    expect(pages).toBeGreaterThan(1);
    for (let p = 0; p < pages; p++) {
      const reply = renderSourcePage(a, p, { lang: "en" });
      expect(checkPayload(reply)).toEqual([]);
      expect(componentIds(reply)).toEqual([`src:004_b:${Math.max(0, p - 1)}`, "nop:page", `src:004_b:${Math.min(pages - 1, p + 1)}`, "txt:004_b"]);
      expect(reply.components![0]!.components[1]).toMatchObject({ label: `${p + 1}/${pages}`, disabled: true });
    }
  });

  it("GIVEN an article within the 2 MB cap of more than 1,000 pages THEN ◀ ▶ on pages past 999 still turn (their ids parse)", () => {
    const paragraph = "Der Außenminister sagte am Dienstag, die Gespräche seien konstruktiv gewesen und würden fortgesetzt.";
    const a = article(Array.from({ length: 18_000 }, (_, i) => `${i}: ${paragraph}`));
    expect(a.text.length).toBeLessThan(2 * 1024 * 1024);
    const pages = sourcePages(a).length;
    expect(pages).toBeGreaterThan(1001);
    for (const p of [998, 999, 1000, pages - 1]) {
      const [back, , forward] = componentIds(renderSourcePage(a, p, { lang: "de" }));
      expect(parseButtonId(back!)).toEqual({ kind: "src", articleId: "004_b", page: p - 1 });
      expect(parseButtonId(forward!)).toEqual({ kind: "src", articleId: "004_b", page: Math.min(pages - 1, p + 1) });
    }
  });

  it("GIVEN withFile THEN the whole text is attached and the .txt button is gone", () => {
    const reply = renderSourcePage(article(["Text."]), 0, { lang: "de", withFile: true });
    expect(reply.files!.map((f) => f.name)).toEqual(["004_b.txt"]);
    expect(componentIds(reply)).not.toContain("txt:004_b");
  });

  it("GIVEN the .txt button THEN a private message with the file", () => {
    const reply = renderSourceFile(article(["Text."]), "de");
    expect(reply).toMatchObject({ ephemeral: true, content: "Der ganze Artikel als Textdatei: `004_b.txt`" });
    expect(reply.files).toHaveLength(1);
  });
});
