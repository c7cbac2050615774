/** /help through the real discord.js client and the fake Discord: a private overview, its example buttons ask. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPayload } from "../../src/render/discord/limits.js";
import type { InteractionReply } from "../support/fakeDiscord.js";
import { buttonIds, componentsOf, type Harness, isEphemeral, replyText, startHarness } from "./harness.js";
import { testCore } from "./testCore.js";

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

function fields(reply: InteractionReply): Array<{ name: string; value: string }> {
  const embeds = (reply.data?.embeds ?? []) as Array<{ fields?: Array<{ name: string; value: string }> }>;
  return embeds[0]?.fields ?? [];
}

describe("/help", () => {
  it("GIVEN /help in German THEN one private reply naming the corpus's article count and range, the commands, example buttons", async () => {
    const core = await testCore();
    const reply = await h.command("help", []);
    expect(reply.type).toBe(4);
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
    expect(checkPayload(reply.data)).toEqual([]);
    const [coverage, commandList] = fields(reply);
    expect(coverage?.value).toMatch(new RegExp(`^${core.stats().articles} Artikel, von \\S+ 2025 bis \\S+ 2025\\.`, "u"));
    expect(commandList?.value).toContain("`/frage` (`/ask`)");
    expect(buttonIds(reply)).toEqual(core.profile().examples.de.map((_, i) => `run:ask:${i}`));
    expect(componentsOf(reply).map((c) => c.label)).toEqual(core.profile().examples.de);
  });

  it("GIVEN /help in English THEN English words and the English examples", async () => {
    const reply = await h.command("help", [], { locale: "en-GB" });
    expect(isEphemeral(reply)).toBe(true);
    expect(fields(reply)[0]?.value).toMatch(/^\d+ articles, from /u);
    expect(componentsOf(reply).map((c) => c.label)).toEqual((await testCore()).profile().examples.en);
    expect(replyText(reply)).not.toMatch(/Artikel,|Befehle/u);
  });

  it("GIVEN an example button of the help THEN it asks that question as a new public message", async () => {
    const help = await h.command("help", []);
    const question = componentsOf(help)[0]?.label;
    expect(question).toBeTruthy();
    const reply = await h.clickOn(help, "run:ask:0");
    expect(reply.type).toBe(4);
    expect(isEphemeral(reply)).toBe(false);
    expect(reply.data?.content).toBe(`❓ ${question}`);
    expect(replyText(reply)).not.toContain("Dazu finde ich nichts");
    expect(checkPayload(reply.data)).toEqual([]);
  });
});
