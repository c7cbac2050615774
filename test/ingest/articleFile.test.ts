/** The corpus file of an ingested article: URL form, slug, next name, text format. */
import { describe, expect, it } from "vitest";
import { articleFileText, bodyOf, nextFileName, normalizeUrl, slugOf } from "../../src/ingest/articleFile.js";

describe("GIVEN addresses of one article", () => {
  it("THEN tracking parameters, the fragment and a trailing slash do not make them differ", () => {
    const base = normalizeUrl("https://www.example.de/politik/a");
    expect(normalizeUrl("https://WWW.Example.de/politik/a/?utm_source=x&fbclid=1#top")).toBe(base);
    expect(normalizeUrl("https://www.example.de/politik/a?ref=feed")).toBe(base);
  });
  it("THEN a parameter that names another page is kept, and a string that is no URL stays as typed (trimmed)", () => {
    expect(normalizeUrl("https://www.example.de/a?id=7")).not.toBe(normalizeUrl("https://www.example.de/a?id=8"));
    expect(normalizeUrl("  kein link ")).toBe("kein link");
  });
});

describe("GIVEN a headline", () => {
  it("THEN its slug is ASCII, umlauts spelt out, cut at a dash", () => {
    expect(slugOf("Selenskyj: „Wir sind bereit“ – Gespräche in Genf")).toBe("selenskyj-wir-sind-bereit-gespraeche-in-genf");
    expect(slugOf("Straße nach Kiew", 50)).toBe("strasse-nach-kiew");
    expect(slugOf("eins zwei drei vier fünf", 14)).toBe("eins-zwei");
    expect(slugOf("„“ – !")).toBe("artikel");
  });
  it("THEN the next file is numbered one past the highest, whatever else the folder holds", () => {
    expect(nextFileName([], "Erste Meldung")).toBe("000_erste-meldung.txt");
    expect(nextFileName(["004_a.txt", "012_b.txt", "notiz.txt"], "Neu")).toBe("013_neu.txt");
  });
});

describe("GIVEN an article's parts", () => {
  it("THEN the file has the day marker, the headline and the paragraphs apart; bodyOf takes the marker off", () => {
    const text = articleFileText({ published: "2025-03-16", title: "Titel", paragraphs: ["Eins.", "Zwei."] });
    expect(text).toBe(" date 2025-03-16 Titel\n\nEins.\n\nZwei.\n");
    expect(bodyOf(text)).toBe("Titel\n\nEins.\n\nZwei.\n");
    expect(articleFileText({ title: "Titel", paragraphs: ["Eins."] })).toBe("Titel\n\nEins.\n");
    // A marker on a line of its own, after a byte-order mark, as parseArticle reads it.
    expect(bodyOf("\uFEFFdate 2025-03\nTitel\n")).toBe("Titel\n");
    expect(bodyOf("Titel ohne Datum\n")).toBe("Titel ohne Datum\n");
  });
});
