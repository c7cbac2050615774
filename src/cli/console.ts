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
  const other = /^\/[\p{L}\d_-]+/u.exec(line);
  const named = other ? COMMANDS[other[0].slice(1).toLowerCase()] : undefined;
  if (other && !named) return t("console_unknown_command", args.lang ?? "de", { command: other[0] });
  const command = named ?? "ask";
  const text = other ? line.slice(other[0].length).replace(/^\s*(?:(?:question|frage|actor|akteur|article|artikel):)?\s*/iu, "") : line;
  switch (command) {
    case "help": {
      // The console's help lists the commands it runs: /ingest is Discord's (the console calls it unknown).
      const model = helpModel(core.profile(), args.lang ?? "de");
      return renderHelpText({ ...model, commands: model.commands.filter((c) => COMMANDS[c.name.slice(1)] !== undefined) });
    }
    case "timeline": {
      const { actor, query } = timelineOptions(text);
      const r = core.timeline(actor, query);
      return r.ok ? renderTimelineText(r.timeline, args.lang) : renderLookupErrorText(r.error, actor, args.lang);
    }
    case "source": {
      const r = core.source(text);
      return r.ok ? renderSourceText(r.article, args.lang) : renderLookupErrorText(r.error, text, args.lang, "article");
    }
    default:
      return renderAskedText(safeAnswer(core, text), args.lang);
  }
}

/** "Rubio with: Lawrow from: 2025-03" (or mit:/von:/bis:, as typed in Discord) → the actor and the options. */
export function timelineOptions(text: string): { actor: string; query: TimelineQuery } {
  const names: Record<string, keyof TimelineQuery> = { with: "with", mit: "with", from: "from", von: "from", to: "to", bis: "to" };
  const parts = text.split(/\s+(with|mit|from|von|to|bis):\s*/iu);
  const query: TimelineQuery = {};
  for (let i = 1; i + 1 < parts.length; i += 2) query[names[parts[i]!.toLowerCase()]!] = parts[i + 1]!.trim();
  return { actor: parts[0]!.trim(), query };
}
