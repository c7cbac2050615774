/**
 * Interaction input through zod. Discord enforces option lengths in its client, but an interaction payload
 * is still input from outside: every value is checked here, and a violation becomes a polite message.
 */
import type { z } from "zod";
import type { Lang } from "../render/locale.js";
import { renderInvalidInput, renderTooLong } from "../render/discord/notices.js";
import { UserFacingError } from "./errors.js";

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, lang: Lang): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const tooBig = parsed.error.issues.find((issue) => issue.code === "too_big");
  if (tooBig && "maximum" in tooBig) throw new UserFacingError(renderTooLong(Number(tooBig.maximum), lang));
  throw new UserFacingError(renderInvalidInput(lang));
}

/** What the user has typed so far in an autocomplete field; cut, not refused (the reply must come in 3 s). */
export function focusedText(value: unknown, max = 100): string {
  return typeof value === "string" ? value.slice(0, max) : "";
}
