/** Specification of /source: the original article by id, file name, number prefix or fuzzy title. */
import { beforeAll, describe, expect, it } from "vitest";
import type { LoadedCore } from "../../src/core/loadCore.js";
import { MAX_CHOICE_NAME, MAX_CHOICES } from "../../src/util/discordLimits.js";
import type { SourceArticle } from "../../src/source/types.js";
import { FILES, hasLoneSurrogate, SEED_FILES, seedBody, seedCore, seedText, squash } from "../fixtures/corpus.js";

let core: LoadedCore;
beforeAll(async () => {
  core = await seedCore();
});

function found(query: string): SourceArticle {
  const r = core.source(query);
  if (!r.ok) throw new Error(`expected an article for ${JSON.stringify(query)}, got ${r.error.code}: ${r.error.message}`);
  return r.article;
}

describe("finding an article", () => {
  it("GIVEN its id THEN that article", () => {
    expect(found("000_4a36d75bdf1d0814").file).toBe(FILES.f000);
  });

  it("GIVEN its file name THEN that article", () => {
    expect(found("004_caddd746febfda94.txt").file).toBe(FILES.f004);
  });

  it.each([
    ["000", FILES.f000],
    ["001", FILES.f001],
    ["003_d4ca", FILES.f003],
  ])("GIVEN the number prefix %s THEN %s", (q, file) => {
    expect(found(q).file).toBe(file);
  });

  it("GIVEN surrounding whitespace or different case THEN it is still found", () => {
    expect(found("  002_BDD157E6EB167CD2.TXT \n").file).toBe(FILES.f002);
  });

  it('GIVEN the fuzzy title "Vorschlag Waffenruhe vorgelegt" THEN 002', () => {
    expect(found("Vorschlag Waffenruhe vorgelegt").file).toBe(FILES.f002);
  });

  it('GIVEN a title with a typo "Vorschlag Wafenruhe vorgelegt" THEN still 002', () => {
    expect(found("Vorschlag Wafenruhe vorgelegt").file).toBe(FILES.f002);
  });

  it('GIVEN part of 001\'s headline "Außenminister beraten nächste Schritte" THEN 001', () => {
    expect(found("Außenminister beraten nächste Schritte").file).toBe(FILES.f001);
  });
});

describe("unknown articles", () => {
  it("GIVEN a query that matches nothing THEN unknown_article with up to 5 title suggestions", () => {
    const r = core.source("Fußball Bundesliga Tabelle");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("unknown_article");
    expect(r.error.message).toContain("Fußball Bundesliga Tabelle");
    expect(r.error.suggestions.length).toBeGreaterThan(0);
    expect(r.error.suggestions.length).toBeLessThanOrEqual(5);
    const titles = core.engine.index.articles.map((a) => a.title);
    for (const s of r.error.suggestions) expect(titles).toContain(s);
  });

  it("GIVEN an id that does not exist (\"999\") THEN unknown_article", () => {
    expect(core.source("999")).toMatchObject({ ok: false, error: { code: "unknown_article" } });
  });

  it("GIVEN an empty query THEN the error code is empty", () => {
    expect(core.source("   ")).toMatchObject({ ok: false, error: { code: "empty" } });
  });

  it("GIVEN a long well-formed query cut between the halves of an emoji THEN the error message has no lone surrogate", () => {
    const r = core.source(`a${"😀".repeat(200)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(hasLoneSurrogate(r.error.message)).toBe(false);
  });
});

describe("the article as stored", () => {
  const dates: Record<string, string | null> = {
    [FILES.f000]: "2025-03",
    [FILES.f001]: null,
    [FILES.f002]: "2025-03",
    [FILES.f003]: "2025-04",
    [FILES.f004]: "2025-02",
  };

  it.each(SEED_FILES.map((f) => [f]))("GIVEN %s THEN its text equals the file without the date marker (whitespace aside) and its date is right", (file) => {
    const a = found(file);
    expect(squash(a.text)).toBe(squash(seedBody(file)));
    expect(a.text).not.toMatch(/^\s*date\s+\d{4}-/);
    expect(a.date).toBe(dates[file]);
    // Exactly the file's characters, apart from the marker: nothing rewritten inside.
    expect(seedText(file).endsWith(a.text)).toBe(true);
  });

  it("GIVEN an article THEN its paragraphs are ordered, non-empty slices of its text", () => {
    for (const f of SEED_FILES) {
      const a = found(f);
      let last = 0;
      for (const p of a.paragraphs) {
        expect(p.start).toBeGreaterThanOrEqual(last);
        expect(a.text.slice(p.start, p.end).trim().length).toBeGreaterThan(0);
        last = p.end;
      }
    }
    expect(found(FILES.f000).paragraphs.length).toBeGreaterThanOrEqual(10);
  });
});

describe("article autocomplete", () => {
  it("GIVEN an empty query THEN all 5 articles, newest first (undated last)", () => {
    const choices = core.articleChoices("");
    expect(choices).toHaveLength(5);
    expect(choices.map((c) => c.value)).toEqual([
      "003_d4ca25cd25f33b7d",
      "000_4a36d75bdf1d0814",
      "002_bdd157e6eb167cd2",
      "004_caddd746febfda94",
      "001_c8bbdfa5d8bd8dbb",
    ]);
  });

  it('GIVEN "Waffen" THEN 002 ("Vorschlag für Waffenruhe vorgelegt…") ranks first', () => {
    expect(core.articleChoices("Waffen")[0]!.value).toBe("002_bdd157e6eb167cd2");
  });

  it("GIVEN any query THEN ≤ 25 choices with names of 1–100 chars and values that source() resolves", () => {
    for (const q of ["", "0", "Lawrow", "Außenminister", "x".repeat(300)]) {
      const choices = core.articleChoices(q);
      expect(choices.length).toBeLessThanOrEqual(MAX_CHOICES);
      for (const c of choices) {
        expect(c.name.length).toBeGreaterThan(0);
        expect(c.name.length).toBeLessThanOrEqual(MAX_CHOICE_NAME);
        expect(core.source(c.value).ok).toBe(true);
      }
    }
  });

  it("GIVEN a choice name THEN it shows the date or \"undatiert\"", () => {
    const choices = core.articleChoices("");
    expect(choices[0]!.name).toMatch(/2025-04$/);
    expect(choices[4]!.name).toMatch(/undatiert$/);
  });
});
