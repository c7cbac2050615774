/**
 * The one place interactions enter: slash commands by name, autocomplete by command, buttons by custom id
 * prefix, select menus by custom id. Pager buttons turn a public message only for its owner (others get a
 * private copy), run buttons start a command as a new message (see components.ts). Nothing escapes it: a user-facing error is shown privately, an unexpected one becomes
 * "Fehler-ID XXXXXX" for the user and an error log line under that id, and an interaction Discord no
 * longer accepts (40060 already acknowledged, 10062 expired) is only noted.
 */
import path from "node:path";
import type { AutocompleteInteraction, ButtonInteraction, Interaction, RepliableInteraction, StringSelectMenuInteraction } from "discord.js";
import { PACKAGE_ROOT } from "../config/paths.js";
import { createFeedbackStore } from "../feedback/log.js";
import { buttonId, buttonKindOf, MENU_IDS, parseButtonId } from "../render/discord/customId.js";
import { renderError, renderUserError } from "../render/discord/notices.js";
import type { DiscordReply } from "../render/discord/payload.js";
import { langOf } from "../render/locale.js";
import { createAnswerLane, lanedCore } from "./answerLane.js";
import { asNewMessage, ownsMessage, PAGER_KINDS } from "./components.js";
import { DEFER_AT_CORE_QUEUE, DEFER_DURING_RELOAD } from "../core/servingLimits.js";
import type { BotContext, BotCore, ButtonHandler, MenuHandler } from "./context.js";
import { UserError } from "../util/userError.js";
import { ALREADY_ACKNOWLEDGED, describeError, discordErrorCode, isGoneInteraction, newErrorId } from "./errors.js";
import { threadTime, threadTimeSince } from "../util/threadTime.js";
import { DEFAULT_DEFER_AFTER_MS, editOptions, replyOptions } from "./respond.js";
import type { DeferAt, Router, RouterOptions } from "./routerTypes.js";

/**
 * discord.js's errors for options that do not match the command (a client's cached old shape of it, or a forged
 * payload): a required option missing, another type, autocomplete without a focused option. Thrown before the values
 * reach validation (`parseInput`), they are bad input, answered like it, not a bug with an error id; the log keeps
 * discord.js's message at warn level, since a command reading an undeclared option throws the same.
 */
const OPTION_SHAPE_ERRORS: ReadonlySet<string> = new Set([
  "CommandInteractionOptionNotFound",
  "CommandInteractionOptionType",
  "CommandInteractionOptionEmpty",
  "AutocompleteInteractionOptionNoFocusedOption",
]);

const isOptionShapeError = (error: unknown): boolean =>
  typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" && OPTION_SHAPE_ERRORS.has(error.code);

function describeInteraction(interaction: Interaction): Record<string, unknown> {
  const base = { interaction: interaction.id, user: interaction.user.id, guild: interaction.guildId ?? undefined };
  if (interaction.isChatInputCommand()) return { ...base, kind: "command", command: interaction.commandName };
  if (interaction.isAutocomplete()) return { ...base, kind: "autocomplete", command: interaction.commandName };
  if (interaction.isButton()) return { ...base, kind: "button", button: buttonKindOf(interaction.customId) };
  if (interaction.isStringSelectMenu()) return { ...base, kind: "menu", menu: interaction.customId };
  return { ...base, kind: `type${interaction.type}` };
}

