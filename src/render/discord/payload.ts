/** The shape every Discord renderer returns, and the building blocks (buttons, menus, pager) they share. */
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIButtonComponentWithURL,
  type APIEmbed,
  type APISelectMenuOption,
  type APIStringSelectComponent,
  type AttachmentBuilder,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import { type ButtonId, buttonId } from "./customId.js";
import { shorten } from "../../util/text.js";
import { MAX_BUTTON_LABEL, MAX_BUTTONS_PER_ROW, MAX_CHOICE_NAME, MAX_CUSTOM_ID, MAX_SELECT_OPTIONS, MAX_SELECT_PLACEHOLDER } from "../../util/discordLimits.js";

export type Component = APIButtonComponentWithCustomId | APIButtonComponentWithURL | APIStringSelectComponent;
export type ComponentRow = APIActionRowComponent<Component>;

/** A message as the bot sends it; the bot decides reply/update/edit, the renderer only what it says. */
export interface DiscordReply {
  content?: string;
  embeds?: APIEmbed[];
  components?: ComponentRow[];
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
  style?: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger;
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
    ...(spec.label ? { label: shorten(spec.label, MAX_BUTTON_LABEL) } : {}),
    ...(spec.emoji ? { emoji: { name: spec.emoji } } : {}),
    ...(spec.disabled ? { disabled: true } : {}),
  };
}

/** A link button; undefined unless the URL is http(s) and fits Discord's 512 characters. */
export function linkButton(url: string | undefined, label: string, emoji?: string): APIButtonComponentWithURL | undefined {
  if (!url || url.length > 512) return undefined;
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Link,
    url,
    label: shorten(label, MAX_BUTTON_LABEL),
    ...(emoji ? { emoji: { name: emoji } } : {}),
  };
}

export interface MenuOption {
  label: string;
  value: string;
  description?: string;
  emoji?: string;
}

/** A string select menu; options whose value does not fit are dropped, at most 25 are kept. */
export function selectMenu(customId: string, placeholder: string, options: readonly MenuOption[]): APIStringSelectComponent | undefined {
  const seen = new Set<string>();
  const kept: APISelectMenuOption[] = [];
  for (const o of options) {
    if (o.value.length === 0 || o.value.length > MAX_CUSTOM_ID || seen.has(o.value) || kept.length === MAX_SELECT_OPTIONS) continue;
    seen.add(o.value);
    kept.push({
      label: shorten(o.label.trim() || o.value, MAX_CHOICE_NAME),
      value: o.value,
      ...(o.description ? { description: shorten(o.description, MAX_CHOICE_NAME) } : {}),
      ...(o.emoji ? { emoji: { name: o.emoji } } : {}),
    });
  }
  if (kept.length === 0) return undefined;
  return { type: ComponentType.StringSelect, custom_id: customId, placeholder: shorten(placeholder, MAX_SELECT_PLACEHOLDER), options: kept };
}

/** Action rows of the given components (missing ones skipped): a menu gets a row of its own, buttons five to a row. */
export function rows(...components: Array<Component | undefined>): ComponentRow[] {
  const out: ComponentRow[] = [];
  let buttons: Component[] = [];
  const flush = () => {
    if (buttons.length > 0) out.push({ type: ComponentType.ActionRow, components: buttons });
    buttons = [];
  };
  for (const c of components) {
    if (!c) continue;
    if (c.type === ComponentType.StringSelect) {
      flush();
      out.push({ type: ComponentType.ActionRow, components: [c] });
      continue;
    }
    if (buttons.length === MAX_BUTTONS_PER_ROW) flush();
    buttons.push(c);
  }
  flush();
  return out;
}

/** One action row of the given buttons (missing ones skipped, at most five); no row at all when none is left. */
export function row(...buttons: Array<Component | undefined>): ComponentRow[] {
  const present = buttons.filter((b): b is Component => b !== undefined).slice(0, MAX_BUTTONS_PER_ROW);
  return present.length > 0 ? [{ type: ComponentType.ActionRow, components: present }] : [];
}

/**
 * ◀ n/N ▶ for page `page` of `pages`. The arrows target the neighbouring pages (clamped), which keeps their
 * custom ids distinct on every page; the page number sits on a disabled button between them.
 * Nothing to page through → no buttons.
 */
export function pagerButtons(page: number, pages: number, idOf: (page: number) => ButtonId): Array<APIButtonComponentWithCustomId | undefined> {
  if (pages < 2) return [];
  return [
    button({ id: idOf(Math.max(0, page - 1)), emoji: "◀", disabled: page <= 0 }),
    button({ id: { kind: "nop", tag: "page" }, label: `${page + 1}/${pages}`, disabled: true }),
    button({ id: idOf(Math.min(pages - 1, page + 1)), emoji: "▶", disabled: page >= pages - 1 }),
  ];
}
