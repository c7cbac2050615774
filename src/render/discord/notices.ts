/**
 * Short private messages: lookup errors with clickable "Meintest du …?" suggestions (and, for an unknown person,
 * the people the bot knows), errors with an id, the cooldown as a live countdown, input too long.
 */
import { ButtonStyle } from "discord.js";
import type { Choice, LookupError } from "../../timeline/types.js";
import { UserError } from "../../util/userError.js";
import type { Lang } from "../locale.js";
import { quoted, t } from "../messages.js";
import { buttonId, MENU_IDS, type RunnableId } from "./customId.js";
import { escapeText } from "./escape.js";
import { shorten } from "../../util/text.js";
import { MAX_CONTENT, MAX_SUGGESTIONS } from "../../util/discordLimits.js";
import { button, type Component, type DiscordReply, noMentions, rows, selectMenu } from "./payload.js";
import { personName } from "../../timeline/people.js";

function notice(content: string, components: Component[] = []): DiscordReply {
  return {
    content: shorten(content, MAX_CONTENT),
    ...(components.length > 0 ? { components: rows(...components) } : {}),
    allowedMentions: noMentions(),
    ephemeral: true,
  };
}

export interface LookupErrorOptions {
  /** The people the bot knows (the core's actor choices): listed, and offered in a menu, for an unknown person. */
  known?: readonly Choice[];
  /** Article ids of suggested titles, so a suggestion button opens exactly that article. */
  articleIds?: ReadonlyMap<string, string>;
  /** What the lookup asked for (default "actor"): named when none was given (`empty`). */
  looked?: "actor" | "article";
}

/** Unknown actor/article: what was not found and the closest names as buttons that run the command. */
export function renderLookupError(error: LookupError, query: string, lang: Lang, opts: LookupErrorOptions = {}): DiscordReply {
  if (error.code === "bad_range") return notice(t("bad_range", lang, { query: escapeText(shorten((error.query ?? query).trim(), 100)) }));
  // Nothing given (a blank option): ask for it, not "I don't know that person: „“".
  if (error.code === "empty") return notice(t(opts.looked === "article" ? "empty_article" : "empty_actor", lang));
  const actor = error.code !== "unknown_article";
  const lines = [t(actor ? "unknown_actor" : "unknown_article", lang, { query: escapeText(shorten((error.query ?? query).trim(), 100)) })];
  const idOfName = new Map((opts.known ?? []).map((c) => [c.name, c.value]));
  const components: Component[] = [];
  const unclickable: string[] = [];
  for (const suggestion of error.suggestions.slice(0, MAX_SUGGESTIONS)) {
    const actorId = idOfName.get(suggestion);
    if (actor && !actorId) {
      // Only a known person's id makes a button (ids are slugs); a bare name is listed instead.
      unclickable.push(quoted(escapeText(shorten(suggestion, 100)), lang));
      continue;
    }
    const target: RunnableId = actor
      ? { kind: "tl", actorId: actorId ?? suggestion, page: 0 }
      : { kind: "src", articleId: opts.articleIds?.get(suggestion) ?? suggestion, page: 0 };
    const label = actor && actorId ? personName({ id: actorId, name: suggestion }, lang) : suggestion;
    const b = buttonId({ kind: "run", target }) ? button({ id: { kind: "run", target }, label, style: ButtonStyle.Primary }) : undefined;
    if (b && !components.some((c) => "custom_id" in c && c.custom_id === b.custom_id)) components.push(b);
    else if (!b) unclickable.push(quoted(escapeText(shorten(label, 100)), lang));
  }
  if (components.length > 0) lines.push(t("did_you_mean_buttons", lang));
  if (unclickable.length > 0) lines.push(t("did_you_mean", lang, { list: unclickable.join(", ") }));
  if (actor && opts.known && opts.known.length > 0 && error.suggestions.length === 0) {
    const names = opts.known.map((c) => ({ id: c.value, name: personName({ id: c.value, name: c.name }, lang) }));
    lines.push(`${t("known_people", lang)} ${names.map((p) => escapeText(p.name)).join(", ")}`);
    const menu = selectMenu(
      MENU_IDS.runTimeline,
      t("pick_person", lang),
      names.map((p) => ({ label: p.name, value: p.id })),
    );
    if (menu) components.push(menu);
  }
  return notice(lines.join("\n"), components);
}

export function renderError(errorId: string, lang: Lang): DiscordReply {
  return notice(t("error", lang, { id: errorId }));
}

/** Discord shows `<t:…:R>` as a live "in 8 Sekunden" / "in 8 seconds" in the reader's own language. */
export function renderCooldown(retryAfterMs: number, lang: Lang, now: number = Date.now()): DiscordReply {
  const at = Math.ceil((now + Math.max(1000, retryAfterMs)) / 1000);
  return notice(t("cooldown", lang, { when: `<t:${at}:R>` }));
}

/** An expected failure (input too long, a stale button …) as a private notice: the code is the catalogue key. */
export function renderUserError(error: UserError, lang: Lang): DiscordReply {
  return notice(t(error.code, lang, error.context));
}

/** A button whose id this bot cannot read (forged, or from an older version). */
export function renderStale(lang: Lang): DiscordReply {
  return renderUserError(new UserError("button_stale", {}), lang);
}

/** Message keys of the replies to 👍 / 👎. */
const FEEDBACK_RECEIPTS = { up: "feedback_up", down: "feedback_down", duplicate: "feedback_duplicate", unsaved: "feedback_unsaved" } as const;

/** The reply to 👍 / 👎: thanks, that this person has voted on this answer already, or that the vote could not be saved. */
export function renderFeedbackReceipt(outcome: keyof typeof FEEDBACK_RECEIPTS, lang: Lang): DiscordReply {
  return notice(t(FEEDBACK_RECEIPTS[outcome], lang));
}
