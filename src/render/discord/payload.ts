/** The shape every Discord renderer returns, and the building blocks (buttons, pager) they share. */
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type AttachmentBuilder,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import { type ButtonId, buttonId } from "./customId.js";
import { MAX_BUTTONS_PER_ROW } from "./limits.js";

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** A message as the bot sends it; the bot decides reply/update/edit, the renderer only what it says. */
export interface DiscordReply {
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
  files?: AttachmentBuilder[];
  /** Always empty: nothing the bot writes may ping. */
  allowedMentions: { parse: [] };
  /** Only the person who asked sees it (errors, cooldowns, personal views). */
  ephemeral?: boolean;
}

/** Discord embed accent: a calm blue for answers, amber for "not found / not covered", red for errors. */
export const COLORS = { answer: 0x2b6cb0, notice: 0xd69e2e, error: 0xc53030 } as const;

export function noMentions(): { parse: [] } {
  return { parse: [] };
}

export interface ButtonSpec {
  id: ButtonId;
  label?: string;
  emoji?: string;
  style?: ButtonStyle.Primary | ButtonStyle.Secondary;
  disabled?: boolean;
}

/** A button, or undefined when its id does not fit into 100 characters. */
export function button(spec: ButtonSpec): APIButtonComponentWithCustomId | undefined {
  const customId = buttonId(spec.id);
  if (!customId) return undefined;
  return {
    type: ComponentType.Button,
    style: spec.style ?? ButtonStyle.Secondary,
    custom_id: customId,
    ...(spec.label ? { label: spec.label } : {}),
    ...(spec.emoji ? { emoji: { name: spec.emoji } } : {}),
    ...(spec.disabled ? { disabled: true } : {}),
  };
}

/** One action row of the given buttons (missing ones skipped); no row at all when none is left. */
export function row(...buttons: Array<APIButtonComponentWithCustomId | undefined>): ButtonRow[] {
  const present = buttons.filter((b): b is APIButtonComponentWithCustomId => b !== undefined).slice(0, MAX_BUTTONS_PER_ROW);
  return present.length > 0 ? [{ type: ComponentType.ActionRow, components: present }] : [];
}

/**
 * ◀ ▶ for page `page` of `pages`. The targets are the neighbouring pages (clamped), which keeps the two
 * custom ids distinct on every page, as Discord requires. Nothing to page through → no buttons.
 */
export function pagerButtons(
  page: number,
  pages: number,
  idOf: (page: number) => ButtonId,
): Array<APIButtonComponentWithCustomId | undefined> {
  if (pages < 2) return [];
  return [
    button({ id: idOf(Math.max(0, page - 1)), emoji: "◀", disabled: page <= 0 }),
    button({ id: idOf(Math.min(pages - 1, page + 1)), emoji: "▶", disabled: page >= pages - 1 }),
  ];
}
