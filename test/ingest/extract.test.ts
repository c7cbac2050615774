/** Page metadata is input from outside: every field is validated with zod, and a field that fails is dropped. */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/ingest/extract.js";
import { parseDate } from "../../src/ingest/pageDate.js";
import { splitGluedSentences } from "../../src/ingest/clean.js";
import { newsPage, paragraphsAbout } from "./fixtures.js";

describe("GIVEN a page whose metadata lies", () => {
  it("THEN a javascript: canonical, an impossible date and an overlong headline are dropped, the fallbacks used", () => {
    const page = newsPage({ headline: "Echte Schlagzeile über die Gespräche in Riad", outlet: "Testblatt", paragraphs: paragraphsAbout("die Gespräche in Riad") })
      .replace("</head>", `<link rel="canonical" href="javascript:alert(1)"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${"x".repeat(400)}","datePublished":"2025-13-45T10:00:00Z","author":{"name":42}}</script></head>`);
    const r = extractArticle(page, "https://testblatt.example/riad");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.url).toBe("https://testblatt.example/riad");
    expect(r.article.title).toBe("Echte Schlagzeile über die Gespräche in Riad");
    expect(r.article.published).toBeUndefined();
    expect(r.article.author).toBeUndefined();
  });
});

describe("GIVEN a page without a single HTML element", () => {
  it.each(["", "   ", "just some words", "<!-- nur ein Kommentar -->", '<?xml version="1.0"?>', "\u0000\u0001binär"])("THEN %j is refused for having no article text, not with an exception", (page) => {
    const r = extractArticle(page, "https://testblatt.example/leer");
    expect(r).toMatchObject({ ok: false, reason: "no article text on the page" });
  });
});

describe("GIVEN date strings as pages and feeds write them", () => {
  it.each([
    ["2025-03-16T10:05:00+01:00", { published: "2025-03-16", publishedAt: "2025-03-16T10:05:00+01:00" }],
    ["2025-03-16", { published: "2025-03-16" }],
    ["Sun, 16 Mar 2025 23:30:00 -0500", { published: "2025-03-16", publishedAt: "2025-03-16T23:30:00-05:00" }],
    ["16. März 2025, 14:05 Uhr", { published: "2025-03-16" }],
    ["16.03.2025", { published: "2025-03-16" }],
    ["March 16, 2025", { published: "2025-03-16" }],
    ["31.02.2025", {}],
    ["gestern", {}],
    // Beyond the years a Date can hold once shifted to the writer's zone: no date, not an error.
    ["Sat, 13 Sep 275760 01:00:00 +0200", {}],
    // A year written in four digits is that year, not read as a two-digit one: 0025 is no 2025.
    ["Sun, 16 Mar 0025 10:00:00 GMT", {}],
    ["Sun, 16 Mar 25 10:00:00 GMT", { published: "2025-03-16", publishedAt: "2025-03-16T10:00:00Z" }],
    ["Tue, 31 Dec 2024 23:30:00 -0500", { published: "2024-12-31", publishedAt: "2024-12-31T23:30:00-05:00" }],
    // The zone's four digits are no year; the date's own, after it, is (a zone in mid-string gives the instant in UTC).
    ["Mon Mar 16 10:00:00 -0500 2025", { published: "2025-03-16", publishedAt: "2025-03-16T15:00:00Z" }],
  ])("THEN %s → %o (the writer's own day, not UTC's)", (input, expected) => {
    expect(parseDate(input)).toEqual(expected);
  });
});

describe("GIVEN glued sentences", () => {
  it("THEN they are split, abbreviations and domains are not", () => {
    expect(splitGluedSentences("vorzubereiten.Üblicherweise dauert es.Dann")).toBe("vorzubereiten. Üblicherweise dauert es. Dann");
    expect(splitGluedSentences("z.B.Die U.S.A.Heute t-online.de")).toBe("z.B.Die U.S.A.Heute t-online.de");
  });
});
