/**
 * Interaction input through zod. Discord enforces option lengths in its client, but an interaction payload
 * is still input from outside: every value is checked here, and a violation becomes a UserError (code and
 * context) that the router has rendered as a polite private message.
 */
import type { z } from "zod";
import { UserError } from "../util/userError.js";

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const tooBig = parsed.error.issues.find((issue) => issue.code === "too_big");
  if (tooBig && "maximum" in tooBig) throw new UserError("too_long", { max: Number(tooBig.maximum) });
  throw new UserError("invalid_input", {});
}

/** What the user has typed so far in an autocomplete field; cut, not refused (the reply must come in 3 s). */
export function focusedText(value: unknown, max = 100): string {
  return typeof value === "string" ? value.slice(0, max) : "";
}
