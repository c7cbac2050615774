/** The local console: a question per line (or /ask, /timeline, /source, /help as typed in Discord); ends at EOF. */
import { createInterface } from "node:readline";
import type { Core } from "../core/core.js";
import { renderSourceText } from "../render/text/sourceText.js";
import { renderLookupErrorText, renderTimelineText } from "../render/text/timelineText.js";
import type { CliArgs } from "./args.js";
import { renderAskedText, safeAnswer } from "./ask.js";
import type { TimelineQuery } from "../timeline/types.js";
import { renderUserErrorText } from "../render/text/errorText.js";
import { UserError } from "../util/userError.js";
import { t } from "../render/messages.js";
import { helpModel } from "../render/help.js";
import { clip } from "../util/text.js";
import { renderHelpText } from "../render/text/helpText.js";

export async function runConsole(core: Core, args: CliArgs): Promise<number> {
  const interactive = process.stdin.isTTY === true;
  const rl = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
  const prompt = () => interactive && rl.prompt();
  rl.setPrompt("frage> ");
  prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text) process.stdout.write(`${respond(core, text, args)}\n\n`);
    prompt();
  }
  return 0;
}

/** The commands the console runs, by their Discord names and German localisations ("/frage", "/hilfe"). */
const COMMANDS: Readonly<Record<string, "ask" | "timeline" | "source" | "help">> = {
  ask: "ask",
  frage: "ask",
  timeline: "timeline",
  zeitleiste: "timeline",
  source: "source",
  quelle: "source",
  help: "help",
  hilfe: "help",
};

export function respond(core: Core, line: string, args: CliArgs): string {
  try {
    return respondTo(core, line, args);
  } catch (e) {
    // An expected failure is worded like on Discord; anything else is a bug and goes up.
    if (e instanceof UserError) return renderUserErrorText(e, args.lang);
    throw e;
  }
}

function respondTo(core: Core, line: string, args: CliArgs): string {
  // "/ingest …": a slash command the console does not run is no question ("ingest" is no topic of the corpus).
  const lang = args.lang ?? "de";
  const other = /^\/[\p{L}\d_-]+/u.exec(line);
  const named = other ? COMMANDS[other[0].slice(1).toLowerCase()] : undefined;
  if (other && !named) return t("console_unknown_command", lang, { command: other[0] });
  const command = named ?? "ask";
  const text = other ? line.slice(other[0].length).replace(/^\s*(?:(?:question|frage|actor|akteur|article|artikel):)?\s*/iu, "") : line;
  switch (command) {
    case "help": {
      // The console's help lists the commands it runs: /ingest is Discord's (the console calls it unknown).
      const model = helpModel(core.profile(), lang);
      return renderHelpText({ ...model, commands: model.commands.filter((c) => COMMANDS[c.name.slice(1)] !== undefined) });
    }
    case "timeline": {
      const { actor, query } = timelineOptions(text);
      const r = core.timeline(actor, query);
      return r.ok ? renderTimelineText(r.timeline, args.lang) : renderLookupErrorText(r.error, actor, args.lang);
    }
    case "source": {
      const { values, typed } = slashOptions(text, SOURCE_OPTIONS, "article");
      const article = values.article ?? "";
      const file = values.file === undefined ? false : FILE_VALUES[values.file.toLowerCase()];
      if (file === undefined) return t("console_file_value", lang, { option: `${typed.file}:`, value: clip(values.file ?? "", 40) });
      const r = core.source(article);
      if (!r.ok) return renderLookupErrorText(r.error, article, args.lang, "article");
      // Discord attaches the whole text as a file; the console shows it whole anyway, and says that it attaches none.
      const shown = renderSourceText(r.article, args.lang);
      return file ? `${shown}\n\n${t("console_no_file", lang)}` : shown;
    }
    default:
      return renderAskedText(safeAnswer(core, text), args.lang);
  }
}

/** The options of /timeline and /source by their Discord names and German localisations. */
const TIMELINE_OPTIONS = { actor: "actor", akteur: "actor", with: "with", mit: "with", from: "from", von: "from", to: "to", bis: "to" } as const;
const SOURCE_OPTIONS = { article: "article", artikel: "article", file: "file", datei: "file" } as const;

/** The values of a boolean option as typed in Discord (True / False) or spelled out. */
const FILE_VALUES: Readonly<Record<string, boolean>> = { true: true, false: false, ja: true, nein: false, yes: true, no: false };

/**
 * "Rubio with: Lawrow from: 2025-03" → { actor: "Rubio", with: "Lawrow", from: "2025-03" }: options in any order, as
 * typed in Discord; the words before the first option are the `main` option's ("with: Rubio" alone names no actor).
 * `typed`: each option's name as typed ("datei"), for a message about its value. An option given twice keeps its last
 * value (Discord itself never sends one twice).
 */
export function slashOptions<K extends string>(text: string, names: Readonly<Record<string, K>>, main: K): { values: Partial<Record<K, string>>; typed: Partial<Record<K, string>> } {
  const parts = text.split(new RegExp(`(?:^|\\s+)(${Object.keys(names).join("|")}):\\s*`, "iu"));
  const values: Partial<Record<K, string>> = {};
  const typed: Partial<Record<K, string>> = {};
  const lead = parts[0]!.trim();
  if (lead) values[main] = lead;
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const name = names[parts[i]!.toLowerCase()]!;
    values[name] = parts[i + 1]!.trim();
    typed[name] = parts[i]!;
  }
  return { values, typed };
}

/** "Rubio with: Lawrow from: 2025-03" (or mit:/von:/bis:, as typed in Discord) → the actor and the options. */
export function timelineOptions(text: string): { actor: string; query: TimelineQuery } {
  const { actor = "", ...query } = slashOptions(text, TIMELINE_OPTIONS, "actor").values;
  return { actor, query };
}
