/**
 * The catalogues: every message in German and English with the same placeholders, German in "du", and no word a
 * Discord renderer shows that bypasses them (a scan of the string literals in src/render/discord).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import de from "../../src/render/catalog/de.json" with { type: "json" };
import en from "../../src/render/catalog/en.json" with { type: "json" };
import { PACKAGE_ROOT } from "../../src/config/paths.js";
import { formatDate } from "../../src/render/locale.js";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  it("GIVEN the German and the English catalogue THEN every key exists in both, with the same placeholders, none empty", () => {
    const catalogs: Record<string, Record<string, string>> = { de, en };
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const key of Object.keys(de)) {
      expect(placeholders(catalogs.en![key]!), key).toEqual(placeholders(catalogs.de![key]!));
      for (const lang of ["de", "en"]) expect(catalogs[lang]![key]!.trim(), `${lang}.${key}`).not.toBe("");
    }
  });

  it("GIVEN the German catalogue THEN it addresses the user with du, never Sie", () => {
    for (const [key, text] of Object.entries(de)) expect(text, key).not.toMatch(/\b(Sie|Ihnen|Ihre?[mnrs]?)\b/);
  });

  it("GIVEN the English catalogue THEN English quotation marks, never German ones", () => {
    for (const [key, text] of Object.entries(en)) expect(text, key).not.toMatch(/[„‚]/);
  });

  it("GIVEN dates THEN month names from Intl.DateTimeFormat in the user's language", () => {
    expect(formatDate("2025-03", "de")).toBe("März 2025");
    expect(formatDate("2025-03-05", "de")).toBe("5. März 2025");
    expect(formatDate("2025-03-05", "en")).toBe("5 March 2025");
    expect(formatDate(null, "en")).toBe("undated");
    expect(formatDate("2025-13", "de")).toBe("2025-13");
  });
});

/** String literals and the static parts of template literals in TypeScript source (comments and regexes skipped). */
function stringLiterals(source: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let i = 0;
  let prev = ""; // last significant character in code, to tell a regex from a division
  const templateDepth: number[] = []; // brace depth at which each open template's ${ started
  let braces = 0;
  const lineAt = (at: number) => source.slice(0, at).split("\n").length;
  const readTemplate = () => {
    // at a "`" or a "}" that closes a ${…}: read static text until "`" or "${"
    const start = i;
    let text = "";
    while (i < source.length) {
      const c = source[i]!;
      if (c === "\\") {
        text += source.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === "`") {
        i++;
        out.push({ text, line: lineAt(start) });
        prev = "x";
        return;
      }
      if (c === "$" && source[i + 1] === "{") {
        i += 2;
        out.push({ text, line: lineAt(start) });
        templateDepth.push(braces);
        braces++;
        prev = "{";
        return;
      }
      text += c;
      i++;
    }
  };
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === "/" && next === "/") {
      i = source.indexOf("\n", i);
      if (i < 0) break;
      continue;
    }
    if (c === "/" && next === "*") {
      i = source.indexOf("*/", i + 2) + 2;
      if (i < 2) break;
      continue;
    }
    if (c === '"' || c === "'") {
      const start = i;
      let text = "";
      i++;
      while (i < source.length && source[i] !== c) {
        if (source[i] === "\\") {
          text += source.slice(i, i + 2);
          i += 2;
        } else text += source[i++];
      }
      i++;
      out.push({ text, line: lineAt(start) });
      prev = "x";
      continue;
    }
    if (c === "`") {
      i++;
      readTemplate();
      continue;
    }
    if (c === "/" && (prev === "" || "(,=:[!&|?{};+-*%<>~^".includes(prev) || /\b(return|typeof|case|of|in)$/.test(source.slice(Math.max(0, i - 8), i).trimEnd()))) {
      // a regex literal: skip to its unescaped closing slash (outside a character class)
      i++;
      let inClass = false;
      while (i < source.length) {
        const r = source[i]!;
        if (r === "/" && !inClass) break;
        if (r === "[") inClass = true;
        if (r === "]") inClass = false;
        i += r === "\\" ? 2 : 1;
      }
      i++;
      while (/[a-z]/.test(source[i] ?? "")) i++;
      prev = "x";
      continue;
    }
    if (c === "{") braces++;
    if (c === "}") {
      braces--;
      if (templateDepth.length > 0 && templateDepth.at(-1) === braces) {
        templateDepth.pop();
        i++;
        readTemplate();
        continue;
      }
    }
    if (!/\s/.test(c)) prev = c;
    i++;
  }
  return out;
}

/**
 * Looks like words for a reader: two letters and a space between words, a capitalised word, or a non-ASCII
 * letter. Identifiers, custom id prefixes and format codes ("tl", "numeric", "utf8") do not.
 */
function looksUserVisible(text: string): boolean {
  return /\p{L}{2,}\s+\p{L}{2,}/u.test(text) || /(^|[^\p{L}])\p{Lu}\p{Ll}{2,}/u.test(text) || /[^\x00-\x7f]*\p{L}/u.test(text.replace(/[\x00-\x7f]/g, ""));
}

/** Literals in src/render/discord that read like words but are not the bot's words (with the reason). */
const NOT_BOT_WORDS = new Set([
  "tag tage tagen tages woche wochen monat monate monaten monats jahr jahre jahren jahres stunde stunden minute minuten sekunde sekunden zeit mal wochenende uhr", // publicResults.ts: time nouns the bold rule drops
  "artikel", // source.ts: fallback file name stem
  "ˋ", // escape.ts: the modifier letter that stands in for a backtick inside code text
]);

/** Files whose strings never reach a user: checkPayload's diagnostics are for tests and logs. */
const NOT_SHOWN = new Set(["limits.ts"]);

describe("no user-visible string bypasses the catalogue", () => {
  const dir = path.join(PACKAGE_ROOT, "src", "render", "discord");
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !NOT_SHOWN.has(f));

  it("GIVEN the scanner THEN it finds words in strings and templates, and skips comments and regexes", () => {
    const dollar = "$";
    const found = stringLiterals(
      `const a = "Quelle öffnen"; // "Kommentar"\nconst b = \`x ${dollar}{y ? "Weitere Treffer" : \`Seite ${dollar}{n}\`} z\`; const r = /„|“/u; const d = a / 2 / 3;`,
    );
    expect(found.map((f) => f.text).filter(looksUserVisible)).toEqual(["Quelle öffnen", "Weitere Treffer", "Seite "]);
  });

  it("GIVEN every renderer THEN its texts come from the catalogues (only emoji, markup and ids are written in code)", () => {
    expect(files.length).toBeGreaterThan(5);
    const offenders: string[] = [];
    for (const file of files) {
      for (const { text, line } of stringLiterals(readFileSync(path.join(dir, file), "utf8"))) {
        if (looksUserVisible(text) && !NOT_BOT_WORDS.has(text.toLowerCase())) offenders.push(`${file}:${line}: ${JSON.stringify(text)}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
