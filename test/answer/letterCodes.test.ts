/**
 * A letter code and its number name one thing however they are written: "G-7-Staaten" and "G7-Staaten", "F-16" and
 * "F16" (tokens.ts joinLetterCodes, in the index and in the question parsers).
 */
import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { engineOf } from "../fixtures/engines.js";

const OTHER: Record<string, string> = {
  G: "In Bergen berieten 7 Staaten über Zölle auf Fisch.",
  S: "Über Bergen flogen 34 Bomber nach Norden.",
};

describe("letter codes", () => {
  it.each([
    ["Die G-7-Staaten berieten in Bergen über Zölle auf Fisch.", "Worüber berieten die G7-Staaten in Bergen?"],
    ["Die G7-Staaten berieten in Bergen über Zölle auf Fisch.", "Worüber berieten die G-7-Staaten in Bergen?"],
    // "Su-34" is in no glossary or dictionary: the English parser joins it as the German one does.
    ["Die Su34-Bomber flogen über Bergen nach Norden.", "Where did the Su-34 bombers fly over Bergen?"],
  ])("GIVEN %j THEN %j finds it before a passage that only shares the number", async (text, question) => {
    const engine = await engineOf({ "a_code.txt": `date 2025-05\n${text}`, "b_number.txt": `date 2025-05\n${OTHER[text.includes("Su") ? "S" : "G"]}` });
    const a = answer(engine, question);
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.file).toBe("a_code.txt");
  });
});
