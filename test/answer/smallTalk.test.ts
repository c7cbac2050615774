/**
 * Small talk around a chat question (greetings, addresses, lead-ins, thanks, Discord mentions) is no topic: it is
 * taken off before the question is read, and never leaves an empty question.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { withoutSmallTalk } from "../../src/answer/smallTalk.js";
import type { Engine } from "../../src/search/engine.js";
import { seedCore } from "../fixtures/corpus.js";

let engine: Engine;
beforeAll(async () => {
  engine = (await seedCore()).engine;
});

const QUESTION = "mit wem telefonierte Rubio am Samstag?";

describe("small talk around a question", () => {
  it.each([
    [`Hallo Bot, ${QUESTION}`, QUESTION],
    [`Hey Leute! ${QUESTION}`, QUESTION],
    [`Guten Morgen zusammen, ${QUESTION}`, QUESTION],
    [`Kurze Frage: ${QUESTION}`, QUESTION],
    [`Frage an den Bot: ${QUESTION}`, QUESTION],
    [`<@123456> ${QUESTION}`, QUESTION],
    [`${QUESTION} Danke im Voraus!`, QUESTION],
    [`${QUESTION} thx`, QUESTION],
    [`${QUESTION} LG`, QUESTION],
    ["Hi there! What did Rubio say? Thanks in advance!", "What did Rubio say?"],
    [`hey bot ${QUESTION}`, QUESTION],
    ["Weiß jemand, wann die Ukraine der Waffenruhe zustimmte?", "wann die Ukraine der Waffenruhe zustimmte?"],
    ["Kannst du mir sagen, wann die Ukraine zustimmte?", "wann die Ukraine zustimmte?"],
    ["Does anyone know who met in Riyadh?", "who met in Riyadh?"],
    ["Und was sagte Putin?", "was sagte Putin?"],
    ["Ok, and who met in Riyadh?", "who met in Riyadh?"],
    ["So, wer verhandelte?", "wer verhandelte?"],
    [`${QUESTION} https://example.org/artikel`, QUESTION],
    ["**Wann** stimmte die _Ukraine_ zu?", "Wann stimmte die Ukraine zu?"],
    ["> Wer verhandelte in Riad?", "Wer verhandelte in Riad?"],
    ["„Wer verhandelte in Riad?“", "Wer verhandelte in Riad?"],
    ["warum wäre eine waffenruhe gut für die ukraine Danke!", "warum wäre eine waffenruhe gut für die ukraine"],
    ["Wer sagte das? https://example.org/a", "Wer sagte das?"],
    ["Also wer war in Riad?", "wer war in Riad?"],
    ["ok what did Putin say?", "what did Putin say?"],
    ["Erzähl mir etwas über Keith Kellogg", "etwas über Keith Kellogg"],
    ["Gibt es Neuigkeiten zu den Gesprächen in Dschidda?", "zu den Gesprächen in Dschidda?"],
    ["Was weißt du über Pawlo Palissa?", "über Pawlo Palissa?"],
    ["Worum ging es bei dem Telefonat von Rubio und Lawrow?", "bei dem Telefonat von Rubio und Lawrow?"],
    ["What's the latest on the ceasefire?", "on the ceasefire?"],
    ["Any news on the Jeddah talks?", "on the Jeddah talks?"],
    ["What do you know about Keith Kellogg?", "about Keith Kellogg?"],
    ["Stimmt es, dass die USA die Militärhilfe wieder aufnehmen?", "dass die USA die Militärhilfe wieder aufnehmen?"],
    ["Is it true that the US resumed military aid?", "that the US resumed military aid?"],
    ["Was ist los mit den Verhandlungen in Dschidda?", "mit den Verhandlungen in Dschidda?"],
    ["Wie geht es weiter mit den Gesprächen?", "mit den Gesprächen?"],
  ])("GIVEN %j THEN the question read is %j", (typed, read) => {
    expect(withoutSmallTalk(typed)).toBe(read);
  });

  it.each(["Hallo", "Danke!", "Hallo Welt", "Was sagte Hallo Bot?", "Wer ist Ty?", "Warum dankte Selenskyj Trump?", "Wie lautet das Fazit der Frage: Waffenruhe?", "So viele Tote?", "Weißes Haus: wer war dort?", "hey botschafter, wer verhandelte?", "„Frieden durch Stärke“ – wer sagte das?", "Und?", "Was steht in https://www.example.org/artikel?", "Was sagte Selenskyj zu https://example.org/a?", "Also known as?", "OK Boomer?", "'Deal' or 'no deal'", "Gibt es Neuigkeiten?", "Any news?", "Stimmt es?", "Is it true?", "Wer stimmt es ab?", "Stimmt es ab?", "Worum geht es dabei?", "What do you know about it?", "What is New Zealand's position on Ukraine?", "What is the latest offer from Russia?", "Any news outlet reported it?", "Gibt es neues Material?"])(
    "GIVEN %j, with no small talk apart from the question THEN it is read as typed",
    (typed) => {
      expect(withoutSmallTalk(typed)).toBe(typed);
    },
  );

  it.each(["Wer sagte Danke!", "Trump sagte Danke!", "Was war die Bitte!", "Putin sendet Grüße!", "Selenskyj sagte: Danke!", "Selenskyj: danke"])(
    "GIVEN %j, whose thanks are what it asks about THEN it is read as typed",
    (typed) => {
      expect(withoutSmallTalk(typed)).toBe(typed);
    },
  );

  it.each(["Well-known diplomats in Riyadh?", "So-called peace talks?", "Hi-Tech-Waffen für die Ukraine?", "OK-Signal aus Moskau?", "Gut-Wetter-Politik?"])(
    "GIVEN %j, whose first word is part of a compound THEN it is read as typed",
    (typed) => {
      expect(withoutSmallTalk(typed)).toBe(typed);
    },
  );

  it.each([["Hallo - wer verhandelte?", "wer verhandelte?"], ["So - wer verhandelte?", "wer verhandelte?"]])("GIVEN %j THEN the question read is %j", (typed, read) => {
    expect(withoutSmallTalk(typed)).toBe(read);
  });

  it("GIVEN a question about a thank-you, typed with an exclamation mark THEN /ask quotes the thank-you", () => {
    const a = answer(engine, "Wer sagte Danke!");
    expect(a.abstained).toBe(false);
    expect(a.results[0]?.passage).toContain("nur Danke");
  });

  it.each([["Was sagte Putin thx!!", "Was sagte Putin"], ["Was sagte Putin über die Ukraine Danke!", "Was sagte Putin über die Ukraine"], ["Was sagte Putin Danke im Voraus!", "Was sagte Putin"]])(
    "GIVEN %j THEN its thanks are still small talk",
    (typed, read) => {
      expect(withoutSmallTalk(typed)).toBe(read);
    },
  );

  it("GIVEN each question of the project's own set wrapped in a greeting, a lead-in or thanks THEN /ask shows the passages of the bare question", () => {
    const questions = readFileSync("test/eval/own.jsonl", "utf8").trim().split("\n").map((line) => (JSON.parse(line) as { q: string }).q);
    const wrappers = [(q: string) => `Hallo Bot, ${q}`, (q: string) => `hey bot ${q}`, (q: string) => `Weiß jemand: ${q}`, (q: string) => `${q} Danke im Voraus!`, (q: string) => `**${q}** https://example.org/a`];
    const differing: string[] = [];
    for (const q of questions) {
      const bare = answer(engine, q).results.map((r) => r.passage);
      for (const wrap of wrappers) if (JSON.stringify(answer(engine, wrap(q)).results.map((r) => r.passage)) !== JSON.stringify(bare)) differing.push(wrap(q));
    }
    expect(questions.length).toBeGreaterThan(50);
    expect(differing).toEqual([]);
  });

  it("GIVEN a question wrapped in small talk THEN /ask gives the answer of the bare question and shows the question as typed", () => {
    const bare = answer(engine, `Mit wem telefonierte Rubio am Samstag?`);
    for (const typed of [`Hallo Bot, ${QUESTION}`, `Hey Leute, ${QUESTION} Danke im Voraus!`, `Frage an den Bot: ${QUESTION}`, `hey bot ${QUESTION}`, `${QUESTION} https://example.org/artikel`, `Weiß jemand: ${QUESTION}`]) {
      const a = answer(engine, typed);
      expect(a.question, typed).toBe(typed);
      expect(a.abstained, typed).toBe(false);
      expect(a.results.map((r) => r.passage), typed).toEqual(bare.results.map((r) => r.passage));
    }
  });
});
