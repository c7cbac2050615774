/**
 * The first result's article stays, but the passage shown first is the one that holds what the question asks for: a
 * news lead names the question's event, a later paragraph its number (answerTypeFirst.ts). Texts are our own.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { Engine } from "../../src/search/engine.js";
import { engineOf } from "../fixtures/engines.js";
import { OTHER_NEWS } from "../fixtures/texts.js";

const TEXTS: Record<string, string> = {
  "a_gipfel.txt": [
    "Der Gipfel von Trump und Putin in Anchorage hat begonnen. Die Stadt in Alaska empfängt die Präsidenten.",
    "Die Delegationen trafen am Morgen auf dem Stützpunkt ein.",
    "In der Stadt mit rund 290.000 Einwohnern sind viele Straßen gesperrt.",
  ].join("\n\n"),
  "b_anderes.txt": "Trump und Putin telefonierten am Dienstag über den Gipfel.",
  ...OTHER_NEWS,
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(TEXTS);
});

const QUESTION = "Wie viele Einwohner hat Anchorage, die Stadt des Gipfels von Trump und Putin?";

describe("the passage that holds the asked-for kind first", () => {
  it("GIVEN an article whose lead names the event and a later paragraph the number THEN that paragraph is shown first", () => {
    const a = answer(engine, QUESTION);
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.file).toBe("a_gipfel.txt");
    expect(a.results[0]!.quote).toContain("290.000 Einwohnern");
  });

  it("GIVEN the feature switched off (answerTypeFirst: 0) THEN the lead, which holds more of the question's words, comes first", () => {
    const a = answer(engine, QUESTION, { ranking: { ...DEFAULT_RANKING, answerTypeFirst: 0 } });
    expect(a.results[0]!.file).toBe("a_gipfel.txt");
    expect(a.results[0]!.quote).not.toContain("290.000");
  });

  it("GIVEN the paragraph moved first THEN it takes the first's score: the results that follow are measured against the best", () => {
    const [first, second] = answer(engine, QUESTION).results;
    expect(first!.quote).toContain("290.000");
    expect(first!.score).toBeGreaterThanOrEqual(second?.score ?? 0);
  });

  it("GIVEN the number only in another article THEN no passage of it is moved up: the article ranked first stays first", async () => {
    const other = await engineOf({ ...TEXTS, "a_gipfel.txt": TEXTS["a_gipfel.txt"]!.split("\n\n").slice(0, 2).join("\n\n"), "c_zahl.txt": "Anchorage hat rund 290.000 Einwohner." });
    const on = answer(other, QUESTION).results.map((r) => r.passageId);
    const off = answer(other, QUESTION, { ranking: { ...DEFAULT_RANKING, answerTypeFirst: 0 } }).results.map((r) => r.passageId);
    expect(on).toEqual(off);
  });
});
