/**
 * `npm run feedback -- [--json] [--file <path>]`: votes per question and the passages voted down, read from
 * `<DATA_DIR>/feedback.jsonl` (the log the Discord bot's 👍 / 👎 buttons write).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadEnvFile } from "../config/loadEnv.js";
import { FEEDBACK_FILE, parseFeedback } from "../feedback/log.js";
import { formatFeedbackSummary, summarizeFeedback } from "../feedback/report.js";
import { runMain } from "../util/runMain.js";

async function main(argv: string[]): Promise<number> {
  const fileFlag = argv.indexOf("--file");
  let file = fileFlag >= 0 ? argv[fileFlag + 1] : undefined;
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
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const summary = summarizeFeedback(parseFeedback(text));
  process.stdout.write(argv.includes("--json") ? `${JSON.stringify(summary, null, 2)}\n` : `${formatFeedbackSummary(summary)}\n`);
  return 0;
}

runMain(main);
