/** Login and command registration against the fake Discord: handshake, the deploy PUT body, deploy errors. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { deployCommands, runDeploy } from "../../src/bot/deploy.js";
import { PACKAGE_ROOT } from "../../src/config/paths.js";
import { type Json, startFakeDiscord } from "../support/fakeDiscord.js";
import { HANG_GUARD_MS } from "../support/hangGuard.js";
import { type Harness, startHarness, TOKEN } from "./harness.js";

const run = promisify(execFile);
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const optionsOf = (command: Json) => (command.options ?? []) as Json[];

describe("gateway", () => {
  it("GIVEN the bot starts THEN it identifies with its token and the Guilds intent only, and has every guild", async () => {
    const identify = await h.fake.waitForIdentify();
    expect(identify.token).toBe(TOKEN);
    expect(identify.intents).toBe(1);
    expect(h.bot.client.user.id).toBe(h.fake.applicationId);
    expect([...h.bot.client.guilds.cache.keys()]).toEqual([...h.fake.guildIds]);
    expect(h.bot.client.options.allowedMentions).toEqual({ parse: [] });
  });
});

describe("deploy-commands", () => {
  it("GIVEN DISCORD_GUILD_ID THEN one bulk PUT to the guild registers ask, timeline and source with German localizations", async () => {
    const guild = h.fake.guildIds[0]!;
    const result = await deployCommands({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: h.fake.applicationId,
      DISCORD_GUILD_ID: guild,
      DISCORD_API_BASE: h.fake.api,
    }, commands);
    expect(result).toEqual({ scope: "guild", names: ["ask", "timeline", "source", "ingest", "help"] });
    const puts = h.fake.requests.filter((r) => r.method === "PUT");
    expect(puts.map((r) => r.path)).toEqual([`/applications/${h.fake.applicationId}/guilds/${guild}/commands`]);
    const [ask, timeline, source] = puts[0]!.body as Json[];
    expect(ask).toMatchObject({ name: "ask", name_localizations: { de: "frage" }, description_localizations: { de: expect.any(String) } });
    expect(optionsOf(ask!)).toEqual([
      expect.objectContaining({ name: "question", name_localizations: { de: "frage" }, type: 3, required: true, max_length: 300 }),
    ]);
    expect(timeline).toMatchObject({ name: "timeline", name_localizations: { de: "zeitleiste" } });
    expect(optionsOf(timeline!)).toEqual([
      expect.objectContaining({ name: "actor", name_localizations: { de: "akteur" }, autocomplete: true, required: true }),
      expect.objectContaining({ name: "with", name_localizations: { de: "mit" }, autocomplete: true, required: false }),
      expect.objectContaining({ name: "from", name_localizations: { de: "von" }, required: false }),
      expect.objectContaining({ name: "to", name_localizations: { de: "bis" }, required: false }),
    ]);
    expect(source).toMatchObject({ name: "source", name_localizations: { de: "quelle" } });
    expect(optionsOf(source!)).toEqual([
      expect.objectContaining({ name: "article", name_localizations: { de: "artikel" }, autocomplete: true }),
      expect.objectContaining({ name: "file", name_localizations: { de: "datei" }, type: 5, required: false }),
    ]);
    for (const command of [ask, timeline, source] as Json[]) {
      for (const option of [command, ...optionsOf(command)]) {
        expect(option.description_localizations).toEqual({ de: expect.any(String) });
        expect(String(option.description).length).toBeLessThanOrEqual(100);
      }
    }
  });

  it("GIVEN no DISCORD_GUILD_ID THEN the commands are registered globally", async () => {
    const result = await deployCommands({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: h.fake.applicationId, DISCORD_GUILD_ID: undefined, DISCORD_API_BASE: h.fake.api }, commands);
    expect(result.scope).toBe("global");
    expect(h.fake.commands.global.map((c) => c.name)).toEqual(["ask", "timeline", "source", "ingest", "help"]);
  });

  it("GIVEN a token Discord rejects THEN exit code 1 and one line that never shows the token", async () => {
    const strict = await startFakeDiscord({ token: "a-different-token-that-discord-expects" });
    const out: string[] = [];
    const code = await runDeploy(
      { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: strict.applicationId, DISCORD_GUILD_ID: undefined, DISCORD_API_BASE: strict.api },
      commands,
      { out: (l) => out.push(l), err: (l) => out.push(l) },
    );
    await strict.close();
    expect(code).toBe(1);
    expect(out).toEqual([expect.stringContaining("401")]);
    expect(out.join("")).not.toContain(TOKEN);
  });

  it("GIVEN DISCORD_CLIENT_ID is missing THEN the message names it, exit code 1", async () => {
    const out: string[] = [];
    const code = await runDeploy(
      { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: undefined, DISCORD_GUILD_ID: undefined, DISCORD_API_BASE: h.fake.api },
      commands,
      { out: (l) => out.push(l), err: (l) => out.push(l) },
    );
    expect(code).toBe(1);
    expect(out).toEqual([expect.stringContaining("DISCORD_CLIENT_ID is not set")]);
  });

  it("GIVEN `tsx src/deployCommands.ts` without DISCORD_TOKEN THEN it names the variable on stderr, exits 1, no stack trace", async () => {
    const error = await run(process.execPath, ["--import", "tsx", "src/deployCommands.ts"], {
      cwd: PACKAGE_ROOT,
      // Empty values count as set for dotenv, so a developer's .env cannot fill them in.
      env: { ...process.env, DISCORD_TOKEN: "", DISCORD_CLIENT_ID: "", DISCORD_API_BASE: h.fake.api },
      timeout: HANG_GUARD_MS,
    }).then(
      () => undefined,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stderr.trim()).toBe("deploy-commands: DISCORD_TOKEN is not set. Put the bot token into .env (see .env.example).");
    expect(error?.stdout).toBe("");
  });
});
