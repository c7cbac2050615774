/**
 * A place named by its water ("am Golf", "am Bosporus", "an der Spree", "in the Gulf") also finds the place's names the
 * corpus uses (placeByWater.ts); the water alone ("Spielt Trump Golf?") names no place.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { Engine } from "../../src/search/engine.js";
import { engineOf } from "../fixtures/engines.js";

const TEXTS: Record<string, string> = {
  "a_saudi.txt": "date 2025-03\nDie Delegationen der USA und der Ukraine verhandelten am Dienstag in Saudi-Arabien über eine Waffenruhe.",
  "b_istanbul.txt": "date 2025-07\nIn Istanbul schlug Umerow ein Treffen der Präsidenten bis Ende August vor.",
  "c_berlin.txt": "date 2025-12\nIn Berlin berieten die Europäer über Sicherheitsgarantien.",
  "z_unrelated.txt": "date 2025-07\nDas Wetter in Rom war mild. Die Touristen kamen in großer Zahl.",
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(TEXTS);
});

/** The alternatives of the question's concept labelled `label`. */
function alternatives(question: string, label: RegExp): string[] {
  const parsed = parseQuery(question, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t), DEFAULT_RANKING);
  return parsed.concepts.find((c) => label.test(c.label))?.alts.map((a) => a.term) ?? [];
}

describe("a place named by its water", () => {
  it.each([
    ["Worüber wurde bei den Verhandlungen am Golf gesprochen?", /golf/i, "arabi"],
    ["Worüber wurde am Persischen Golf verhandelt?", /golf/i, "arabi"],
    ["Worüber wurde im Persischen Golf verhandelt?", /golf/i, "arabi"],
    ["Welcher Plan wurde am Golf von Witkoff vorgestellt?", /golf/i, "arabi"],
    ["Was schlug Umerow bei den Gesprächen am Bosporus vor?", /bosporus/i, "istanbul"],
    ["Worüber berieten die Europäer an der Spree?", /spree/i, "berlin"],
    ["What was negotiated in the Gulf?", /gulf/i, "arabi"],
  ])("GIVEN %s THEN the water's concept also finds the place", (question, label, place) => {
    expect(alternatives(question, label)).toContain(place);
  });

  it.each([
    ["Spielt Trump Golf?"],
    ["Was hält Trump vom Golf?"],
    ["Geht Trump am Wochenende zum Golf?"],
    ["Was sagte Trump zum Golf von Amerika?"],
    ["Wer kaufte das Hotel am Golf von Mexiko?"],
    ["Wer spielte am Golf-Resort?"],
    ["Wer spielte am Golf‑Resort?"],
    ["What happened in the Gulf of Mexico?"],
  ])("GIVEN %s (the game, another gulf, a longer name) THEN no place is added", (question) => {
    expect(alternatives(question, /^(?:golf|gulf)$/i)).not.toContain("arabi");
  });

  it("GIVEN the water's adjective ('am Persischen Golf') THEN it finds the places too: no topic of its own the corpus lacks", () => {
    expect(alternatives("Worüber wurde am Persischen Golf verhandelt?", /^persischen$/i)).toContain("arabi");
    const a = answer(engine, "Worüber verhandelten die Delegationen am Persischen Golf?");
    expect(a.abstained, `abstained: ${a.reason}`).toBe(false);
    expect(a.results[0]!.file).toBe("a_saudi.txt");
  });

  it.each([
    ["Spielt Trump Golf?"],
    ["Was hält Trump vom Golf?"],
    ["Geht Trump am Wochenende zum Golf?"],
  ])("GIVEN %s THEN it abstains: the corpus reports no golf", (question) => {
    expect(answer(engine, question).abstained).toBe(true);
  });

  it("GIVEN the talks placed 'am Golf' THEN the passage on the talks in Saudi-Arabien answers; with waterPlace 0 it does not", () => {
    const q = "Worüber verhandelten die Delegationen am Golf?";
    const a = answer(engine, q);
    expect(a.abstained, `abstained: ${a.reason}`).toBe(false);
    expect(a.results[0]!.file).toBe("a_saudi.txt");
    const off = { ...DEFAULT_RANKING, alternatives: { ...DEFAULT_RANKING.alternatives, waterPlace: 0 } };
    expect(answer(engine, q, { ranking: off }).results[0]?.file).not.toBe("a_saudi.txt");
  });
});
