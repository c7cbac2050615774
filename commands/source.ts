/** /source article:<autocomplete> [file] — an original article, page by page, or as a .txt file. */
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  Locale,
  SlashCommandBuilder,
  type StringSelectMenuInteraction,
} from "discord.js";
import { z } from "zod";
import type { BotContext, ComponentInteraction } from "../src/bot/context.js";
import { focusedText, parseInput } from "../src/bot/input.js";
import { respond, respondChoices, respondUpdate } from "../src/bot/respond.js";
import { articleChoice, localizeArticleChoice, renderChoices } from "../src/render/discord/choices.js";
import { renderContext } from "../src/render/discord/context.js";
import { type ButtonId, MENU_IDS, parseButtonId, quoteCheck } from "../src/render/discord/customId.js";
import { renderLookupError, renderStale } from "../src/render/discord/notices.js";
import type { DiscordReply } from "../src/render/discord/payload.js";
import { renderSourceFile, renderSourcePage } from "../src/render/discord/source.js";
import { t } from "../src/render/messages.js";
import type { SourceArticle } from "../src/source/types.js";
import type { Choice, LookupError } from "../src/timeline/types.js";

export const MAX_ARTICLE = 200;

export const data = new SlashCommandBuilder()
  .setName("source")
  .setNameLocalizations({ [Locale.German]: "quelle" })
  .setDescription(t("command_source", "en"))
  .setDescriptionLocalizations({ [Locale.German]: t("command_source", "de") })
  .addStringOption((option) =>
    option
      .setName("article")
      .setNameLocalizations({ [Locale.German]: "artikel" })
      .setDescription(t("command_source_article", "en"))
      .setDescriptionLocalizations({ [Locale.German]: t("command_source_article", "de") })
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(MAX_ARTICLE),
  )
  .addBooleanOption((option) =>
    option
      .setName("file")
      .setNameLocalizations({ [Locale.German]: "datei" })
      .setDescription(t("command_source_file", "en"))
      .setDescriptionLocalizations({ [Locale.German]: t("command_source_file", "de") }),
  );

const options = z.object({ article: z.string().max(MAX_ARTICLE), file: z.boolean().nullable() });

/** Suggested titles → their article ids, so a "Meintest du" button opens exactly that article. */
async function suggestionIds(error: LookupError, ctx: BotContext): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const title of error.suggestions.slice(0, 5)) {
    const found = await ctx.core.source(title);
    if (found.ok && found.article.title === title) ids.set(title, found.article.articleId);
  }
  return ids;
}

async function withArticle(query: string, ctx: BotContext, render: (article: SourceArticle) => DiscordReply): Promise<DiscordReply> {
  const result = await ctx.core.source(query);
  if (result.ok) return render(result.article);
  return renderLookupError(result.error, query, ctx.lang, { articleIds: await suggestionIds(result.error, ctx), looked: "article" });
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const raw = { article: interaction.options.getString("article", true), file: interaction.options.getBoolean("file") };
  const { article, file } = parseInput(options, raw);
  const render = (a: SourceArticle) => renderSourcePage(a, 0, { lang: ctx.lang, withFile: file === true });
  await respond(interaction, () => withArticle(article, ctx, render), ctx);
}

/** Ids and file names are matched exactly by the core; anything else is asked like a question first. */
const LOOKS_LIKE_ID = /^\d{3}|\.txt$/iu;
const MIN_QUESTION_CHARS = 3;

/**
 * Articles for what is typed, best first: those the answer engine finds for it (content words, English terms,
 * through the same analysis as /ask), each with its "auch in" articles, then those whose title or id matches.
 */
export async function articleSuggestions(typed: string, ctx: Pick<BotContext, "core" | "lang">): Promise<Choice[]> {
  const q = typed.trim();
  const byTitle = (await ctx.core.articleChoices(q)).map((c) => localizeArticleChoice(c, ctx.lang));
  if (q.length < MIN_QUESTION_CHARS || LOOKS_LIKE_ID.test(q)) return byTitle;
  const answer = await ctx.core.ask(q);
  const byContent = (answer.abstained ? [] : answer.results).flatMap((r) => [r, ...r.alsoIn]).map((ref) => articleChoice(ref, ctx.lang));
  return [...byContent, ...byTitle];
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const typed = focusedText(interaction.options.getFocused(), MAX_ARTICLE);
  await respondChoices(interaction, async () => renderChoices(await articleSuggestions(typed, ctx)), ctx);
}

/** ◀ ▶ on a source message: `src:<articleId>:<page>`, turned in place (the router gives others a private copy). */
async function turnPage(interaction: ComponentInteraction, ctx: BotContext): Promise<void> {
  const id = parseButtonId(interaction.customId);
  await respondUpdate(
    interaction,
    () => (id?.kind === "src" ? withArticle(id.articleId, ctx, (a) => renderSourcePage(a, id.page, { lang: ctx.lang })) : renderStale(ctx.lang)),
    ctx,
  );
}

/** A `ctx:` target (the paragraph around a quote) or a `src:`/`open:` page, always private. */
async function opened(id: ButtonId | undefined, ctx: BotContext): Promise<DiscordReply> {
  if (id?.kind === "ctx") {
    const found = await ctx.core.source(id.articleId);
    const end = id.start + id.length;
    // The check catches an article that changed since the answer: better "ask again" than wrong words in bold.
    // A span past the article's end (a forged id) is stale too: its empty slice would pass the check of "".
    if (!found.ok || found.article.articleId !== id.articleId || end > found.article.text.length || quoteCheck(found.article.text.slice(id.start, end)) !== id.check) {
      return renderStale(ctx.lang);
    }
    return renderContext(found.article, { start: id.start, end }, ctx.lang);
  }
  if (id?.kind === "src" || id?.kind === "open") {
    return { ...(await withArticle(id.articleId, ctx, (a) => renderSourcePage(a, id.page, { lang: ctx.lang }))), ephemeral: true };
  }
  return renderStale(ctx.lang);
}

/** "Quelle öffnen" under an answer: `ctx:…` (or the older `open:<articleId>:<page>`), privately so the answer stays. */
async function open(interaction: ComponentInteraction, ctx: BotContext): Promise<void> {
  await respond(interaction, () => opened(parseButtonId(interaction.customId), ctx), { ...ctx, ephemeral: true });
}

/** The "Quelle öffnen …" menu (more than five cited articles): its values are `ctx:`/`src:` ids. */
async function openFromMenu(interaction: StringSelectMenuInteraction, ctx: BotContext): Promise<void> {
  await respond(interaction, () => opened(parseButtonId(interaction.values[0] ?? ""), ctx), { ...ctx, ephemeral: true });
}

/** "Als .txt": `txt:<articleId>`, the whole text as an attachment, privately. */
async function textFile(interaction: ComponentInteraction, ctx: BotContext): Promise<void> {
  const id = parseButtonId(interaction.customId);
  await respond(
    interaction,
    () => (id?.kind === "txt" ? withArticle(id.articleId, ctx, (a) => renderSourceFile(a, ctx.lang)) : renderStale(ctx.lang)),
    { ...ctx, ephemeral: true },
  );
}

export const buttons = { src: turnPage, open, ctx: open, txt: textFile };
export const menus = { [MENU_IDS.context]: openFromMenu };
