/**
 * Text that goes into a Discord message: corpus text and user input are shown literally,
 * never as markdown, mentions or links in disguise. URLs stay clickable (escaping a "_" in a URL breaks it).
 */
import { escapeMarkdown } from "discord.js";

const URL_PATTERN = /https?:\/\/[^\s<>"„“”]+[^\s<>"„“”.,;:!?)\]]/gu;
const ZWSP = "\u200b";
/** What a backslash escapes in Discord markdown: ASCII punctuation (one class for `unescapeText` and `unescapeEchoed`). */
const ESCAPABLE_CLASS = "[!-/:-@[-`{-~]";
const ESCAPABLE = new RegExp(`^${ESCAPABLE_CLASS}$`, "u");
const ESCAPED = new RegExp(`\\\\(${ESCAPABLE_CLASS})`, "gu");

/**
 * escapeMarkdown's italic/bold/underline rules use unbounded lookbehinds (~20 ms per 5 KB of text, paid on
 * every page); they are replaced by one linear pass that backslashes every unescaped "*" and "_".
 * Masked links are handled after URLs are cut out (see `escapeText`), where escapeMarkdown cannot see them.
 */
const MARKDOWN_OPTIONS = {
  italic: false,
  bold: false,
  underline: false,
  heading: true,
  bulletedList: true,
  numberedList: true,
  maskedLink: false,
} as const;

/** "*" or "_" after an even number of backslashes is live markdown; one more backslash makes it literal. */
function escapeEmphasis(text: string): string {
  return text.replace(/(\\*)([*_])/gu, (_, slashes: string, mark: string) => (slashes.length % 2 === 0 ? `${slashes}\\${mark}` : `${slashes}${mark}`));
}

/** Mentions render (and could ping) even when allowed_mentions forbids the ping; a zero-width space defuses them. */
export function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/giu, `@${ZWSP}$1`).replace(/<(?=[@#:]|\/\w)/gu, `<${ZWSP}`);
}

/** Characters and line starts that need escaping; most news text has none and skips the regex work. */
const MARKDOWN_CHARS = /[*_`~|\\]|^[ \t]*(?:#{1,3}[ \t]|[-*][ \t]|\d+\.)/mu;

function needsMarkdownEscape(text: string): boolean {
  return MARKDOWN_CHARS.test(text);
}

/**
 * "[text](url)" would render as a link whose target hides behind its text; an escaped "[" shows it as typed. A "["
 * inside one of `literal` (the [start, end) spans of URLs wrapped in "<…>", which Discord shows as written) stays.
 */
function escapeMaskedLinks(text: string, literal: ReadonlyArray<readonly [number, number]> = []): string {
  if (!text.includes("](")) return text;
  return text.replace(/(\\*)\[(?=[^\]\n]*\]\()/gu, (match: string, slashes: string, at: number) => {
    const bracket = at + slashes.length;
    if (literal.some(([start, end]) => bracket >= start && bracket < end)) return match;
    return slashes.length % 2 === 0 ? `${slashes}\\[` : `${slashes}[`;
  });
}

function escapePlain(text: string): string {
  if (text === "") return "";
  const escaped = (needsMarkdownEscape(text) ? escapeEmphasis(escapeMarkdown(text, MARKDOWN_OPTIONS)) : text)
    // Block quotes and subtext ("-# ") are line-start markdown that escapeMarkdown leaves alone.
    .replace(/^(\s*)>/gmu, "$1\\>")
    .replace(/^(\s*)-#/gmu, "$1\\-#");
  return defuseMentions(escaped);
}

export interface EscapeOptions {
  /**
   * False: every URL is wrapped in "<…>", so Discord shows no preview of a page someone typed into a question
   * (`unescapeEchoed` reads it back). Default true.
   */
  previews?: boolean;
}

/** Markdown and mentions escaped, URLs left intact. */
export function escapeText(text: string, { previews = true }: EscapeOptions = {}): string {
  const plain = previews ? escapePlain : (part: string) => escapePlain(part).replaceAll("<", "\\<");
  let out = "";
  let last = 0;
  /** The wrapped URLs in `out`: read back as written (`unescapeEchoed`), so no backslash may go into them. */
  const wrapped: Array<[number, number]> = [];
  for (const m of text.matchAll(URL_PATTERN)) {
    const start = m.index ?? 0;
    out += plain(text.slice(last, start));
    if (previews) out += m[0];
    else {
      wrapped.push([out.length, out.length + m[0].length + 2]);
      out += `<${m[0]}>`;
    }
    last = start + m[0].length;
  }
  return escapeMaskedLinks(out + plain(text.slice(last)), wrapped);
}

/**
 * Inverse of `escapeText(…, { previews: false })` (the question echoed in a reply): there every "<" of the text is
 * escaped, so an unescaped "<" opens a URL wrapped against its preview, taken as written up to its ">".
 */
export function unescapeEchoed(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const close = c === "<" ? text.indexOf(">", i) : -1;
    if (c === "\\" && ESCAPABLE.test(text[i + 1] ?? "")) out += text[++i];
    else if (close > i) {
      out += text.slice(i + 1, close);
      i = close;
    } else if (c !== ZWSP) out += c;
  }
  return out;
}

/**
 * `text` escaped with the given [start, end) ranges in bold. Ranges may overlap or touch; they are merged.
 * Bold markers never enclose leading/trailing spaces, which Discord would not render as bold.
 */
export function escapeWithBold(text: string, marks: ReadonlyArray<readonly [number, number]>): string {
  const ranges = mergeRanges(marks, text.length);
  let out = "";
  let last = 0;
  for (const [start, end] of ranges) {
    const inner = text.slice(start, end).trim();
    if (inner === "") continue;
    const lead = text.slice(start, end).length - text.slice(start, end).trimStart().length;
    const innerStart = start + lead;
    out += escapeText(text.slice(last, innerStart)) + `**${escapeText(inner)}**`;
    last = innerStart + inner.length;
  }
  // A link's text and target may sit in different segments; only the whole line shows the pattern.
  return escapeMaskedLinks(out + escapeText(text.slice(last)));
}

function mergeRanges(marks: ReadonlyArray<readonly [number, number]>, length: number): Array<[number, number]> {
  const sorted = marks
    .map(([s, e]): [number, number] => [Math.max(0, s), Math.min(length, e)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of sorted) {
    const prev = merged.at(-1);
    if (prev && range[0] <= prev[1]) prev[1] = Math.max(prev[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Inverse of `escapeText` for text the bot wrote itself (e.g. the question echoed in a reply). */
export function unescapeText(text: string): string {
  return text.replaceAll(ZWSP, "").replace(ESCAPED, "$1");
}

/** A name shown verbatim in `code` style (file names): nothing inside is markdown; backticks cannot close it early. */
export function codeText(text: string): string {
  const inner = text.replaceAll("`", "ˋ").replace(/\s+/gu, " ").trim();
  return inner === "" ? "—" : `\`${inner}\``;
}
