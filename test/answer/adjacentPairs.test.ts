/**
 * adjacentPairs (features.ts): word-level proximity of the question's neighbouring content words. Each test fails when
 * the rule it names is dropped.
 */
import { describe, expect, it } from "vitest";
import { makeAlternative, makeConcept } from "../../src/answer/concepts.js";
import type { Concept } from "../../src/answer/concepts.js";
import { adjacentPairs, sentenceDegrees } from "../../src/answer/features.js";

/** Concepts of one term each (weight 1), or of several alternatives given as [term, weight] pairs. */
const concept = (...alts: Array<string | [string, number]>) =>
  makeConcept(
    String(alts[0]),
    alts.map((a) => (typeof a === "string" ? makeAlternative(a, 1) : makeAlternative(a[0], a[1]))),
    true,
  );
/** A passage of sentences, each a list of words, each word a list of terms. */
const passage = (...sentences: string[][][]) => ({
  words: sentences.flat(),
  wordSentence: Uint16Array.from(sentences.flatMap((s, k) => s.map(() => k))),
  sentences: sentences.map((s) => ({ terms: new Set(s.flat()) })),
});
/** adjacentPairs with the sentences' concept degrees, as answer.ts passes them. */
const pairs = (concepts: Concept[], weights: Float32Array, p: ReturnType<typeof passage>, gap: number) =>
  adjacentPairs(concepts, weights, p, gap, sentenceDegrees(concepts, p.sentences));
const ones = (n: number) => new Float32Array(n).fill(1);

describe("adjacentPairs", () => {
  const two = [concept("abkomm"), concept("fischerei")];

  it("GIVEN the two words within the gap THEN the pair counts; farther apart it does not", () => {
    const p = passage([["abkomm"], ["uber"], ["fischerei"]]);
    expect(pairs(two, ones(2), p, 3)).toBe(1);
    expect(pairs(two, ones(2), p, 1)).toBe(0);
  });

  it("GIVEN the two words in different sentences THEN they are no pair, however close", () => {
    // Each sentence holds both words, too far apart; the first one's last word stands next to the second one's first.
    const sentence = [["fischerei"], ["a"], ["b"], ["c"], ["d"], ["abkomm"]];
    expect(pairs(two, ones(2), passage(sentence, sentence), 3)).toBe(0);
  });

  it("GIVEN both words as parts of one word (a compound, a hyphenated word) THEN the pair counts", () => {
    const military = [concept("militar"), concept("hilf")];
    expect(pairs(military, ones(2), passage([["militarhilf", "militar", "hilf"], ["wied"]]), 3)).toBe(1);
  });

  it("GIVEN one term that stands for both concepts THEN one word is no pair", () => {
    const shared = [concept("plan"), concept("feuerpaus", ["plan", 0.5])];
    expect(pairs(shared, ones(2), passage([["plan"], ["vorgelegt"]]), 3)).toBe(0);
  });

  it("GIVEN a pair found through a lighter alternative THEN it counts by that weight", () => {
    const resume = [concept("militar"), concept("aufnehm", ["nehm", 0.5])];
    expect(pairs(resume, ones(2), passage([["militar"], ["nehm"]]), 3)).toBe(0.5);
  });

  it("GIVEN a question-intent concept between two words THEN the words on either side are neighbours; one content word alone gives 0", () => {
    const month = makeConcept("März", [makeAlternative("§month:03", 1)], false, { weight: 1.5 });
    expect(pairs([two[0]!, month, two[1]!], ones(3), passage([["abkomm"], ["fischerei"]]), 3)).toBe(1);
    expect(pairs([two[0]!, month], ones(2), passage([["abkomm"]]), 3)).toBe(0);
  });
});
