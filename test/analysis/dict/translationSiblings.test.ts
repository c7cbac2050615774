/**
 * Nouns sharing a narrow English translation (Ding): the rules that keep a broad English word, a rare sense, another
 * word class or a phrase from relating words that mean different things.
 */
import { describe, expect, it } from "vitest";
import { parseEnglishGerman } from "../../../src/analysis/dict/parsers.js";
import { SIBLING_MAX_PER_WORD, SIBLING_MAX_RANK, SIBLING_MAX_TRANSLATIONS, siblingsOf, translationSiblings } from "../../../src/analysis/dict/translationSiblings.js";
import { foldWord } from "../../../src/analysis/normalize.js";

const dictionary = (lines: string[]) => parseEnglishGerman(`# test\n${[...lines].sort().join("\n")}\n`);
const nouns = (n: number, stem = "Wort") => Array.from({ length: n }, (_, i) => `${stem}${String.fromCharCode(65 + i)}`);

describe("translation siblings", () => {
  it("GIVEN an English word with a few noun translations THEN they are each other's siblings, both ways", () => {
    const siblings = siblingsOf(dictionary(["wish\twünschen|Wunsch|Wille"]));
    expect(siblings.get("wunsch")).toEqual(["Wille"]);
    expect(siblings.get("wille")).toEqual(["Wunsch"]);
  });

  it("GIVEN exactly the most translations allowed THEN they relate; GIVEN one more THEN nothing does", () => {
    expect(siblingsOf(dictionary([`word\t${nouns(SIBLING_MAX_TRANSLATIONS).join("|")}`])).get("worta")).toContain("WortB");
    expect(siblingsOf(dictionary([`word\t${nouns(SIBLING_MAX_TRANSLATIONS + 1).join("|")}`])).size).toBe(0);
  });

  it("GIVEN the last rank that relates THEN its word is a sibling; GIVEN the next THEN it is none (a rare sense)", () => {
    const ranked = nouns(SIBLING_MAX_RANK + 2);
    const siblings = siblingsOf(dictionary([`word\t${ranked.join("|")}`]));
    expect(siblings.get("worta")).toContain(ranked[SIBLING_MAX_RANK]);
    expect(siblings.get("worta")).not.toContain(ranked[SIBLING_MAX_RANK + 1]);
    expect(siblings.has(foldWord(ranked[SIBLING_MAX_RANK + 1]!))).toBe(false);
  });

  it("GIVEN verbs, phrases and hyphenated words THEN only nouns of one word relate", () => {
    const siblings = siblingsOf(dictionary(["life\tLeben|leben|Lebenszeit", "steam engine\tDampfmaschine|Dampflok", "will\tWille|letzter Wille|Wunsch-Zettel"]));
    expect(siblings.get("leben")).toEqual(["Lebenszeit"]);
    expect(siblings.has("dampfmaschine")).toBe(false);
    expect(siblings.has("wille")).toBe(false);
  });

  it("GIVEN a noun in many narrow entries THEN it keeps the most shared siblings, at most the cap", () => {
    const lines = nouns(SIBLING_MAX_PER_WORD + 2, "Zug").map((other, i) => `sense${String.fromCharCode(97 + i)}\tZug|${other}`);
    lines.push("sensez\tZug|ZugA", "senseza\tZug|ZugA");
    const siblings = siblingsOf(dictionary(lines)).get("zug")!;
    expect(siblings).toHaveLength(SIBLING_MAX_PER_WORD);
    expect(siblings[0]).toBe("ZugA");
  });

  it("GIVEN the shipped dictionary THEN 'Dossier' finds 'Akte', no noun finds itself, and the table is built once", () => {
    expect(translationSiblings().get("dossier")).toContain("Akte");
    for (const [noun, list] of translationSiblings()) {
      expect(list.length).toBeLessThanOrEqual(SIBLING_MAX_PER_WORD);
      if (list.some((w) => foldWord(w) === noun)) expect.unreachable(`${noun} lists itself`);
    }
    expect(translationSiblings()).toBe(translationSiblings());
  });
});
