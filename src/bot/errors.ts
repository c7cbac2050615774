/** Classifying what went wrong in an interaction, and describing it for the log without secrets. */
import { randomInt } from "node:crypto";
import { DiscordAPIError, HTTPError, RESTJSONErrorCodes } from "discord.js";
import { maskSecrets } from "./logger.js";

export const ALREADY_ACKNOWLEDGED = RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged; // 40060
export const UNKNOWN_INTERACTION = RESTJSONErrorCodes.UnknownInteraction; // 10062

export function discordErrorCode(error: unknown): number | string | undefined {
  return error instanceof DiscordAPIError ? error.code : undefined;
}

/** 40060 / 10062: the interaction was answered elsewhere or expired; nothing left to do but note it. */
export function isGoneInteraction(error: unknown): boolean {
  const code = discordErrorCode(error);
  return code === ALREADY_ACKNOWLEDGED || code === UNKNOWN_INTERACTION;
}

const ID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A short id the user can quote ("Fehler-ID K7Q2ZD") and the log is searched by. No 0/O or 1/I. */
export function newErrorId(length = 6): string {
  let id = "";
  for (let i = 0; i < length; i++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return id;
}

/**
 * A plain object for the log: type, message, stack, Discord code/status/method and the route with tokens masked.
 * Plain, so no logger configuration can leak the request URL or body that discord.js errors carry.
 */
export function describeError(error: unknown, secrets: readonly string[] = [], depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: maskSecrets(String(error), secrets) };
  const out: Record<string, unknown> = {
    type: error.name,
    message: maskSecrets(error.message, secrets),
    stack: error.stack ? maskSecrets(error.stack, secrets) : undefined,
  };
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    out.status = error.status;
    out.method = error.method;
    out.url = maskSecrets(error.url, secrets);
  }
  if (error instanceof DiscordAPIError) out.code = error.code;
  if (error.cause !== undefined && depth < 3) out.cause = describeError(error.cause, secrets, depth + 1);
  return out;
}
