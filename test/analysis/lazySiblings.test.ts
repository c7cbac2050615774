/**
 * A German noun the corpus does not use asks for the nouns sharing its English translations (translationSiblings.ts),
 * so that question loads the English dictionary; a German question whose nouns the corpus uses does not, nor does one
 * asked with the siblings' weight at 0. A file of its own: Vitest gives each test file its own module registry, so
 * nothing here has loaded the dictionary before.
 */
import { describe, expect, it } from "vitest";
import { loadedDictionaries } from "../../src/analysis/dict/dictionaries.js";
import { EN_DE_FILE } from "../../src/analysis/dict/lineFormats.js";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import { createEngine } from "../../src/search/engine.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

const loads = () => loadedDictionaries().filter((f) => f === EN_DE_FILE).length;

describe("the English dictionary for German nouns the corpus does not use", () => {
  it("GIVEN known nouns, or the siblings switched off THEN it stays unread; GIVEN an unknown noun THEN it is read, once", async () => {
    const engine = await createEngine(CORPUS_DIR, { cacheDir: null });
    answer(engine, "Was sagte Rubio über die Waffenruhe?");
    const off = { ...DEFAULT_RANKING, alternatives: { ...DEFAULT_RANKING.alternatives, translationSibling: 0 } };
    answer(engine, "Was sagt der Kernkraftwerksbetreiber?", { ranking: off });
    expect(loads()).toBe(0);
    answer(engine, "Was sagt der Kernkraftwerksbetreiber?");
    expect(loads()).toBe(1);
    answer(engine, "Was sagt der Dossierverwalter?");
    expect(loads()).toBe(1);
  });
});
