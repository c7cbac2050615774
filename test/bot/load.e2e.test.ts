/** Many interactions at once: every one answered directly within Discord's 3 s, none lost. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discordBench } from "../../bench/discordPath.js";
import { checkPayload } from "../../src/render/discord/limits.js";
import type { InteractionReply } from "../support/fakeDiscord.js";
import { type Harness, replyText, startHarness } from "./harness.js";
import { testCore } from "./testCore.js";

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const QUESTIONS = ["Wie alt ist Keith Kellogg?", "Which leaders joined Starmer's video conference?", "Was sagte Selenskyj in München?"];

describe("load", () => {
  it("GIVEN 100 simultaneous questions from 100 users THEN all 100 get a direct answer within limits", async () => {
    const sent = await Promise.all(Array.from({ length: 100 }, (_, i) => h.dispatchAsk(QUESTIONS[i % QUESTIONS.length]!)));
    const replies: InteractionReply[] = await Promise.all(sent.map((s) => s.reply(3000)));
    expect(replies.map((r) => r.type)).toEqual(Array(100).fill(4));
    for (const reply of replies) expect(checkPayload(reply.data)).toEqual([]);
    expect(replies.filter((r) => replyText(r).includes("80-Jährige"))).toHaveLength(34);
  });

  it("GIVEN 1,000 interactions in waves of 100 THEN all are answered and none is lost", async () => {
    const result = await discordBench({ interactions: 1000, concurrency: 100, warmup: 3, core: await testCore() });
    expect(result).toMatchObject({ answered: 1000, lost: 0, direct: 1000 });
    expect(result.p99).toBeLessThan(3000);
  });
});
