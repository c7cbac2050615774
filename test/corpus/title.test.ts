/** Specification of title derivation for articles without metadata. */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/parseArticle.js";
import { deriveTitle, MAX_TITLE_LENGTH } from "../../src/corpus/title.js";
import { shortenTitle } from "../../src/util/text.js";
import { FILES, seedBody, seedText, squash } from "../fixtures/corpus.js";

const titleOf = (file: string) => {
  const r = parseArticle(file, new TextEncoder().encode(seedText(file)));
  if (!r.ok) throw new Error(r.reason);
  return r.article.title;
};

describe("title derivation", () => {
  it("GIVEN 001 (kicker, headline, teaser) THEN the title is its headline, not the one-word kicker", () => {
    expect(titleOf(FILES.f001)).toBe("Ukraine: Außenminister Russlands und der USA beraten über „nächste Schritte“");
  });

  it("GIVEN 000 (no headline) THEN the title is its first sentence cut on a word boundary to ≤ 100 chars with an ellipsis", () => {
    const title = titleOf(FILES.f000);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title.endsWith("…")).toBe(true);
    const kept = title.slice(0, -1);
    const firstSentence = squash(seedBody(FILES.f000)).split(/(?<=\.) /)[0]!;
    expect(firstSentence.startsWith(kept)).toBe(true);
    // Cut on a word boundary: the next character of the sentence is a space.
    expect(firstSentence[kept.length]).toBe(" ");
    expect(kept).toBe("Die Außenminister der USA und Russlands haben nach Angaben aus Washington über das weitere");
  });

  it("GIVEN 002 (headline line before a photo caption) THEN the title is the headline, never the caption", () => {
    const title = titleOf(FILES.f002);
    expect(title.startsWith("Vorschlag für Waffenruhe vorgelegt")).toBe(true);
    expect(title).not.toContain("Quelle");
  });

  it("GIVEN every seed THEN the title is 1–100 chars on one line", () => {
    for (const f of Object.values(FILES)) {
      const t = titleOf(f);
      expect(t.length).toBeGreaterThan(0);
      expect(t.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
      expect(t).not.toMatch(/\n/);
    }
  });

  it("GIVEN a short first sentence THEN it is the whole title, without an ellipsis", () => {
    expect(deriveTitle("Rubio telefoniert mit Lawrow. Danach folgt mehr Text.")).toBe("Rubio telefoniert mit Lawrow.");
  });

  it("GIVEN a long word-less run THEN cut still stays within the limit", () => {
    const t = shortenTitle("x".repeat(300), MAX_TITLE_LENGTH);
    expect(t.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(t.endsWith("…")).toBe(true);
  });
});
