/**
 * The discord.js client as this bot needs it: the Guilds intent only (slash commands need no message
 * content), no mention can ever ping, REST through DISCORD_API_BASE when set (a proxy or a test server).
 */
import { Client, type ClientOptions, GatewayIntentBits } from "discord.js";
import type { Env } from "../config/env.js";

export type ClientEnv = Pick<Env, "DISCORD_API_BASE">;

/** `overrides` are for tests and tuning (e.g. `ws.buildIdentifyThrottler`); intents and mentions stay fixed. */
export function createClient(env: ClientEnv, overrides: Partial<ClientOptions> = {}): Client {
  return new Client({
    ...overrides,
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: { ...overrides.rest, ...(env.DISCORD_API_BASE ? { api: env.DISCORD_API_BASE } : {}) },
  });
}
