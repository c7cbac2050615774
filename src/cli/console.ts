/** The local console: a question per line (or /ask, /timeline, /source as typed in Discord); ends at EOF. */
import { createInterface } from "node:readline";
import { renderAnswerText } from "../render/text/answerText.js";
import type { Engine } from "../search/engine.js";
import type { CliArgs } from "./args.js";
import { safeAnswer } from "./ask.js";

export async function runConsole(engine: Engine, args: CliArgs): Promise<number> {
  const interactive = process.stdin.isTTY === true;
  const rl = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
  const prompt = () => interactive && rl.prompt();
  rl.setPrompt("frage> ");
  prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text) process.stdout.write(`${respond(engine, text, args)}\n\n`);
    prompt();
  }
  return 0;
}

export function respond(engine: Engine, line: string, args: CliArgs): string {
  const m = /^\/(ask|timeline|source)\b\s*(?:(?:question|frage|actor|akteur|article|artikel):)?\s*(.*)$/i.exec(line);
  const command = m?.[1]?.toLowerCase() ?? "ask";
  const text = m ? m[2]! : line;
  switch (command) {
    default:
      return renderAnswerText(safeAnswer(engine, text), args.lang);
  }
}
