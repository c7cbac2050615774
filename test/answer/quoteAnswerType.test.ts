/**
 * The quote holds the kind of answer the question asks for when its passage does and no quote rule gives way to it
 * (RankingConfig.quoteHoldsAnswerType, quoteExtend.ts `shownWindow`),
 * a question word may open a clause after a topic ("X und Y: wann …?"), and "am Mittwochabend" names a time. Texts
 * are our own.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { splitSentences } from "../../src/analysis/sentences.js";
import { answer } from "../../src/answer/answer.js";
import { passageTerms, TIME_TERM } from "../../src/answer/passageTerms.js";
import { parseQuery } from "../../src/answer/query.js";
import { bestWindow, type SentenceSpanIn } from "../../src/answer/quote.js";
import { shownWindow } from "../../src/answer/quoteExtend.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { Engine } from "../../src/search/engine.js";
import { engineOf } from "../fixtures/engines.js";
import { filler, OTHER_NEWS } from "../fixtures/texts.js";

/** One paragraph: the sentences that name the call come first, its length much later (over 600 characters on). */
const CALL = [
  "Nach dem Treffen im Weißen Haus mit den europäischen Regierungschefs rief der US-Präsident Trump den Kremlchef Putin an, wie er auf seiner Plattform schrieb.",
  "Der Vizepräsident, der Außenminister und der Sondergesandte sollen nun die nächsten Schritte für ein mögliches Treffen vorbereiten, hieß es aus dem Umfeld der Regierung.",
  "Trump schrieb außerdem, auf ein Treffen der beiden Kriegsparteien solle später ein Gipfel zu dritt folgen, an dem er selbst teilnehmen wolle, sobald die Vorbereitungen es erlaubten.",
  "Der Kreml bestätigte das Telefonat, das etwa 40 Minuten gedauert habe, nannte aber keinen Termin für einen Gipfel.",
  "Ein Berater in Moskau sprach lediglich von Gesprächen auf höherer Ebene.",
].join(" ");

const TEXTS: Record<string, string> = {
  "a_telefonat.txt": CALL,
  // The time stands in the last sentence, over 600 characters after the start of the one that names the sanctions.
  "b_sanktionen.txt": [
    "Die neuen Sanktionen der USA richten sich gegen die Ölkonzerne Rosneft und Lukoil und gegen deren Tochterfirmen im ganzen Land.",
    "Beide Konzerne fördern zusammen einen großen Teil des russischen Öls, das vor allem nach Asien verkauft wird, wie Fachleute der Branche seit langem betonen.",
    "Käufer in anderen Ländern müssen nun damit rechnen, selbst belangt zu werden, wenn sie weiter Geschäfte mit den beiden Unternehmen machen und Zahlungen leisten.",
    "Die Regierung in Moskau sprach von einem unfreundlichen Schritt und kündigte an, die Folgen für die eigene Wirtschaft genau zu prüfen und darauf zu antworten.",
    "Verhängt wurden die Strafmaßnahmen am Mittwochabend.",
  ].join(" "),
  ...OTHER_NEWS,
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(TEXTS);
});

const CALL_QUESTION = "Wie lange dauerte das Telefonat von Trump mit Putin nach dem Treffen im Weißen Haus mit den europäischen Regierungschefs?";

