/** /help: the help model (src/render/help.ts) and its Discord and text renderings, in German and English. */
import { describe, expect, it } from "vitest";
import { commands } from "../../../commands/index.js";
import type { CorpusProfile } from "../../../src/corpus/profile.js";
import { renderHelp } from "../../../src/render/discord/help.js";
import { checkPayload } from "../../../src/render/discord/limits.js";
import { HELP_COMMANDS, helpModel } from "../../../src/render/help.js";
import { renderHelpText } from "../../../src/render/text/helpText.js";
import { componentIds, componentLabels } from "./models.js";

const profile: CorpusProfile = {
  articles: 12,
  from: "2025-02-12",
  to: "2025-04",
  people: ["Marco Rubio", "Sergej Lawrow"],
  topics: ["Waffenruhe", "Saudi-Arabien"],
  english: { people: ["Marco Rubio", "Sergey Lavrov"], topics: ["Waffenruhe", "Saudi Arabia"] },
  examples: { de: ["Was sagte Rubio?", "Was berichten die Artikel über Waffenruhe?"], en: ["What did Rubio say?", "What do the articles say about Waffenruhe?"] },
};

const fieldsOf = (reply: ReturnType<typeof renderHelp>) => reply.embeds?.[0]?.fields ?? [];

describe("/help", () => {
  it("GIVEN a corpus profile in German THEN a private embed: count and range, people, topics, the commands with their German names, example buttons", () => {
    const reply = renderHelp(helpModel(profile, "de"));
    expect(reply.ephemeral).toBe(true);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(checkPayload(reply)).toEqual([]);
    const [coverage, commandList] = fieldsOf(reply);
    expect(coverage?.value).toBe(
      "12 Artikel, von 12. Februar 2025 bis April 2025. Am häufigsten genannt: Marco Rubio und Sergej Lawrow. Häufige Themen: Waffenruhe und Saudi-Arabien.",
    );
    expect(commandList?.value.split("\n").map((line) => line.split(" – ")[0])).toEqual([
      "`/frage` (`/ask`)",
      "`/zeitleiste` (`/timeline`)",
      "`/quelle` (`/source`)",
      "`/artikel-hinzufuegen` (`/ingest`)",
    ]);
    expect(commandList?.value).toContain("„Server verwalten“");
    expect(reply.embeds?.[0]?.description).toContain("wörtlich");
    expect(reply.embeds?.[0]?.footer?.text).toContain("GPL-3.0-or-later");
    expect(componentIds(reply)).toEqual(["run:ask:0", "run:ask:1"]);
    expect(componentLabels(reply)).toEqual(profile.examples.de);
  });

  it("GIVEN English THEN English words and command names, the English examples on the buttons", () => {
    const reply = renderHelp(helpModel(profile, "en"));
    expect(checkPayload(reply)).toEqual([]);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    const [coverage, commandList] = fieldsOf(reply);
    expect(coverage?.value).toBe("12 articles, from 12 February 2025 to April 2025. Mentioned most: Marco Rubio and Sergey Lavrov. Frequent topics: Waffenruhe and Saudi Arabia.");
    expect(commandList?.value).toMatch(/^`\/ask` – .+\n`\/timeline` – .+\n`\/source` – .+\n`\/ingest` – .*Manage Server/u);
    expect(componentLabels(reply)).toEqual(profile.examples.en);
  });

  it("GIVEN corpus words with markdown or a mention THEN they are shown literally and never ping", () => {
    const hostile = { ...profile, people: ["@everyone", "*Stern*"], topics: ["<@123>"], english: { people: ["@everyone", "*Stern*"], topics: ["<@123>"] } };
    for (const lang of ["de", "en"] as const) {
      const reply = renderHelp(helpModel(hostile, lang));
      const coverage = fieldsOf(reply)[0]?.value ?? "";
      expect(coverage).not.toContain("@everyone");
      expect(coverage).toContain("\\*Stern\\*");
      expect(coverage).not.toContain("<@123>");
      expect(checkPayload(reply)).toEqual([]);
    }
  });

  it("GIVEN an empty corpus THEN 'no articles yet' and no buttons, still a valid payload", () => {
    const empty: CorpusProfile = { articles: 0, from: null, to: null, people: [], topics: [], english: { people: [], topics: [] }, examples: { de: [], en: [] } };
    const reply = renderHelp(helpModel(empty, "de"));
    expect(fieldsOf(reply)[0]?.value).toBe("Noch keine Artikel.");
    expect(reply.components).toEqual([]);
    expect(checkPayload(reply)).toEqual([]);
    expect(renderHelpText(helpModel(empty, "en"))).toContain("No articles yet.");
  });

  it("GIVEN the registered slash commands THEN the help lists each but itself, under its name and German name", () => {
    const registered = commands.map((c) => c.data.toJSON()).filter((c) => c.name !== "help");
    expect(HELP_COMMANDS.map((c) => ({ name: c.name, german: c.german }))).toEqual(registered.map((c) => ({ name: c.name, german: c.name_localizations?.de })));
    const help = commands.map((c) => c.data.toJSON()).find((c) => c.name === "help");
    expect(help?.name_localizations?.de).toBe("hilfe");
  });

  it("GIVEN the text rendering THEN the same sections as plain lines, examples listed", () => {
    const text = renderHelpText(helpModel(profile, "de"));
    expect(text).toContain("12 Artikel, von 12. Februar 2025 bis April 2025.");
    expect(text).toContain("  /frage (/ask) – eine Frage stellen");
    expect(text).toContain("  • Was sagte Rubio?");
    expect(text).not.toContain("`");
  });
});
