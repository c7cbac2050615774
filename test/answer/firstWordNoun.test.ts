/**
 * The first word of a German question is capitalised whatever it is: a name there ("Jermak wurde …") is a noun all the
 * same, a verb ("Stimmt es …", "Hat …") is not.
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

function nounOf(question: string, label: string): boolean | undefined {
  const parsed = parseQuery(question, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t), DEFAULT_RANKING);
  return parsed.concepts.find((c) => c.label === label)?.noun;
}

describe("the first word of a German question", () => {
  it("GIVEN a name as the first word THEN it is a noun, as it is anywhere else in the question", () => {
    expect(nounOf("Rubio hat mit Lawrow telefoniert, worüber?", "Rubio")).toBe(true);
    expect(nounOf("Hat Rubio mit Lawrow telefoniert?", "Rubio")).toBe(true);
    expect(nounOf("Kellogg sagte was zur Waffenruhe?", "Kellogg")).toBe(true);
  });

  it("GIVEN an inflected adjective before a noun as the first word THEN it is no noun; before a verb it is one", () => {
    expect(nounOf("Neue Sanktionen gegen Russland?", "Neue")).not.toBe(true);
    expect(nounOf("Ehemalige Berater sagten was zur Waffenruhe?", "Ehemalige")).not.toBe(true);
    expect(nounOf("Ukrainische Soldaten wurden wo getötet?", "Ukrainische")).not.toBe(true);
    expect(nounOf("Grüne fordern was?", "Grüne")).toBe(true);
    expect(nounOf("Fischer sagte was?", "Fischer")).toBe(true);
  });

  it("GIVEN a greeting, an imperative or an adverb the corpus does not use as the first word THEN it is no noun, and the question is answered", () => {
    for (const q of ["Hallo, mit wem telefonierte Rubio am Samstag?", "Moin, mit wem telefonierte Rubio am Samstag?", "Servus, mit wem telefonierte Rubio am Samstag?"]) {
      expect(nounOf(q, q.split(",")[0]!), q).not.toBe(true);
      expect(answer(engine, q).abstained, q).toBe(false);
    }
    expect(nounOf("Kürzlich telefonierte Rubio mit Lawrow, worüber?", "Kürzlich")).not.toBe(true);
  });

  it("GIVEN a verb form as the first word THEN it is no noun", () => {
    expect(nounOf("Stimmte Russland der Waffenruhe zu?", "Stimmte")).not.toBe(true);
    expect(nounOf("Telefonierte Rubio mit Lawrow?", "Telefonierte")).not.toBe(true);
    expect(nounOf("Sagte Kellogg etwas zur Waffenruhe?", "Sagte")).not.toBe(true);
  });
});
