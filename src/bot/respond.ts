/**
 * Answering an interaction in time. Discord drops an interaction that gets no callback within 3 s.
 * The fast path is ONE direct callback (reply/update): deferReply + editReply costs a second request that
 * goes through discord.js's global 50 req/s limiter (measured: 100 simultaneous questions p99 2.1 s deferred
 * vs 35 ms direct). Only when the answer is not ready after `deferAfterMs` does the bot defer, then edit.
 */
import {
  type APIApplicationCommandOptionChoice,
  type AutocompleteInteraction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  MessageFlags,
  type MessageComponentInteraction,
  type RepliableInteraction,
} from "discord.js";
import type { DiscordReply } from "../render/discord/payload.js";

/** Leaves ~1 s of the 3 s for the callback round trip even when the event loop is busy. */
export const DEFAULT_DEFER_AFTER_MS = 2000;

export type Produce = () => DiscordReply | Promise<DiscordReply>;
export type ResponsePath = "direct" | "deferred";

export function replyOptions(reply: DiscordReply): InteractionReplyOptions {
  return {
    content: reply.content,
    embeds: reply.embeds,
    components: reply.components,
    files: reply.files,
    allowedMentions: { parse: [] },
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** For update()/editReply(): everything is replaced, so absent parts are sent empty. */
export function editOptions(reply: DiscordReply): InteractionUpdateOptions & InteractionEditReplyOptions {
  return {
    content: reply.content ?? "",
    embeds: reply.embeds ?? [],
    components: reply.components ?? [],
    ...(reply.files ? { files: reply.files } : {}),
    allowedMentions: { parse: [] },
  };
}

const TIMEOUT = Symbol("timeout");

/** Starts `produce` and reports whether it finished within `ms`; the work keeps running either way. */
async function raceDeadline<T>(produce: () => T | Promise<T>, ms: number): Promise<{ work: Promise<T>; early: T | undefined }> {
  // Started in this turn (up to its first await), so its core call is queued before the next interaction is
  // handled and the router sees the queue grow within a burst.
  const work = (async () => produce())();
  // If we defer and the defer itself fails, nobody awaits `work`; its rejection must not become unhandled.
  work.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMEOUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT), ms);
  });
  try {
    const first = await Promise.race([work, deadline]);
    return { work, early: first === TIMEOUT ? undefined : first };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * An early deferral (`deferAfterMs` 0, chosen by the router when the bot is busy): `produce` starts at once
 * and, unless its answer is ready synchronously (a cooldown notice), the deferral is sent in the same turn of the
 * event loop as the interaction arrived, ahead of any answer work waiting on this thread; no timer, which a busy
 * loop would run late.
 */
function startEarly(produce: Produce): { work: Promise<DiscordReply>; ready: DiscordReply | undefined } {
  let result: DiscordReply | Promise<DiscordReply>;
  try {
    result = produce();
  } catch (e) {
    result = Promise.reject(e);
  }
  if (!(result instanceof Promise)) return { work: Promise.resolve(result), ready: result };
  // If the deferral itself fails, nobody awaits `work`; its rejection must not become unhandled.
  result.catch(() => {});
  return { work: result, ready: undefined };
}

/** A new message (callback type 4), or type 5 + edit when `produce` is slow (or the bot is busy: deferAfterMs 0). */
export async function respond(
  interaction: RepliableInteraction,
  produce: Produce,
  opts: { deferAfterMs: number; ephemeral?: boolean },
): Promise<ResponsePath> {
  const { work, early } = opts.deferAfterMs <= 0 ? ((s) => ({ work: s.work, early: s.ready }))(startEarly(produce)) : await raceDeadline(produce, opts.deferAfterMs);
  if (early) {
    await interaction.reply(replyOptions(early));
    return "direct";
  }
  await interaction.deferReply(opts.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const reply = await work;
  if (reply.ephemeral && !opts.ephemeral) {
    // A public "thinking…" cannot turn private: replace it with a private follow-up.
    await interaction.deleteReply();
    await interaction.followUp(replyOptions(reply));
  } else {
    await interaction.editReply(editOptions(reply));
  }
  return "deferred";
}

/**
 * Changes the message a button is on (callback type 7), or type 6 + edit when slow.
 * A private reply (an error, a stale button) is sent as a new private message instead.
 */
export async function respondUpdate(
  interaction: MessageComponentInteraction,
  produce: Produce,
  opts: { deferAfterMs: number },
): Promise<ResponsePath> {
  const { work, early } = opts.deferAfterMs <= 0 ? ((s) => ({ work: s.work, early: s.ready }))(startEarly(produce)) : await raceDeadline(produce, opts.deferAfterMs);
  if (early) {
    if (early.ephemeral) await interaction.reply(replyOptions(early));
    else await interaction.update(editOptions(early));
    return "direct";
  }
  await interaction.deferUpdate();
  const reply = await work;
  if (reply.ephemeral) await interaction.followUp(replyOptions(reply));
  else await interaction.editReply(editOptions(reply));
  return "deferred";
}

/** Autocomplete cannot be deferred: choices within the deadline, else an empty list (still an answer). */
export async function respondChoices(
  interaction: AutocompleteInteraction,
  produce: () => APIApplicationCommandOptionChoice<string>[] | Promise<APIApplicationCommandOptionChoice<string>[]>,
  opts: { deferAfterMs: number },
): Promise<ResponsePath> {
  const { early } = await raceDeadline(produce, opts.deferAfterMs);
  await interaction.respond(early ?? []);
  return early ? "direct" : "deferred";
}
