/**
 * Proves the fake Discord against the real discord.js Client: login, interactions,
 * REST fault handling, gateway reconnects and a clean shutdown.
 */
import { once } from "node:events";
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  DiscordAPIError,
  GatewayIntentBits,
  type Interaction,
  REST,
  Routes,
} from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, faults, startFakeDiscord } from "./fakeDiscord.js";

const TOKEN = "fake-token.for-tests.only";

let fake: FakeDiscord;
let client: Client;
/** Errors thrown by the interaction handler, so tests can assert on failed REST calls. */
const handlerErrors: unknown[] = [];

async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
  switch (interaction.commandName) {
    case "ping":
      await interaction.reply({ content: "pong" });
      return;
    case "langsam":
      await interaction.deferReply();
      await interaction.editReply({ content: "fertig" });
      await interaction.followUp({
        content: "anhang",
        files: [{ attachment: Buffer.from("hallo welt"), name: "quelle.txt" }],
      });
      return;
    default:
      await interaction.reply({ content: `unbekannt: ${interaction.commandName}` });
  }
}

async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
  const typed = interaction.options.getFocused();
  await interaction.respond([{ name: `Genf (${typed})`, value: "genf" }]);
}

async function onButton(interaction: ButtonInteraction): Promise<void> {
  await interaction.update({ content: `gedrückt: ${interaction.customId}`, components: [] });
}

async function onInteraction(interaction: Interaction): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await onCommand(interaction);
    else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
    else if (interaction.isButton()) await onButton(interaction);
  } catch (error) {
    handlerErrors.push(error);
  }
}

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN, guildIds: ["1300000000000000100", "1300000000000000101"] });
  client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: { api: fake.api },
    // @discordjs/ws waits 5 s between two IDENTIFYs; skip that so the re-identify test stays fast.
    ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
  });
  client.on("interactionCreate", (interaction) => void onInteraction(interaction));
  // discord.js 14.28 emits `clientReady` (the old `ready` name is deprecated).
  const ready = once(client, "clientReady");
  await client.login(TOKEN);
  await ready;
});

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
});

