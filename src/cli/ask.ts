/** `cli ask`: one question as an argument, or one question per stdin line with one output line each. */
import { type Answer, MAX_QUESTION_LENGTH } from "../answer/types.js";
import type { Core } from "../core/core.js";
import { type LoadedCore, needsProfile } from "../core/loadCore.js";
import type { Lang } from "../render/locale.js";
import { t } from "../render/messages.js";
import { renderAnswerText } from "../render/text/answerText.js";
import { streamLines } from "../util/streamLines.js";
import type { CliArgs } from "./args.js";

export interface AskHooks {
  /**
   * Called once, when the first question has been answered (its line written, or held while its corpus profile is
   * discovered): the CLI saves a cold start's snapshot then (coreCommands.ts).
   */
  afterFirstAnswer?: () => void;
}

/** `input`: the questions of a batch, one a line (when `args` has none; `streamLines`: "\n" ends a line). */
export async function runAsk(
  core: Core & Partial<Pick<LoadedCore, "profileAhead">>,
  args: CliArgs,
  out: NodeJS.WritableStream = process.stdout,
  input: NodeJS.ReadableStream = process.stdin,
  hooks: AskHooks = {},
): Promise<number> {
  const render = (a: AskedAnswer) => (args.json ? JSON.stringify(a) : `${renderAskedText(a, args.lang)}\n`);
  let answered = false;
  const afterAnswer = () => {
    if (answered) return;
    answered = true;
    hooks.afterFirstAnswer?.();
  };
  if (args.text !== undefined) {
    out.write(`${render(safeAnswer(core, args.text))}\n`);
    afterAnswer();
    return 0;
  }
  const lines = streamLines(input as AsyncIterable<Buffer | string>);
  // The first abstention's corpus profile may need the actors discovered (20,000 articles: ~5 s). Then they are
  // discovered in a thread while the next questions are answered; the lines from that abstention on are held, in
  // order, and written once the profile is known (the held abstentions asked again, now with it).
  const ahead = core.profileAhead?.();
  const held: Array<{ question: string } | { line: string }> = [];
  let discovered: Promise<void> | undefined;
  let known = ahead === undefined;
  const flush = () => {
    for (const h of held.splice(0)) out.write(`${"line" in h ? h.line : render(safeAnswer(core, h.question))}\n`);
  };
  const answerLine = (line: string) => {
    if (known || ahead === undefined) {
      flush();
      out.write(`${render(safeAnswer(core, line))}\n`);
      return;
    }
    const answer = safeAnswer({ ask: ahead.answer, stats: () => core.stats() }, line);
    // A question not asked (too long, or the engine failed) carries no corpus profile: it waits for none.
    const waits = answer.error === undefined && needsProfile(answer);
    if (held.length === 0 && !waits) {
      out.write(`${render(answer)}\n`);
      return;
    }
    // Whatever becomes of the thread, the held lines are written: asked again, they discover on this thread if they must.
    discovered ??= ahead
      .start()
      .catch(() => undefined)
      .then(() => {
        known = true;
      });
    held.push(waits ? { question: line } : { line: render(answer) });
  };
  for await (const line of lines) {
    answerLine(line);
    afterAnswer();
  }
  await discovered;
  flush();
  return 0;
}

/** An answer of the CLI: a question it could not ask carries why (`internal`: the engine failed; `too_long`). */
export type AskedAnswer = Answer & { error?: { code: "internal" | "too_long"; message: string } };

/**
 * `Core.ask`, as the bot asks; a question never takes the batch down: an internal error becomes an abstention with an
 * error code, and so does a question longer than the engine reads (MAX_QUESTION_LENGTH), which is not cut silently.
 */
export function safeAnswer(core: Pick<Core, "ask" | "stats">, question: string): AskedAnswer {
  const length = String(question).trim().length;
  if (length > MAX_QUESTION_LENGTH) return unasked(core, question, { code: "too_long", message: `question longer than ${MAX_QUESTION_LENGTH} characters (${length})` });
  try {
    return core.ask(question);
  } catch (e) {
    return unasked(core, question, { code: "internal", message: (e as Error).message.slice(0, 200) });
  }
}

function unasked(core: Pick<Core, "stats">, question: string, error: NonNullable<AskedAnswer["error"]>): AskedAnswer {
  return { question: String(question).slice(0, 300), language: "de", abstained: true, reason: "not_covered", results: [], searched: core.stats(), error };
}

/** The answer as text; a question too long to ask says so. */
export function renderAskedText(answer: AskedAnswer, lang: Lang | undefined): string {
  return answer.error?.code === "too_long" ? t("too_long", lang ?? "de", { max: MAX_QUESTION_LENGTH }) : renderAnswerText(answer, lang);
}
