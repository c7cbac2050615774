/**
 * German words sharing a narrow English translation (Ding): the rules that keep a broad English word or a rare sense
 * from relating words that mean different things.
 */
import { describe, expect, it } from "vitest";
import { parseEnglishGerman } from "../../../src/analysis/dict/dictionaries.js";
import { foldWord } from "../../../src/analysis/normalize.js";
import { SIBLING_MAX_RANK, SIBLING_MAX_TRANSLATIONS, siblingsOf, translationSiblings } from "../../../src/analysis/dict/translationSiblings.js";

const dictionary = (lines: string[]) => parseEnglishGerman(`# test\n${[...lines].sort().join("\n")}\n`);

describe("translation siblings", () => {
  it("GIVEN an English word with a few translations THEN its first ones are each other's siblings, both ways", () => {
    const siblings = siblingsOf(dictionary(["will\tWille|Wunsch|Testament"]));
    expect(siblings.get("wunsch")).toEqual(["Wille", "Testament"]);
    expect(siblings.get("wille")).toEqual(["Wunsch", "Testament"]);
  });

  it("GIVEN a broad English word THEN it relates nothing", () => {
    const broad = Array.from({ length: SIBLING_MAX_TRANSLATIONS + 1 }, (_, i) => `Wort${i}`);
    expect(siblingsOf(dictionary([`get\t${broad.join("|")}`])).size).toBe(0);
  });

  it("GIVEN a translation past the first ranks THEN it is no sibling (a rare sense)", () => {
    const ranked = Array.from({ length: SIBLING_MAX_RANK + 2 }, (_, i) => `Wort${i}`);
    const siblings = siblingsOf(dictionary([`word\t${ranked.join("|")}`]));
    expect(siblings.has(`wort${SIBLING_MAX_RANK + 1}`)).toBe(false);
    expect(siblings.get("wort0")).not.toContain(`Wort${SIBLING_MAX_RANK + 1}`);
  });

  it("GIVEN English phrases and German phrases THEN neither relates words", () => {
    const siblings = siblingsOf(dictionary(["steam engine\tDampfmaschine|Dampflok", "will\tWille|letzter Wille"]));
    expect(siblings.has("dampfmaschine")).toBe(false);
    expect(siblings.has("wille")).toBe(false);
  });

  it("GIVEN the shipped dictionary THEN 'Dossier' finds 'Akte', and a word finds never itself", () => {
    expect(translationSiblings().get("dossier")).toContain("Akte");
    for (const [word, list] of [...translationSiblings()].slice(0, 2000)) expect(list.map((w) => foldWord(w))).not.toContain(word);
  });
});
