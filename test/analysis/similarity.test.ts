import { describe, expect, it } from "vitest";
import { containment, editDistance } from "../../src/analysis/similarity.js";

describe("containment", () => {
  it("GIVEN a set inside another THEN 1, measured on the smaller side", () => {
    expect(containment(new Set(["a", "b"]), new Set(["a", "b", "c", "d"]))).toBe(1);
  });
  it("GIVEN half of the smaller set shared THEN 0.5", () => {
    expect(containment(new Set(["a", "b", "x", "y", "z", "q"]), new Set(["a", "b", "c", "d"]))).toBe(0.5);
  });
  it("GIVEN a smaller set below minSize or empty THEN 0", () => {
    expect(containment(new Set(["a"]), new Set(["a", "b"]), 2)).toBe(0);
    expect(containment(new Set(), new Set(["a"]))).toBe(0);
  });
});

describe("editDistance", () => {
  it("GIVEN a typo, a transposition and another word THEN 1, 1 and more", () => {
    expect(editDistance("lawrow", "lawrov")).toBe(1);
    expect(editDistance("selenksyj", "selenskyj")).toBe(1);
    expect(editDistance("putin", "rubio")).toBeGreaterThan(2);
  });
});
