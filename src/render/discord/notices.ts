/** Short ephemeral messages: lookup errors with "Meinten Sie …?", errors with an id, cooldown, input too long. */
import type { LookupError } from "../../timeline/types.js";
import type { Lang } from "../locale.js";
import { t } from "../messages.js";
import { escapeText, truncate } from "./escape.js";
import { MAX_CONTENT } from "./limits.js";
import { type DiscordReply, noMentions } from "./payload.js";

const MAX_SUGGESTIONS = 5;

function notice(content: string): DiscordReply {
  return { content: truncate(content, MAX_CONTENT), allowedMentions: noMentions(), ephemeral: true };
}

/** Unknown actor/article: what was not found and the closest names, so the next try succeeds. */
export function renderLookupError(error: LookupError, query: string, lang: Lang): DiscordReply {
  if (error.code === "bad_range") return notice(t("bad_range", lang, { query: escapeText(truncate((error.query ?? query).trim(), 100)) }));
  const code = error.code === "unknown_article" ? "unknown_article" : "unknown_actor";
  const lines = [t(code, lang, { query: escapeText(truncate((error.query ?? query).trim(), 100)) })];
  const suggestions = error.suggestions.slice(0, MAX_SUGGESTIONS).map((s) => `„${escapeText(truncate(s, 100))}“`);
  if (suggestions.length > 0) lines.push(t("did_you_mean", lang, { list: suggestions.join(", ") }));
  return notice(lines.join("\n"));
}

export function renderError(errorId: string, lang: Lang): DiscordReply {
  return notice(t("error", lang, { id: errorId }));
}

export function renderCooldown(retryAfterMs: number, lang: Lang): DiscordReply {
  return notice(t("cooldown", lang, { seconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) }));
}

export function renderTooLong(max: number, lang: Lang): DiscordReply {
  return notice(t("too_long", lang, { max }));
}

/** A button whose id this bot cannot read (forged, or from an older version). */
export function renderStale(lang: Lang): DiscordReply {
  return notice(t("button_stale", lang));
}

export function renderInvalidInput(lang: Lang): DiscordReply {
  return notice(t("invalid_input", lang));
}
