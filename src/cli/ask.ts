/** `cli ask`: one question as an argument, or one question per stdin line with one output line each. */
import { createInterface } from "node:readline";
import { answer } from "../answer/answer.js";
import type { Answer } from "../answer/types.js";
import { renderAnswerText } from "../render/text/answerText.js";
import type { Engine } from "../search/engine.js";
import type { CliArgs } from "./args.js";

/** A core (whose abstentions describe the corpus) or a bare engine. */
export type Asker = Engine | { engine: Engine; ask(question: string): Answer };

export async function runAsk(engine: Asker, args: CliArgs, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const render = (a: Answer) => (args.json ? JSON.stringify(a) : `${renderAnswerText(a, args.lang)}\n`);
  if (args.text !== undefined) {
    out.write(`${render(safeAnswer(engine, args.text))}\n`);
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) out.write(`${render(safeAnswer(engine, line))}\n`);
  return 0;
}

/** A question never takes the batch down: an internal error becomes an abstention with an error code. */
export function safeAnswer(source: Asker, question: string): Answer & { error?: { code: string; message: string } } {
  const engine = "ask" in source ? source.engine : source;
  try {
    return "ask" in source ? source.ask(question) : answer(engine, question);
  } catch (e) {
    return {
      question: String(question).slice(0, 300),
      language: "de",
      abstained: true,
      reason: "not_covered",
      results: [],
      searched: { articles: engine.index.articles.length, passages: engine.index.passages.length },
      error: { code: "internal", message: (e as Error).message.slice(0, 200) },
    };
  }
}
