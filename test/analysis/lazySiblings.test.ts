/**
 * A German noun the corpus does not use asks for its words sharing an English translation (translationSiblings.ts),
 * so that question loads the English dictionary; a German question whose nouns the corpus uses does not. A file of
 * its own: Vitest gives each test file its own module registry, so nothing here has loaded the dictionary before.
 */
import { describe, expect, it } from "vitest";
import { loadedDictionaries } from "../../src/analysis/dict/dictionaries.js";
import { EN_DE_FILE } from "../../src/analysis/dict/lineFormats.js";
import { answer } from "../../src/answer/answer.js";
import { createEngine } from "../../src/search/engine.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

describe("the English dictionary for German nouns the corpus does not use", () => {
  it("GIVEN known nouns THEN it stays unread; GIVEN an unknown noun THEN the question reads it, once", async () => {
    const engine = await createEngine(CORPUS_DIR, { cacheDir: null });
    answer(engine, "Was sagte Rubio über die Waffenruhe?");
    expect(loadedDictionaries()).not.toContain(EN_DE_FILE);
    answer(engine, "Was sagt der Kernkraftwerksbetreiber?");
    expect(loadedDictionaries().filter((f) => f === EN_DE_FILE)).toHaveLength(1);
    answer(engine, "Was sagt der Dossierverwalter?");
    expect(loadedDictionaries().filter((f) => f === EN_DE_FILE)).toHaveLength(1);
  });
});
