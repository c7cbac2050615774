/**
 * Specification of /ask: verbatim quotes from the right article, duplicates merged across articles,
 * abstention outside the corpus, and no crash on odd input.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/analysis/lexicon.js";
import { answer } from "../../src/answer/answer.js";
import { MAX_QUOTE_LENGTH } from "../../src/answer/quote.js";
import type { Answer, AnswerResult } from "../../src/answer/types.js";
import type { LoadedCore } from "../../src/core/loadCore.js";
import { engineFromArticles } from "../../src/search/engine.js";
import { CORPUS_DIR, FILES, hasLoneSurrogate, seedBody, seedCore, squash, SEED_PASSAGES } from "../fixtures/corpus.js";
import { testArticle } from "../fixtures/engines.js";

let core: LoadedCore;

/** The date markers of the seed files as written in them (001 has none and no day in articles.json). */
const SEED_DATES: Record<string, string | null> = {
  "000_4a36d75bdf1d0814.txt": "2025-03",
  "001_c8bbdfa5d8bd8dbb.txt": null,
  "002_bdd157e6eb167cd2.txt": "2025-03",
  "003_d4ca25cd25f33b7d.txt": "2025-04",
  "004_caddd746febfda94.txt": "2025-02",
};
beforeAll(async () => {
  core = await seedCore();
});

const words = (s: string) => new Set((s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []));
/** Share of the shorter text's words found in the other: ≥ 0.6 means "the same report". */
function overlap(a: string, b: string): number {
  const [small, large] = [words(a), words(b)].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
  if (small.size === 0) return 0;
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return n / small.size;
}

/** Every result: verbatim in its article (checked against the file on disk), ≤ MAX_QUOTE_LENGTH chars, marks inside. */
function expectWellFormedResults(a: Answer): void {
  for (const r of a.results) {
    expect(r.quote.length, r.quote).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
    expect(r.quote.trim().length).toBeGreaterThan(0);
    const body = seedBody(r.file);
    expect(body.slice(r.quoteStart, r.quoteStart + r.quote.length), `${r.file}@${r.quoteStart}`).toBe(r.quote);
    expect(body).toContain(r.passage);
    expect(r.passage).toContain(r.quote);
    for (const [s, e] of r.marks) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(e).toBeGreaterThan(s);
      expect(e).toBeLessThanOrEqual(r.quote.length);
      expect(r.quote.slice(s, e)).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}\-‐‑'’]*$/u);
    }
    expect(r.articleId).toBe(r.file.replace(/\.txt$/, ""));
  }
}

