/**
 * One article file → Article, or the reason it cannot be served.
 * File format: an optional " date YYYY-MM[-DD]" marker at the start of the first line, then the text;
 * paragraphs are separated by blank lines.
 */
import { MAX_ARTICLE_BYTES, MAX_LINE_CHARS, tooLarge } from "../config/limits.js";
import { isPlausibleYear } from "../util/isoDates.js";
import type { Article, ArticleMeta } from "./types.js";
import { deriveTitle } from "./title.js";

/** Why a corpus file was rejected; renderers word it for people. */
export type ArticleProblem =
  | "empty"
  | "not_utf8"
  | "binary"
  | "bad_date"
  | "no_text"
  | "too_large"
  | "line_too_long";

export type ParseResult = { ok: true; article: Article } | { ok: false; code: ArticleProblem; reason: string };

/** Leading marker, e.g. " date 2025-03 " or "date 2025-03-15\n" (ingest/articleFile.ts writes it). */
export const DATE_MARKER = /^[ \t]*date[ \t]+(\d{4})-(\d{2})(?:-(\d{2}))?(?=\s|$)[ \t]*(?:\r?\n)?/;

const decoder = new TextDecoder("utf-8", { fatal: true });
/** "\r\n" and a lone "\r". */
const LINE_END = /\r\n?/g;

/**
 * The text with every line end as "\n", whether the file was saved with Windows' "\r\n" or old Mac "\r": every later
 * step (blocks, /source's paragraphs, the timeline's paragraph breaks) splits at "\n" alone.
 */
export function withNewlines(text: string): string {
  return text.includes("\r") ? text.replace(LINE_END, "\n") : text;
}

export function parseArticle(file: string, bytes: Uint8Array, meta: ArticleMeta = {}): ParseResult {
  if (bytes.length === 0) return fail("empty", "empty file");
  if (bytes.length > MAX_ARTICLE_BYTES) return fail("too_large", tooLarge(bytes.length));
  let raw: string;
  try {
    raw = decoder.decode(bytes);
  } catch {
    return fail("not_utf8", "not UTF-8 text");
  }
  if (raw.startsWith("\uFEFF")) raw = raw.slice(1);
  raw = withNewlines(raw);
  if (/[\u0000-\u0008\u000E-\u001F]/.test(raw)) return fail("binary", "binary content (control characters)");
  const longLine = firstLongLine(raw);
  if (longLine) return fail("line_too_long", `line ${longLine.line} is longer than ${MAX_LINE_CHARS} characters (${longLine.length})`);

  let date: string | null = null;
  let text = raw;
  const marker = DATE_MARKER.exec(raw);
  if (marker) {
    const checked = checkDate(marker[1]!, marker[2]!, marker[3]);
    if (!checked.ok) return fail("bad_date", checked.reason);
    date = checked.date;
    text = raw.slice(marker[0].length);
  } else if (/^\s*date\b/.test(raw)) {
    const shown = raw.trimStart().split(/\s/, 2)[1] ?? "";
    return fail("bad_date", `malformed date marker "${shown.slice(0, 20)}"`);
  }
  if (text.trim().length === 0) return fail("no_text", marker ? "no text after the date marker" : "no text (only whitespace)");
  if (meta.published && !date) date = meta.published;

  const id = file.replace(/\.[^.]+$/, "");
  return {
    ok: true,
    article: { id, file, title: meta.title ?? deriveTitle(text), date, meta, text },
  };
}

/** The first line (1-based) longer than {@link MAX_LINE_CHARS}, if any. */
function firstLongLine(text: string): { line: number; length: number } | undefined {
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (end - start > MAX_LINE_CHARS) return { line, length: end - start };
    start = end + 1;
  }
  return undefined;
}

function checkDate(y: string, m: string, d: string | undefined): { ok: true; date: string } | { ok: false; reason: string } {
  const year = Number(y);
  const month = Number(m);
  if (month < 1 || month > 12) return { ok: false, reason: `impossible date ${y}-${m}${d ? `-${d}` : ""}: month ${m}` };
  if (!isPlausibleYear(year)) return { ok: false, reason: `implausible year ${y}` };
  if (d === undefined) return { ok: true, date: `${y}-${m}` };
  const day = Number(d);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return { ok: false, reason: `impossible date ${y}-${m}-${d}: ${y}-${m} has ${last} days` };
  return { ok: true, date: `${y}-${m}-${d}` };
}

function fail(code: ArticleProblem, reason: string): ParseResult {
  return { ok: false, code, reason };
}