describe("fake Discord with the real discord.js client", () => {
  it("logs in: gateway info via REST, IDENTIFY with token and intents, all guilds cached", async () => {
    const identify = await fake.waitForIdentify();
    expect(identify.token).toBe(TOKEN);
    expect(identify.intents).toBe(1);
    expect(client.user?.id).toBe(fake.applicationId);
    expect([...client.guilds.cache.keys()].sort()).toEqual([...fake.guildIds].sort());
    const gatewayBot = fake.requests.find((r) => r.path === "/gateway/bot");
    expect(gatewayBot?.headers.authorization).toBe(`Bot ${TOKEN}`);
  });

  it("delivers a slash command reply as callback type 4", async () => {
    const reply = await fake.sendInteraction({ type: 2, data: { name: "ping" } });
    expect(reply.type).toBe(4);
    expect(reply.data?.content).toBe("pong");
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
    expect(reply.request.headers.authorization).toBeUndefined();
  });

  it("records deferReply, editReply (@original) and a multipart follow-up with a file", async () => {
    const reply = await fake.sendInteraction({ type: 2, data: { name: "langsam" } });
    expect(reply.type).toBe(5);
    const edit = await reply.interaction.waitForEdit();
    expect(edit.path).toBe(`/webhooks/${fake.applicationId}/${reply.interaction.token}/messages/@original`);
    expect(edit.body).toMatchObject({ content: "fertig" });
    const followUp = await reply.interaction.waitForFollowUp();
    expect(followUp.body).toMatchObject({ content: "anhang" });
    expect(followUp.files).toEqual([expect.objectContaining({ name: "quelle.txt", size: 10 })]);
    expect(handlerErrors).toEqual([]);
  });

  it("answers autocomplete with callback type 8", async () => {
    const reply = await fake.sendInteraction({
      type: 4,
      data: { name: "quelle", options: [{ name: "ort", type: 3, value: "Ge", focused: true }] },
    });
    expect(reply.type).toBe(8);
    expect(reply.data?.choices).toEqual([{ name: "Genf (Ge)", value: "genf" }]);
  });

  it("answers a button with update() as callback type 7", async () => {
    const reply = await fake.sendInteraction({ type: 3, data: { custom_id: "mehr", component_type: 2 } });
    expect(reply.type).toBe(7);
    expect(reply.data).toMatchObject({ content: "gedrückt: mehr", components: [] });
  });

  it("still delivers the reply when the first callback gets a 500", async () => {
    fake.failNextCallback(faults.serverError(500));
    const reply = await fake.sendInteraction({ type: 2, data: { name: "ping" } });
    expect(reply.data?.content).toBe("pong");
    expect(reply.interaction.callbackAttempts().map((r) => r.status)).toEqual([500, 204]);
  });

  it("still delivers the reply after a 429 with retry_after 0.1", async () => {
    fake.failNextCallback(faults.rateLimited(0.1));
    const reply = await fake.sendInteraction({ type: 2, data: { name: "ping" } });
    const [limited, ok] = reply.interaction.callbackAttempts();
    expect([limited.status, ok.status]).toEqual([429, 204]);
    expect(ok.time - limited.time).toBeGreaterThanOrEqual(100);
  });

  it("retries a 429 on editReply (per-route bucket handler, not the callback burst handler)", async () => {
    fake.failNext({ method: "PATCH", pathIncludes: "/messages/@original" }, faults.rateLimited(0.1));
    const reply = await fake.sendInteraction({ type: 2, data: { name: "langsam" } });
    const edit = await reply.interaction.waitForEdit();
    expect(edit.body).toMatchObject({ content: "fertig" });
    const statuses = reply.interaction.webhookRequests().map((r) => `${r.method} ${r.status}`);
    expect(statuses.slice(0, 2)).toEqual(["PATCH 429", "PATCH 200"]);
  });

  it("surfaces 40060 (already acknowledged) to the bot as DiscordAPIError", async () => {
    const before = handlerErrors.length;
    fake.failNextCallback(faults.interactionCallbackError(40060));
    const sent = await fake.dispatchInteraction({ type: 2, data: { name: "ping" } });
    const attempt = await sent.waitForCallbackAttempt();
    expect(attempt.status).toBe(400);
    await expect.poll(() => handlerErrors.length).toBe(before + 1);
    const error = handlerErrors.at(-1);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(40060);
  });

  it("accepts a bulk PUT of guild and global commands from @discordjs/rest", async () => {
    const rest = new REST({ api: fake.api }).setToken(TOKEN);
    const guildId = fake.guildIds[0];
    const body = [{ name: "quelle", description: "Sucht Artikel", type: 1 }];
    const guildResult = (await rest.put(Routes.applicationGuildCommands(fake.applicationId, guildId), {
      body,
    })) as Array<{ id: string; name: string }>;
    const globalResult = (await rest.put(Routes.applicationCommands(fake.applicationId), { body })) as Array<{
      id: string;
    }>;
    expect(guildResult).toEqual([expect.objectContaining({ name: "quelle", guild_id: guildId, id: expect.any(String) })]);
    expect(globalResult[0].id).toMatch(/^\d+$/);
    const put = fake.requests.find((r) => r.method === "PUT" && r.path.includes(`/guilds/${guildId}/commands`));
    expect(put?.body).toEqual(body);
    expect(fake.commands.guild[guildId]).toHaveLength(1);
  });

  it("answers unknown routes with a recorded 404", async () => {
    await expect(client.rest.get("/gibt-es-nicht")).rejects.toMatchObject({ status: 404 });
    expect(fake.requests.at(-1)).toMatchObject({ method: "GET", path: "/gibt-es-nicht", status: 404 });
  });

  it("resumes after a 4000 close and after an abrupt drop, then answers again", async () => {
    await fake.dropGateway(4000);
    const resume = await fake.waitForResume(1);
    expect(resume.token).toBe(TOKEN);
    expect((await fake.sendInteraction({ type: 2, data: { name: "ping" } })).data?.content).toBe("pong");

    await fake.dropGateway();
    await fake.waitForResume(2);
    expect((await fake.sendInteraction({ type: 2, data: { name: "ping" } })).data?.content).toBe("pong");
    expect(fake.identifies).toHaveLength(1);
  });

  it("re-identifies when the session cannot be resumed, then answers again", async () => {
    await fake.dropGateway(4000, { invalidateSession: true });
    await fake.waitForIdentify(2);
    expect((await fake.sendInteraction({ type: 2, data: { name: "ping" } })).data?.content).toBe("pong");
  });
});
