/** /source article:<autocomplete> [file] — an original article, page by page, or as a .txt file. */
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
import type { DiscordReply } from "../src/render/discord/payload.js";
import { renderSourceFile, renderSourcePage } from "../src/render/discord/source.js";
import type { SourceArticle } from "../src/source/types.js";

export const MAX_ARTICLE = 200;

export const data = new SlashCommandBuilder()
  .setName("source")
  .setNameLocalizations({ [Locale.German]: "quelle" })
  .setDescription("Show an original article")
  .setDescriptionLocalizations({ [Locale.German]: "Zeigt einen Originalartikel" })
  .addStringOption((option) =>
    option
      .setName("article")
      .setNameLocalizations({ [Locale.German]: "artikel" })
      .setDescription("Title or file name of the article")
      .setDescriptionLocalizations({ [Locale.German]: "Titel oder Dateiname des Artikels" })
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(MAX_ARTICLE),
  )
  .addBooleanOption((option) =>
    option
      .setName("file")
      .setNameLocalizations({ [Locale.German]: "datei" })
      .setDescription("Also attach the whole text as a .txt file")
      .setDescriptionLocalizations({ [Locale.German]: "Den ganzen Text zusätzlich als .txt-Datei anhängen" }),
  );

const options = z.object({ article: z.string().max(MAX_ARTICLE), file: z.boolean().nullable() });

async function withArticle(query: string, ctx: BotContext, render: (article: SourceArticle) => DiscordReply): Promise<DiscordReply> {
  const result = await ctx.core.source(query);
  return result.ok ? render(result.article) : renderLookupError(result.error, query, ctx.lang);
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const raw = { article: interaction.options.getString("article", true), file: interaction.options.getBoolean("file") };
  const { article, file } = parseInput(options, raw, ctx.lang);
  const render = (a: SourceArticle) => renderSourcePage(a, 0, { lang: ctx.lang, withFile: file === true });
  await respond(interaction, () => withArticle(article, ctx, render), ctx);
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const typed = focusedText(interaction.options.getFocused(), MAX_ARTICLE);
  await respondChoices(interaction, async () => renderChoices(await ctx.core.articleChoices(typed)), ctx);
}

/** ◀ ▶ on a source message: `src:<articleId>:<page>`, the message is turned in place. */
async function turnPage(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const id = parseButtonId(interaction.customId);
  await respondUpdate(
    interaction,
    () => (id?.kind === "src" ? withArticle(id.articleId, ctx, (a) => renderSourcePage(a, id.page, { lang: ctx.lang })) : renderStale(ctx.lang)),
    ctx,
  );
}

/** "Quelle öffnen" under an answer: `open:<articleId>:<page>`, a private message so the answer stays. */
async function open(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const id = parseButtonId(interaction.customId);
  await respond(
    interaction,
    async () => {
      if (id?.kind !== "open") return renderStale(ctx.lang);
      return { ...(await withArticle(id.articleId, ctx, (a) => renderSourcePage(a, id.page, { lang: ctx.lang }))), ephemeral: true };
    },
    { ...ctx, ephemeral: true },
  );
}

/** "Als .txt": `txt:<articleId>`, the whole text as an attachment, privately. */
async function textFile(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const id = parseButtonId(interaction.customId);
  await respond(
    interaction,
    () => (id?.kind === "txt" ? withArticle(id.articleId, ctx, (a) => renderSourceFile(a, ctx.lang)) : renderStale(ctx.lang)),
    { ...ctx, ephemeral: true },
  );
}

export const buttons = { src: turnPage, open, txt: textFile };
