/** The local console's lines (src/cli/console.ts `respond`), and the CLI's argument errors (src/cli/args.ts). */
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_QUESTION_LENGTH } from "../../src/answer/types.js";
import { type CliArgs, parseArgs } from "../../src/cli/args.js";
import { respond } from "../../src/cli/console.js";
import type { LoadedCore } from "../../src/core/loadCore.js";
import { t } from "../../src/render/messages.js";
import { seedCore } from "../fixtures/corpus.js";

let core: LoadedCore;
const args = (lang: "de" | "en"): CliArgs => {
  const parsed = parseArgs(["console", "--lang", lang]);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.args;
};
beforeAll(async () => {
  core = await seedCore();
});

describe("GIVEN a console command without its person or article", () => {
  it.each(["/timeline", "/timeline actor:", "/timeline   "])("WHEN %j THEN it asks for a person, not for a question", (line) => {
    for (const lang of ["de", "en"] as const) {
      expect(respond(core, line, args(lang))).toBe(t("empty_actor", lang));
    }
  });

  it.each(["/source", "/source article:", "/source artikel:  "])("WHEN %j THEN it asks for an article", (line) => {
    for (const lang of ["de", "en"] as const) expect(respond(core, line, args(lang))).toBe(t("empty_article", lang));
  });

  it("WHEN /ask has no question THEN it asks for one", () => {
    expect(respond(core, "/ask", args("de"))).toBe(t("empty_question", "de"));
  });

  it("WHEN a question is longer than the engine reads THEN it says so, instead of answering the question cut short", () => {
    const long = `Wie alt ist Keith Kellogg? ${"x ".repeat(MAX_QUESTION_LENGTH / 2)}`;
    for (const lang of ["de", "en"] as const) {
      expect(respond(core, long, args(lang))).toBe(t("too_long", lang, { max: MAX_QUESTION_LENGTH }));
      expect(respond(core, `/ask ${long}`, args(lang))).toBe(t("too_long", lang, { max: MAX_QUESTION_LENGTH }));
    }
  });
});

describe("GIVEN /source or /timeline with options as typed in Discord", () => {
  const plain = () => respond(core, "/source 000_4a36d75bdf1d0814.txt", args("de"));

  it.each(["/source 000_4a36d75bdf1d0814.txt file: True", "/quelle artikel: 000_4a36d75bdf1d0814.txt datei: True", "/source file: true article: 000_4a36d75bdf1d0814.txt"])(
    "WHEN %j THEN the article, and a plain line that the console attaches no file",
    (line) => {
      expect(respond(core, line, args("de"))).toBe(`${plain()}\n\n${t("console_no_file", "de")}`);
    },
  );

  it("WHEN file: False THEN the article alone; WHEN file: takes no True or False THEN it says what it takes", () => {
    expect(respond(core, "/source 000_4a36d75bdf1d0814.txt file: False", args("de"))).toBe(plain());
    expect(respond(core, "/quelle 000_4a36d75bdf1d0814.txt datei: vielleicht", args("de"))).toBe(t("console_file_value", "de", { option: "datei:", value: "vielleicht" }));
  });

  it.each(["/timeline with: Rubio", "/zeitleiste mit: Rubio von: 2025-03", "/timeline from: 2025-03"])("WHEN %j names no actor THEN it asks for a person, not for one named after the option", (line) => {
    for (const lang of ["de", "en"] as const) expect(respond(core, line, args(lang))).toBe(t("empty_actor", lang));
  });

  it("WHEN the options come in another order THEN the same timeline", () => {
    expect(respond(core, "/timeline with: Rubio actor: Lawrow", args("de"))).toBe(respond(core, "/timeline Lawrow with: Rubio", args("de")));
  });
});

describe("GIVEN a slash command the console does not run", () => {
  it.each(["/ingest https://example.org/artikel", "/artikel-hinzufuegen https://example.org/artikel", "/foo Lawrow"])("WHEN %j THEN it names the command and the ones it knows, instead of answering it as a question", (line) => {
    const command = line.split(" ")[0]!;
    for (const lang of ["de", "en"] as const) expect(respond(core, line, args(lang))).toBe(t("console_unknown_command", lang, { command }));
  });

  it("WHEN /ask, /timeline or /source in any case THEN they still run", () => {
    expect(respond(core, "/ASK Wer ist Keith Kellogg?", args("de"))).toContain("Kellogg");
    expect(respond(core, "/Timeline Lawrow", args("de"))).toContain("Lawrow");
    expect(respond(core, "/source 000", args("de"))).not.toBe(t("console_unknown_command", "de", { command: "/source" }));
  });
});

