/** English forms of German topic nouns: the glossary read backwards, only where it gives one English noun. */
import { describe, expect, it } from "vitest";
import { englishNouns } from "../../src/analysis/englishNouns.js";
import { emptyLexicon, generalDictionaries, loadLexicon } from "../../src/analysis/lexicon.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

describe("englishNouns", () => {
  it("GIVEN the seed glossary THEN places in English and capitalised, other nouns in lower case, ambiguous ones as written", async () => {
    const { lexicon } = await loadLexicon(CORPUS_DIR, generalDictionaries());
    const english = englishNouns(lexicon);
    expect(english("Moskau")).toBe("Moscow");
    expect(english("Saudi-Arabien")).toBe("Saudi Arabia");
    expect(english("Washington")).toBe("Washington");
    expect(english("Frieden")).toBe("peace");
    // The first form of "ceasefire", "truce", "armistice" …: no one English word.
    expect(english("Waffenruhe")).toBe("Waffenruhe");
    // Only "security conferences" lists it first; its singular lists it too.
    expect(english("Sicherheitskonferenz")).toBe("security conference");
    // No entry lists it first.
    expect(english("Getreideexporte")).toBe("Getreideexporte");
  });

  it("GIVEN a key and its plural, or two spellings THEN one translation; two different keys THEN none", () => {
    const lexicon = emptyLexicon();
    lexicon.glossary = new Map([
      ["ceasefire", ["Feuerpause"]],
      ["ceasefires", ["Feuerpause"]],
      ["cease-fire", ["Feuerpause"]],
      ["talk", ["Gespräch"]],
      ["conversation", ["Gespräch", "Unterhaltung"]],
      ["nothing", []],
    ]);
    const english = englishNouns(lexicon);
    expect(english("Feuerpause")).toBe("ceasefire");
    expect(english("Gespräch")).toBe("Gespräch");
    expect(english("Unterhaltung")).toBe("Unterhaltung");
  });
});
