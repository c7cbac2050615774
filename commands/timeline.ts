/**
 * /timeline actor:<autocomplete> [with:<autocomplete>] [from:] [to:] — what the articles report about a person,
 * month by month, newest page first (or the chosen period from its start); with a second person only their
 * encounters. The first reply carries the timeline as a picture (events per week, key events labelled).
 */
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  Locale,
  SlashCommandBuilder,
} from "discord.js";
import { z } from "zod";
import type { BotContext, ComponentInteraction } from "../src/bot/context.js";
import { focusedText, parseInput } from "../src/bot/input.js";
import { respond, respondChoices, respondUpdate } from "../src/bot/respond.js";
import { renderChoices } from "../src/render/discord/choices.js";
import { parseButtonId } from "../src/render/discord/customId.js";
import { renderLookupError, renderStale } from "../src/render/discord/notices.js";
import { initialTimelinePage, renderTimelinePage } from "../src/render/discord/timeline.js";
import type { TimelineQuery } from "../src/timeline/types.js";

export const MAX_ACTOR = 100;
/** "2025-03" or "2025-03-15"; a few characters more so a typo gets a polite "bad period" rather than "too long". */
export const MAX_PERIOD = 20;

export const data = new SlashCommandBuilder()
  .setName("timeline")
  .setNameLocalizations({ [Locale.German]: "zeitleiste" })
  .setDescription("What the articles report about a person, month by month")
  .setDescriptionLocalizations({ [Locale.German]: "Was die Artikel über eine Person berichten, Monat für Monat" })
  .addStringOption((option) =>
    option
      .setName("actor")
      .setNameLocalizations({ [Locale.German]: "akteur" })
      .setDescription("A person named in the articles (any spelling; pick from the list)")
      .setDescriptionLocalizations({ [Locale.German]: "Eine Person aus den Artikeln (jede Schreibweise; Auswahl aus der Liste)" })
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(MAX_ACTOR),
  )
  .addStringOption((option) =>
    option
      .setName("with")
      .setNameLocalizations({ [Locale.German]: "mit" })
      .setDescription("Only encounters with this second person")
      .setDescriptionLocalizations({ [Locale.German]: "Nur Begegnungen mit dieser zweiten Person" })
      .setAutocomplete(true)
      .setMaxLength(MAX_ACTOR),
  )
  .addStringOption((option) =>
    option
      .setName("from")
      .setNameLocalizations({ [Locale.German]: "von" })
      .setDescription("From a month (2025-03) or a day (2025-03-15)")
      .setDescriptionLocalizations({ [Locale.German]: "Ab einem Monat (2025-03) oder Tag (2025-03-15)" })
      .setMaxLength(MAX_PERIOD),
  )
  .addStringOption((option) =>
    option
      .setName("to")
      .setNameLocalizations({ [Locale.German]: "bis" })
      .setDescription("Up to a month (2025-04) or a day (2025-04-30)")
      .setDescriptionLocalizations({ [Locale.German]: "Bis zu einem Monat (2025-04) oder Tag (2025-04-30)" })
      .setMaxLength(MAX_PERIOD),
  );

const options = z.object({
  actor: z.string().max(MAX_ACTOR),
  with: z.string().max(MAX_ACTOR).optional(),
  from: z.string().max(MAX_PERIOD).optional(),
  to: z.string().max(MAX_PERIOD).optional(),
});

const queryOf = (o: { with?: string | undefined; from?: string | undefined; to?: string | undefined }): TimelineQuery => ({
  ...(o.with ? { with: o.with } : {}),
  ...(o.from ? { from: o.from } : {}),
  ...(o.to ? { to: o.to } : {}),
});

async function page(actor: string, query: TimelineQuery, pageNumber: number | "initial", ctx: BotContext, picture: boolean) {
  const result = await ctx.core.timeline(actor, query);
  if (!result.ok) return renderLookupError(result.error, actor, ctx.lang, { known: await ctx.core.actorChoices("") });
  const timeline = result.timeline;
  const reply = renderTimelinePage(timeline, pageNumber === "initial" ? initialTimelinePage(timeline) : pageNumber, ctx.lang);
  if (!picture || timeline.events.length === 0) return reply;
  // The picture is a nicety: a timeline without it is still an answer.
  try {
    const { timelineAttachment } = await import("../src/render/discord/timelineChart.js");
    return { ...reply, files: [await timelineAttachment(timeline, ctx.lang)] };
  } catch (e) {
    ctx.log.warn({ err: e }, "timeline picture failed");
    return reply;
  }
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const input = parseInput(options, {
    actor: interaction.options.getString("actor", true),
    with: interaction.options.getString("with") ?? undefined,
    from: interaction.options.getString("from") ?? undefined,
    to: interaction.options.getString("to") ?? undefined,
  });
  await respond(interaction, () => page(input.actor, queryOf(input), "initial", ctx, true), ctx);
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const typed = focusedText(interaction.options.getFocused(), MAX_ACTOR);
  await respondChoices(interaction, async () => renderChoices(await ctx.core.actorChoices(typed)), ctx);
}

/** ◀ ▶: `tl:<actorId>[+<withId>][@<from>..<to>]:<page>`; the picture stays on the message. */
async function turnPage(interaction: ComponentInteraction, ctx: BotContext): Promise<void> {
  const id = parseButtonId(interaction.customId);
  await respondUpdate(interaction, () => (id?.kind === "tl" ? page(id.actorId, queryOf(id), id.page, ctx, false) : renderStale(ctx.lang)), ctx);
}

export const buttons = { tl: turnPage };
