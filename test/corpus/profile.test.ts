/** The corpus profile counts the articles naming each person exactly as a regular expression per name would. */
import { describe, expect, it } from "vitest";
import { Rng } from "../../bench/synthetic.js";
import { mentionCounts, type ProfilePerson } from "../../src/corpus/profile.js";
import type { Article } from "../../src/corpus/types.js";

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
