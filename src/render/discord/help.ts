/**
 * /help → Discord: a private embed with what the bot does, what its articles cover, the commands (one line each) and
 * the licence in the footer; the corpus's example questions as buttons under it (the abstention's, answerButtons.ts).
 */
import type { HelpModel } from "../help.js";
import { MAX_EMBED_DESCRIPTION, MAX_EMBED_TITLE, MAX_FIELD_NAME, MAX_FIELD_VALUE, MAX_FOOTER_TEXT } from "../../util/discordLimits.js";
import { shorten } from "../../util/text.js";
import { exampleButtons } from "./answerButtons.js";
import { codeText, escapeText } from "./escape.js";
import { COLORS, type DiscordReply, noMentions, rows } from "./payload.js";

/** "`/frage` (`/ask`) – eine Frage stellen …" */
function commandLine(command: HelpModel["commands"][number]): string {
  const alias = command.alias ? ` (${codeText(command.alias)})` : "";
  return `${codeText(command.name)}${alias} – ${escapeText(command.usage)}`;
}

export function renderHelp(model: HelpModel): DiscordReply {
  return {
    embeds: [
      {
        title: shorten(model.title, MAX_EMBED_TITLE),
        description: shorten(escapeText(model.about), MAX_EMBED_DESCRIPTION),
        color: COLORS.answer,
        fields: [
          // The corpus's names and topics are its own words: escaped like quotes.
          { name: shorten(model.coverageTitle, MAX_FIELD_NAME), value: shorten(escapeText(model.coverage.join(" ")), MAX_FIELD_VALUE) },
          { name: shorten(model.commandsTitle, MAX_FIELD_NAME), value: shorten(model.commands.map(commandLine).join("\n"), MAX_FIELD_VALUE) },
        ],
        footer: { text: shorten(model.licence, MAX_FOOTER_TEXT) },
      },
    ],
    components: rows(...exampleButtons(model.examples)),
    allowedMentions: noMentions(),
    ephemeral: true,
  };
}
