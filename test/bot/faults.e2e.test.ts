/**
 * What goes wrong in production, provoked on purpose: REST 500 and 429 on the reply, a dropped gateway,
 * interactions Discord no longer accepts (40060, 10062), a bug in a handler, a handler still working when the bot defers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DEFER_AFTER_MS } from "../../src/bot/respond.js";
import { faults, type InteractionInput } from "../support/fakeDiscord.js";
import { type Harness, isEphemeral, replyText, startHarness, TOKEN } from "./harness.js";
import { BOOM, faultyCore, testCore } from "./testCore.js";

const KELLOGG = "Wie alt ist Keith Kellogg?";
const SLOW = "Langsame Frage zu Kellogg";
let h: Harness;
/** The slow question answers only when the test lets it: slower than the defer point on any machine, with no clock. */
let releaseSlow: () => void = () => {};

beforeAll(async () => {
  const base = await testCore();
  const core = faultyCore(base, { throwOn: BOOM, errorMessage: `kaputt mit ${TOKEN}` });
  h = await startHarness({
    // The bot's own defer point, which the slow handler below passes.
    deferAfterMs: DEFAULT_DEFER_AFTER_MS,
    core: {
      ...core,
      // Only this question is slow: it answers once the test releases it, after the bot has deferred.
      ask: async (q) => {
        if (q === SLOW) {
          await new Promise<void>((resolve) => {
            releaseSlow = resolve;
          });
          return base.ask(KELLOGG);
        }
        return core.ask(q);
      },
    },
  });
});

afterAll(async () => {
  await h?.close();
});

const errorLines = () => h.logs.filter((l) => l.level >= 50);

describe("REST faults on the reply", () => {
  it("GIVEN the first callback gets a 500 THEN the reply still arrives", async () => {
    h.fake.failNextCallback(faults.serverError(500));
    const reply = await h.ask(KELLOGG);
    expect(replyText(reply)).toContain("80-Jährige");
    expect(reply.interaction.callbackAttempts().map((r) => r.status)).toEqual([500, 204]);
  });

  it("GIVEN the first callback gets a 429 THEN the reply arrives after retry_after", async () => {
    h.fake.failNextCallback(faults.rateLimited(0.1));
    const reply = await h.ask(KELLOGG);
    expect(replyText(reply)).toContain("80-Jährige");
    expect(reply.interaction.callbackAttempts().map((r) => r.status)).toEqual([429, 204]);
  });
});

describe("gateway", () => {
  it("GIVEN the connection drops abruptly THEN the bot resumes and keeps answering", async () => {
    await h.fake.dropGateway();
    await h.fake.waitForResume(1);
    expect(replyText(await h.ask(KELLOGG))).toContain("80-Jährige");
  });

  it("GIVEN the session cannot be resumed THEN the bot identifies again and keeps answering", async () => {
    await h.fake.dropGateway(4000, { invalidateSession: true });
    await h.fake.waitForIdentify(2);
    expect(replyText(await h.ask(KELLOGG))).toContain("80-Jährige");
  });
});

describe("interactions Discord no longer accepts", () => {
  it.each([
    [40060, "debug", "interaction already acknowledged"],
    [10062, "warn", "interaction expired before the reply"],
  ] as const)("GIVEN the callback fails with %i THEN it is logged at %s, nothing crashes", async (code, level, msg) => {
    const errorsBefore = errorLines().length;
    h.fake.failNextCallback(faults.interactionCallbackError(code));
    const sent = await h.dispatchAsk(KELLOGG);
    expect((await sent.waitForCallbackAttempt()).status).toBeGreaterThanOrEqual(400);
    await expect.poll(() => h.logs.find((l) => l.msg === msg && l.interaction === sent.id)?.level).toBe(level === "debug" ? 20 : 40);
    expect(errorLines()).toHaveLength(errorsBefore);
    expect(sent.callbackAttempts()).toHaveLength(1);
    expect(replyText(await h.ask(KELLOGG))).toContain("80-Jährige");
  });
});