describe("GIVEN \"Wie alt ist Keith Kellogg?\"", () => {
  let a: Answer;
  beforeAll(() => {
    a = core.ask("Wie alt ist Keith Kellogg?");
  });

  it("THEN it answers, and the top quote from 000 (2025-03) contains \"80-Jährige\"", () => {
    expect(a.abstained).toBe(false);
    const top = a.results[0]!;
    expect(top.quote).toContain("80-Jährige");
    expect(top.file).toBe(FILES.f000);
    expect(top.date).toBe("2025-03");
  });

  it("THEN all results are verbatim, ≤ MAX_QUOTE_LENGTH chars, with marks inside the quote, ranked by score", () => {
    expectWellFormedResults(a);
    expect(a.results.length).toBeLessThanOrEqual(5);
    const scores = a.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it("THEN the top quote marks the words asked about (Keith, Kellogg, and the age word)", () => {
    const top = a.results[0]!;
    const marked = top.marks.map(([s, e]) => top.quote.slice(s, e));
    expect(marked).toEqual(expect.arrayContaining(["Keith", "Kellogg", "80-Jährige"]));
  });

  it("THEN every listed result quotes something the question asks about (no filler results without a single marked word)", () => {
    for (const r of a.results) expect(r.marks.length, `${r.passageId}: ${r.quote.slice(0, 60)}`).toBeGreaterThan(0);
  });
});

describe("control characters in a question", () => {
  it("GIVEN words joined by NUL, BEL or ESC THEN they are separate words, and the question is the one without them", () => {
    const plain = core.ask("Wie alt ist Keith Kellogg?");
    const joined = core.ask("Wie\u0000alt\u0007ist\u001bKeith Kellogg?");
    expect(joined.question).toBe("Wie alt ist Keith Kellogg?");
    expect(joined.abstained).toBe(false);
    expect(joined.results.map((r) => r.passageId)).toEqual(plain.results.map((r) => r.passageId));
  });
});

describe("JSON contract of an answer", () => {
  it("GIVEN an answer serialized as JSON THEN it carries {question, abstained, results:[{articleId, file, title, date, passage, quote, score}]}", () => {
    const json = JSON.parse(JSON.stringify(core.ask("Wie alt ist Keith Kellogg?"))) as Record<string, unknown>;
    expect(json).toMatchObject({ question: "Wie alt ist Keith Kellogg?", abstained: false });
    const results = json["results"] as Array<Record<string, unknown>>;
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(5);
    for (const r of results) {
      expect(typeof r["articleId"]).toBe("string");
      expect(typeof r["file"]).toBe("string");
      expect(typeof r["title"]).toBe("string");
      expect(r["date"] === null || typeof r["date"] === "string").toBe(true);
      expect(typeof r["passage"]).toBe("string");
      expect(typeof r["quote"]).toBe("string");
      expect(typeof r["score"]).toBe("number");
    }
  });
});

describe("duplicates across and within articles", () => {
  it("GIVEN \"Wann stimmte die Ukraine der Waffenruhe zu?\" THEN the 000/001 shared paragraph appears once and cites the other article in alsoIn", () => {
    const a = core.ask("Wann stimmte die Ukraine der Waffenruhe zu?");
    const hits = a.results.filter((r) => r.quote.includes("30-tägige Waffenruhe mit Russland zugestimmt"));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.quote).toContain("zugestimmt");
    const cited = [hits[0]!.file, ...hits[0]!.alsoIn.map((o) => o.file)].sort();
    expect(cited).toEqual([FILES.f000, FILES.f001]);
  });

  it("GIVEN \"Welche Bedingungen stellte Putin?\" THEN Putin's reaction, printed in both 000 and 001, appears once (with alsoIn)", () => {
    const a = core.ask("Welche Bedingungen stellte Putin?");
    const hits = a.results.filter((r) => r.quote.includes("reagierte am Donnerstag reserviert"));
    expect(hits.map((r) => `${r.passageId} alsoIn=${r.alsoIn.map((o) => o.file.slice(0, 3))}`)).toHaveLength(1);
    expect(hits[0]!.alsoIn.length).toBe(1);
  });

  it.each(["Rubio Lawrow Telefonat nächste Schritte", "Wer ist Putin?", "Welche Bedingungen stellte Putin?", "Wann stimmte die Ukraine der Waffenruhe zu?"])(
    "GIVEN %j THEN no two results repeat the same report (quotes overlapping in one article, or near-identical quotes)",
    (q) => {
      const rs: AnswerResult[] = core.ask(q).results;
      for (let i = 0; i < rs.length; i++) {
        for (let j = i + 1; j < rs.length; j++) {
          const [x, y] = [rs[i]!, rs[j]!];
          const label = `#${i + 1} ${x.passageId} vs #${j + 1} ${y.passageId}: ${x.quote.slice(0, 50)}`;
          if (x.file === y.file) {
            const disjoint = x.quoteStart + x.quote.length <= y.quoteStart || y.quoteStart + y.quote.length <= x.quoteStart;
            expect(disjoint, label).toBe(true);
          }
          expect(overlap(x.quote, y.quote), label).toBeLessThan(0.8);
        }
      }
    },
  );
});

describe("separable verbs and synonyms in questions", () => {
  it("GIVEN \"Wann stimmte die Ukraine der Waffenruhe zu?\" THEN the top quote contains \"zugestimmt\"", () => {
    expect(core.ask("Wann stimmte die Ukraine der Waffenruhe zu?").results[0]!.quote).toContain("zugestimmt");
  });

  it("GIVEN a variant spelling \"Lavrov\" THEN the answer quotes a passage naming Lawrow", () => {
    const a = core.ask("Was vereinbarten Lavrov und Rubio?");
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.quote).toMatch(/Lawrow/);
  });

  it("GIVEN \"Worüber sprach Lawrow mit Rubio?\" (000/001/003/004 all report their calls) THEN it answers with a quote naming Lawrow", () => {
    const a = core.ask("Worüber sprach Lawrow mit Rubio?");
    expect(a.abstained, `abstained: ${a.reason}`).toBe(false);
    expect(a.results[0]!.quote).toMatch(/Lawrow/);
  });
});