describe("GIVEN /help or /hilfe in the console", () => {
  it("WHEN typed THEN the help as text: the corpus's article count and range, the commands, its example questions", () => {
    const profile = core.profile();
    const de = respond(core, "/hilfe", args("de"));
    expect(de).not.toBe(t("console_unknown_command", "de", { command: "/hilfe" }));
    expect(de.split("\n")[0]).toBe(t("help_title", "de"));
    expect(de).toMatch(new RegExp(`^${core.stats().articles} Artikel, von .+ bis .+\\.$`, "mu"));
    expect(de).toContain("  /frage (/ask) – ");
    for (const question of profile.examples.de) expect(de).toContain(`  • ${question}`);
    expect(de).toContain("GPL-3.0-or-later");
    const en = respond(core, "/HELP", args("en"));
    expect(en.split("\n")[0]).toBe(t("help_title", "en"));
    expect(en).toContain("  /ask – ");
    for (const question of profile.examples.en) expect(en).toContain(`  • ${question}`);
  });

  it("WHEN typed THEN it lists only commands the console runs (no /ingest, which it calls unknown)", () => {
    for (const lang of ["de", "en"] as const) {
      const listed = respond(core, "/help", args(lang))
        .split("\n")
        .flatMap((line) => /^ {2}(\/\S+)/u.exec(line)?.[1] ?? []);
      expect(listed.length).toBeGreaterThan(0);
      for (const command of listed) expect(respond(core, command, args(lang))).not.toBe(t("console_unknown_command", lang, { command }));
    }
  });

  it("WHEN a German command name THEN it runs like the English one", () => {
    expect(respond(core, "/frage Wer ist Keith Kellogg?", args("de"))).toBe(respond(core, "/ask Wer ist Keith Kellogg?", args("de")));
    expect(respond(core, "/zeitleiste Lawrow", args("de"))).toBe(respond(core, "/timeline Lawrow", args("de")));
    expect(respond(core, "/quelle 000", args("de"))).toBe(respond(core, "/source 000", args("de")));
  });
});

describe("GIVEN command-line arguments a reader cannot use", () => {
  it("WHEN an argument is empty THEN the error names it as the reader counts it, not by the parser's path", () => {
    const first = parseArgs(["ask", "--json", ""]);
    expect(first.ok).toBe(false);
    if (!first.ok) expect(first.error).toBe('cli: argument 1 after "ask": empty ("")');
    const second = parseArgs(["ask", "Lawrow", ""]);
    if (!second.ok) expect(second.error).toBe('cli: argument 2 after "ask": empty ("")');
    expect(second.ok).toBe(false);
  });

  it("WHEN an option is unknown or mistyped (--jsno, --form) THEN an error names it, rather than asking it as words of the question", () => {
    expect(parseArgs(["timeline", "--json", "Lavrov", "--bogus"])).toEqual({ ok: false, error: 'cli: unknown option "--bogus" (options: --json, --lang, --from, --to, --with, --png)' });
    expect(parseArgs(["ask", "--jsno", "Wer ist Lawrow?"])).toMatchObject({ ok: false, error: expect.stringContaining('unknown option "--jsno"') });
    expect(parseArgs(["timeline", "Lawrow", "--form=2025-03"])).toMatchObject({ ok: false, error: expect.stringContaining('unknown option "--form"') });
    // After "--" every word is text; a lone "-" or a dash inside a question is no option.
    expect(parseArgs(["ask", "--", "--bogus"])).toMatchObject({ ok: true, args: { text: "--bogus" } });
    expect(parseArgs(["ask", "Waffenruhe", "-", "ja", "oder", "nein?"])).toMatchObject({ ok: true, args: { text: "Waffenruhe - ja oder nein?" } });
  });
});
