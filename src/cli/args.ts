/**
 * CLI arguments, validated with zod: `<command> [--json] [--lang de|en] [text…]`; `timeline` also takes
 * `--from X --to Y` (a month "2025-03" or a day "2025-03-15"), `--with PERSON` and `--png FILE`; `ingest` takes a list of inputs.
 * An option takes a non-empty value and applies to its commands only (OPTIONS_OF); a command that takes no words
 * (`check`, `console`) refuses them, and `eval` takes one of its reports: a bad argument is an error, never ignored.
 */
import { z } from "zod";
import { MAX_QUESTION_LENGTH } from "../answer/types.js";

export const COMMANDS = ["ask", "timeline", "source", "check", "eval", "console", "ingest"] as const;
export type Command = (typeof COMMANDS)[number];

/** Longest input of `ingest` (a URL or a file) accepted; longer input is an error, not silently cut. */
export const MAX_ARGUMENT_LENGTH = 2000;

/** Options that take a value: `--from 2025-03` or `--from=2025-03`. */
const VALUE_OPTIONS = ["lang", "from", "to", "with", "png"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
type OptionName = "json" | ValueOption;

/** The options each command reads; any other is refused ("ask --from 2025" would otherwise be ignored). */
const OPTIONS_OF: Readonly<Record<Command, readonly OptionName[]>> = {
  ask: ["json", "lang"],
  timeline: ["json", "lang", "from", "to", "with", "png"],
  source: ["json", "lang"],
  check: [],
  eval: ["json"],
  console: ["lang"],
  ingest: ["json", "lang"],
};

/** Commands that take no words after them. */
const WORDLESS: ReadonlySet<Command> = new Set(["check", "console"]);

/** The reports `eval` prints instead of its table (src/cli/evalCommand.ts); no word: the table. */
export const EVAL_REPORTS = ["ablation", "learn", "calibrate", "failures", "questions", "gold"] as const;

/** An option's value: something besides spaces (`--from ""`, `--to=` or `--with` at the end are errors, not "no filter"). */
const optionValue = (what: string, max: number) =>
  z
    .string()
    .refine((s) => s.trim().length > 0, `needs ${what}`)
    .pipe(z.string().max(max, `longer than ${max} characters`));

const PERIOD = "a month (2025-03) or a day (2025-03-15)";

const argsSchema = z
  .object({
    command: z.enum(COMMANDS),
    json: z.boolean(),
    lang: z.enum(["de", "en"], "needs de or en").optional(),
    /** A question, person or article: the engine reads a question up to MAX_QUESTION_LENGTH; a longer one is an error, not cut. */
    text: z
      .string()
      .refine((s) => s.trim().length <= MAX_QUESTION_LENGTH, `text longer than ${MAX_QUESTION_LENGTH} characters (the most a question may have)`)
      .optional(),
    from: optionValue(PERIOD, 40).optional(),
    to: optionValue(PERIOD, 40).optional(),
    with: optionValue("a person", 200).optional(),
    png: optionValue("a file name", 4096).optional(),
    /** The words one by one: for `ingest`, each is a URL or a file. */
    words: z.array(z.string().min(1, 'empty ("")').max(MAX_ARGUMENT_LENGTH, `argument longer than ${MAX_ARGUMENT_LENGTH} characters`)).max(10_000, "more than 10,000 arguments").optional(),
  })
  .superRefine((args, ctx) => {
    const allowed = OPTIONS_OF[args.command];
    const given: OptionName[] = [...(args.json ? (["json"] as const) : []), ...VALUE_OPTIONS.filter((o) => args[o] !== undefined)];
    for (const option of given) {
      if (allowed.includes(option)) continue;
      const its = allowed.length > 0 ? `its options: ${allowed.map((o) => `--${o}`).join(", ")}` : "it takes no options";
      ctx.addIssue({ code: "custom", path: [option], message: `does not apply to ${args.command} (${its})` });
    }
    if (args.text === undefined) return;
    if (WORDLESS.has(args.command)) ctx.addIssue({ code: "custom", path: ["text"], message: `takes no words, got "${args.text.slice(0, 40)}"` });
    else if (args.command === "eval" && !(EVAL_REPORTS as readonly string[]).includes(args.text)) {
      ctx.addIssue({ code: "custom", path: ["text"], message: `unknown report "${args.text.slice(0, 40)}" (one of ${EVAL_REPORTS.join(", ")})` });
    }
  });

/** A word that reads as an option: two dashes and a letter (text after "--" is never one). */
const OPTION_LIKE = /^--\p{L}/u;

export type CliArgs = z.infer<typeof argsSchema>;

export type ArgsResult = { ok: true; args: CliArgs } | { ok: false; error: string };

export function parseArgs(argv: string[]): ArgsResult {
  const [command = "console", ...rest] = argv;
  let json = false;
  const values: Partial<Record<ValueOption, string>> = {};
  const words: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const option = VALUE_OPTIONS.find((o) => a === `--${o}` || a.startsWith(`--${o}=`));
    if (a === "--json") {
      if (json) return { ok: false, error: "cli: --json: given twice" };
      json = true;
    } else if (option) {
      if (values[option] !== undefined) return { ok: false, error: `cli: --${option}: given twice` };
      // "--from" at the end or before another option ("--with --json") has no value: "" is refused below.
      const next = rest[i + 1];
      const separate = a === `--${option}`;
      values[option] = !separate ? a.slice(option.length + 3) : next === undefined || OPTION_LIKE.test(next) ? "" : next;
      if (separate && next !== undefined && !OPTION_LIKE.test(next)) i++;
    } else if (a === "--") {
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
  const parsed = argsSchema.safeParse({ command, json, ...values, text, words });
  if (parsed.success) return { ok: true, args: parsed.data };
  const issue = parsed.error.issues[0]!;
  const [key, index] = issue.path;
  // "words.0" is the first word after the command: named as the reader counts it; an option by its name ("--from"),
  // words the command does not take by the command.
  const where =
    key === "words" && typeof index === "number"
      ? `argument ${index + 1} after "${command}"`
      : key === "json" || VALUE_OPTIONS.includes(key as ValueOption)
        ? `--${String(key)}`
        : key === "text" && issue.code === "custom"
          ? command
          : issue.path.join(".") || "arguments";
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
