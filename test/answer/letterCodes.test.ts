/**
 * A letter code and its number name one thing however they are written: "G-7-Staaten" and "G7-Staaten", "F-16" and
 * "F16" (analyzer.ts joinLetterCodes, in the index and in the question parsers).
 */
import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { engineOf } from "../fixtures/engines.js";

const OTHER = "In Bergen berieten 7 Staaten über Zölle auf Fisch.";

describe("letter codes", () => {
  it.each([
    ["Die G-7-Staaten berieten in Bergen über Zölle auf Fisch.", "Worüber berieten die G7-Staaten in Bergen?"],
    ["Die G7-Staaten berieten in Bergen über Zölle auf Fisch.", "Worüber berieten die G-7-Staaten in Bergen?"],
    ["Die G7-Staaten berieten in Bergen über Zölle auf Fisch.", "What did the G-7 states discuss in Bergen?"],
  ])("GIVEN %j THEN %j finds it before a passage that only shares the number", async (text, question) => {
    const engine = await engineOf({ "a_code.txt": `date 2025-05\n${text}`, "b_number.txt": `date 2025-05\n${OTHER}` });
    const a = answer(engine, question);
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.file).toBe("a_code.txt");
  });
});
