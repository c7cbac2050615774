/**
 * Small talk around a chat question (greetings, addresses, lead-ins, thanks, Discord mentions) is no topic: it is
 * taken off before the question is read, and never leaves an empty question.
 */
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
  ])("GIVEN %j THEN the question read is %j", (typed, read) => {
    expect(withoutSmallTalk(typed)).toBe(read);
  });

  it.each(["Hallo", "Danke!", "Hallo Welt", "Was sagte Hallo Bot?", "Wer ist Ty?", "Warum dankte Selenskyj Trump?", "Wie lautet das Fazit der Frage: Waffenruhe?"])(
    "GIVEN %j, with no small talk apart from the question THEN it is read as typed",
    (typed) => {
      expect(withoutSmallTalk(typed)).toBe(typed);
    },
  );

  it("GIVEN a question wrapped in small talk THEN /ask gives the answer of the bare question and shows the question as typed", () => {
    const bare = answer(engine, `Mit wem telefonierte Rubio am Samstag?`);
    for (const typed of [`Hallo Bot, ${QUESTION}`, `Hey Leute, ${QUESTION} Danke im Voraus!`, `Frage an den Bot: ${QUESTION}`]) {
      const a = answer(engine, typed);
      expect(a.question, typed).toBe(typed);
      expect(a.abstained, typed).toBe(false);
      expect(a.results.map((r) => r.passage), typed).toEqual(bare.results.map((r) => r.passage));
    }
  });
});
