import { describe, expect, it } from "vitest";
import { TwoGenerationCache } from "../../src/util/twoGenerationCache.js";

describe("TwoGenerationCache", () => {
  it("GIVEN a full generation THEN it becomes the old one: its keys are still found, and a key read moves back to the current one", () => {
    const cache = new TwoGenerationCache<number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3); // {a, b} is now the old generation
    expect(cache.get("a")).toBe(1); // back in the current one, beside c
    cache.set("d", 4); // current {c, a} is full: it becomes old, {b} is dropped
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
  });

  it("GIVEN more keys than two generations hold THEN the oldest are forgotten, the newest kept", () => {
    const cache = new TwoGenerationCache<string>(3);
    for (let i = 0; i < 10; i++) cache.set(`k${i}`, `v${i}`);
    expect(cache.get("k0")).toBeUndefined();
    expect(cache.get("k9")).toBe("v9");
  });
});
