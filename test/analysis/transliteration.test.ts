import { describe, expect, it } from "vitest";
import { cyrillicSpellings, germanSpellings, MAX_SPELLINGS } from "../../src/analysis/transliteration.js";

describe("germanSpellings: German transcriptions of names written the English way", () => {
  it.each([
    ["ushakov", "uschakow"],
    ["yermak", "jermak"],
    ["medinsky", "medinski"],
    ["zelensky", "selenskyj"],
    ["dmitriev", "dmitrijew"],
    ["temujin", "temudschin"],
    ["kharkiv", "charkiw"],
    ["chernihiv", "tschernihiw"],
    ["zhytomyr", "schytomyr"],
    ["kupiansk", "kupjansk"],
    ["sloviansk", "slowjansk"],
  ])("GIVEN %s THEN %s is among the spellings", (word, german) => {
    expect(germanSpellings(word)).toContain(german);
  });

  it.each([
    ["selenskyj", ["selenskij", "selenski", "selensky", "selenskyi"]],
    ["medinski", ["medinskij", "medinsky"]],
    ["serhij", ["serhiy"]],
    ["umerow", ["umerov"]],
    ["sergey", ["sergei"]],
    ["wolodymyr", ["volodymyr"]],
  ])("GIVEN the name %s THEN the other endings and a 'v' for its 'w' are among the spellings", (word, others) => {
    for (const other of others) expect(germanSpellings(word)).toContain(other);
  });

  it("GIVEN a name without a letter group, a name ending or a 'w' THEN it has no other spelling", () => {
    expect(germanSpellings("putin")).toEqual([]);
    expect(germanSpellings("trump")).toEqual([]);
  });

  it("GIVEN a group already transcribed THEN it is not transcribed twice ('kh' → 'ch', never 'tsch')", () => {
    expect(germanSpellings("kharkiv").some((w) => w.includes("tsch"))).toBe(false);
  });

  it("GIVEN any word THEN the word itself is not repeated and the list stays bounded", () => {
    for (const w of ["putin", "shchukin", "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv", ""]) {
      const s = germanSpellings(w);
      expect(s).not.toContain(w);
      expect(s.length).toBeLessThanOrEqual(MAX_SPELLINGS);
    }
  });
});

describe("cyrillicSpellings: German transcriptions of names written in Cyrillic", () => {
  it.each([
    ["Лавров", "lawrow"],
    ["Зеленский", "selenskyj"],
    ["Зеленський", "selenskyj"],
    ["Путин", "putin"],
    ["Ушаков", "uschakow"],
    ["Сергей", "sergej"],
    ["Ермак", "jermak"],
    ["Київ", "kyjiw"],
    ["Сибіга", "sybiha"],
    ["Харків", "charkiw"],
  ])("GIVEN %s THEN %s is among the spellings", (word, german) => {
    expect(cyrillicSpellings(word)).toContain(german);
  });
});
