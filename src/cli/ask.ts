/** `cli ask`: one question as an argument, or one question per stdin line with one output line each. */
import { createInterface } from "node:readline";
import type { Answer } from "../answer/types.js";
import type { Core } from "../core/core.js";
import { renderAnswerText } from "../render/text/answerText.js";
import type { CliArgs } from "./args.js";

export async function runAsk(core: Core, args: CliArgs, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const render = (a: Answer) => (args.json ? JSON.stringify(a) : `${renderAnswerText(a, args.lang)}\n`);
  if (args.text !== undefined) {
    out.write(`${render(safeAnswer(core, args.text))}\n`);
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) out.write(`${render(safeAnswer(core, line))}\n`);
  return 0;
}

/** `Core.ask`, as the bot asks; a question never takes the batch down: an internal error becomes an abstention with an error code. */
export function safeAnswer(core: Core, question: string): Answer & { error?: { code: string; message: string } } {
  try {
    return core.ask(question);
  } catch (e) {
    return {
      question: String(question).slice(0, 300),
      language: "de",
      abstained: true,
      reason: "not_covered",
      results: [],
      searched: core.stats(),
      error: { code: "internal", message: (e as Error).message.slice(0, 200) },
    };
  }
}
