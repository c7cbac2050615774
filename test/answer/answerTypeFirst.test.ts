/**
 * The passage shown first is the one that holds what the question asks for, of the first result's article or, scoring nearly as well, of another: a
 * news lead names the question's event, a later paragraph its number (answerTypeFirst.ts). Texts are our own.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { answerTypeFirst } from "../../src/answer/answerTypeFirst.js";
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
/** The lead as context (leadContextShare) lifts the later paragraph on its own: off, to see this feature alone. */
const RANKING = { ...DEFAULT_RANKING, leadContextShare: 0 };

describe("the passage that holds the asked-for kind first", () => {
  it("GIVEN an article whose lead names the event and a later paragraph the number THEN that paragraph is shown first", () => {
    const a = answer(engine, QUESTION, { ranking: RANKING });
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.file).toBe("a_gipfel.txt");
    expect(a.results[0]!.quote).toContain("290.000 Einwohnern");
  });

  it("GIVEN the feature switched off (answerTypeFirst: 0) THEN the lead, which holds more of the question's words, comes first", () => {
    const a = answer(engine, QUESTION, { ranking: { ...RANKING, answerTypeFirst: 0 } });
    expect(a.results[0]!.file).toBe("a_gipfel.txt");
    expect(a.results[0]!.quote).not.toContain("290.000");
  });

  it("GIVEN the paragraph moved first THEN it takes the first's score: the results that follow are measured against the best", () => {
    const [first, second] = answer(engine, QUESTION, { ranking: RANKING }).results;
    expect(first!.quote).toContain("290.000");
    expect(first!.score).toBeGreaterThanOrEqual(second?.score ?? 0);
  });

  it("GIVEN the number only in another article's passage that scores nearly as well THEN that passage is shown first (answerTypeFirstOther)", async () => {
    const other = await engineOf({ ...TEXTS, "a_gipfel.txt": TEXTS["a_gipfel.txt"]!.split("\n\n").slice(0, 2).join("\n\n"), "c_zahl.txt": "Anchorage hat rund 290.000 Einwohner." });
    const on = answer(other, QUESTION).results;
    expect(on[0]!.file).toBe("c_zahl.txt");
    expect(on[0]!.quote).toContain("290.000");
    const off = answer(other, QUESTION, { ranking: { ...DEFAULT_RANKING, answerTypeFirstOther: 0 } }).results;
    expect(off[0]!.file).toBe("a_gipfel.txt");
  });

  it("GIVEN the asked-for kind only in another article's passage that scores far below the first THEN the first stays first", async () => {
    const calls = await engineOf({
      "a_telefonat.txt": "Macron telefonierte vor dem Krisentreffen in Paris mit Trump. Danach beriet er mit den europäischen Staats- und Regierungschefs.",
      "b_bericht.txt": "Das Telefonat zwischen Macron und Trump vor dem Treffen dauerte etwa 20 Minuten, teilte der Élysée mit.",
      ...OTHER_NEWS,
    });
    const q = "Wie lange telefonierte Macron vor dem Krisentreffen in Paris mit Trump?";
    const on = answer(calls, q).results.map((r) => r.passageId);
    expect(on[0]).toMatch(/^a_telefonat/);
    expect(on).toEqual(answer(calls, q, { ranking: { ...DEFAULT_RANKING, answerTypeFirstOther: 0 } }).results.map((r) => r.passageId));
  });

  it("GIVEN a first result that is its article's lead THEN a later passage of that article with the asked kind needs only answerTypeFirstLead of its score", () => {
    const ids = engine.index.passages.flatMap((p, id) => (engine.index.articleById.get(p.articleId)!.file === "a_gipfel.txt" ? [id] : []));
    const [lead, second, third] = ids as [number, number, number];
    // One answer type asked; a candidate holds it when a sentence of its window has a degree for it.
    const candidate = (id: number, score: number, holds: boolean) => ({ id, score, window: { start: 0, end: 1 }, anyNumberSentences: [{ start: 0, end: 1, degrees: Float32Array.of(holds ? 1 : 0) }] });
    const order = (firstId: number, leadShare: number) =>
      answerTypeFirst(engine.index, [candidate(firstId, 1, false), candidate(third, 0.65, true)], [true], DEFAULT_RANKING.answerTypeFirst, 0, leadShare).map((c) => c.id);
    expect(order(lead, DEFAULT_RANKING.answerTypeFirstLead)).toEqual([third, lead]);
    // Below answerTypeFirst, a first result that is no lead keeps its place, and so does the lead with the share off.
    expect(order(second, DEFAULT_RANKING.answerTypeFirstLead)).toEqual([second, third]);
    expect(order(lead, DEFAULT_RANKING.answerTypeFirst)).toEqual([lead, third]);
  });
});
