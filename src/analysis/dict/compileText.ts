/**
 * Text helpers the dictionary compilers share (compileDing.ts, compileLemmas.ts, compileThesaurus.ts and the script
 * compile.ts): code-unit order, bracket-aware splitting, term shape.
 */
import { MAX_CHARS, MAX_WORDS } from "./lineFormats.js";

/** Code-unit order, independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const OPEN = "([{<";
const CLOSE = ")]}>";

/** `s` split on `sep` wherever it is outside (), [], {} and <>; parts trimmed. */
export function splitTopLevel(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === sep && depth === 0) {
      parts.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(s.slice(start).trim());
  return parts;
}

/** `s` without its innermost-first `open`…`close` groups (each replaced by a space); their contents pushed to `found`. */
export function removeGroups(s: string, open: string, close: string, found?: string[]): string {
  const inner = new RegExp(`\\${open}([^\\${open}\\${close}]*)\\${close}`, "g");
  let previous: string;
  let out = s;
  do {
    previous = out;
    out = out.replace(inner, (_, content: string) => {
      found?.push(content.trim());
      return " ";
    });
  } while (out !== previous);
  return out;
}

/** A word or short phrase: letters, digits, apostrophes, dots, hyphens, ampersands; no slashes or ellipses. */
const TERM_SHAPE = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'.&\- ]*[\p{L}\p{N}\p{M}.'])?$/u;

export function isShortTerm(text: string): boolean {
  return (
    text.length <= MAX_CHARS &&
    TERM_SHAPE.test(text) &&
    /\p{L}/u.test(text) &&
    !text.includes("..") &&
    !/ {2}/.test(text) &&
    text.split(" ").length <= MAX_WORDS
  );
}
