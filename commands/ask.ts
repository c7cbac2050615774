/** /ask question:<text> — the best verbatim quote from the articles, or an honest "not covered". */
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Locale,
  SlashCommandBuilder,
} from "discord.js";
import { z } from "zod";
import type { AnswerResult } from "../src/answer/types.js";
import type { BotContext } from "../src/bot/context.js";
import { parseInput } from "../src/bot/input.js";
import { respond, respondChoices } from "../src/bot/respond.js";
import { questionFromMessage, renderAnswer, renderMoreResults } from "../src/render/discord/answer.js";
import { parseButtonId } from "../src/render/discord/customId.js";
import { renderCooldown, renderStale } from "../src/render/discord/notices.js";
import { sourcePageOf } from "../src/render/discord/source.js";

export const MAX_QUESTION = 300;

export const data = new SlashCommandBuilder()
  .setName("ask")
  .setNameLocalizations({ [Locale.German]: "frage" })
  .setDescription("Ask about the 2025 US–Russia–Ukraine negotiations; answers quote German news articles")
  .setDescriptionLocalizations({
    [Locale.German]: "Frage zu den Verhandlungen USA–Russland–Ukraine 2025; Antworten zitieren Nachrichtenartikel",
  })
  .addStringOption((option) =>
    option
      .setName("question")
      .setNameLocalizations({ [Locale.German]: "frage" })
      .setDescription("Your question, e.g. “How old is Keith Kellogg?”")
      .setDescriptionLocalizations({ [Locale.German]: "Deine Frage, z. B. „Wie alt ist Keith Kellogg?“" })
      .setRequired(true)
      .setMaxLength(MAX_QUESTION),
  );

const options = z.object({ question: z.string().max(MAX_QUESTION) });

/** The page of each shown result's article that holds its quote, for the "Quelle öffnen" buttons. */
async function sourcePages(results: readonly AnswerResult[], ctx: BotContext): Promise<(r: AnswerResult) => number | undefined> {
  const pages = new Map<string, number>();
  for (const result of results) {
    const found = await ctx.core.source(result.articleId);
    if (found.ok) pages.set(result.passageId, sourcePageOf(found.article, result.quoteStart));
  }
  return (result) => pages.get(result.passageId);
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const { question } = parseInput(options, { question: interaction.options.getString("question", true) }, ctx.lang);
  const verdict = ctx.cooldown.take(interaction.user.id);
  if (!verdict.ok) {
    ctx.log.info({ retryAfterMs: verdict.retryAfterMs }, "ask: cooldown");
    await respond(interaction, () => renderCooldown(verdict.retryAfterMs, ctx.lang), ctx);
    return;
  }
  await respond(
    interaction,
    async () => {
      const answer = await ctx.core.ask(question);
      ctx.log.debug({ abstained: answer.abstained, reason: answer.reason, results: answer.results.length }, "ask: answered");
      const questionKey = answer.results.length > 1 ? ctx.questions.remember(answer.question) : undefined;
      return renderAnswer(answer, { lang: ctx.lang, questionKey, sourcePageOf: await sourcePages(answer.results.slice(0, 1), ctx) });
    },
    ctx,
  );
}

/** The question is free text; nothing to complete. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  await respondChoices(interaction, () => [], ctx);
}

/** "Weitere Treffer": results 2–5, privately. The question comes from the LRU, else from the message itself. */
async function more(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const id = parseButtonId(interaction.customId);
  await respond(
    interaction,
    async () => {
      if (id?.kind !== "more") return renderStale(ctx.lang);
      const question = ctx.questions.recall(id.key) ?? questionFromMessage(interaction.message.content);
      if (!question) return renderStale(ctx.lang);
      const answer = await ctx.core.ask(question);
      return renderMoreResults(answer, { lang: ctx.lang, sourcePageOf: await sourcePages(answer.results.slice(1, 5), ctx) });
    },
    { ...ctx, ephemeral: true },
  );
}

export const buttons = { more };