describe("English questions", () => {
  const glossary = existsSync(path.join(CORPUS_DIR, "glossary.en-de.json"));
  it.runIf(glossary)("GIVEN \"How many days would the proposed ceasefire last?\" THEN a quote among the top 3 contains \"30-tägige\"", () => {
    const a = core.ask("How many days would the proposed ceasefire last?");
    expect(a.language).toBe("en");
    expect(a.abstained).toBe(false);
    expect(a.results.slice(0, 3).some((r) => r.quote.includes("30-tägige"))).toBe(true);
    expectWellFormedResults(a);
  });
});

describe("abstention outside the corpus", () => {
  it.each([
    ["football", "Wer hat das Fußballspiel gestern gewonnen?"],
    ["the Bundesliga", "Wer wird Meister in der Bundesliga?"],
    ["the weather", "Wie wird das Wetter morgen in Berlin?"],
    ["Austria's president", "Wer ist der Bundespräsident von Österreich?"],
    ["a person never named", "Was sagte Jens Stoltenberg über die Waffenruhe?"],
    ["another person never named", "Was hat Annalena Baerbock gesagt?"],
    ["gibberish", "xqzt vbnm plork"],
    ["keyboard mash", "asdfghjkl qwertz"],
  ])("GIVEN a question about %s THEN it abstains as not_covered with no results", (_label, q) => {
    const a = core.ask(q);
    expect(a.abstained, a.results[0]?.quote).toBe(true);
    expect(a.reason).toBe("not_covered");
    expect(a.results).toEqual([]);
  });

  it("GIVEN a question about golf, the sport (the corpus reports none) THEN it abstains: no synonym makes \"Golf\" the Gulf states", () => {
    expect(core.ask("Spielt Trump Golf?").abstained).toBe(true);
  });

  it("GIVEN the talks placed \"am Golf\" (a place named by its water, placeByWater.ts) THEN a passage on the talks in Saudi-Arabien answers", () => {
    const a = core.ask("Ist der ukrainische Präsident bei den Verhandlungen am Golf dabei?");
    expect(a.abstained, `abstained: ${a.reason}`).toBe(false);
    expect(a.results[0]!.quote).toMatch(/Saudi-Arabien/);
  });

  it("GIVEN an abstention THEN it names the question's nouns the corpus does not use, not the ones it does", () => {
    expect(core.ask("Wie wird das Wetter in Moskau?")).toMatchObject({ abstained: true, reason: "not_covered", unknownWords: ["Wetter"] });
    const a = core.ask("Was sagte Jens Stoltenberg über die Waffenruhe?");
    expect(a.abstained).toBe(true);
    expect(a.unknownWords).toEqual(["Jens", "Stoltenberg"]);
    // An answer names none.
    expect(core.ask("Wann stimmte die Ukraine der Waffenruhe zu?").unknownWords).toBeUndefined();
  });

  it("GIVEN an English abstention THEN it names the words as the question writes them, as a German one does (not the glossary's lower case)", () => {
    expect(core.ask("What did Stoltenberg say about Greenland?")).toMatchObject({ abstained: true, unknownWords: ["Stoltenberg", "Greenland"] });
    expect(core.ask("What is the weather in Greenland?")).toMatchObject({ abstained: true, unknownWords: ["weather", "Greenland"] });
    // A possessive names the word without its "'s".
    expect(core.ask("What is Greenland's weather like?")).toMatchObject({ abstained: true, unknownWords: ["Greenland", "weather"] });
  });

  it("GIVEN an empty or whitespace-only question THEN it abstains as empty", () => {
    for (const q of ["", "   ", "\n\t", "\u200B\u200B"]) expect(core.ask(q)).toMatchObject({ abstained: true, reason: "empty", results: [] });
  });

  it("GIVEN only stopwords (\"Was ist das?\") THEN it abstains as no_content", () => {
    expect(core.ask("Was ist das?")).toMatchObject({ abstained: true, reason: "no_content", results: [] });
  });

  it("THEN an abstention still reports the size of what was searched", () => {
    expect(core.ask("xqzt vbnm plork").searched).toEqual({ articles: 5, passages: SEED_PASSAGES });
  });
});

