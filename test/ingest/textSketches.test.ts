/** Duplicate candidates through shared sketch values. */
import { describe, expect, it } from "vitest";
import { shingles } from "../../src/analysis/similarity.js";
import { TextSketches } from "../../src/ingest/textSketches.js";

const words = (seed: number, n: number) => Array.from({ length: n }, (_, i) => `wort${(i * 7919 + seed * 104729) % 100003}`).join(" ");
const REPORT = words(1, 300);
const OTHER = words(2, 300);

describe("GIVEN sketched files", () => {
  it("THEN a copy of one is found as its candidate, and unrelated text finds none", () => {
    const s = new TextSketches();
    s.remember("000_a.txt", REPORT);
    s.remember("001_b.txt", OTHER);
    expect(s.candidates(shingles(`${REPORT} und ein Satz mehr`))).toEqual(["000_a.txt"]);
    expect(s.candidates(shingles(words(3, 300)))).toEqual([]);
  });
  it("THEN a forgotten file is no candidate any more, and sketching a name again replaces its text", () => {
    const s = new TextSketches();
    s.remember("000_a.txt", REPORT);
    s.forget("000_a.txt");
    expect(s.has("000_a.txt")).toBe(false);
    expect(s.candidates(shingles(REPORT))).toEqual([]);
    s.remember("000_a.txt", OTHER);
    s.remember("000_a.txt", REPORT);
    expect(s.names()).toEqual(["000_a.txt"]);
    expect(s.candidates(shingles(OTHER))).toEqual([]);
    expect(s.candidates(shingles(REPORT))).toEqual(["000_a.txt"]);
  });
});
