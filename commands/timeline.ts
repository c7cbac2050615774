/** /timeline actor:<autocomplete> — what the articles report about a person, month by month. */
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Locale,
  SlashCommandBuilder,
} from "discord.js";
import { z } from "zod";
import type { BotContext } from "../src/bot/context.js";
import { focusedText, parseInput } from "../src/bot/input.js";
import { respond, respondChoices, respondUpdate } from "../src/bot/respond.js";
import { renderChoices } from "../src/render/discord/choices.js";
import { parseButtonId } from "../src/render/discord/customId.js";
import { renderLookupError, renderStale } from "../src/render/discord/notices.js";
import { renderTimelinePage } from "../src/render/discord/timeline.js";

export const MAX_ACTOR = 100;

export const data = new SlashCommandBuilder()
  .setName("timeline")
  .setNameLocalizations({ [Locale.German]: "zeitleiste" })
  .setDescription("What the articles report about a person, month by month")
  .setDescriptionLocalizations({ [Locale.German]: "Was die Artikel über eine Person berichten, Monat für Monat" })
  .addStringOption((option) =>
    option
      .setName("actor")
      .setNameLocalizations({ [Locale.German]: "akteur" })
      .setDescription("A person, e.g. Lavrov, Rubio, Zelensky")
      .setDescriptionLocalizations({ [Locale.German]: "Eine Person, z. B. Lawrow, Rubio, Selenskyj" })
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(MAX_ACTOR),
  );

const options = z.object({ actor: z.string().max(MAX_ACTOR) });

async function page(actor: string, pageNumber: number, ctx: BotContext) {
  const result = await ctx.core.timeline(actor);
  if (!result.ok) return renderLookupError(result.error, actor, ctx.lang, { known: await ctx.core.actorChoices("") });
  return renderTimelinePage(result.timeline, pageNumber, ctx.lang);
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const { actor } = parseInput(options, { actor: interaction.options.getString("actor", true) }, ctx.lang);
  await respond(interaction, () => page(actor, 0, ctx), ctx);
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const typed = focusedText(interaction.options.getFocused(), MAX_ACTOR);
  await respondChoices(interaction, async () => renderChoices(await ctx.core.actorChoices(typed)), ctx);
}

/** ◀ ▶: `tl:<actorId>:<page>`. */
async function turnPage(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const id = parseButtonId(interaction.customId);
  await respondUpdate(interaction, () => (id?.kind === "tl" ? page(id.actorId, id.page, ctx) : renderStale(ctx.lang)), ctx);
}

export const buttons = { tl: turnPage };
