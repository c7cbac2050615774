/** /ask question:<text> — verbatim quotes from the articles, or an honest "not covered". */
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  Locale,
  type RepliableInteraction,
  SlashCommandBuilder,
} from "discord.js";
import { z } from "zod";
import type { BotContext, ComponentInteraction } from "../src/bot/context.js";
import { parseInput } from "../src/bot/input.js";
import { FeedbackStoreError } from "../src/feedback/log.js";
import { respond, respondChoices } from "../src/bot/respond.js";
import { alsoInArticleIds, questionFromMessage, renderAnswer, renderMoreResults } from "../src/render/discord/answer.js";
import { publicResults } from "../src/render/discord/publicResults.js";
import { parseButtonId } from "../src/render/discord/customId.js";
import { renderCooldown, renderFeedbackReceipt, renderStale } from "../src/render/discord/notices.js";
import type { DiscordReply } from "../src/render/discord/payload.js";
import { t } from "../src/render/messages.js";
import type { SourceArticle } from "../src/source/types.js";
import { MAX_BUTTON_LABEL } from "../src/util/discordLimits.js";
import { shorten } from "../src/util/text.js";

export const MAX_QUESTION = 300;

export const data = new SlashCommandBuilder()
  .setName("ask")
  .setNameLocalizations({ [Locale.German]: "frage" })
  .setDescription(t("command_ask", "en"))
  .setDescriptionLocalizations({ [Locale.German]: t("command_ask", "de") })
  .addStringOption((option) =>
    option
      .setName("question")
      .setNameLocalizations({ [Locale.German]: "frage" })
      .setDescription(t("command_ask_question", "en"))
      .setDescriptionLocalizations({ [Locale.German]: t("command_ask_question", "de") })
      .setRequired(true)
      .setMaxLength(MAX_QUESTION),
  );

const options = z.object({ question: z.string().max(MAX_QUESTION) });

/** The articles of the given ids, for finding an "auch in" article's copy of a quote. */
async function articlesOf(ids: readonly string[], ctx: BotContext): Promise<Map<string, SourceArticle>> {
  const found = new Map<string, SourceArticle>();
  for (const id of ids) {
    const result = await ctx.core.source(id);
    if (result.ok && result.article.articleId === id) found.set(id, result.article);
  }
  return found;
}

async function answerReply(question: string, ctx: BotContext): Promise<DiscordReply> {
  const answer = await ctx.core.ask(question);
  const shown = publicResults(answer);
  ctx.log.debug({ abstained: answer.abstained, reason: answer.reason, results: answer.results.length, shown: shown.length }, "ask: answered");
  const questionKey = answer.results.length > shown.length ? ctx.questions.remember(answer.question) : undefined;
  // The examples under an abstention are the corpus's own, also for an empty question (whose answer carries no profile).
  const examples = answer.abstained ? (await ctx.core.profile()).examples[ctx.lang] : undefined;
  return renderAnswer(answer, { lang: ctx.lang, questionKey, articles: await articlesOf(alsoInArticleIds(shown), ctx), ...(examples ? { examples } : {}) });
}

/**
 * The user's cooldown: every interaction that runs a search for the user (a question, "Weitere Treffer") takes a slot;
 * undefined when allowed, else the notice to show instead.
 */
function overCooldown(interaction: RepliableInteraction, ctx: BotContext): DiscordReply | undefined {
  const verdict = ctx.cooldown.take(interaction.user.id);
  if (verdict.ok) return undefined;
  ctx.log.info({ retryAfterMs: verdict.retryAfterMs }, "ask: cooldown");
  return renderCooldown(verdict.retryAfterMs, ctx.lang);
}

/** Cooldown, then the answer as a new message. */
async function ask(interaction: RepliableInteraction, question: string, ctx: BotContext): Promise<void> {
  const refused = overCooldown(interaction, ctx);
  if (refused) {
    await respond(interaction, () => refused, ctx);
    return;
  }
  await respond(interaction, () => answerReply(question, ctx), ctx);
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const { question } = parseInput(options, { question: interaction.options.getString("question", true) });
  await ask(interaction, question, ctx);
}

/** The question is free text; nothing to complete. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  await respondChoices(interaction, () => [], ctx);
}

/** "Weitere Treffer": the results after the public ones, privately. The question comes from the LRU, else the message. */
async function more(interaction: ComponentInteraction, ctx: BotContext): Promise<void> {
  const id = parseButtonId(interaction.customId);
  await respond(
    interaction,
    async () => {
      if (id?.kind !== "more") return renderStale(ctx.lang);
      const question = ctx.questions.recall(id.key) ?? questionFromMessage(interaction.message.content);
      if (!question) return renderStale(ctx.lang);
      const refused = overCooldown(interaction, ctx);
      if (refused) return refused;
      const answer = await ctx.core.ask(question);
      const rest = answer.results.slice(publicResults(answer).length);
      return renderMoreResults(answer, { lang: ctx.lang, articles: await articlesOf(alsoInArticleIds(rest), ctx) });
    },
    { ...ctx, ephemeral: true },
  );
}

/**
 * 👍 / 👎 under an answer: one line in the feedback log per user and answer (the message). The passages shown are
 * those the answer shows for the question in the message, asked again.
 */
async function feedback(interaction: ComponentInteraction, ctx: BotContext): Promise<void> {
  const id = parseButtonId(interaction.customId);
  await respond(
    interaction,
    async () => {
      const question = questionFromMessage(interaction.message.content);
      if (id?.kind !== "fb" || !question) return renderStale(ctx.lang);
      // Asked again only for a vote that counts: a repeated click costs no search (and takes no cooldown slot).
      const passages = async () => publicResults(await ctx.core.ask(question)).map((r) => r.passageId);
      let outcome: "recorded" | "duplicate";
      try {
        outcome = await ctx.feedback.vote({ answer: interaction.message.id, question, passages, vote: id.vote, userId: interaction.user.id });
      } catch (error) {
        // The data folder cannot take it: trying again will not help, so the voter is told it was not saved.
        if (!(error instanceof FeedbackStoreError)) throw error;
        ctx.log.error({ vote: id.vote, code: error.code, err: { message: error.message } }, "feedback not saved");
        return renderFeedbackReceipt("unsaved", ctx.lang);
      }
      ctx.log.info({ vote: id.vote, outcome }, "feedback");
      return renderFeedbackReceipt(outcome === "duplicate" ? "duplicate" : id.vote, ctx.lang);
    },
    { ...ctx, ephemeral: true },
  );
}

/**
 * An example question as a button (`run:ask:<n>`): the n-th example of the corpus profile, in the clicker's language,
 * asked as if typed. After a reload that no longer has it at that number (the button's label says which it was), the
 * button is stale.
 */
async function example(interaction: ComponentInteraction, ctx: BotContext): Promise<void> {
  const id = parseButtonId(interaction.customId);
  const examples = id?.kind === "ask" ? (await ctx.core.profile()).examples : undefined;
  const n = id?.kind === "ask" ? id.example : -1;
  // The button shows the question it was rendered with; a reload may have put another one at its number since.
  const component = interaction.component;
  const label = component && "label" in component ? component.label : null;
  const same = (q: string | undefined) => q !== undefined && shorten(q, MAX_BUTTON_LABEL) === label;
  const current = !label || !examples || same(examples.de[n]) || same(examples.en[n]);
  const question = current ? examples?.[ctx.lang][n] : undefined;
  if (!question) {
    await respond(interaction, () => renderStale(ctx.lang), { ...ctx, ephemeral: true });
    return;
  }
  await ask(interaction, question, ctx);
}

export const buttons = { more, fb: feedback, ask: example };