export function createRouter(opts: RouterOptions): Router {
  const byName = new Map(opts.commands.map((c) => [c.data.name, c]));
  const byButton = new Map<string, ButtonHandler>();
  const byMenu = new Map<string, MenuHandler>();
  for (const command of opts.commands) {
    for (const [prefix, handler] of Object.entries(command.buttons ?? {})) byButton.set(prefix, handler);
    for (const [id, handler] of Object.entries(command.menus ?? {})) byMenu.set(id, handler);
  }
  const feedback = opts.feedback ?? createFeedbackStore({ dataDir: path.join(PACKAGE_ROOT, "data") });
  const currentCore = typeof opts.core === "function" ? opts.core : () => opts.core as BotCore;
  const secrets = opts.secrets ?? [];
  const running = new Set<Promise<void>>();
  const lane = createAnswerLane();
  const deferAt: DeferAt = { coreQueue: DEFER_AT_CORE_QUEUE, reload: DEFER_DURING_RELOAD, ...opts.deferAt };

  /**
   * Why this interaction should be acknowledged at once rather than race Discord's 3 s window, or undefined.
   * Autocomplete cannot be deferred (it keeps its deadline and answers an empty list when late).
   */
  function deferReason(interaction: Interaction): string | undefined {
    if (interaction.isAutocomplete()) return undefined;
    // The calls of the interactions before this one are already queued: respond() starts the work at once.
    const pressure = opts.pressure?.();
    if (!pressure) return undefined;
    if (deferAt.reload && pressure.reloading) return "reload";
    if (pressure.queued >= deferAt.coreQueue) return "core-queue";
    return undefined;
  }

  async function dispatch(interaction: Interaction, ctx: BotContext): Promise<void> {
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      if (!command) throw new UserError("interaction_unknown", {});
      await command.execute(interaction, ctx);
    } else if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      if (command) await command.autocomplete(interaction, ctx);
      else await interaction.respond([]);
    } else if (interaction.isButton()) {
      await clicked(interaction, ctx);
    } else if (interaction.isStringSelectMenu()) {
      await picked(interaction, ctx);
    } else if (interaction.isRepliable()) {
      // A modal, another kind of menu: every interaction gets an answer, never Discord's "interaction failed".
      ctx.log.debug("interaction type not handled");
      throw new UserError("interaction_unknown", {});
    } else {
      ctx.log.debug("interaction type not handled");
    }
  }

  /** A button: run buttons start their command as a new message; pagers turn only their owner's message. */
  async function clicked(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
    const kind = buttonKindOf(interaction.customId);
    if (kind === "run") {
      const id = parseButtonId(interaction.customId);
      const target = id?.kind === "run" ? buttonId(id.target) : undefined;
      const handler = target ? byButton.get(buttonKindOf(target)) : undefined;
      if (!target || !handler) throw new UserError("button_stale", {});
      await handler(asNewMessage(interaction, { ephemeral: false, customId: target }), ctx);
      return;
    }
    const handler = byButton.get(kind);
    if (!handler) throw new UserError("button_stale", {});
    if (PAGER_KINDS.has(kind) && !ownsMessage(interaction)) {
      ctx.log.debug("pager: private copy for someone other than the owner");
      await handler(asNewMessage(interaction, { ephemeral: true }), ctx);
      return;
    }
    await handler(interaction, ctx);
  }

  /** A select menu: the people menu runs /timeline for the picked person; others go to their command's handler. */
  async function picked(interaction: StringSelectMenuInteraction, ctx: BotContext): Promise<void> {
    if (interaction.customId === MENU_IDS.runTimeline) {
      const target = buttonId({ kind: "tl", actorId: interaction.values[0] ?? "", page: 0 });
      const handler = byButton.get("tl");
      if (!target || !handler || !interaction.values[0]) throw new UserError("button_stale", {});
      // The timeline handler reads only the custom id and answers; a menu interaction answers the same way.
      await handler(asNewMessage(interaction, { ephemeral: false, customId: target }), ctx);
      return;
    }
    const handler = byMenu.get(interaction.customId);
    if (!handler) throw new UserError("button_stale", {});
    await handler(interaction, ctx);
  }

  /** Tells the user privately, in whatever way this interaction still allows. */
  async function tell(interaction: Interaction, reply: DiscordReply): Promise<void> {
    if (interaction.isAutocomplete()) {
      if (!(interaction as AutocompleteInteraction).responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const repliable = interaction as RepliableInteraction;
    if (repliable.deferred && !repliable.replied) await repliable.editReply(editOptions(reply));
    else if (repliable.replied) await repliable.followUp(replyOptions({ ...reply, ephemeral: true }));
    else await repliable.reply(replyOptions({ ...reply, ephemeral: true }));
  }

  async function fail(interaction: Interaction, thrown: unknown, ctx: BotContext): Promise<void> {
    const shape = isOptionShapeError(thrown);
    // Said at warn level with discord.js's words: a stale client or a forged payload, but also a command module that
    // reads an option it never declared, which only the log shows.
    if (shape) ctx.log.warn({ err: describeError(thrown, secrets) }, "options do not match the command");
    const error = shape ? new UserError("invalid_input", {}) : thrown;
    if (isGoneInteraction(error)) {
      const code = discordErrorCode(error);
      // 40060: answered already (e.g. a retried callback did arrive); 10062: expired, the user saw "did not respond".
      if (code === ALREADY_ACKNOWLEDGED) ctx.log.debug({ code }, "interaction already acknowledged");
      else ctx.log.warn({ code }, "interaction expired before the reply");
      return;
    }
    let reply: DiscordReply;
    if (error instanceof UserError) {
      ctx.log.info({ code: error.code, context: error.context }, "interaction refused");
      reply = renderUserError(error, ctx.lang);
    } else {
      const errorId = newErrorId();
      ctx.log.error({ errorId, err: describeError(error, secrets) }, "interaction failed");
      reply = renderError(errorId, ctx.lang);
    }
    try {
      await tell(interaction, reply);
    } catch (second) {
      const level = isGoneInteraction(second) ? "debug" : "warn";
      ctx.log[level]({ err: describeError(second, secrets) }, "could not tell the user about the failure");
    }
  }

  async function handle(interaction: Interaction): Promise<void> {
    let ctx: BotContext | undefined;
    const started = performance.now();
    const loop = performance.eventLoopUtilization();
    const debug = opts.logger.isLevelEnabled("debug");
    const thread = debug ? threadTime() : undefined;
    try {
      const early = deferReason(interaction);
      ctx = {
        // Deferred at once: its answer waits for its turn behind the acknowledgments of newer interactions.
        core: early ? lanedCore(currentCore(), lane) : currentCore(),
        log: opts.logger.child(describeInteraction(interaction)),
        lang: langOf(interaction.locale),
        cooldown: opts.cooldown,
        questions: opts.questions,
        feedback,
        // 0: the answer must be ready at once (a cooldown notice is), else the interaction is deferred first.
        deferAfterMs: early ? 0 : (opts.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS),
      };
      await dispatch(interaction, ctx);
      // busyMs: how long this thread was busy meanwhile (this interaction's own work, and any other's at the same time);
      // cpuMs and waitMs: how much of it was CPU time, and how long the thread waited for a CPU (threadTime.ts).
      if (debug) {
        const busyMs = Math.round(performance.eventLoopUtilization(loop).active * 10) / 10;
        ctx.log.debug({ ms: Math.round(performance.now() - started), busyMs, ...threadTimeSince(thread), ...(early ? { deferredEarly: early } : {}) }, "interaction handled");
      }
    } catch (error) {
      if (ctx) await fail(interaction, error, ctx);
      else opts.logger.error({ err: describeError(error, secrets) }, "interaction could not be set up");
    }
  }

  return {
    handle(interaction) {
      const task = handle(interaction).catch((error: unknown) => {
        opts.logger.error({ err: describeError(error, secrets) }, "interaction handler crashed");
      });
      running.add(task);
      void task.finally(() => running.delete(task));
      return task;
    },
    inFlight: () => running.size,
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      await Promise.race([Promise.allSettled([...running]).then(() => undefined), timeout]);
      clearTimeout(timer);
    },
  };
}
