/**
 * What counts as a hit in a JSONL set (the shared dev set, the project's own sets, real news): a result from a listed
 * file, or citing one, whose passage holds the expected answer. Real news is counted the same way since session 31:
 * an article's lead, which names the event, is no hit when the answer stands in a later paragraph.
 */
import { describe, expect, it } from "vitest";
import { casesOf, type ResultView } from "../../src/eval/cases.js";

const [answerable, outOfScope] = casesOf(
  [
    { q: "Wie viele Gefangene kamen frei?", files: ["093_austausch.txt", "094_austausch-kopie.txt"], expect: "jeweils 390 Gefangenen" },
    { q: "Wer gewann die Tour de France?", answerable: false },
  ],
  () => "tune",
);

const LEAD = "Russland und die Ukraine haben ihren großen Gefangenenaustausch abgeschlossen.";
const ANSWER = "Begonnen hatte der Austausch am Freitag mit der Übergabe von jeweils 390 Gefangenen.";
const result = (file: string, passage: string, alsoIn: string[] = []): ResultView => ({ file, passage, passageStart: 0, quote: passage, alsoIn });

describe("eval hits", () => {
  it("GIVEN the listed article THEN only the passage that holds the answer is a hit, not its lead", () => {
    expect(answerable!.hit!(result("093_austausch.txt", ANSWER))).toBe(true);
    expect(answerable!.hit!(result("093_austausch.txt", LEAD))).toBe(false);
  });

  it("GIVEN a listed syndicated copy, or a result that cites one, THEN its answering passage is a hit; another article's is not", () => {
    expect(answerable!.hit!(result("094_austausch-kopie.txt", ANSWER))).toBe(true);
    expect(answerable!.hit!(result("200_andere-quelle.txt", ANSWER, ["094_austausch-kopie.txt"]))).toBe(true);
    expect(answerable!.hit!(result("200_andere-quelle.txt", ANSWER))).toBe(false);
  });

  it("GIVEN a quote THEN the quote hit needs the answer in the quote itself", () => {
    expect(answerable!.quoteHit!({ ...result("093_austausch.txt", `${LEAD} ${ANSWER}`), quote: LEAD })).toBe(false);
    expect(answerable!.quoteHit!({ ...result("093_austausch.txt", `${LEAD} ${ANSWER}`), quote: ANSWER })).toBe(true);
  });

  it("GIVEN an out-of-scope line THEN it has no hit to score", () => {
    expect(outOfScope).toMatchObject({ answerable: false });
    expect(outOfScope!.hit).toBeUndefined();
  });
});
