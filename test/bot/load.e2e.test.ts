/**
 * Many interactions: every one answered, none lost, each reply within Discord's limits. A functional test with no
 * clock in it: how fast the answers come is measured by `npm run bench` (the Discord path rows: p50, p99, max),
 * where a slow machine shows up as a number rather than a failed test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discordBench } from "../../bench/discordPath.js";
import { checkPayload } from "../../src/render/discord/limits.js";
import type { InteractionReply } from "../support/fakeDiscord.js";
import { HANG_GUARD_MS } from "../support/hangGuard.js";
import { type Harness, replyText, startHarness } from "./harness.js";
import { testCore } from "./testCore.js";

let h: Harness;

beforeAll(async () => {
  // Discord's 3 s callback deadline lifted: this test is about answering every interaction, not about speed.
  h = await startHarness({ fake: { interactionDeadlineMs: HANG_GUARD_MS } });
});

afterAll(async () => {
  await h?.close();
});

const QUESTIONS = ["Wie alt ist Keith Kellogg?", "Which leaders joined Starmer's video conference?", "Was sagte Selenskyj in München?"];

describe("many interactions", () => {
  it("GIVEN 100 simultaneous questions from 100 users THEN all 100 are answered with the right quote, within Discord's limits", async () => {
    const sent = await Promise.all(Array.from({ length: 100 }, (_, i) => h.dispatchAsk(QUESTIONS[i % QUESTIONS.length]!)));
    const replies: InteractionReply[] = await Promise.all(sent.map((s) => s.reply(HANG_GUARD_MS)));
    // A reply (4) or, on a busy machine, a deferral (5) that is edited later: both answer the interaction.
    for (const reply of replies) expect([4, 5]).toContain(reply.type);
    const direct = replies.filter((r) => r.type === 4);
    for (const reply of direct) expect(checkPayload(reply.data)).toEqual([]);
    const kellogg = sent.filter((_, i) => i % QUESTIONS.length === 0);
    expect(kellogg).toHaveLength(34);
    for (const s of kellogg) {
      const first = replies[sent.indexOf(s)]!;
      const text = first.type === 4 ? replyText(first) : JSON.stringify((await s.waitForEdit({ timeoutMs: HANG_GUARD_MS })).body);
      expect(text).toContain("80-Jährige");
    }
  }, HANG_GUARD_MS);

  it("GIVEN 1,000 interactions in waves of 100 THEN all are answered and none is lost", async () => {
    const result = await discordBench({
      interactions: 1000,
      concurrency: 100,
      warmup: 3,
      core: await testCore(),
      timeoutMs: HANG_GUARD_MS,
      interactionDeadlineMs: HANG_GUARD_MS,
    });
    expect(result).toMatchObject({ answered: 1000, lost: 0 });
  }, HANG_GUARD_MS);
});
