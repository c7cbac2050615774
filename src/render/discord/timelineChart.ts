/** The timeline picture as a Discord attachment ("zeitleiste-lawrow.png"), shown below the embed. */
import { AttachmentBuilder } from "discord.js";
import type { Timeline } from "../../timeline/types.js";
import { timelinePngOffThread } from "../image/chartThread.js";
import type { Lang } from "../locale.js";
import { t } from "../messages.js";
import { personName } from "../../timeline/people.js";

export function timelineFileName(timeline: Timeline, lang: Lang): string {
  const ids = [timeline.actor.id, ...(timeline.with ? [timeline.with.id] : [])].join("-");
  return `${lang === "de" ? "zeitleiste" : "timeline"}-${ids}.png`;
}

export async function timelineAttachment(timeline: Timeline, lang: Lang): Promise<AttachmentBuilder> {
  // Drawn in the chart worker: vega and resvg never load on the thread that talks to Discord.
  const png = await timelinePngOffThread(timeline, lang);
  return new AttachmentBuilder(png, {
    name: timelineFileName(timeline, lang),
    // The picture's alt text names who it shows, as its title does ("Sergej Lawrow · Marco Rubio").
    description: `${t("chart_caption", lang)}: ${personName(timeline.actor, lang)}${timeline.with ? ` · ${personName(timeline.with, lang)}` : ""}`,
  });
}
