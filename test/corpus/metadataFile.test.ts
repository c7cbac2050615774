/** articles.json's text fields are printed to terminals and Discord: control characters never get through. */
import { describe, expect, it } from "vitest";
import { parseMetadata } from "../../src/corpus/metadataFile.js";
import { extractArticle } from "../../src/ingest/extract.js";
import { newsPage, paragraphsAbout } from "../ingest/fixtures.js";

describe("GIVEN metadata whose title, outlet and author hold control characters", () => {
  it("THEN articles.json loads them without any (escape sequences, a bell, a newline each become a space)", () => {
    const json = JSON.stringify({
      version: 1,
      articles: { "001_x.txt": { title: "\u001b[2J\u001b[31mGespräche\u0007 in Riad", outlet: "Out\u001b]0;pwned\u0007let", author: "Anna\nSchmidt\u009b" } },
    });
    const parsed = parseMetadata(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.articles["001_x.txt"]).toEqual({ title: "[2J [31mGespräche in Riad", outlet: "Out ]0;pwned let", author: "Anna Schmidt" });
  });

  it("THEN a field of control characters only is refused as empty", () => {
    expect(parseMetadata(JSON.stringify({ version: 1, articles: { "001_x.txt": { title: "\u0007\u001b" } } })).ok).toBe(false);
  });

  it("THEN a page whose headline and outlet hold them is ingested with them removed, not refused", () => {
    const page = newsPage({ headline: "Gespräche\u0007 in Riad \u001b[31mbeendet", outlet: "Test\u001bblatt", paragraphs: paragraphsAbout("die Gespräche in Riad") });
    const r = extractArticle(page, "https://testblatt.example/riad");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.title).toBe("Gespräche in Riad [31mbeendet");
    expect(r.article.outlet).toBe("Test blatt");
  });
});
