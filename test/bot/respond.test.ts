/**
 * The defer decision with stand-in interactions: a fast answer is one direct callback, a slow one is
 * deferred after `deferAfterMs` and edited in; a private answer after a public deferral becomes a follow-up.
 */
import type { MessageComponentInteraction, RepliableInteraction } from "discord.js";
import { describe, expect, it } from "vitest";
import { respond, respondUpdate } from "../../src/bot/respond.js";
import type { DiscordReply } from "../../src/render/discord/payload.js";

function standIn() {
  const calls: Array<[string, number]> = [];
  const started = Date.now();
  const record = (name: string) => async () => {
    calls.push([name, Date.now() - started]);
  };
  const interaction = {
    reply: record("reply"),
    deferReply: record("deferReply"),
    editReply: record("editReply"),
    deleteReply: record("deleteReply"),
    followUp: record("followUp"),
    update: record("update"),
    deferUpdate: record("deferUpdate"),
  };
  return { interaction, names: () => calls.map(([n]) => n), calls };
}

const answer: DiscordReply = { content: "Antwort", allowedMentions: { parse: [] } };
const later = (ms: number, reply: DiscordReply) => () => new Promise<DiscordReply>((r) => setTimeout(() => r(reply), ms));

describe("respond", () => {
  it("GIVEN deferAfterMs 0 (the router's early deferral) and an answer still being computed THEN defer at once, then edit", async () => {
    const s = standIn();
    let release!: () => void;
    const produce = () => new Promise<DiscordReply>((r) => {
      release = () => r(answer);
    });
    const done = respond(s.interaction as unknown as RepliableInteraction, produce, { deferAfterMs: 0 });
    // The deferral goes out before the answer exists (no timer involved).
    await new Promise((r) => setImmediate(r));
    expect(s.names()).toEqual(["deferReply"]);
    release();
    expect(await done).toBe("deferred");
    expect(s.names()).toEqual(["deferReply", "editReply"]);
  });

  it("GIVEN deferAfterMs 0 and an answer ready synchronously (a cooldown notice) THEN one direct reply", async () => {
    const s = standIn();
    expect(await respond(s.interaction as unknown as RepliableInteraction, () => answer, { deferAfterMs: 0 })).toBe("direct");
    expect(s.names()).toEqual(["reply"]);
  });

  it("GIVEN an answer ready at once THEN exactly one direct reply", async () => {
    const s = standIn();
    expect(await respond(s.interaction as unknown as RepliableInteraction, () => answer, { deferAfterMs: 50 })).toBe("direct");
    expect(s.names()).toEqual(["reply"]);
  });

  it("GIVEN an answer slower than deferAfterMs THEN defer at that time, then edit", async () => {
    const s = standIn();
    expect(await respond(s.interaction as unknown as RepliableInteraction, later(120, answer), { deferAfterMs: 40 })).toBe("deferred");
    expect(s.names()).toEqual(["deferReply", "editReply"]);
    expect(s.calls[0]![1]).toBeGreaterThanOrEqual(35);
    expect(s.calls[0]![1]).toBeLessThan(110);
  });

  it("GIVEN a slow private answer after a public deferral THEN the public placeholder is replaced by a private follow-up", async () => {
    const s = standIn();
    await respond(s.interaction as unknown as RepliableInteraction, later(60, { ...answer, ephemeral: true }), { deferAfterMs: 10 });
    expect(s.names()).toEqual(["deferReply", "deleteReply", "followUp"]);
  });

  it("GIVEN a failing producer THEN the error reaches the caller (the router turns it into an error id)", async () => {
    const s = standIn();
    await expect(
      respond(s.interaction as unknown as RepliableInteraction, () => Promise.reject(new Error("kaputt")), { deferAfterMs: 50 }),
    ).rejects.toThrow("kaputt");
    expect(s.names()).toEqual([]);
  });
});

describe("respondUpdate", () => {
  it("GIVEN a fast page turn THEN update in place; GIVEN a private notice THEN a new private reply", async () => {
    const s = standIn();
    const i = s.interaction as unknown as MessageComponentInteraction;
    await respondUpdate(i, () => answer, { deferAfterMs: 50 });
    await respondUpdate(i, () => ({ ...answer, ephemeral: true }), { deferAfterMs: 50 });
    expect(s.names()).toEqual(["update", "reply"]);
  });

  it("GIVEN a slow page turn THEN deferUpdate, then edit", async () => {
    const s = standIn();
    await respondUpdate(s.interaction as unknown as MessageComponentInteraction, later(60, answer), { deferAfterMs: 10 });
    expect(s.names()).toEqual(["deferUpdate", "editReply"]);
  });
});
