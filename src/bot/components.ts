/**
 * How a click on a component is answered, decided before its handler runs:
 * - Own pagers: ◀ ▶ on a public /timeline or /source message turn it only for the person who ran the command
 *   (Discord names them in the message's interaction metadata). Anyone else gets a private copy at that page;
 *   private messages are turned in place by whoever sees them.
 * - Run buttons ("Meintest du …", example questions, the people menu) run a command as a new message.
 * Both reuse the ordinary handler: it answers with `update()` as always, and the interaction it gets turns that
 * into a new (private or public) reply. Handlers stay unaware of who owns the message.
 */
import { type MessageComponentInteraction, MessageFlags } from "discord.js";

/** Button kinds that turn pages of the message they are on. */
export const PAGER_KINDS: ReadonlySet<string> = new Set(["tl", "src"]);

/** True when the clicker may change the message: it is private, or they ran the command that made it. */
export function ownsMessage(interaction: MessageComponentInteraction): boolean {
  const message = interaction.message;
  if (message.flags.has(MessageFlags.Ephemeral)) return true;
  const owner = message.interactionMetadata?.user?.id ?? message.interaction?.user?.id;
  return owner !== undefined && owner === interaction.user.id;
}

export interface NewMessageMode {
  /** The reply only the clicker sees. */
  ephemeral: boolean;
  /** The custom id the handler reads instead of the clicked one (a run button's target). */
  customId?: string;
}

/**
 * The interaction with `update`/`deferUpdate` turned into a new reply (private when `ephemeral`); everything
 * else is the interaction itself, so its acknowledged/deferred state stays in one place.
 */
export function asNewMessage<T extends MessageComponentInteraction>(interaction: T, mode: NewMessageMode): T {
  const flags = mode.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
  let deferredHere = false;
  let edited = false;
  return new Proxy(interaction, {
    get(target, prop) {
      switch (prop) {
        case "customId":
          return mode.customId ?? target.customId;
        case "update":
          return (options: Parameters<T["update"]>[0]) => target.reply({ ...(options as object), ...flags } as Parameters<T["reply"]>[0]);
        case "deferUpdate":
          return () => {
            deferredHere = true;
            return target.deferReply(flags);
          };
        case "editReply":
          return (options: Parameters<T["editReply"]>[0]) => {
            edited = true;
            return target.editReply(options);
          };
        case "followUp":
          return async (options: Parameters<T["followUp"]>[0]) => {
            // A deferred public "thinking…" that turns out private (an error) is replaced, not left behind.
            if (deferredHere && !edited && !mode.ephemeral) {
              edited = true;
              await target.deleteReply();
            }
            return target.followUp(options);
          };
        default: {
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        }
      }
    },
  });
}
