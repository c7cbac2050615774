/**
 * A question typed with caps lock on is read as one typed in lower case: its capitals tell no nouns. An acronym in a
 * question otherwise typed stays as it is. Typed in lower case, a question is answered as typed properly.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { Engine } from "../../src/search/engine.js";
import { seedCore } from "../fixtures/corpus.js";

let engine: Engine;
beforeAll(async () => {
  engine = (await seedCore()).engine;
});

const nouns = (q: string) =>
  parseQuery(q, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t), DEFAULT_RANKING)
    .concepts.filter((c) => c.noun)
    .map((c) => c.label.toLowerCase());

describe("a question typed in capitals", () => {
  it("GIVEN a German question in capitals THEN its verbs are no nouns, as in the question typed in lower case", () => {
    for (const q of ["WER HAT IN DSCHIDDA VERHANDELT?", "MIT WEM TELEFONIERTE RUBIO AM SAMSTAG?"]) {
      expect(nouns(q), q).toEqual(nouns(q.toLowerCase()));
      expect(nouns(q), q).not.toContain("verhandelt");
      expect(nouns(q), q).not.toContain("telefonierte");
      expect(answer(engine, q).results[0]?.passage, q).toBe(answer(engine, q.toLowerCase()).results[0]?.passage);
    }
  });

  it("GIVEN a question typed in lower case with a verb in -ieren or an inflected adjective the corpus lacks THEN neither is a noun, and it is answered as typed properly", () => {
    for (const typed of ["Was unternehmen Washington und Moskau, um ihr diplomatisches Verhältnis zu reparieren?", "Ist der politische Dialog zwischen Washington und Moskau zuletzt intensiver geworden?"]) {
      const lower = typed.toLowerCase();
      expect(nouns(lower), lower).not.toContain("reparieren");
      expect(nouns(lower), lower).not.toContain("intensiver");
      expect(answer(engine, lower).abstained, lower).toBe(answer(engine, typed).abstained);
      expect(answer(engine, lower).abstained, lower).toBe(false);
    }
  });

  it("GIVEN a question typed in lower case with an adverb in -einander the corpus and the thesaurus lack THEN it is no noun, and the question is answered as typed properly", () => {
    const typed = "Wie weit liegen Washington und Moskau bei der Waffenruhe voneinander entfernt?";
    const lower = typed.toLowerCase();
    expect(nouns(lower)).not.toContain("voneinander");
    expect(answer(engine, lower).abstained).toBe(answer(engine, typed).abstained);
    expect(answer(engine, lower).abstained).toBe(false);
  });

  it("GIVEN an acronym in a question otherwise typed THEN it stays a noun as written", () => {
    const parsed = parseQuery("Was plant die NATO?", engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t), DEFAULT_RANKING);
    expect(parsed.concepts.find((c) => c.label === "NATO")?.noun).toBe(true);
  });
});