describe("a bug in a handler", () => {
  it("GIVEN the core throws THEN the user gets a private message with an error id, logged under that id without the token", async () => {
    const reply = await h.ask(BOOM);
    expect(isEphemeral(reply)).toBe(true);
    const id = /Fehler-ID ([A-Z0-9]{6})/.exec(replyText(reply))?.[1];
    expect(id).toBeDefined();
    const line = h.logs.find((l) => l.errorId === id);
    expect(line).toMatchObject({ level: 50, msg: "interaction failed", interaction: reply.interaction.id });
    expect(JSON.stringify(line)).toContain("kaputt mit [redacted]");
    expect(h.rawLogs.join("")).not.toContain(TOKEN);
    expect(replyText(reply)).not.toContain(TOKEN);
  });
});

describe("a slow handler", () => {
  it("GIVEN an answer that is not ready when the defer point passes THEN the bot defers and edits the answer in", async () => {
    const sent = await h.dispatchAsk(SLOW);
    // Only a guard against a hang: the answer cannot come before the release below, so the first callback is the deferral.
    const first = await sent.reply();
    expect(first.type).toBe(5);
    expect(sent.callbackAttempts()).toHaveLength(1);
    releaseSlow();
    const edit = await sent.waitForEdit();
    expect(JSON.stringify(edit.body)).toContain("80-Jährige");
  });
});

describe("interactions the bot does not know", () => {
  it("GIVEN a command that is no longer registered THEN a private message that the bot does not know it (not a stale button), no error log", async () => {
    const errorsBefore = errorLines().length;
    const reply = await h.command("veraltet", []);
    expect(isEphemeral(reply)).toBe(true);
    expect(replyText(reply)).toContain("ein Befehl oder Element, das ich nicht (mehr) kenne");
    expect(replyText(reply)).not.toContain("älteren Antwort");
    expect(errorLines()).toHaveLength(errorsBefore);
  });

  it("GIVEN a modal submit or a kind of menu the bot never sends THEN a private answer, never Discord's 'interaction failed'", async () => {
    const errorsBefore = errorLines().length;
    const inputs: InteractionInput[] = [
      { type: 5, data: { custom_id: "x", components: [] } },
      { type: 3, data: { custom_id: "ctxm", component_type: 5, values: ["1300000000000000999"] } },
    ];
    for (const input of inputs) {
      const sent = await h.fake.dispatchInteraction(input);
      const reply = await sent.reply();
      expect(isEphemeral(reply)).toBe(true);
      expect(replyText(reply)).toContain("Damit kann ich nichts anfangen");
      // The commands as a German Discord client shows them, with the names other clients show.
      expect(replyText(reply)).toContain("/frage (/ask), /zeitleiste (/timeline) und /quelle (/source)");
    }
    expect(errorLines()).toHaveLength(errorsBefore);
  });

  it("GIVEN options that do not match the command (a stale client's or a forged payload) THEN the invalid-input notice, a warning, no error log", async () => {
    const { t } = await import("../../src/render/messages.js");
    const errorsBefore = errorLines().length;
    for (const options of [[], [{ name: "question", type: 4, value: 5 }]]) {
      const reply = await h.command("ask", options);
      expect(isEphemeral(reply)).toBe(true);
      expect(replyText(reply)).toContain(t("invalid_input", "de"));
    }
    const unfocused = await h.fake.sendInteraction({ type: 4, data: { name: "timeline", type: 1, options: [{ name: "actor", type: 3, value: "Law" }] } });
    expect(unfocused).toMatchObject({ type: 8, data: { choices: [] } });
    expect(errorLines()).toHaveLength(errorsBefore);
    // The operator still sees what did not match, in discord.js's words.
    const warned = h.logs.filter((l) => l.level === 40 && l.msg === "options do not match the command");
    expect(warned.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(warned[0])).toMatch(/question/);
  });

  it("GIVEN autocomplete on the free-text question THEN an empty list, in time", async () => {
    const reply = await h.autocomplete("ask", "question", "Wie");
    expect(reply).toMatchObject({ type: 8, data: { choices: [] } });
  });
});
