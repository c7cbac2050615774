/**
 * The bot end to end: the real discord.js client from `startBot` against the fake Discord
 * (test/support/fakeDiscord.ts), with log lines captured in memory. Helpers send interactions
 * the way Discord would and return the callback the bot made.
 */
import type { ClientOptions } from "discord.js";
import type { BotCore } from "../../src/bot/context.js";
import { createBotLogger } from "../../src/bot/logger.js";
import { type RunningBot, startBot } from "../../src/bot/start.js";
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  type InteractionReply,
  type Json,
  type SentInteraction,
  snowflake,
  startFakeDiscord,
} from "../support/fakeDiscord.js";
import { testCore } from "./testCore.js";

export const TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.fake-bot-token.for-tests-only";

/** @discordjs/ws waits 5 s between IDENTIFYs; tests that force a re-identify must not. */
export const noIdentifyThrottle: Partial<ClientOptions> = {
  ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
};

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface HarnessOptions {
  core?: BotCore;
  fake?: FakeDiscordOptions;
  clientOptions?: Partial<ClientOptions>;
  deferAfterMs?: number;
  cooldown?: { count: number; seconds: number };
}

export interface Harness {
  fake: FakeDiscord;
  bot: RunningBot;
  /** Every log line, parsed; `rawLogs` is the text as written. */
  logs: LogLine[];
  rawLogs: string[];
  ask(question: string, opts?: InteractionOpts): Promise<InteractionReply>;
  command(name: string, options: Json[], opts?: InteractionOpts): Promise<InteractionReply>;
  autocomplete(name: string, option: string, value: string, opts?: InteractionOpts): Promise<InteractionReply>;
  /** Clicks a button on a message with the given content (as the message the button is attached to). */
  click(customId: string, opts?: InteractionOpts & { messageContent?: string }): Promise<InteractionReply>;
  dispatchAsk(question: string, opts?: InteractionOpts): Promise<SentInteraction>;
  close(): Promise<void>;
}

export interface InteractionOpts {
  locale?: string;
  userId?: string;
  timeoutMs?: number;
}

let userCounter = 0n;

/** A fresh user id, so the /ask cooldown of one test never limits another. */
export function newUserId(): string {
  userCounter += 1n;
  return (1_300_000_000_000_100_000n + userCounter).toString();
}

function people(opts: InteractionOpts): Json {
  return {
    user: { id: opts.userId ?? newUserId() },
    locale: opts.locale ?? "de",
  };
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeDiscord({ token: TOKEN, ...opts.fake });
  const logs: LogLine[] = [];
  const rawLogs: string[] = [];
  const logger = createBotLogger({
    level: "debug",
    secrets: [TOKEN],
    destination: {
      write(line: string) {
        rawLogs.push(line);
        logs.push(JSON.parse(line) as LogLine);
      },
    },
  });
  const core = opts.core ?? (await testCore());
  const bot = await startBot({
    env: {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_BASE: fake.api,
      ASK_COOLDOWN_COUNT: opts.cooldown?.count ?? 5,
      ASK_COOLDOWN_SECONDS: opts.cooldown?.seconds ?? 10,
    },
    core,
    logger,
    clientOptions: { ...noIdentifyThrottle, ...opts.clientOptions },
    deferAfterMs: opts.deferAfterMs,
  });

  const dispatchAsk = (question: string, o: InteractionOpts = {}) =>
    fake.dispatchInteraction({
      type: 2,
      data: { name: "ask", type: 1, options: [{ name: "question", type: 3, value: question }] },
      ...people(o),
    });

  const message = (content: string): Json => ({
    id: snowflake(),
    type: 20,
    channel_id: fake.channelIds[fake.guildIds[0]!],
    guild_id: fake.guildIds[0],
    author: fake.botUser,
    content,
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    flags: 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    application_id: fake.applicationId,
    webhook_id: fake.applicationId,
  });

  return {
    fake,
    bot,
    logs,
    rawLogs,
    dispatchAsk,
    async ask(question, o = {}) {
      return (await dispatchAsk(question, o)).reply(o.timeoutMs);
    },
    command(name, options, o = {}) {
      return fake.sendInteraction({ type: 2, data: { name, type: 1, options }, ...people(o) }, o.timeoutMs);
    },
    autocomplete(name, option, value, o = {}) {
      return fake.sendInteraction(
        { type: 4, data: { name, type: 1, options: [{ name: option, type: 3, value, focused: true }] }, ...people(o) },
        o.timeoutMs,
      );
    },
    click(customId, o = {}) {
      return fake.sendInteraction(
        {
          type: 3,
          data: { custom_id: customId, component_type: 2 },
          message: message(o.messageContent ?? ""),
          ...people(o),
        },
        o.timeoutMs,
      );
    },
    async close() {
      await bot.stop();
      await fake.close();
    },
  };
}

/** All text of a reply (content, embeds, buttons) as one string, for "contains" assertions. */
export function replyText(reply: InteractionReply): string {
  return JSON.stringify(reply.data ?? {});
}

/** Custom ids of the buttons in a reply. */
export function buttonIds(reply: InteractionReply): string[] {
  const rows = (reply.data?.components ?? []) as Array<{ components?: Array<{ custom_id?: string }> }>;
  return rows.flatMap((r) => (r.components ?? []).map((c) => c.custom_id ?? ""));
}

export const EPHEMERAL = 64;

export function isEphemeral(reply: InteractionReply): boolean {
  return (Number(reply.data?.flags ?? 0) & EPHEMERAL) !== 0;
}
