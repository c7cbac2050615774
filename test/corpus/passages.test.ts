/** Specification of passages: what a reader takes in at once, verbatim, without captions or headings. */
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_PASSAGE_LENGTH, splitPassages, withinLength } from "../../src/corpus/passages.js";
import type { Article, Passage } from "../../src/corpus/types.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { CORPUS_DIR, FILES } from "../fixtures/corpus.js";
import { testArticle } from "../fixtures/engines.js";

let articles: Article[];
const passagesOf = new Map<string, Passage[]>();
beforeAll(async () => {
  ({ articles } = await loadCorpus(CORPUS_DIR));
  for (const a of articles) passagesOf.set(a.file, splitPassages(a));
});
const all = () => [...passagesOf.values()].flat();
const of = (file: string) => passagesOf.get(file)!;

describe("captions and credits are never passages", () => {
  it("GIVEN 001's photo caption (printed twice, once with the credit glued on) THEN no passage contains it", () => {
    expect(of(FILES.f001).some((p) => p.text.includes("(M.) spricht mit seinem US-Amtskollegen"))).toBe(false);
    expect(all().some((p) => p.text.includes("Russian Foreign Ministry/Imago"))).toBe(false);
  });

  it("GIVEN 002's caption with \"(Quelle: Saul Loeb)\" THEN no passage contains the credit or the caption's \"(l.)\" marker", () => {
    expect(all().some((p) => p.text.includes("(Quelle: Saul Loeb)"))).toBe(false);
    expect(of(FILES.f002).some((p) => p.text.includes("Mike Waltz (l.)"))).toBe(false);
  });

  it("GIVEN 002 THEN the quote repeated from the caption still appears in its body passage", () => {
    expect(of(FILES.f002).some((p) => p.text.includes("Russlands Entgegenkommen der Schlüssel zu einem Frieden ist") && p.text.includes("so Rubio"))).toBe(true);
  });
});

describe("subheadings", () => {
  it('GIVEN 000\'s subheading "Der Ball liegt bei Russland" THEN it is no passage of its own', () => {
    expect(all().some((p) => p.text.trim() === "Der Ball liegt bei Russland")).toBe(false);
    expect(all().some((p) => p.text.startsWith("Der Ball liegt bei Russland"))).toBe(false);
  });

  it("THEN it is the heading of the passages below it (up to the end of 000) and of none above", () => {
    const ps = of(FILES.f000);
    const first = ps.findIndex((p) => p.heading === "Der Ball liegt bei Russland");
    expect(first).toBeGreaterThan(0);
    expect(ps[first]!.text).toMatch(/^Die Unterstützer der Ukraine berieten am Samstag/);
    for (const p of ps.slice(first)) expect(p.heading).toBe("Der Ball liegt bei Russland");
    for (const p of ps.slice(0, first)) expect(p.heading).not.toBe("Der Ball liegt bei Russland");
  });

  it('GIVEN 000\'s earlier subheading "Sondergesandter Kellogg nur noch für Ukraine zuständig" THEN the Kellogg paragraph stands under it and the lead under none', () => {
    const ps = of(FILES.f000);
    expect(ps.find((p) => p.text.includes("Der 80-Jährige"))!.heading).toBe("Sondergesandter Kellogg nur noch für Ukraine zuständig");
    expect(ps[0]!.heading).toBeUndefined();
  });

  it('GIVEN 002\'s subheading "US-Unterhändler loben Ukrainer" THEN it heads the passage "Rubio zufolge ist nun Russland am Zug."', () => {
    expect(of(FILES.f002).find((p) => p.text.startsWith("Rubio zufolge"))!.heading).toBe("US-Unterhändler loben Ukrainer");
  });
});

