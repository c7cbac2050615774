/** The hash → question LRU behind "Weitere Treffer". */
import { describe, expect, it } from "vitest";
import { createQuestionStore, questionKey } from "../../src/bot/questionStore.js";
import { buttonId } from "../../src/render/discord/customId.js";

describe("question store", () => {
  it("GIVEN a 300-character question THEN its key fits a custom id and recalls the question", () => {
    const store = createQuestionStore();
    const question = "Warum? ".repeat(43).slice(0, 300);
    const key = store.remember(question);
    expect(buttonId({ kind: "more", key })!.length).toBeLessThanOrEqual(100);
    expect(store.recall(key)).toBe(question);
    expect(key).toBe(questionKey(question));
  });

  it("GIVEN more questions than capacity THEN the least recently used is forgotten", () => {
    const store = createQuestionStore(2);
    const a = store.remember("a?");
    const b = store.remember("b?");
    store.recall(a);
    store.remember("c?");
    expect(store.recall(a)).toBe("a?");
    expect(store.recall(b)).toBeUndefined();
    expect(store.size()).toBe(2);
  });
});
