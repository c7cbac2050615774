/**
 * Properties of the Core over the seed corpus: any string given to ask / timeline / source /
 * actorChoices / articleChoices yields a well-formed result or a typed error and never throws;
 * every quote is a verbatim substring of its article; autocomplete stays within Discord's limits.
 *
 * Each property runs 300 cases (numRuns: 300); the whole file takes a few seconds.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_QUOTE_LENGTH } from "../../src/answer/quote.js";
import type { Answer } from "../../src/answer/types.js";
import type { LoadedCore } from "../../src/core/loadCore.js";
import type { Article } from "../../src/corpus/types.js";
import type { SourceResult } from "../../src/source/types.js";
import type { Choice, LookupError, TimelineResult } from "../../src/timeline/types.js";
import { seedCore, SEED_PASSAGES } from "../fixtures/corpus.js";

/** 300 cases per property. */
const RUNS = 300;

let core: LoadedCore;
let articles: ReadonlyMap<string, Article>;
let vocabulary: string[];
beforeAll(async () => {
  core = await seedCore();
  articles = core.engine.index.articleById;
  vocabulary = [...new Set(core.engine.index.articles.flatMap((a) => a.text.match(/[\p{L}\p{N}-]{3,}/gu) ?? []))];
});

/** Any input a user can type or paste: arbitrary code units, graphemes, odd characters, corpus words, very long strings. */
const anyInput = (): fc.Arbitrary<string> => {
  const odd = fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\u0007",
    "\u001B[31m",
    "\uD800",
    "\uDC00",
    "\u200B",
    "\u200F",
    "\u202E",
    "\u061C",
    "\uFEFF",
    "\u00AD",
    "🙂",
    "🇺🇦",
    "👍🏽",
    "ＵＳＡ",
    "__proto__",
    "constructor",
    "toString",
    "?",
    "„",
    "“",
    "…",
    "%%%",
    "\\",
    "$&",
    "(.*)+",
    "\n",
    "\t",
  );
  const word = fc.integer({ min: 0, max: 10_000 }).map((i) => vocabulary[i % vocabulary.length]!);
  const token = fc.oneof(
    { weight: 4, arbitrary: word },
    { weight: 3, arbitrary: odd },
    { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: "binary" }) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: "grapheme" }) },
  );
  const phrase = fc.array(token, { maxLength: 12 }).chain((parts) => fc.constantFrom(" ", "", "-", "  ").map((sep) => parts.join(sep)));
  const long = fc.tuple(phrase, fc.integer({ min: 100, max: 600 })).map(([p, n]) => (p || "Waffenruhe").repeat(n).slice(0, 5000));
  return fc.oneof({ weight: 8, arbitrary: phrase }, { weight: 1, arbitrary: long }, { weight: 1, arbitrary: fc.string({ maxLength: 300, unit: "binary" }) });
};

function checkLookupError(e: LookupError): void {
  expect(["unknown_actor", "unknown_article", "empty"]).toContain(e.code);
  expect(typeof e.message).toBe("string");
  expect(e.message.length).toBeGreaterThan(0);
  expect(Array.isArray(e.suggestions)).toBe(true);
  for (const s of e.suggestions) expect(typeof s).toBe("string");
  expect(e.suggestions.length).toBeLessThanOrEqual(25);
}

/** The quote is the article's text at quoteStart. */
function checkVerbatim(articleId: string, quote: string, quoteStart: number): void {
  const article = articles.get(articleId);
  expect(article, articleId).toBeDefined();
  expect(article!.text.slice(quoteStart, quoteStart + quote.length)).toBe(quote);
  expect(article!.text).toContain(quote);
}

