/**
 * A question none of whose words is more at home in the corpus than in general German is off topic, however well a
 * passage matches it: a large corpus holds nearly every word somewhere. Texts are our own, generated.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING, type RankingConfig } from "../../src/answer/ranking.js";
import { topicality } from "../../src/answer/topicality.js";
import type { Engine } from "../../src/search/engine.js";
import { engineOf } from "../fixtures/engines.js";

const WHO = ["Die Unterhändler", "Die Delegationen", "Die Außenminister", "Die Sondergesandten", "Die Vermittler", "Die Berater"];
const WHERE = ["Genf", "Riad", "Istanbul", "Dschidda", "Abu Dhabi", "Miami", "Anchorage", "Doha"];
const WHAT = ["die Waffenruhe", "den Gefangenenaustausch", "die Sicherheitsgarantien", "das Rohstoffabkommen", "die Sanktionen", "den Friedensplan", "die Grenzlinie", "die Waffenlieferungen", "die Energieanlagen", "den Wiederaufbau"];
const HOW = ["verhandelten lange über", "stritten erneut über", "einigten sich vorläufig auf", "berieten vertraulich über", "sprachen ausführlich über"];
const AFTER = ["Der Kreml äußerte sich zurückhaltend.", "Kiew verlangte weitere Zusagen.", "Washington sprach von Fortschritten.", "Die Europäer forderten ein Mitspracherecht.", "Moskau stellte neue Bedingungen."];

/** 500 passages about negotiations: enough text that chance frequencies of common German words mean something. */
function negotiationNews(): Record<string, string> {
  const texts: Record<string, string> = {};
  for (let a = 0; a < 20; a++) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 25; p++) {
      const i = a * 25 + p;
      const sentence = (k: number) => `${WHO[(i + k) % WHO.length]} ${HOW[(i + 2 * k) % HOW.length]} ${WHAT[(i * 3 + k) % WHAT.length]} in ${WHERE[(i + 3 * k) % WHERE.length]}.`;
      paragraphs.push(`${sentence(0)} ${sentence(1)} ${AFTER[i % AFTER.length]} ${sentence(2)} ${sentence(3)}`);
    }
    if (a === 5) paragraphs.push("Nach dem Drohnenangriff stieg dichter Rauch über der Raffinerie in den Himmel.");
    if (a === 7) paragraphs.push("Die Gespräche fanden meist hinter verschlossenen Türen statt.");
    texts[`n_${String(a).padStart(2, "0")}.txt`] = paragraphs.join("\n\n");
  }
  return texts;
}

const WITHOUT_VETO: RankingConfig = { ...DEFAULT_RANKING, abstain: { ...DEFAULT_RANKING.abstain, weights: { ...DEFAULT_RANKING.abstain.weights, offTopic: 0 } } };

let news: Engine;
let small: Engine;
beforeAll(async () => {
  news = await engineOf(negotiationNews());
  small = await engineOf({ "a.txt": "Die Unterhändler verhandelten in Genf über die Waffenruhe.", "b.txt": "Rauch stieg über der Raffinerie in den Himmel." });
});

const topicOf = (engine: Engine, question: string) => topicality(engine.index, parseQuery(question, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t)).concepts, engine.lexicon.general);

describe("topicality", () => {
  it("GIVEN 500 passages on negotiations THEN a word they use far more than German does is topical, one they hold by chance is not", () => {
    expect(topicOf(news, "Was wurde über die Waffenruhe gesagt?")).toBeGreaterThan(2);
    expect(topicOf(news, "Warum ist der Himmel blau?")).toBeLessThan(DEFAULT_RANKING.abstain.offTopicBelow);
  });

  it("GIVEN two one-sentence articles THEN nothing is judged: chance frequencies are too small to compare", () => {
    expect(topicOf(small, "Warum ist der Himmel blau?")).toBe(Number.POSITIVE_INFINITY);
  });

  it("GIVEN a compound whose only part the corpus holds is a common German word THEN that part judges it, as a word would be", () => {
    // "Fußballmeister": the corpus has no "Fußball", and "Meister" meets only the adverb "meist", which German uses everywhere.
    const concepts = parseQuery("Wer wurde Fußballmeister?", news.index.analyzer, news.lexicon, (t) => news.index.df.has(t)).concepts;
    expect(concepts.some((c) => c.alts.some((a) => a.part && news.index.df.has(a.term)))).toBe(true);
    expect(topicOf(news, "Wer wurde Fußballmeister?")).toBeLessThan(DEFAULT_RANKING.abstain.offTopicBelow);
    // A part the corpus uses far more than German does still makes the compound topical.
    expect(topicOf(news, "Wann begann der Waffenruhevorschlag?")).toBeGreaterThan(2);
  });

  it("GIVEN a question no concept of which the corpus holds THEN it is left to the other features", () => {
    expect(topicOf(news, "Wer gewann das Tennisturnier?")).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("the off-topic veto", () => {
  it("GIVEN a question about the sky over 500 passages on negotiations THEN the bot abstains, though a passage holds its word", () => {
    const question = "Warum ist der Himmel blau?";
    expect(answer(news, question).abstained).toBe(true);
    // Without the veto the passage about smoke rising into the sky answers it.
    const unvetoed = answer(news, question, { ranking: WITHOUT_VETO });
    expect(unvetoed.abstained).toBe(false);
    expect(unvetoed.results[0]!.quote).toContain("Himmel");
  });

  it("GIVEN a question about the corpus's topic THEN it is answered", () => {
    const a = answer(news, "Worüber verhandelten die Unterhändler in Genf?");
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.quote).toContain("Genf");
  });

  it("GIVEN the two short articles THEN the veto never fires: a question on the sky there fares as without it", () => {
    expect(answer(small, "Warum ist der Himmel blau?").abstained).toBe(answer(small, "Warum ist der Himmel blau?", { ranking: WITHOUT_VETO }).abstained);
  });
});
