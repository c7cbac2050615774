/** What command modules get to work with: the core, the caller's language, a logger, shared bot state. */
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  SlashCommandOptionsOnlyBuilder,
  StringSelectMenuInteraction,
} from "discord.js";
import type { Logger } from "pino";
import type { Core } from "../core/core.js";
import type { FeedbackStore } from "../feedback/log.js";
import type { Lang } from "../render/locale.js";
import type { Cooldown } from "./cooldown.js";
import type { QuestionStore } from "./questionStore.js";

type MaybeAsync<F> = F extends (...args: infer A) => infer R ? (...args: A) => R | Promise<R> : never;

/**
 * The core as the bot uses it. Every `Core` is one; a method may also answer asynchronously
 * (a core in a worker, or a deliberately slow one in tests), which the bot's defer logic handles.
 */
export type BotCore = { readonly [K in "ask" | "timeline" | "source" | "actorChoices" | "articleChoices" | "profile"]: MaybeAsync<Core[K]> };

/** How busy the core is, for deciding to acknowledge an interaction at once (see router.ts). */
export interface CorePressure {
  /** A reload is running beside the serving core. */
  reloading: boolean;
  /** Calls waiting for the core. */
  queued: number;
}

export interface BotContext {
  /** The current core; read it per interaction, a reload may have replaced it. */
  core: BotCore;
  /** Child logger of this interaction (id, user, command). */
  log: Logger;
  /** Language of the bot's own words for this user. */
  lang: Lang;
  cooldown: Cooldown;
  questions: QuestionStore;
  /** Where 👍 / 👎 on answers go. */
  feedback: FeedbackStore;
  /** How long a handler may take before the bot defers the reply (Discord allows 3 s). */
  deferAfterMs: number;
}

/** A button (or a menu that runs a button's action): handlers read the custom id and answer, nothing button-specific. */
export type ButtonHandler = (interaction: ComponentInteraction, ctx: BotContext) => Promise<void>;

/** What a button handler gets: a button, or the select menu that runs a button's action. */
export type ComponentInteraction = ButtonInteraction | StringSelectMenuInteraction;

export type MenuHandler = (interaction: StringSelectMenuInteraction, ctx: BotContext) => Promise<void>;

/** One slash command: `commands/<name>.ts`. */
export interface CommandModule {
  data: SlashCommandOptionsOnlyBuilder;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  /** Button handlers by custom id prefix ("tl", "src", …). */
  buttons?: Readonly<Record<string, ButtonHandler>>;
  /** Select menu handlers by custom id ("ctxm", …). */
  menus?: Readonly<Record<string, MenuHandler>>;
}
