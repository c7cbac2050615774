/**
 * The domain glossary gives a word the senses a question means by it: the verb "say" is said, stated, reported; the
 * noun sense ("have a say", "a say") has phrase entries of its own. A sense listed under the wrong key matches
 * passages about anything with a table or a seat in them ("Platz am Tisch" → Platz, Tisch at full weight).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { Engine } from "../../src/search/engine.js";
import { seedCore } from "../fixtures/corpus.js";

let engine: Engine;
beforeAll(async () => {
  engine = (await seedCore()).engine;
});

function termsOf(question: string, label: string): string[] {
  const parsed = parseQuery(question, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t), DEFAULT_RANKING);
  const concept = parsed.concepts.find((c) => c.label.toLowerCase() === label);
  expect(concept, `a concept for "${label}" in "${question}"`).toBeDefined();
  return concept!.alts.map((a) => a.term);
}

describe("glossary senses", () => {
  it("GIVEN 'What did Lavrov say …' THEN 'say' stands for verbs of saying, not for a seat at the table", () => {
    const terms = termsOf("What did Lavrov say about the talks?", "say");
    expect(terms).toContain(engine.index.analyzer.headTerm("sagte"));
    for (const noun of ["Tisch", "Platz", "Stimme", "Mitspracherecht"]) expect(terms).not.toContain(engine.index.analyzer.headTerm(noun));
  });

  it("GIVEN 'Will Europe have a say …' THEN the phrase still means a voice in the talks", () => {
    const terms = termsOf("Will Europe have a say in the negotiations?", "have a say");
    expect(terms).toContain(engine.index.analyzer.headTerm("Mitspracherecht"));
  });
});
