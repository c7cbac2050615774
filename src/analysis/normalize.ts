/**
 * Text normalization shared by index and query time.
 * Invisible characters are dropped because users paste them from chat and the web;
 * they must never split or join words differently than the visible text suggests.
 */
import { INVISIBLE_CHARACTERS } from "../util/text.js";

/** C0/C1 controls (except tab and line breaks) and the invisible characters (zero-width, bidi controls, soft hyphen, BOM …). */
const INVISIBLE_OR_CONTROL = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F${INVISIBLE_CHARACTERS}]`, "gu");
/** Unpaired UTF-16 surrogates cannot be encoded; they are dropped rather than crash a JSON writer. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** NFKC plus removal of invisible and unencodable characters; whitespace folded to single spaces. */
export function cleanText(input: string): string {
  return input
    .replace(LONE_SURROGATE, "")
    .normalize("NFKC")
    .replace(INVISIBLE_OR_CONTROL, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** A word written in lower case (no German noun): its first character a lower-case letter. */
export const LOWER_CASE_START = /^\p{Ll}/u;

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