describe("odd input never throws", () => {
  const odd: Array<[string, string]> = [
    ["emoji", "🙂🇺🇦👍🏽 Waffenruhe? 🤔"],
    ["5,000 characters", "Waffenruhe ".repeat(455)],
    ["5,000 random letters", "x".repeat(5000)],
    ["__proto__", "__proto__"],
    ["constructor", "constructor toString hasOwnProperty"],
    ["a lone surrogate", "\uD800 Lawrow \uDC00"],
    ["control characters", "\u0000\u0001\u0007Kel\u0008logg\u001B[31m"],
    ["RTL marks", "\u202EKellogg\u202C \u200F\u061C"],
    ["HTML/Markdown", "<script>alert(1)</script> **Putin** `code` @everyone"],
    ["regex metacharacters", "(.*)+[a-z]{2,}\\ Putin$^"],
  ];
  it.each(odd)("GIVEN %s THEN answer returns a well-formed Answer", (_label, q) => {
    const a = core.ask(q);
    expect(typeof a.abstained).toBe("boolean");
    expect(Array.isArray(a.results)).toBe(true);
    expect(() => JSON.stringify(a)).not.toThrow();
    expect(hasLoneSurrogate(a.question)).toBe(false);
    expectWellFormedResults(a);
  });

  it("GIVEN a non-string (null/undefined/number passed through untyped JS) THEN answer does not throw", () => {
    for (const q of [null, undefined, 42, {}] as unknown as string[]) expect(() => core.ask(q)).not.toThrow();
  });

  it("GIVEN a question longer than the 1,000-char cap THEN it is cut at a word: no fragment is asked about or reported unknown", () => {
    const long = "Lawrow Rubio Waffenruhe ".repeat(63);
    expect(long.length).toBeGreaterThan(1000);
    // A hard cut at 1,000 characters falls inside "Waffenruhe" ("Waf").
    expect(long.slice(0, 1000).endsWith(" Waf")).toBe(true);
    const a = core.ask(long);
    expect(a.abstained).toBe(false);
    expect(a.question.length).toBeLessThanOrEqual(1000);
    expect(a.question.trimEnd().endsWith("Rubio")).toBe(true);
    expect(a.unknownWords ?? []).toEqual([]);
  });

  it("GIVEN a well-formed question longer than the 1,000-char cap, cut between the halves of an emoji THEN the echoed question has no lone surrogate", () => {
    const a = core.ask(`a${"😀".repeat(600)}`);
    expect(a.question.length).toBeLessThanOrEqual(1000);
    expect(hasLoneSurrogate(a.question)).toBe(false);
  });
});

describe("index-time normalization (articles pasted from the web)", () => {
  const filler = testArticle("102_c.txt", "date 2025-03\nIn Berlin berieten die Minister über den Haushalt des kommenden Jahres.");

  it("GIVEN an article with a soft hyphen inside a name (\"Law\\u00ADrow\") THEN \"Was sagte Lawrow?\" finds it, and the quote keeps the text verbatim", async () => {
    const { lexicon } = await loadLexicon(CORPUS_DIR);
    const text = "date 2025-03\nDer russische Außenminister Sergej Law\u00ADrow telefonierte am Samstag mit Marco Rubio.";
    const engine = engineFromArticles([testArticle("100_a.txt", text), filler], lexicon);
    const a = answer(engine, "Was sagte Lawrow?");
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.file).toBe("100_a.txt");
    expect(a.results[0]!.quote).toContain("Law\u00ADrow");
  });

  it("GIVEN an article with fullwidth letters (\"Ｗａｆｆｅｎｒｕｈｅ\") THEN a question about the Waffenruhe finds it", async () => {
    const { lexicon } = await loadLexicon(CORPUS_DIR);
    const text = "date 2025-03\nDie Ｗａｆｆｅｎｒｕｈｅ soll dreißig Tage dauern, sagte ein Sprecher in Kiew.";
    const engine = engineFromArticles([testArticle("101_b.txt", text), filler], lexicon);
    const a = answer(engine, "Wie lange soll die Waffenruhe dauern?");
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.file).toBe("101_b.txt");
  });
});

describe("answers cite the corpus faithfully", () => {
  it.each([
    "Was warfen die Bundesregierung und westliche Staaten Putin vor?",
    "Was sagte Rutte über die Europäer?",
    "Wie viele Menschen wurden bei den Angriffen auf die Huthis getötet?",
    "Was sagte Trump über Selenskij?",
    "Welche Rolle spielt Kellogg künftig?",
  ])("GIVEN %j THEN every quote is verbatim in its article file and the date is the article's", (q) => {
    const a = core.ask(q);
    expect(a.abstained).toBe(false);
    expectWellFormedResults(a);
    for (const r of a.results) {
      expect(r.date).toBe(SEED_DATES[r.file]);
      expect(squash(seedBody(r.file))).toContain(squash(r.quote));
    }
  });
});
