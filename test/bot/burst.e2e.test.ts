/**
 * Bursts: the real bot (startBot, discord.js, router) against the fake Discord. An interaction that arrives
 * while the bot is busy (many others in flight, the core's queue long, a reload running) is acknowledged at
 * once (a deferral) and edited when its answer comes, so none waits for the 3 s window. Nothing here measures
 * time: the core's answers are held back until the test releases them, the late-defer timer and the fake's
 * deadline are set far beyond the test's waits, so only the early deferral can acknowledge in time.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { BotCore, CorePressure } from "../../src/bot/context.js";
import { DEFER_AT_CORE_QUEUE } from "../../src/core/servingLimits.js";
import { FILES } from "../fixtures/corpus.js";
import type { SentInteraction } from "../support/fakeDiscord.js";
import { type BotProcess, isReady, isReloaded, seedFolder, spawnBot } from "./botProcess.js";
import { type Harness, newUserId, startHarness } from "./harness.js";
import { testCore } from "./testCore.js";

const QUESTION = "Was sagte Selenskyj in München?";

/** The real core, with /ask held until `release()`; `queued` counts the questions held, like a worker's queue. */
async function heldCore(): Promise<{ core: BotCore; release: () => void; queued: () => number }> {
  const base = await testCore();
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  let held = 0;
  let released = false;
  return {
    core: {
      ...base,
      ask: async (question) => {
        if (!released) held++;
        await gate;
        return base.ask(question);
      },
    },
    release: () => {
      released = true;
      held = 0;
      open();
    },
    queued: () => held,
  };
}

const callbackType = async (sent: SentInteraction) => (await sent.reply()).type;

describe("GIVEN a burst of /ask while the core is slow", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it(`WHEN more arrive at once than the ${DEFER_AT_CORE_QUEUE} calls the core may have queued THEN those beyond are deferred at once, and all are answered once the core answers`, async () => {
    const held = await heldCore();
    h = await startHarness({ core: held.core, pressure: () => ({ reloading: false, queued: held.queued() }) });
    const n = DEFER_AT_CORE_QUEUE + 4;
    const sents: SentInteraction[] = [];
    for (let i = 0; i < n; i++) sents.push(await h.dispatchAsk(QUESTION));
    // Nothing is answered yet; only the early deferral can acknowledge these.
    const late = sents.slice(DEFER_AT_CORE_QUEUE);
    expect(await Promise.all(late.map(callbackType))).toEqual(late.map(() => 5));
    expect(sents.slice(0, DEFER_AT_CORE_QUEUE).flatMap((s) => s.callbackAttempts())).toEqual([]);
    held.release();
    const first = await Promise.all(sents.slice(0, DEFER_AT_CORE_QUEUE).map((s) => s.reply()));
    expect(first.map((r) => r.type)).toEqual(first.map(() => 4));
    const edits = await Promise.all(late.map((s) => s.waitForEdit()));
    for (const edit of edits) expect(JSON.stringify(edit.body)).toContain("München");
    // Each handler logs once its edit is answered, which may be a moment after the fake recorded it.
    const early = () => h!.logs.filter((l) => l.msg === "interaction handled" && l.deferredEarly === "core-queue").length;
    while (early() < late.length) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(early()).toBe(late.length);
  });

  it("WHEN a reload is running THEN even a single /ask is deferred at once and then edited", async () => {
    const held = await heldCore();
    let pressure: CorePressure = { reloading: true, queued: 0 };
    h = await startHarness({ core: held.core, pressure: () => pressure });
    const sent = await h.dispatchAsk(QUESTION);
    expect(await callbackType(sent)).toBe(5);
    held.release();
    expect(JSON.stringify((await sent.waitForEdit()).body)).toContain("München");
    // Reload over, queue empty: the next one is a direct reply again.
    pressure = { reloading: false, queued: 0 };
    expect((await h.ask(QUESTION)).type).toBe(4);
  });

  it("WHEN the core's queue is long THEN /ask is deferred at once, but autocomplete still answers (it cannot be deferred)", async () => {
    const held = await heldCore();
    h = await startHarness({ core: held.core, pressure: () => ({ reloading: false, queued: 1000 }) });
    const sent = await h.dispatchAsk(QUESTION);
    expect(await callbackType(sent)).toBe(5);
    const choices = await h.autocomplete("timeline", "actor", "Law");
    expect(choices.type).toBe(8);
    expect(JSON.stringify(choices.data)).toContain("Lawrow");
    held.release();
    await sent.waitForEdit();
  });

  it("WHEN a user is on cooldown during a burst THEN the cooldown notice is still one direct private reply", async () => {
    const held = await heldCore();
    h = await startHarness({ core: held.core, pressure: () => ({ reloading: true, queued: 0 }), cooldown: { count: 1, seconds: 600 } });
    const first = await h.dispatchAsk(QUESTION, { userId: "1300000000000777001" });
    expect(await callbackType(first)).toBe(5);
    const second = await h.ask(QUESTION, { userId: "1300000000000777001" });
    expect(second.type).toBe(4);
    expect(Number(second.data?.flags ?? 0) & 64).toBe(64);
    held.release();
    await first.waitForEdit();
  });
});

describe("GIVEN the bot process (core in a worker) WHEN a burst of /ask arrives right after SIGHUP", () => {
  let bot: BotProcess | undefined;
  let folder: { dir: string; cleanup: () => void } | undefined;
  afterEach(async () => {
    await bot?.close();
    folder?.cleanup();
  });

  it("THEN every interaction is acknowledged, every deferred one is edited with its answer, and the reload goes through", async () => {
    folder = seedFolder([FILES.f000, FILES.f001, FILES.f002, FILES.f003]);
    bot = await spawnBot({ corpusDir: folder.dir });
    await bot.waitForLog(isReady);
    const from = bot.logs.length;
    bot.child.kill("SIGHUP");
    // The reload has started (it loads a whole new core in a worker, far longer than dispatching the burst).
    await bot.waitForLog((l) => l.msg === "SIGHUP: reloading the corpus", { from });
    const n = DEFER_AT_CORE_QUEUE * 3;
    const sents: SentInteraction[] = [];
    for (let i = 0; i < n; i++) {
      sents.push(await bot.fake.dispatchInteraction({ type: 2, data: { name: "ask", type: 1, options: [{ name: "question", type: 3, value: QUESTION }] }, user: { id: newUserId() } }));
    }
    const replies = await Promise.all(sents.map((s) => s.reply()));
    for (const [i, reply] of replies.entries()) {
      if (reply.type === 5) expect(JSON.stringify((await sents[i]!.waitForEdit()).body)).toContain("München");
      else expect(reply.type).toBe(4);
    }
    await bot.waitForLog(isReloaded, { from });
    // Those that arrived while the reload ran were acknowledged at once.
    const handled = bot.logs.slice(from).filter((l) => l.msg === "interaction handled");
    expect(handled).toHaveLength(n);
    expect(handled.some((l) => l.deferredEarly === "reload")).toBe(true);
  });
});
