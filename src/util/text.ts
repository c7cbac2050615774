/**
 * Small text helpers every layer shares: cutting text to a length (four ways, named for what they do), the one
 * list of invisible characters, and the one formatter of zod validation errors.
 */
import type { z } from "zod";

// ---------------------------------------------------------------------------------------------------------------
// Cutting to a length

/** The first `max` UTF-16 units of `text`, never ending inside a surrogate pair; no mark. For limits on input. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * At most `max` characters, without a cut word at the end: the hard cut of {@link clip} moves back to the last
 * whitespace when it fell inside a word (a question cut at "Waffenruhe" must not ask about "Waf"). A text of one word
 * longer than `max` keeps the hard cut.
 */
export function clipAtWord(text: string, max: number): string {
  const cut = clip(text, max);
  if (cut.length === text.length) return cut;
  // Whole code points either side of the cut (a letter beyond the BMP is two UTF-16 units).
  if (!WORD_START.test(text.slice(cut.length)) || !WORD_END.test(cut)) return cut.trimEnd();
  const space = cut.search(LAST_SPACE);
  return space > 0 ? cut.slice(0, space).trimEnd() : cut;
}

/** A letter, a digit or a combining mark (part of a word) opening a text, or ending one. */
const WORD_START = /^[\p{L}\p{N}\p{M}]/u;
const WORD_END = /[\p{L}\p{N}\p{M}]$/u;
/** The whitespace after which a text's last word starts. */
const LAST_SPACE = /\s\S*$/u;

/**
 * At most `max` characters, cut at a word boundary in the last 40 % where there is one and marked with "…".
 * For text shown to people (Discord fields, citations). A trailing backslash is dropped (it would escape the "…" in
 * Markdown), and so is a lone surrogate.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  const base = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${base.replace(/\\+$/u, "").replace(/[\uD800-\uDBFF]$/u, "")}…`;
}

/**
 * A headline of at most `max` characters: whitespace folded, cut at a word boundary in the last half and marked
 * with "…", without a dangling comma or dash before the mark.
 */
export function shortenTitle(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const slice = flat.slice(0, max - 1);
  const space = slice.lastIndexOf(" ");
  return `${(space > max / 2 ? slice.slice(0, space) : slice).replace(/[\s,;:–-]+$/, "")}…`;
}

// ---------------------------------------------------------------------------------------------------------------
// Invisible characters

/**
 * Characters that take no space and are no letter: soft hyphen, combining grapheme joiner, Arabic letter mark,
 * Hangul fillers, Khmer inherent vowels, Mongolian variation selectors and vowel separator, zero-width space and
 * (non-)joiners, LRM/RLM, bidi embeddings and overrides, word joiner and invisible operators, variation selectors,
 * BOM, halfwidth Hangul filler and the unassigned specials. As a character class body, for building patterns.
 */
export const INVISIBLE_CHARACTERS =
  "\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8";

/** Every invisible character (global: for `replace`). Users paste them from chat and the web; pages carry them. */
export const INVISIBLE = new RegExp(`[${INVISIBLE_CHARACTERS}]`, "gu");

/** Exactly one invisible character (for testing a single character). */
export const ONE_INVISIBLE = new RegExp(`^[${INVISIBLE_CHARACTERS}]$`, "u");

/** C0 and C1 control characters and DEL (global: for `replace`). */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]+/g;

/** Bidi controls: marks (LRM, RLM, ALM), embeddings and overrides, isolates (global: for `replace`). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A one-line text from outside (a headline, an outlet, a feed's link) without control characters: printed, they are
 * a terminal's escape sequences (an ESC in a title cleared the screen of `cli ask`). Each run of them becomes a space,
 * and runs of spaces one; both linear (a field may be megabytes long before its cap is checked). Bidi controls are
 * dropped: a right-to-left override in a headline ("\u202Eevil.txt") reorders the citation around it.
 */
export function withoutControlCharacters(text: string): string {
  return text.replace(BIDI_CONTROLS, "").replace(CONTROL_CHARACTERS, " ").replace(/ {2,}/g, " ").trim();
}

// ---------------------------------------------------------------------------------------------------------------
// zod errors

export interface ZodErrorFormat {
  /**
   * The input that was validated: with it an issue says what it found ("expected array, received string"),
   * without it the issue's own message is used (a schema's custom message, "Required" from an error map).
   */
  input?: unknown;
  /** Issues shown, one a line (default 1); the rest are counted in a last line. */
  max?: number;
}

/**
 * A zod error for people: `<prefix>: <path>: <what>` per issue, one a line, e.g.
 * `glossary: corpus/glossary.en-de.json: entries.ceasefire: expected array, received string`; past `max` issues a last
 * line `<prefix>: ... and 5 more problems`.
 */
export function formatZodError(prefix: string, error: z.ZodError, format: ZodErrorFormat = {}): string {
  const { issues } = error;
  if (issues.length === 0) return `${prefix}: invalid`;
  const max = format.max ?? 1;
  const lines = issues.slice(0, max).map((issue) => `${prefix}: ${describeIssue(issue, format)}`);
  if (issues.length > max) lines.push(`${prefix}: ... and ${issues.length - max} more problems`);
  return lines.join("\n");
}

function describeIssue(issue: z.core.$ZodIssue, format: ZodErrorFormat): string {
  const where = formatPath(issue.path);
  const what = "input" in format ? describeAgainstInput(issue, valueAt(format.input, issue.path)) : issue.message;
  return where ? `${where}: ${what}` : what;
}

function describeAgainstInput(issue: z.core.$ZodIssue, actual: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}, received ${kindOf(actual)}`;
    case "invalid_value":
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}, received ${actual === undefined ? "nothing" : JSON.stringify(actual)}`;
    case "unrecognized_keys":
      return `unknown ${issue.keys.length === 1 ? "key" : "keys"} ${issue.keys.map((k) => quotedForDisplay(k)).join(", ")}`;
    default:
      return issue.message;
  }
}

/**
 * A string in double quotes on one printable line: JSON's escapes, and the control and format characters JSON leaves
 * as they are (C1 controls, a right-to-left override) as `\u…` too.
 */
export function quotedForDisplay(s: string): string {
  return JSON.stringify(s).replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** `entries.ceasefire`, `entries["security guarantees"][2]`, `groups[3].variants[1]`, `articles["000_x.txt"].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else if (typeof p === "string" && /^[A-Za-z_$][\w$]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${quotedForDisplay(String(p))}]`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

function kindOf(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

/** Quotation marks a quote may open or close with itself. */
const QUOTE_MARK_AT_EDGE = /^[„“"»«‚‘]|[“”"«»‘’]$/u;

/**
 * A verbatim quote set in quotation marks for plain text: „…“, or »…« when the quote itself opens or closes with a
 * quotation mark, so that a reader never sees doubled marks ("„„Wir kennen uns gut …“, sagt er“).
 */
export function inQuotationMarks(quote: string): string {
  const line = onOneLine(quote);
  return QUOTE_MARK_AT_EDGE.test(line) ? `»${line}«` : `„${line}“`;
}

/**
 * A quote on one line: each line break a space, so that the offsets into it stay valid (marks). A passage of a
 * hard-wrapped article (corpus/blockSpans.ts) keeps the file's line breaks, verbatim; shown, they would break the
 * quote into the file's ragged lines.
 */
export function onOneLine(text: string): string {
  return text.replace(/[\r\n]/g, " ");
}
