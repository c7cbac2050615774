/**
 * /help — privately: what the bot does, what its articles cover, its commands and the corpus's example questions as
 * buttons (they run /ask like those under an abstention).
 */
import { type AutocompleteInteraction, type ChatInputCommandInteraction, Locale, SlashCommandBuilder } from "discord.js";
import type { BotContext } from "../src/bot/context.js";
import { respond, respondChoices } from "../src/bot/respond.js";
import { renderHelp } from "../src/render/discord/help.js";
import { helpModel } from "../src/render/help.js";
import { t } from "../src/render/messages.js";

export const data = new SlashCommandBuilder()
  .setName("help")
  .setNameLocalizations({ [Locale.German]: "hilfe" })
  .setDescription(t("command_help", "en"))
  .setDescriptionLocalizations({ [Locale.German]: t("command_help", "de") });

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await respond(interaction, async () => renderHelp(helpModel(await ctx.core.profile(), ctx.lang)), { ...ctx, ephemeral: true });
}

/** No options; nothing to complete. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  await respondChoices(interaction, () => [], ctx);
}
