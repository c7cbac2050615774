/** What createRouter (router.ts) takes and gives: its options, the thresholds of the early deferral, the Router. */
import type { Interaction } from "discord.js";
import type { Logger } from "pino";
import type { FeedbackStore } from "../feedback/log.js";
import type { BotCore, CommandModule, CorePressure } from "./context.js";
import type { Cooldown } from "./cooldown.js";
import type { QuestionStore } from "./questionStore.js";

export interface RouterOptions {
  /** The core, or a getter when the composition root swaps cores on reload. */
  core: BotCore | (() => BotCore);
  logger: Logger;
  commands: readonly CommandModule[];
  cooldown: Cooldown;
  questions: QuestionStore;
  /** Where votes go; default: the feedback log in ./data. */
  feedback?: FeedbackStore;
  deferAfterMs?: number;
  /** How busy the core is now; with it, a busy core makes new interactions defer at once. */
  pressure?: () => CorePressure;
  /** Thresholds of the early deferral (default: src/core/servingLimits.ts). */
  deferAt?: Partial<DeferAt>;
  /** Masked wherever they appear in a logged error (the bot token). */
  secrets?: readonly string[];
}

export interface DeferAt {
  /** Calls waiting in the core. */
  coreQueue: number;
  /** While a reload runs. */
  reload: boolean;
}

export interface Router {
  handle(interaction: Interaction): Promise<void>;
  /** Interactions still being handled. */
  inFlight(): number;
  /** Resolves when every handler has finished, or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<void>;
}
