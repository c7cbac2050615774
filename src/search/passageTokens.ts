/**
 * The passages read once for the index build: every distinct token numbered in the order first met, each passage's
 * fields as runs of token ids, and the corpus words the decompounder needs before any word is analyzed
 * (indexBuilder.ts counts the postings from them; buildShard.ts reads a shard of the corpus the same way).
 */
import { MAX_TOKEN_LENGTH } from "../analysis/tokens.js";
import { TokenScanner } from "../analysis/tokenScanner.js";
import { TokenTable } from "../analysis/tokenTable.js";
import { ArticlePassage, NO_HEADING } from "../corpus/articlePassage.js";
import type { Passage } from "../corpus/types.js";
import { grown } from "../util/typedArrays.js";

/** The fields in MiniSearch's order (`miniSearchOptions`), with the passage text each one indexes. */
export const FIELDS: ReadonlyArray<readonly [string, (p: Passage) => string]> = [
  ["text", (p) => p.text],
  ["heading", (p) => p.heading ?? ""],
];

/** A growable Int32 list. */
export class IntList {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) this.data = grown(this.data, this.data.length * 2);
    this.data[this.length++] = v;
  }

  /** Appends `values[from … to)`. */
  pushRun(values: Int32Array, from: number, to: number): void {
    const need = this.length + (to - from);
    if (need > this.data.length) this.data = grown(this.data, Math.max(need, this.data.length * 2));
    const data = this.data;
    let at = this.length;
    // Runs are short (a passage's sentence offsets): a loop, no view made.
    for (let k = from; k < to; k++) data[at++] = values[k]!;
    this.length = at;
  }
}

/**
 * The passages read once: every distinct token (first met first) and, per passage and field, the ids of its
 * tokens. Its {@link TokenizedPassages.letterRuns} give the decompounder's corpus words before any word is analyzed.
 */
export interface TokenizedPassages {
  /** Distinct indexable raw tokens, in the order first met (passage by passage, text before heading). */
  raws: string[];
  /** Raw token ids, one (passage, field) after the other. */
  stream: Int32Array;
  /** Where the tokens of passage d, field f start in `stream`: `starts[d * FIELDS.length + f]`; one more entry ends it. */
  starts: Int32Array;
  /** Distinct tokens of the text field, over-long ones included, in the order first met: the corpus's words. */
  textTokens: string[];
}

/** The passages' tokens as the index counts them: {@link TokenizedPassages} without the corpus words. */
export type TokenStream = Pick<TokenizedPassages, "raws" | "stream" | "starts">;

/**
 * Reads every passage's fields once. Tokens longer than {@link MAX_TOKEN_LENGTH} count as words, not as index tokens.
 * `table`: the distinct tokens to number on from (the result's `raws` are its tokens; shardedBuild.ts numbers a
 * second shard's tokens on in it).
 */
export function tokenizePassages(passages: readonly Passage[], table: TokenTable = new TokenTable()): TokenizedPassages {
  // Per raw id: 1 once it was met in a text field. Over-long tokens have no id and a set of their own.
  const inText: number[] = [];
  const longInText = new Set<string>();
  const textTokens: string[] = [];
  const stream = new IntList();
  const starts = new Int32Array(passages.length * FIELDS.length + 1);
  const scanner = new TokenScanner();
  for (let d = 0; d < passages.length; d++) {
    const p = passages[d]!;
    for (let f = 0; f < FIELDS.length; f++) {
      starts[d * FIELDS.length + f] = stream.length;
      const { text, from, to } = fieldSpan(p, f);
      scanner.reset(text, from, to);
      while (scanner.next()) {
        const { start, end } = scanner;
        if (end - start > MAX_TOKEN_LENGTH) {
          const raw = text.slice(start, end);
          if (f === 0 && !longInText.has(raw)) {
            longInText.add(raw);
            textTokens.push(raw);
          }
          continue;
        }
        const r = table.intern(text, start, end, scanner.hash);
        if (r === inText.length) inText.push(0);
        if (f === 0 && inText[r] === 0) {
          inText[r] = 1;
          textTokens.push(table.tokens[r]!);
        }
        stream.push(r);
      }
    }
  }
  starts[passages.length * FIELDS.length] = stream.length;
  return { raws: table.tokens, stream: stream.data.subarray(0, stream.length), starts, textTokens };
}

/** Field f of a passage as a range of a string: of its article's text for an {@link ArticlePassage} (no slice made). */
function fieldSpan(p: Passage, f: number): { text: string; from: number; to: number } {
  if (p instanceof ArticlePassage) {
    if (f === 0) return { text: p.article.text, from: p.start, to: p.end };
    return p.headingStart === NO_HEADING ? { text: "", from: 0, to: 0 } : { text: p.article.text, from: p.headingStart, to: p.headingEnd };
  }
  const text = FIELDS[f]![1](p);
  return { text, from: 0, to: text.length };
}

/** The corpus words of the decompounder: the runs of four and more letters in the text field, in the order first met. */
export function letterRuns(tokens: TokenizedPassages): string[] {
  const seen = new Set<string>();
  for (const token of tokens.textTokens) {
    // Most tokens are one run of plain letters: the token itself, without a regular expression's match array.
    if (isPlainLetters(token)) {
      if (token.length >= 4) seen.add(token);
    } else for (const run of token.match(LETTER_RUN) ?? []) seen.add(run);
  }
  return [...seen];
}

const LETTER_RUN = /\p{L}{4,}/gu;

/** Whether every unit is an ASCII or Latin-1 letter (each of them is `\p{L}`); false says nothing. */
function isPlainLetters(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i) | 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0xfe && c !== 0xf7)) continue;
    return false;
  }
  return true;
}