function checkAnswer(a: Answer): void {
  expect(typeof a.question).toBe("string");
  expect(a.question.length).toBeLessThanOrEqual(1000);
  expect(["de", "en"]).toContain(a.language);
  expect(typeof a.abstained).toBe("boolean");
  expect(a.searched).toEqual({ articles: 5, passages: SEED_PASSAGES });
  expect(() => JSON.stringify(a)).not.toThrow();
  if (a.abstained) {
    expect(["empty", "no_content", "not_covered"]).toContain(a.reason);
    expect(a.results).toEqual([]);
    return;
  }
  expect(a.results.length).toBeGreaterThan(0);
  expect(a.results.length).toBeLessThanOrEqual(5);
  for (const r of a.results) {
    checkVerbatim(r.articleId, r.quote, r.quoteStart);
    expect(r.quote.length).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
    expect(r.passage).toContain(r.quote);
    expect(Number.isFinite(r.score)).toBe(true);
    for (const [s, e] of r.marks) {
      expect(0 <= s && s < e && e <= r.quote.length).toBe(true);
    }
    for (const o of r.alsoIn) expect(articles.has(o.articleId)).toBe(true);
  }
}

function checkTimeline(r: TimelineResult): void {
  expect(() => JSON.stringify(r)).not.toThrow();
  if (!r.ok) {
    checkLookupError(r.error);
    return;
  }
  expect(typeof r.timeline.actor.id).toBe("string");
  for (const e of r.timeline.events) {
    checkVerbatim(e.articleId, e.quote, e.quoteStart);
    expect(e.quote.length).toBeLessThanOrEqual(400);
    expect(e.date === null || /^\d{4}-\d{2}(-\d{2})?$/.test(e.date)).toBe(true);
  }
}

function checkSource(r: SourceResult): void {
  expect(() => JSON.stringify(r)).not.toThrow();
  if (!r.ok) {
    checkLookupError(r.error);
    return;
  }
  expect(r.article.text).toBe(articles.get(r.article.articleId)!.text);
}

function checkChoices(choices: Choice[]): void {
  expect(choices.length).toBeLessThanOrEqual(25);
  for (const c of choices) {
    expect(c.name.length).toBeGreaterThan(0);
    expect(c.name.length).toBeLessThanOrEqual(100);
    expect(c.value.length).toBeGreaterThan(0);
    expect(c.value.length).toBeLessThanOrEqual(100);
  }
}

describe("GIVEN any string", () => {
  it("THEN core.ask never throws and returns a well-formed Answer whose quotes are verbatim (300 runs)", () => {
    fc.assert(
      fc.property(anyInput(), (q) => {
        checkAnswer(core.ask(q));
      }),
      { numRuns: RUNS },
    );
  });

  it("THEN core.timeline never throws and returns a timeline with verbatim quotes or a typed error (300 runs)", () => {
    fc.assert(
      fc.property(anyInput(), (q) => {
        checkTimeline(core.timeline(q));
      }),
      { numRuns: RUNS },
    );
  });

  it("THEN core.source never throws and returns the stored article or a typed error (300 runs)", () => {
    fc.assert(
      fc.property(anyInput(), (q) => {
        checkSource(core.source(q));
      }),
      { numRuns: RUNS },
    );
  });

  it("THEN core.actorChoices never throws and returns ≤ 25 choices with names ≤ 100 chars (300 runs)", () => {
    fc.assert(
      fc.property(anyInput(), (q) => {
        checkChoices(core.actorChoices(q));
      }),
      { numRuns: RUNS },
    );
  });

  it("THEN core.articleChoices never throws and returns ≤ 25 choices with names ≤ 100 chars (300 runs)", () => {
    fc.assert(
      fc.property(anyInput(), (q) => {
        checkChoices(core.articleChoices(q));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("GIVEN questions made of corpus words", () => {
  it("THEN a fair share is answered, so the verbatim-quote property above is not vacuous (300 runs)", () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 6 }), (ix) => {
        const a = core.ask(ix.map((i) => vocabulary[i % vocabulary.length]).join(" "));
        checkAnswer(a);
        if (!a.abstained) answered++;
      }),
      { numRuns: RUNS },
    );
    expect(answered).toBeGreaterThan(RUNS / 4);
  });
});
