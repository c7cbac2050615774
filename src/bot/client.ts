/**
 * The discord.js client as this bot needs it: the Guilds intent only (slash commands need no message
 * content), no mention can ever ping, REST through DISCORD_API_BASE when set (a proxy or a test server).
 *
 * Requests without the bot token (interaction callbacks, edits and follow-ups by interaction token) go through
 * a REST instance of their own that is not held to the bot's global 50/s limit: Discord does not apply it to
 * them, and discord.js would otherwise queue a burst of deferred answers' edits at 50 per second (500 edits:
 * 10 s). See INTERACTION_REQUESTS_PER_SECOND.
 */
import { Client, type ClientOptions, GatewayIntentBits, REST } from "discord.js";
import type { Env } from "../config/env.js";
import { INTERACTION_REQUESTS_PER_SECOND } from "../core/servingLimits.js";

export type ClientEnv = Pick<Env, "DISCORD_API_BASE">;

/** `overrides` are for tests and tuning (e.g. `ws.buildIdentifyThrottler`); intents and mentions stay fixed. */
export function createClient(env: ClientEnv, overrides: Partial<ClientOptions> = {}): Client {
  const client = new Client({
    ...overrides,
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: { ...overrides.rest, ...(env.DISCORD_API_BASE ? { api: env.DISCORD_API_BASE } : {}) },
  });
  routeInteractionRequests(client);
  return client;
}

/** Sends the requests made with `auth: false` (interaction token in the URL) through their own REST instance. */
function routeInteractionRequests(client: Client): void {
  const interactions = new REST({ ...client.options.rest, globalRequestsPerSecond: INTERACTION_REQUESTS_PER_SECOND });
  const rest = client.rest;
  const botQueue = rest.queueRequest.bind(rest);
  rest.queueRequest = (request) => (request.auth === false ? interactions.queueRequest(request) : botQueue(request));
  // Its rate-limit events and debug lines reach the client's listeners like those of the main instance.
  interactions.on("rateLimited", (info) => rest.emit("rateLimited", info));
  interactions.on("restDebug", (message) => rest.emit("restDebug", message));
  const destroy = client.destroy.bind(client);
  client.destroy = async () => {
    interactions.clearHashSweeper();
    interactions.clearHandlerSweeper();
    await destroy();
  };
}
