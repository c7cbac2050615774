/**
 * Text normalization shared by index and query time.
 * Invisible characters are dropped because users paste them from chat and the web;
 * they must never split or join words differently than the visible text suggests.
 */

/** Zero-width, bidi controls, soft hyphen, BOM and C0/C1 controls (except tab/newline). */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8]/g;
/** Unpaired UTF-16 surrogates cannot be encoded; they are dropped rather than crash a JSON writer. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** NFKC plus removal of invisible and unencodable characters; whitespace folded to single spaces. */
export function cleanText(input: string): string {
  return input
    .replace(LONE_SURROGATE, "")
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(/\s+/gu, " ")
    .trim();
}

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case with umlauts and ß folded: "Außenminister" → "aussenminister", "Militärhilfe" → "militarhilfe". */
export function foldWord(word: string): string {
  // Most words are plain ASCII: lower case is all there is to fold (a hot path of query parsing and analysis).
  if (ASCII.test(word)) return word.toLowerCase();
  return word
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

/** The first `max` UTF-16 units of `text`, never ending inside a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
