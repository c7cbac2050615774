/**
 * "An welchem Datum …", "On what date …" ask for a day of the calendar ("15. August"), not for any time ("am Freitag").
 * Texts are our own.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DATE_TERM, holdsDate } from "../../src/answer/calendarDate.js";
import { passageTerms, TIME_TERM } from "../../src/answer/passageTerms.js";
import { parseQuery } from "../../src/answer/query.js";
import type { Answer } from "../../src/answer/types.js";
import type { Engine } from "../../src/search/engine.js";
import { engineOf } from "../fixtures/engines.js";
import { OTHER_NEWS } from "../fixtures/texts.js";

const TEXTS: Record<string, string> = {
  "a_wochentag.txt": "Die Fischer und die Regierung trafen sich zu ihrem Gipfel in Tromsø am Freitag. Die Gespräche dauerten lange.",
  "b_datum.txt": "Der Gipfel von Fischern und Regierung in Tromsø begann am 15. August. Beobachter sprachen von einem Neuanfang.",
  "c_bergen.txt": "Die Fischer und die Regierung trafen sich zu einer Verhandlungsrunde in Bergen am Dienstag.",
  ...OTHER_NEWS,
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(TEXTS);
});

const top = (a: Answer) => (a.abstained ? "(abstained)" : a.results[0]!.file);
const asked = (q: string) => parseQuery(q, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t)).concepts.map((c) => c.alts[0]!.term);

describe("the calendar date answer type", () => {
  it("GIVEN 'An welchem Datum' or 'on what date' THEN the question asks for a date and not for any time", () => {
    expect(asked("An welchem Datum trafen sich die Fischer in Tromsø?")).toContain(DATE_TERM);
    expect(asked("An welchem Datum trafen sich die Fischer in Tromsø?")).not.toContain(TIME_TERM);
    expect(asked("On what date did the fishermen meet in Tromsø?")).toContain(DATE_TERM);
    // "Was ist das (genaue) Datum …", "What was the (exact) date of …": the same question, the noun no topic.
    for (const q of ["Was ist das genaue Datum des Treffens der Fischer in Tromsø?", "Was war das Datum des Treffens der Fischer in Tromsø?", "What was the date of the fishermen's meeting in Tromsø?", "What is the exact date of the fishermen's meeting in Tromsø?", "What's the date of the fishermen's meeting in Tromsø?"]) {
      expect(asked(q), q).toContain(DATE_TERM);
      expect(asked(q).some((t) => /^(?:datum|date|dat)/.test(t)), q).toBe(false);
    }
    // "the date's significance" asks about a significance.
    expect(asked("What is the date's significance for the fishermen?")).not.toContain(DATE_TERM);
    expect(asked("Wann trafen sich die Fischer in Tromsø?")).toEqual(expect.arrayContaining([TIME_TERM]));
    expect(asked("Wann trafen sich die Fischer in Tromsø?")).not.toContain(DATE_TERM);
  });

  it("GIVEN a day of the calendar in its written forms THEN a sentence holds a date; sections, versions, clock times, a month alone do not", () => {
    for (const s of ["Der Gipfel begann am 15. August.", "Das Gesetz tritt zum 1. Januar 2026 in Kraft.", "bis zum 15.8.2025", "Am 1. Sept. 2025 reiste er ab.", "Er kam am 15.8.2025 an.", "Seit dem 3.11. gilt sie.", "Stand: 2025-08-15", "The summit began on August 15."]) expect(holdsDate(s), s).toBe(true);
    for (const s of ["Siehe Punkt 5.3. des Plans.", "Version 2.1.3 ist neu.", "Er kam um 15.30. an.", "Am 12.13. nichts.", "§5.3. gilt.", "Art. 5.3. gilt.", "Im August reiste er ab.", "Er spielt in der 3. Liga.", "Am Freitag reiste er ab."]) expect(holdsDate(s), s).toBe(false);
  });

  it("GIVEN the fixture's passages THEN the one with a day of the calendar holds a date, the one with a weekday does not", () => {
    const holds = (file: string) => {
      const id = engine.index.passages.findIndex((p) => engine.index.articleById.get(p.articleId)!.file === file);
      return passageTerms(engine.index, id, true).all.has(DATE_TERM);
    };
    expect(holds("b_datum.txt")).toBe(true);
    expect(holds("a_wochentag.txt")).toBe(false);
  });

  it("GIVEN a date asked for THEN the passage with the date ranks first, and without one anywhere the question abstains", () => {
    expect(top(answer(engine, "An welchem Datum trafen sich die Fischer und die Regierung zu ihrem Gipfel in Tromsø?"))).toBe("b_datum.txt");
    // "genauen" before the noun changes nothing, in German or in English ("On what exact date …").
    expect(top(answer(engine, "An welchem genauen Datum trafen sich die Fischer und die Regierung zu ihrem Gipfel in Tromsø?"))).toBe("b_datum.txt");
    expect(top(answer(engine, "An welchem exakten Datum trafen sich die Fischer und die Regierung zu ihrem Gipfel in Tromsø?"))).toBe("b_datum.txt");
    expect(top(answer(engine, "On what precise date did the fishermen and the government meet for their summit in Tromsø?"))).toBe("b_datum.txt");
    expect(top(answer(engine, "On what exact date did the fishermen and the government meet for their summit in Tromsø?"))).toBe("b_datum.txt");
    // Worded like the weekday's article: without the date type its words win.
    expect(top(answer(engine, "Was war das genaue Datum, an dem sich die Fischer und die Regierung zu ihrem Gipfel in Tromsø trafen?"))).toBe("b_datum.txt");
    expect(top(answer(engine, "Was ist das Datum des Treffens der Fischer und der Regierung zu ihrem Gipfel in Tromsø?"))).toBe("b_datum.txt");
    expect(top(answer(engine, "What was the exact date the fishermen and the government met for their summit in Tromsø?"))).toBe("b_datum.txt");
    // A plain "wann" takes the weekday as well.
    expect(top(answer(engine, "Wann trafen sich die Fischer und die Regierung zu ihrem Gipfel in Tromsø?"))).toBe("a_wochentag.txt");
    expect(top(answer(engine, "An welchem genauen Datum trafen sich die Fischer und die Regierung zu einer Verhandlungsrunde in Bergen?"))).toBe("(abstained)");
    expect(top(answer(engine, "Wann trafen sich die Fischer und die Regierung zu einer Verhandlungsrunde in Bergen?"))).toBe("c_bergen.txt");
  });
});
