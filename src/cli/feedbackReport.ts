/**
 * `npm run feedback -- [--json] [--file <path>]`: votes per question and the passages voted down, read from
 * `<DATA_DIR>/feedback.jsonl` (the log the Discord bot's 👍 / 👎 buttons write).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadEnvFile } from "../config/loadEnv.js";
import { FEEDBACK_FILE, parseFeedback } from "../feedback/log.js";
import { formatFeedbackSummary, summarizeFeedback } from "../feedback/report.js";
import { runMain } from "../util/runMain.js";
import { systemErrorText } from "../util/systemErrorText.js";
import { callerPath } from "./callerDir.js";

async function main(argv: string[]): Promise<number> {
  let options: { json?: boolean; file?: string };
  try {
    // Strict: a mistyped option ("--jsno") is named, not ignored; "--file=PATH" and "--file PATH" both work.
    options = parseArgs({ args: argv, options: { json: { type: "boolean" }, file: { type: "string" } }, strict: true, allowPositionals: false }).values;
  } catch (error) {
    process.stderr.write(`feedback: ${(error as Error).message} (options: --json, --file PATH)\n`);
    return 2;
  }
  // A relative path is where the user typed it: npm runs the script in the project folder and says where it was run.
  let file = options.file === undefined ? undefined : callerPath(options.file);
  if (!file) {
    const env = loadEnvFile();
    if (!env.ok) {
      process.stderr.write(`${env.errors.join("\n")}\n`);
      return 2;
    }
    file = path.join(env.env.DATA_DIR, FEEDBACK_FILE);
  }
  let text = "";
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      process.stderr.write(`feedback: cannot read ${file}: ${systemErrorText(error)}\n`);
      return 1;
    }
  }
  const summary = summarizeFeedback(parseFeedback(text));
  process.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatFeedbackSummary(summary)}\n`);
  return 0;
}

runMain(main);