describe("shape of every passage", () => {
  it(`THEN each passage is ≤ ${MAX_PASSAGE_LENGTH} chars`, () => {
    for (const p of all()) expect(p.text.length, p.id).toBeLessThanOrEqual(MAX_PASSAGE_LENGTH);
  });

  it(`GIVEN a paragraph of 6,000 characters without a full stop THEN passages of ≤ ${MAX_PASSAGE_LENGTH} chars, cut at words, that together hold every word in order`, () => {
    const words = Array.from({ length: 700 }, (_, i) => `Wort${i},`);
    const paragraph = words.join(" ");
    const article = testArticle("100_run.txt", `date 2025-03\n${paragraph}\n`);
    const ps = splitPassages(article);
    expect(paragraph.length).toBeGreaterThan(6 * MAX_PASSAGE_LENGTH - 1000);
    expect(ps.length).toBeGreaterThan(5);
    for (const p of ps) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_LENGTH);
      expect(article.text.slice(p.start, p.start + p.text.length)).toBe(p.text);
      // Cut at words: every passage starts and ends with a whole word.
      expect(p.text).toMatch(/^Wort\d+,/);
      expect(p.text).toMatch(/Wort\d+,$/);
    }
    // Windows may repeat the piece before them; in order, every word is in some passage.
    const seen = new Set(ps.flatMap((p) => p.text.split(" ")));
    expect(words.every((w) => seen.has(w))).toBe(true);
  });

  it("THEN each passage is a verbatim slice of its article's text at `start`, and its sentences are verbatim slices in order", () => {
    for (const a of articles) {
      for (const p of of(a.file)) {
        expect(a.text.slice(p.start, p.start + p.text.length), p.id).toBe(p.text);
        expect(p.articleId).toBe(a.id);
        let from = 0;
        for (const s of p.sentences) {
          const at = p.text.indexOf(s, from);
          expect(at, `${p.id}: ${s.slice(0, 40)}`).toBeGreaterThanOrEqual(0);
          from = at + s.length;
        }
        expect(p.text.startsWith(p.sentences[0]!)).toBe(true);
        expect(p.text.endsWith(p.sentences[p.sentences.length - 1]!)).toBe(true);
      }
    }
  });

  it("THEN passages have no leading or trailing whitespace and ids are <articleId>#<ordinal> numbered from 0", () => {
    for (const ps of passagesOf.values()) {
      ps.forEach((p, i) => {
        expect(p.text).toBe(p.text.trim());
        expect(p.ordinal).toBe(i);
        expect(p.id).toBe(`${p.articleId}#${i}`);
      });
    }
  });

  it("GIVEN 004 (one ~4,000-character paragraph of several news items) THEN it is split into several passages covering its text", () => {
    const ps = of(FILES.f004);
    const a004 = articles.find((a) => a.file === FILES.f004)!;
    expect(ps.length).toBeGreaterThanOrEqual(Math.ceil(a004.text.length / MAX_PASSAGE_LENGTH));
    // Every sentence of the article's body is in some passage: nothing is lost between windows.
    for (const needle of ["Olaf hat wirklich sehr geholfen", "Andrii Sybiha zugegen", "Michael McCaul zu Reuters", "um endlich Frieden zu schaffen"]) {
      expect(a004.text).toContain(needle);
      expect(ps.some((p) => p.text.includes(needle)), needle).toBe(true);
    }
  });

  it("GIVEN every seed THEN each article has at least one passage", () => {
    for (const f of Object.values(FILES)) expect(of(f).length).toBeGreaterThan(0);
  });
});

describe("withinLength (a sentence longer than a passage)", () => {
  it("GIVEN one word longer than the limit THEN it is cut inside the word, never between the halves of a surrogate pair", () => {
    const text = `${"x".repeat(9)}😀${"y".repeat(5)} z`;
    const pieces = withinLength(text, [{ start: 0, end: text.length }], 10).map((s) => text.slice(s.start, s.end));
    // 9 x and the emoji's first half fill 10 units: the cut moves before the emoji.
    expect(pieces).toEqual(["x".repeat(9), `😀${"y".repeat(5)} z`]);
    expect(pieces.join("")).toBe(text);
  });

  it("GIVEN sentences within the limit THEN they come back as they are", () => {
    const spans = [{ start: 0, end: 5 }, { start: 6, end: 11 }];
    expect(withinLength("abcde fghij", spans, 10)).toBe(spans);
  });
});

describe("line ends", () => {
  it("GIVEN each seed article saved with Windows (\\r\\n) or old Mac (\\r) line ends THEN its passages are the same texts as with \\n", () => {
    for (const a of articles) {
      const want = of(a.file).map((p) => p.text.replace(/\s+/g, " "));
      for (const end of ["\r\n", "\r"]) {
        const saved = `${a.date ? `date ${a.date}\n` : ""}${a.text}`.replace(/\n/g, end);
        const got = splitPassages(testArticle(a.file, saved)).map((p) => p.text.replace(/\s+/g, " "));
        expect(got, `${a.file} with ${JSON.stringify(end)}`).toEqual(want);
      }
    }
  });
});

