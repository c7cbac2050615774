/**
 * The English dictionary loads on first use: building an index and answering German questions whose nouns the corpus
 * uses never read it (a cold or warm start does not pay its ~0.3 s), the first English question does, and so does a
 * German noun the corpus does not use (its words sharing an English translation: translationSiblings.ts; see
 * lazySiblings.test.ts). Vitest gives each test file its own module registry, so nothing in this file has loaded it
 * before.
 */
import { describe, expect, it } from "vitest";
import { loadedDictionaries } from "../../src/analysis/dict/dictionaries.js";
import { EN_DE_FILE, LEMMAS_FILE } from "../../src/analysis/dict/lineFormats.js";
import { answer } from "../../src/answer/answer.js";
import { createEngine } from "../../src/search/engine.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

describe("the English dictionary, loaded on first use", () => {
  it("GIVEN an index built and a German question answered THEN only then does an English question load it", async () => {
    const engine = await createEngine(CORPUS_DIR, { cacheDir: null });
    expect(answer(engine, "Wann telefonierten Rubio und Lawrow?").abstained).toBe(false);
    expect(loadedDictionaries()).toContain(LEMMAS_FILE);
    expect(loadedDictionaries()).not.toContain(EN_DE_FILE);

    // "oxygen" is no word of the domain glossary (the first layer): the general dictionary is asked.
    answer(engine, "How much oxygen is in the theory?");
    expect(loadedDictionaries().filter((f) => f === EN_DE_FILE)).toHaveLength(1);
    // Read once: a second English question does not load it again.
    answer(engine, "Who made a counter-proposal?");
    expect(loadedDictionaries().filter((f) => f === EN_DE_FILE)).toHaveLength(1);
  });
});
