/** What command modules get to work with: the core, the caller's language, a logger, shared bot state. */
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  SlashCommandOptionsOnlyBuilder,
} from "discord.js";
import type { Logger } from "pino";
import type { Core } from "../core/core.js";
import type { Lang } from "../render/locale.js";
import type { Cooldown } from "./cooldown.js";
import type { QuestionStore } from "./questionStore.js";

type MaybeAsync<F> = F extends (...args: infer A) => infer R ? (...args: A) => R | Promise<R> : never;

/**
 * The core as the bot uses it. Every `Core` is one; a method may also answer asynchronously
 * (a core in a worker, or a deliberately slow one in tests), which the bot's defer logic handles.
 */
export type BotCore = { readonly [K in "ask" | "timeline" | "source" | "actorChoices" | "articleChoices"]: MaybeAsync<Core[K]> };

export interface BotContext {
  /** The current core; read it per interaction, a reload may have replaced it. */
  core: BotCore;
  /** Child logger of this interaction (id, user, command). */
  log: Logger;
  /** Language of the bot's own words for this user. */
  lang: Lang;
  cooldown: Cooldown;
  questions: QuestionStore;
  /** How long a handler may take before the bot defers the reply (Discord allows 3 s). */
  deferAfterMs: number;
}

export type ButtonHandler = (interaction: ButtonInteraction, ctx: BotContext) => Promise<void>;

/** One slash command: `commands/<name>.ts`. */
export interface CommandModule {
  data: SlashCommandOptionsOnlyBuilder;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  /** Button handlers by custom id prefix ("tl", "src", …). */
  buttons?: Readonly<Record<string, ButtonHandler>>;
}
