/**
 * /ingest url:<http(s) URL> — adds an article, or an RSS/Atom feed's articles, to the corpus. Registered for members
 * with Manage Server only (server admins can change that in the integration settings); the reply is private.
 * The running bot picks the new files up through its corpus reload. URLs of private, loopback and link-local
 * addresses are refused unless INGEST_ALLOW_PRIVATE=true (src/ingest/addressGuard.ts).
 */
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  InteractionContextType,
  Locale,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from "discord.js";
import { z } from "zod";
import type { BotContext } from "../src/bot/context.js";
import { parseInput } from "../src/bot/input.js";
import { respond, respondChoices } from "../src/bot/respond.js";
import { discordIngester } from "../src/ingest/service.js";
import { renderIngestReply } from "../src/render/discord/ingest.js";

export const MAX_URL = 2000;

export const data = new SlashCommandBuilder()
  .setName("ingest")
  .setNameLocalizations({ [Locale.German]: "artikel-hinzufuegen" })
  .setDescription("Add a news article (or an RSS/Atom feed's articles) to the corpus by URL")
  .setDescriptionLocalizations({ [Locale.German]: "Einen Nachrichtenartikel (oder die Artikel eines RSS-/Atom-Feeds) per URL hinzufügen" })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addStringOption((option) =>
    option
      .setName("url")
      .setDescription("http(s) address of the article or feed")
      .setDescriptionLocalizations({ [Locale.German]: "http(s)-Adresse des Artikels oder Feeds" })
      .setRequired(true)
      .setMaxLength(MAX_URL),
  );

const options = z.object({ url: z.string().trim().min(1).max(MAX_URL) });

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const { url } = parseInput(options, { url: interaction.options.getString("url", true) });
  await respond(
    interaction,
    async () => {
      // URLs only: a path would have the bot read its own files into the corpus.
      const results = await discordIngester().ingestUrls([url]);
      ctx.log.info({ url, added: results.filter((r) => r.status === "added").length, results: results.length }, "ingest");
      return renderIngestReply(results, ctx.lang);
    },
    { ...ctx, ephemeral: true },
  );
}

/** The URL is free text; nothing to complete. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  await respondChoices(interaction, () => [], ctx);
}
