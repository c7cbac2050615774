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
  "d_paris.txt": "date 2025-12\nMacron hielt seine Rede vor den Botschaftern.",
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
    ["Was schlug Umerow bei den Gesprächen am Bosporus vor?", /bosporus/i, "istanbul"],
    ["Worüber berieten die Europäer an der Spree?", /spree/i, "berlin"],
    ["What was negotiated in the Gulf?", /gulf/i, "arabi"],
  ])("GIVEN %s THEN the water's concept also finds the place", (question, label, place) => {
    expect(alternatives(question, label)).toContain(place);
  });

  it("GIVEN the water without a preposition of place, or a word spelled like it, THEN no place is added", () => {
    expect(alternatives("Spielt Trump Golf?", /golf/i)).not.toContain("arabi");
    expect(alternatives("Was sagte Macron in seiner Rede?", /rede/i)).not.toContain("paris");
    expect(alternatives("Wer kaufte den Golfklub am Golf von Mexiko?", /golfklub/i)).not.toContain("arabi");
  });

  it("GIVEN the talks placed 'am Golf' THEN the passage on the talks in Saudi-Arabien answers; with the synonym weight off, nothing does", () => {
    const q = "Worüber verhandelten die Delegationen am Golf?";
    const a = answer(engine, q);
    expect(a.abstained, `abstained: ${a.reason}`).toBe(false);
    expect(a.results[0]!.file).toBe("a_saudi.txt");
    const off = { ...DEFAULT_RANKING, alternatives: { ...DEFAULT_RANKING.alternatives, synonym: 0 } };
    expect(answer(engine, q, { ranking: off }).results[0]?.file).not.toBe("a_saudi.txt");
  });
});