describe("hard-wrapped paragraphs (blockSpans.ts)", () => {
  /** `text` with every line longer than `width` broken at its last space before it, as `fold -s -w` and editors do. */
  const fold = (text: string, width: number) =>
    text
      .split("\n")
      .map((line) => {
        const out: string[] = [];
        let rest = line;
        while (rest.length > width) {
          let cut = rest.lastIndexOf(" ", width);
          if (cut <= 0) cut = width;
          out.push(rest.slice(0, cut).trimEnd());
          rest = rest.slice(cut).trimStart();
        }
        out.push(rest);
        return out.join("\n");
      })
      .join("\n");
  const flat = (s: string | undefined) => (s ?? "").replace(/\s+/g, " ");
  const shape = (a: Article) => splitPassages(a).map((p) => [flat(p.text), flat(p.heading)]);

  it.each([72, 80])("GIVEN each seed article wrapped at %i characters THEN its passages and their headings are the unwrapped article's", (width) => {
    for (const a of articles) {
      const wrapped = testArticle(a.file, fold(a.text, width));
      expect(wrapped.text).not.toBe(a.text);
      expect(shape(wrapped), a.file).toEqual(shape(a));
    }
  });

  it("GIVEN a file with a paragraph on each line THEN short lines stacked without blank lines stay blocks of their own", () => {
    const body = "Die Gespräche dauerten viereinhalb Stunden, teilte das Ministerium in Moskau am Abend mit, ohne Einzelheiten zu nennen.";
    const text = `Ukrainekrieg\nAußenminister beraten über die nächsten Schritte in Riad\nRubio und Lawrow vor dem Treffen in der Hauptstadt (Foto: AP)\n${body}`;
    expect(splitPassages(testArticle("x.txt", text)).map((p) => [p.text, p.heading])).toEqual([[body, "Außenminister beraten über die nächsten Schritte in Riad"]]);
  });

  it("GIVEN a short file with a headline and one-sentence paragraphs on lines of their own (all under 100 characters) THEN nothing is joined", () => {
    const lines = [
      "Kreml lehnt Vorschlag für sofortige Waffenruhe in der Ukraine ab",
      "Der Kreml hat den Vorschlag für eine sofortige Waffenruhe abgelehnt.",
      "Moskau nannte ihn einseitig und verlangte Verhandlungen über die Ursachen.",
      "Die Gespräche dauerten viereinhalb Stunden, teilte das Ministerium mit.",
    ];
    const article = testArticle("x.txt", lines.join("\n"));
    expect(article.title).toBe(lines[0]);
    expect(splitPassages(article).map((p) => [p.text, p.heading])).toEqual(lines.slice(1).map((l) => [l, lines[0]]));
  });

  it("GIVEN a sentence with a subheading right under it (no line over 100 characters) THEN the sentence stays a passage and the subheading its own", () => {
    const text = "Die Gespräche dauerten viereinhalb Stunden, teilte das Ministerium mit.\nHintergrund\n\nDie Ukraine hatte dem Vorschlag für eine Waffenruhe am Dienstag zugestimmt.";
    expect(splitPassages(testArticle("x.txt", text)).map((p) => [p.text, p.heading])).toEqual([
      ["Die Gespräche dauerten viereinhalb Stunden, teilte das Ministerium mit.", undefined],
      ["Die Ukraine hatte dem Vorschlag für eine Waffenruhe am Dienstag zugestimmt.", "Hintergrund"],
    ]);
  });

  it("GIVEN a hard-wrapped file THEN a wrapped caption ending in its credit is one caption, apart from the paragraph after it", () => {
    const text = "Kiew, am Morgen\n\nRubio und Lawrow vor dem Treffen in der saudischen Hauptstadt, beide\nlächelnd (Foto: AP)\nDie Gespräche dauerten viereinhalb Stunden, teilte das Ministerium\nmit.";
    expect(splitPassages(testArticle("x.txt", text)).map((p) => p.text)).toEqual(["Die Gespräche dauerten viereinhalb Stunden, teilte das Ministerium\nmit."]);
  });
});