describe("the quote holds the asked-for kind of answer", () => {
  it("GIVEN a passage whose duration stands after the sentences that name the call THEN the quote shows the duration", () => {
    const a = answer(engine, CALL_QUESTION);
    expect(a.results[0]!.file).toBe("a_telefonat.txt");
    expect(a.results[0]!.quote).toContain("etwa 40 Minuten");
  });

  it("GIVEN the feature switched off THEN the quote shows the sentences that name the call and not the duration", () => {
    const a = answer(engine, CALL_QUESTION, { ranking: { ...DEFAULT_RANKING, quoteHoldsAnswerType: false } });
    expect(a.results[0]!.file).toBe("a_telefonat.txt");
    expect(a.results[0]!.quote).not.toContain("40 Minuten");
  });

  it("GIVEN the required kind only in a sentence that opens with a pronoun out of reach THEN no quote rule gives way to it", () => {
    const text = `Lars Berg reiste nach Oslo. ${filler(90)}. Er kam am Mittwochabend an.`;
    const sentences = splitSentences(text);
    const spans: SentenceSpanIn[] = sentences.map((x, k) => ({ ...x, degrees: Float32Array.from([k === 0 ? 1 : 0, k === sentences.length - 1 ? 1 : 0]) }));
    const weights = Float32Array.from([3, 1]);
    const widening = { following: true, slide: true, preceding: true };
    const w = shownWindow(spans, weights, text, widening, [false, true])!;
    expect(text.slice(w.start, w.end)).toBe("Lars Berg reiste nach Oslo.");
    // The window that holds the time alone would open with "Er", its referent out of reach.
    const typed = bestWindow(spans, weights, text, [false, true])!;
    expect(text.slice(typed.start, typed.end)).toBe("Er kam am Mittwochabend an.");
  });

  it("GIVEN two required kinds too far apart for one window THEN bestWindow picks as without them", () => {
    const text = `Alpha 12. ${filler(60)}. Beta am Montag.`;
    const sentences = splitSentences(text);
    const spans: SentenceSpanIn[] = sentences.map((x, k) => ({ ...x, degrees: Float32Array.from([k === 0 ? 1 : 0, k === sentences.length - 1 ? 1 : 0, k === 1 ? 1 : 0]) }));
    const weights = Float32Array.from([1, 1, 3]);
    expect(bestWindow(spans, weights, text, [true, true, false])).toEqual(bestWindow(spans, weights, text));
  });

  it("GIVEN the required kind in no sentence THEN bestWindow picks as without it", () => {
    const text = "Alpha Beta. Gamma. Delta Alpha.";
    const spans: SentenceSpanIn[] = [
      { start: 0, end: 11, degrees: Float32Array.from([1, 0]) },
      { start: 12, end: 18, degrees: Float32Array.from([0, 0]) },
      { start: 19, end: 31, degrees: Float32Array.from([1, 0]) },
    ];
    const weights = Float32Array.from([1, 1]);
    expect(bestWindow(spans, weights, text, [false, true])).toEqual(bestWindow(spans, weights, text));
  });

  it("GIVEN the required kind in a later sentence only THEN the window reaches it; unrequired, it stays on the best sentence", () => {
    const text = "Alpha Beta Gamma. Delta. Epsilon 40.";
    const spans: SentenceSpanIn[] = [
      { start: 0, end: 17, degrees: Float32Array.from([1, 1, 0]) },
      { start: 18, end: 24, degrees: Float32Array.from([0, 0, 0]) },
      { start: 25, end: 36, degrees: Float32Array.from([0, 0, 1]) },
    ];
    // The number's sentence weighs too little to join the window of best coverage on its own.
    const weights = Float32Array.from([3, 3, 0.05]);
    const required = bestWindow(spans, weights, text, [false, false, true])!;
    expect(text.slice(required.start, required.end)).toContain("40");
    const plain = bestWindow(spans, weights, text)!;
    expect(text.slice(plain.start, plain.end)).toBe("Alpha Beta Gamma.");
  });
});

describe("a question word after a topic, and times of a weekday", () => {
  it("GIVEN 'X und Y: wann …?' THEN the question asks for a time", () => {
    const labels = parseQuery("Rosneft und Lukoil: wann kamen die Sanktionen?", engine.index.analyzer, engine.lexicon).concepts.map((c) => c.label);
    expect(labels).toContain("wann");
  });

  it("GIVEN a question word after a topic that already asks THEN no clause is read on its own", () => {
    const labels = parseQuery("What did Zelensky say – when asked about the ceasefire?", engine.index.analyzer, engine.lexicon).concepts.map((c) => c.label);
    expect(labels).not.toContain("wann");
  });

  it("GIVEN 'am Mittwochabend' THEN the sentence names a time, and the 'wann' question's quote reaches it", () => {
    const id = engine.index.passages.findIndex((p) => p.articleId === "b_sanktionen");
    const sentences = passageTerms(engine.index, id, true).sentences;
    expect(sentences[sentences.length - 1]!.terms.has(TIME_TERM)).toBe(true);
    const question = "Rosneft und Lukoil: wann kamen die Sanktionen der USA?";
    const a = answer(engine, question);
    expect(a.results[0]!.file).toBe("b_sanktionen.txt");
    expect(a.results[0]!.quote).toContain("am Mittwochabend");
    // The quote rule off: the quote stays on the sentences that name the sanctions.
    const off = answer(engine, question, { ranking: { ...DEFAULT_RANKING, quoteHoldsAnswerType: false } });
    expect(off.results[0]?.quote ?? "").not.toContain("Mittwochabend");
  });
});
