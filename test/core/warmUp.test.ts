/**
 * The core's warm-up (coreWorker.ts asks WARM_UP_QUESTIONS before it reports ready) loads every dictionary that is
 * read on first use, so that no first user of the bot pays for one. A test file of its own: vitest gives it a fresh
 * module registry, so nothing has loaded a dictionary before.
 */
import { describe, expect, it } from "vitest";
import { loadedDictionaries } from "../../src/analysis/dict/dictionaries.js";
import { EN_DE_FILE, LEMMAS_FILE, THESAURUS_FILE } from "../../src/analysis/dict/lineFormats.js";
import { answer } from "../../src/answer/answer.js";
import { WARM_UP_QUESTIONS } from "../../src/core/servingLimits.js";
import { createEngine } from "../../src/search/engine.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

describe("WARM_UP_QUESTIONS", () => {
  it("GIVEN the seed corpus THEN answering them loads the lemmas, the thesaurus and the English dictionary", async () => {
    const engine = await createEngine(CORPUS_DIR, { cacheDir: null });
    expect(loadedDictionaries()).not.toContain(EN_DE_FILE);
    for (const question of WARM_UP_QUESTIONS) answer(engine, question);
    expect(loadedDictionaries()).toEqual(expect.arrayContaining([LEMMAS_FILE, THESAURUS_FILE, EN_DE_FILE]));
  });
});
