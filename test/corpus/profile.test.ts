/**
 * The corpus profile counts the articles naming each person exactly as a regular expression per name would, and shows
 * an English reader the English forms of its names, topics and example questions.
 */
import { describe, expect, it } from "vitest";
import { Rng } from "../../bench/synthetic.js";
import { type CorpusFacts, mentionCounts, type ProfilePerson, withExamples } from "../../src/corpus/profile.js";
import type { Article } from "../../src/corpus/types.js";
import { helpModel } from "../../src/render/help.js";
import { renderAnswerText } from "../../src/render/text/answerText.js";
import { renderHelpText } from "../../src/render/text/helpText.js";
import { seedCore } from "../fixtures/corpus.js";

/** The definition: the name, not preceded or followed by a letter. */
function mentions(text: string, person: ProfilePerson): boolean {
  const names = [person.name, ...person.aliases].filter((n) => n.length >= 3);
  return names.some((n) => new RegExp(`(^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(text));
}

const PEOPLE: ProfilePerson[] = [
  { name: "Sergei Lawrow", aliases: ["Lawrow", "Lavrov"] },
  { name: "Keith Kellogg", aliases: ["Kellogg", "Keith Kellogg Jr."] },
  { name: "Olaf Scholz", aliases: ["Scholz"] },
  { name: "Ölaf Ü", aliases: ["Ü", "Ölaf"] },
  { name: "𝐀bc Name", aliases: ["(Test)"] },
];
const PIECES = ["Lawrow", "Lawrows", "Sergei Lawrow", "Kellogg", "Keith Kellogg Jr.", "Scholz", "Scholzens", "Ölaf", "xÖlaf", "𝐀bc Name", "𝐀𝐀bc Name", "(Test)", "a(Test)", " ", ", ", "-", "é", "Ü", "\n", "und", "Lavrov."];

describe("mentionCounts", () => {
  it("GIVEN random texts THEN it counts what a regular expression per name finds", () => {
    const rng = new Rng(7);
    const articles: Article[] = Array.from({ length: 400 }, (_, i) => {
      const text = Array.from({ length: rng.int(1, 12) }, () => rng.pick(PIECES)).join(rng.pick(["", " ", ""]));
      return { id: `a${i}`, file: `a${i}.txt`, title: "t", date: null, meta: {}, text };
    });
    const expected = PEOPLE.map((p) => articles.filter((a) => mentions(a.text, p)).length);
    expect(mentionCounts(articles, PEOPLE)).toEqual(expected);
    expect(expected.every((n) => n > 0)).toBe(true);
  });
});

describe("withExamples", () => {
  const facts: CorpusFacts = { articles: 3, from: "2025-02", to: "2025-03", people: ["Sergej Lawrow"], topics: ["Moskau", "Waffenruhe"] };
  const english = { person: (n: string) => (n === "Sergej Lawrow" ? "Sergey Lavrov" : n), topic: (n: string) => (n === "Moskau" ? "Moscow" : n) };

  it("GIVEN English forms THEN the English side uses them, the German side is as written", () => {
    const profile = withExamples(facts, () => true, english);
    expect(profile.people).toEqual(["Sergej Lawrow"]);
    expect(profile.topics).toEqual(["Moskau", "Waffenruhe"]);
    expect(profile.english).toEqual({ people: ["Sergey Lavrov"], topics: ["Moscow", "Waffenruhe"] });
    expect(profile.examples).toEqual({
      de: ["Was sagte Lawrow?", "Was berichten die Artikel über Moskau?", "Was berichten die Artikel über Waffenruhe?"],
      en: ["What did Lavrov say?", "What do the articles say about Moscow?", "What do the articles say about Waffenruhe?"],
    });
  });

  it("GIVEN an English example not answered THEN the one with the German form, else the pair is left out", () => {
    const unanswered = new Set(["What did Lavrov say?", "What did Lawrow say?", "What do the articles say about Moscow?"]);
    const profile = withExamples(facts, (q) => !unanswered.has(q), english);
    expect(profile.examples).toEqual({
      de: ["Was berichten die Artikel über Moskau?", "Was berichten die Artikel über Waffenruhe?"],
      en: ["What do the articles say about Moskau?", "What do the articles say about Waffenruhe?"],
    });
  });
});

describe("GIVEN the seed corpus", () => {
  it("THEN its English profile names people and places in English, its German one as the articles write them", async () => {
    const core = await seedCore();
    const profile = core.profile();
    expect(profile.english.people).toContain("Sergey Lavrov");
    expect(profile.english.people).not.toContain("Sergej Lawrow");
    expect(profile.english.topics).toContain("Moscow");
    expect(profile.people).toContain("Sergej Lawrow");
    expect(profile.topics).toContain("Moskau");

    const abstention = core.ask("Wer hat das Fußballspiel gewonnen?");
    const english = [renderAnswerText(abstention, "en"), renderHelpText(helpModel(profile, "en"))];
    for (const text of english) {
      expect(text).toContain("Sergey Lavrov");
      expect(text).toContain("Moscow");
      for (const german of ["Moskau", "Lawrow", "Saudi-Arabien"]) expect(text).not.toContain(german);
    }
    const german = [renderAnswerText(abstention, "de"), renderHelpText(helpModel(profile, "de"))];
    for (const text of german) for (const word of ["Sergej Lawrow", "Moskau", "Saudi-Arabien"]) expect(text).toContain(word);
  });

  it("THEN its English example questions use the English forms, and the engine answers each", async () => {
    const core = await seedCore();
    const { examples } = core.profile();
    expect(examples.en).toHaveLength(examples.de.length);
    expect(examples.en).toContain("What do the articles say about Moscow?");
    for (const q of examples.en) expect(core.ask(q).abstained, q).toBe(false);
  });
});
