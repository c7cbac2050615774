/**
 * CLI arguments, validated with zod: `<command> [--json] [--lang de|en] [text…]`; `timeline` also takes
 * `--from X --to Y` (a month "2025-03" or a day "2025-03-15"), `--with PERSON` and `--png FILE`; `ingest` takes a list of inputs.
 */
import { z } from "zod";

export const COMMANDS = ["ask", "timeline", "source", "check", "eval", "console", "ingest"] as const;
export type Command = (typeof COMMANDS)[number];

/** Longest text argument accepted; longer input is an error, not silently cut. */
export const MAX_ARGUMENT_LENGTH = 2000;

const argsSchema = z.object({
  command: z.enum(COMMANDS),
  json: z.boolean(),
  lang: z.enum(["de", "en"]).optional(),
  text: z.string().max(MAX_ARGUMENT_LENGTH, `text longer than ${MAX_ARGUMENT_LENGTH} characters`).optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  with: z.string().max(200).optional(),
  png: z.string().min(1, "--png needs a file name").max(4096).optional(),
  /** The words one by one: for `ingest`, each is a URL or a file. */
  words: z.array(z.string().min(1, 'empty ("")').max(MAX_ARGUMENT_LENGTH, `argument longer than ${MAX_ARGUMENT_LENGTH} characters`)).max(10_000, "more than 10,000 arguments").optional(),
});

/** Options that take a value: `--from 2025-03` or `--from=2025-03`. */
const VALUE_OPTIONS = ["lang", "from", "to", "with", "png"] as const;

/** A word that reads as an option: two dashes and a letter (text after "--" is never one). */
const OPTION_LIKE = /^--\p{L}/u;

export type CliArgs = z.infer<typeof argsSchema>;

export type ArgsResult = { ok: true; args: CliArgs } | { ok: false; error: string };

export function parseArgs(argv: string[]): ArgsResult {
  const [command = "console", ...rest] = argv;
  let json = false;
  const values: Partial<Record<(typeof VALUE_OPTIONS)[number], string>> = {};
  const words: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const option = VALUE_OPTIONS.find((o) => a === `--${o}` || a.startsWith(`--${o}=`));
    if (a === "--json") json = true;
    else if (option) values[option] = a === `--${option}` ? (rest[++i] ?? "") : a.slice(option.length + 3);
    else if (a === "--") {
      words.push(...rest.slice(i + 1));
      break;
    } else if (OPTION_LIKE.test(a)) {
      // A mistyped option ("--jsno", "--form=2025-03") would otherwise become words of the question or name.
      const name = a.split("=")[0]!.slice(0, 40);
      return { ok: false, error: `cli: unknown option "${name}" (options: --json, ${VALUE_OPTIONS.map((o) => `--${o}`).join(", ")})` };
    } else words.push(a);
  }
  const text = command === "ingest" ? undefined : words.length > 0 ? words.join(" ") : undefined;
  if (command === "ingest" && words.length === 0) return { ok: false, error: "cli: ingest: give at least one URL, .html or .txt file, or .xml feed" };
  const parsed = argsSchema.safeParse({ command, json, ...values, lang: values.lang, text, words });
  if (parsed.success) return { ok: true, args: parsed.data };
  const issue = parsed.error.issues[0]!;
  // "words.0" is the first word after the command: named as the reader counts it.
  const where = issue.path[0] === "words" && typeof issue.path[1] === "number" ? `argument ${issue.path[1] + 1} after "${command}"` : issue.path.join(".") || "arguments";
  return { ok: false, error: `cli: ${where}: ${issue.code === "invalid_value" && where === "command" ? `unknown command "${command}" (one of ${COMMANDS.join(", ")})` : issue.message}` };
}

export const USAGE = `Usage: npm run --silent cli -- <command> [--json] [--lang de|en] [text]
  ask [QUESTION]       answer a question; without QUESTION one question per stdin line
  timeline ACTOR       dated events of a person (curated or found in the corpus)
                       [--from 2025-03] [--to 2025-04-15] [--with PERSON] [--png FILE]
  source ID_OR_FILE    the original article
  check                validate the corpus; exit 1 when it reports a problem (a bad, suspicious or skipped file)
  eval [ablation|learn|calibrate|failures|questions|gold]
                       score the engine on the evaluation sets
  console              interactive console (also /ask, /timeline, /source, /help and /frage, /zeitleiste, /quelle, /hilfe)
  ingest URL|FILE...   add articles from web pages, RSS/Atom feeds, .html, .txt or .xml files to CORPUS_DIR`;
