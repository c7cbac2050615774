/**
 * Each question's outcome, as `npm run eval -- questions` prints it: the rank of the first result that answers, and
 * whether the engine abstained; the totals are the sums of the outcomes.
 */
import { describe, expect, it } from "vitest";
import { casesOf } from "../../src/eval/cases.js";
import { type CaseOutcome, evaluate } from "../../src/eval/evaluate.js";
import { engineOf } from "../fixtures/engines.js";

describe("GIVEN eval questions over a small corpus", () => {
  it("THEN every question reports its outcome once, and the scores add them up", async () => {
    const engine = await engineOf({
      "a_bergen.txt": "date 2025-05\nDie Fischer in Bergen stimmten am Freitag gegen die neue Quote. Sie fürchten um ihre Einnahmen.",
      "b_oslo.txt": "date 2025-05\nIn Oslo wurde eine neue Brücke eröffnet. Sie führt über den Hafen.",
    });
    const cases = casesOf(
      [
        { q: "Wogegen stimmten die Fischer in Bergen?", files: ["a_bergen.txt"], expect: "Quote" },
        { q: "Was wurde in Oslo eröffnet?", files: ["a_bergen.txt"], expect: "Brücke" },
        { q: "Wer gewann die Fußball-Weltmeisterschaft 1954?", answerable: false },
      ],
      () => "tune",
    );
    const seen: Array<[string, CaseOutcome]> = [];
    const scores = evaluate(engine, "small", cases, undefined, undefined, (c, o) => seen.push([c.q, o]));
    expect(seen).toEqual([
      ["Wogegen stimmten die Fischer in Bergen?", { rank: 1, abstained: false, quoteHit: true }],
      // Answered, but from another file than the one listed: no rank.
      ["Was wurde in Oslo eröffnet?", { rank: 0, abstained: false, quoteHit: false }],
      ["Wer gewann die Fußball-Weltmeisterschaft 1954?", { rank: 0, abstained: true, quoteHit: false }],
    ]);
    expect(scores.hit1).toBe(0.5);
    expect(scores.unanswerable - scores.wrongAnswers).toBe(1);
  });
});
