/**
 * The bot end to end: the real discord.js client from `startBot` against the fake Discord
 * (test/support/fakeDiscord.ts), with log lines captured in memory. Helpers send interactions
 * the way Discord would and return the callback the bot made.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ClientOptions } from "discord.js";
import { commands } from "../../commands/index.js";
import type { BotCore, CorePressure } from "../../src/bot/context.js";
import { createBotLogger } from "../../src/bot/logger.js";
import type { DeferAt } from "../../src/bot/routerTypes.js";
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
import { TEST_HANG_GUARD_MS } from "../support/hangGuard.js";
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
  /** How busy the core claims to be (StartBotOptions.pressure). */
  pressure?: () => CorePressure;
  /** Thresholds of the early deferral (StartBotOptions.deferAt). */
  deferAt?: Partial<DeferAt>;
  cooldown?: { count: number; seconds: number };
  /** Where the feedback log goes; default: a fresh temporary folder, removed on close. */
  dataDir?: string;
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
  /**
   * Clicks a button on the message a reply created, as Discord sends it: same message id every time, its
   * content, embeds, components and flags, and the interaction metadata naming who ran the command.
   */
  clickOn(reply: InteractionReply, customId: string, opts?: InteractionOpts): Promise<InteractionReply>;
  /** Picks `values` in the select menu `customId` on the message a reply created. */
  select(reply: InteractionReply, customId: string, values: string[], opts?: InteractionOpts): Promise<InteractionReply>;
  /** The folder the feedback log is written to. */
  dataDir: string;
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

/**
 * Tests time nothing: unless a test sets them, the bot never defers an answer for being slow and the fake Discord
 * never lets an interaction expire (with another test file beside it, a first /timeline and its picture once took
 * longer than the 2 s defer point). The deferral and Discord's 3 s window have tests of their own that set them.
 */
export const NO_TIME_LIMIT_MS = TEST_HANG_GUARD_MS;

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeDiscord({ token: TOKEN, interactionDeadlineMs: NO_TIME_LIMIT_MS, ...opts.fake });
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
  const ownDataDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(tmpdir(), "verhandlungsbot-data-"));
  const bot = await startBot({
    env: {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_BASE: fake.api,
      ASK_COOLDOWN_COUNT: opts.cooldown?.count ?? 5,
      ASK_COOLDOWN_SECONDS: opts.cooldown?.seconds ?? 10,
      DATA_DIR: dataDir,
      FEEDBACK_SALT: "test-salt-0123456789abcdef",
    },
    core,
    commands,
    logger,
    clientOptions: { ...noIdentifyThrottle, ...opts.clientOptions },
    deferAfterMs: opts.deferAfterMs ?? NO_TIME_LIMIT_MS,
    ...(opts.pressure ? { pressure: opts.pressure } : {}),
    ...(opts.deferAt ? { deferAt: opts.deferAt } : {}),
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

  /** The message a reply created, with a stable id per reply (a second click lands on the same message). */
  const messages = new Map<string, Json>();
  const messageOf = (reply: InteractionReply): Json => {
    const known = messages.get(reply.interaction.id);
    if (known) return known;
    const payload = reply.interaction.payload;
    const data = reply.data ?? {};
    const built: Json = {
      ...message(String(data.content ?? "")),
      embeds: data.embeds ?? [],
      components: data.components ?? [],
      flags: Number(data.flags ?? 0) & 64,
      interaction_metadata: { id: reply.interaction.id, type: payload.type, user: payload.user, authorizing_integration_owners: {} },
    };
    messages.set(reply.interaction.id, built);
    return built;
  };

  return {
    fake,
    bot,
    dataDir,
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
    clickOn(reply, customId, o = {}) {
      return fake.sendInteraction(
        { type: 3, data: { custom_id: customId, component_type: 2 }, message: messageOf(reply), ...people(o) },
        o.timeoutMs,
      );
    },
    select(reply, customId, values, o = {}) {
      return fake.sendInteraction(
        { type: 3, data: { custom_id: customId, component_type: 3, values }, message: messageOf(reply), ...people(o) },
        o.timeoutMs,
      );
    },
    async close() {
      await bot.stop();
      await fake.close();
      if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** All text of a reply (content, embeds, buttons) as one string, for "contains" assertions. */
export function replyText(reply: InteractionReply): string {
  return JSON.stringify(reply.data ?? {});
}

export interface SentComponent {
  type: number;
  custom_id?: string;
  url?: string;
  label?: string;
  disabled?: boolean;
  emoji?: { name?: string };
  options?: Array<{ label: string; value: string }>;
}

/** Every component in a reply (buttons, link buttons, select menus), row by row. */
export function componentsOf(reply: InteractionReply): SentComponent[] {
  const rows = (reply.data?.components ?? []) as Array<{ components?: SentComponent[] }>;
  return rows.flatMap((r) => r.components ?? []);
}

/** Custom ids of the buttons and menus in a reply (link buttons have none). */
export function buttonIds(reply: InteractionReply): string[] {
  return componentsOf(reply)
    .map((c) => c.custom_id)
    .filter((id): id is string => id !== undefined);
}

export const EPHEMERAL = 64;

export function isEphemeral(reply: InteractionReply): boolean {
  return (Number(reply.data?.flags ?? 0) & EPHEMERAL) !== 0;
}
