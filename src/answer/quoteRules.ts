/**
 * The rules of a quote a reader can trust, read in its article: it does not start inside a quotation („ … “, ‚ … ‘,
 * " … ", » … «), its quotation marks are balanced, it does not start with a pronoun whose referent is the sentence
 * before, and a doubled opening mark ("„„Wenn") is quoted from its last mark. quote.ts widens windows to keep them.
 */
import { LRUCache } from "lru-cache";
import { firstAtOrAfter } from "../util/sortedArrays.js";

/** A rule of a trustworthy quote that a window breaks. */
export type QuoteProblem = "starts_inside_quotation" | "unbalanced_quotation" | "unresolved_anaphor";
/**
 * When no window of a passage keeps every rule, the one whose broken rules weigh least is quoted: a quote that
 * starts inside someone's words misattributes them (worst); an unclosed quotation only leaves the end open; a
 * leading "Er" only leaves the reader to guess who.
 */
export const PROBLEM_WEIGHT: Readonly<Record<QuoteProblem, number>> = { starts_inside_quotation: 4, unbalanced_quotation: 2, unresolved_anaphor: 1 };

/**
 * The rules the quote `text[start, end)` breaks, read in its article: a quotation open at `start` (or closed inside
 * without being opened there), a quotation still open at `end`, a first word that refers back to an earlier
 * sentence of the same paragraph.
 */
export function quoteProblems(text: string, start: number, end: number): QuoteProblem[] {
  return problemsAt(text, start, end, startsInsideQuotation(text, start), true);
}

/** {@link quoteProblems} with the quotation state at `start` known; `anaphorCounts` false ignores a leading "Er". */
export function problemsAt(text: string, start: number, end: number, openAtStart: boolean, anaphorCounts: boolean): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  const inside = scanQuotations(text, start, end);
  if (openAtStart || inside.stray > 0) problems.push("starts_inside_quotation");
  if (inside.open.length > 0) problems.push("unbalanced_quotation");
  if (anaphorCounts && startsWithAnaphor(text.slice(start, end)) && text.slice(paragraphStart(text, start), start).trim() !== "") {
    problems.push("unresolved_anaphor");
  }
  return problems;
}

/** For each sentence: is a quotation of its paragraph open where it starts? One pass over the paragraph. */
export function quotationsOpenAt(text: string, sentences: ReadonlyArray<{ start: number }>): boolean[] {
  const out: boolean[] = [];
  let from = -1;
  let open: string[] = [];
  for (const s of sentences) {
    const paragraph = paragraphStart(text, s.start);
    if (paragraph > from) {
      from = paragraph;
      open = [];
    }
    open = scanQuotations(text, from, s.start, open).open;
    from = s.start;
    out.push(open.length > 0);
  }
  return out;
}

/** Guillemets close each other, whichever way round the text uses them. */
const GUILLEMET_PAIR: Readonly<Record<string, string>> = { "»": "«", "«": "»" };
/** Marks that may open a quotation. */
const OPENING_MARKS = "„‚“‘»«\"";
/**
 * Every quotation mark the scanner reads („‚“‘»«"”’; apostrophe-like ’ included: it may close ‚ or ‘), by UTF-16
 * code: straight quotes, guillemets, and U+2018–U+201E but the reversed ‛ (U+201B).
 */
function isQuotationMark(code: number): boolean {
  return code === 0x22 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e && code !== 0x201b);
}

/** Articles whose layout (quotation marks, paragraph starts) is kept: the candidates of a few questions. */
export const TEXT_LAYOUT_CACHE_SIZE = 512;

interface TextLayout {
  /** Offsets of every quotation mark, ascending. */
  marks: Int32Array;
  /** Offsets where a paragraph (line) starts, ascending, 0 first. */
  paragraphs: Int32Array;
}

const layouts = new LRUCache<string, TextLayout>({ max: TEXT_LAYOUT_CACHE_SIZE });

/**
 * An article's quotation marks and paragraph starts, read once (the text is the cache key): a quote's rules scan
 * from its paragraph's start, and one question checks dozens of windows of the same few articles.
 */
function layoutOf(text: string): TextLayout {
  let layout = layouts.get(text);
  if (!layout) {
    const marks: number[] = [];
    const paragraphs: number[] = [0];
    for (let p = 0; p < text.length; p++) {
      const code = text.charCodeAt(p);
      if (code === 0x0a) paragraphs.push(p + 1);
      else if (isQuotationMark(code)) marks.push(p);
    }
    layout = { marks: Int32Array.from(marks), paragraphs: Int32Array.from(paragraphs) };
    layouts.set(text, layout);
  }
  return layout;
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Quotation marks of `text` from `from` to `to`: the quotations still open at `to` (their opening marks, innermost
 * last) and how many closing marks had no opening mark in the range. German „…“ and ‚…‘, English “…” and ‘…’,
 * guillemets either way round (»…« and «…»), straight "…". An apostrophe (’ in "geht’s") is no mark; a doubled
 * opening mark („„) opens once; „ reopened while open closes the earlier one, so one typo does not leave a whole
 * paragraph "inside a quotation". `initial` continues a scan that ended at `from` with these quotations open.
 */
export function scanQuotations(text: string, from: number, to: number, initial: readonly string[] = []): { open: string[]; stray: number } {
  const open: string[] = [...initial];
  let stray = 0;
  const { marks } = layoutOf(text);
  for (let k = firstAtOrAfter(marks, from); k < marks.length && marks[k]! < to; k++) {
    const p = marks[k]!;
    const ch = text[p]!;
    if (p > from && ch === text[p - 1] && ch !== '"' && top(open) === ch) continue;
    const before = p > 0 ? text[p - 1]! : " ";
    const after = p + 1 < text.length ? text[p + 1]! : " ";
    const wordEnd = LETTER.test(before) || /[.!?,;:…)]/.test(before);
    switch (ch) {
      case '"':
        if (text[p + 1] === '"' && LETTER.test(text[p + 2] ?? "")) {
          open.push(ch); // ""Wenn: a doubled opening mark (its second mark is the next one read)
          k++;
        } else if (top(open) === '"') open.pop();
        else open.push(ch);
        break;
      case "„":
      case "‚":
        closeDownTo(open, ch);
        open.push(ch);
        break;
      case "»":
      case "«":
        if (top(open) === GUILLEMET_PAIR[ch]) open.pop();
        else open.push(ch);
        break;
      case "“":
        if (open.includes("„")) closeDownTo(open, "„");
        else if (open.includes("“")) closeDownTo(open, "“");
        else if (LETTER.test(after) && !wordEnd) open.push(ch);
        else stray++;
        break;
      case "”":
        if (top(open) === "“" || top(open) === "„") open.pop();
        else if (!closeDownTo(open, "“") && !closeDownTo(open, "„")) stray++;
        break;
      case "‘":
        if (top(open) === "‚") open.pop();
        else if (top(open) === "„" && wordEnd && !LETTER.test(after)) open.pop(); // „…‘: a typo for „…“ (004 ends so)
        else if (LETTER.test(after) && !wordEnd) open.push(ch);
        break;
      case "’":
        if (top(open) === "‚" || top(open) === "‘") open.pop();
        break;
    }
  }
  return { open, stray };
}

/** The innermost open quotation's mark. (Module functions, not closures per scan: under tsx each closure also paid esbuild's `__name`, ~6 % of /ask in a profile of the seed dev questions.) */
function top(open: readonly string[]): string | undefined {
  return open[open.length - 1];
}

/** Closes the innermost quotation opened by `mark` and every one inside it; false when none is open. */
function closeDownTo(open: string[], mark: string): boolean {
  const at = open.lastIndexOf(mark);
  if (at < 0) return false;
  open.length = at;
  return true;
}

/** Start of the paragraph (line) that holds `offset`: quotations and referents do not reach across paragraphs. */
export function paragraphStart(text: string, offset: number): number {
  const { paragraphs } = layoutOf(text);
  return paragraphs[firstAtOrAfter(paragraphs, offset + 1) - 1]!;
}

/** True when a quotation opened earlier in the paragraph is still open at `offset`. */
export function startsInsideQuotation(text: string, offset: number): boolean {
  return scanQuotations(text, paragraphStart(text, offset), offset).open.length > 0;
}

/**
 * A sentence start that refers back to the sentence before: personal pronouns (Er, Sie, Es, Ihm, Ihr),
 * demonstratives (Dies, Dieser, Diese, Dieses, Diesem, Diesen; "Das" and "Dem" before two lower-case words that do not
 * end in attributes of a noun: "Das teilte der Kreml mit", that is what the Kremlin said; "Dem widersprach er", he
 * contradicted that; not "Das andere große Problem", the other big problem, nor "Dem neuen russischen Vorschlag
 * zufolge", according to the new Russian proposal) and "Der/Die/Das 80-Jährige" (the 80-year-old). Opening quotation
 * marks before it do not count ("„Er ist ein sehr guter Typ“" still means someone named before).
 */
const ANAPHOR_START =
  /^[\s„‚“‘»«"]*(?:(?:Er|Sie|Es|Ihm|Ihr|Dies|Dieser|Diese|Dieses|Diesem|Diesen)(?![\p{L}\p{N}])|(?:Der|Die|Das)\s+\d+-[Jj]ährigen?(?![\p{L}\p{N}])|(?:Das|Dem)\s+(?!(?:\p{Ll}+\s+)?(?!(?:k?eine|der|die|den)\s)\p{Ll}+e[nrs]?\s+\p{Lu})\p{Ll}+\s+\p{Ll})/u;

export function startsWithAnaphor(sentence: string): boolean {
  return ANAPHOR_START.test(sentence);
}

/** Past all but the last of a run of the same opening mark ("„„Wenn" starts at the second „). */
export function skipDoubledOpeningMark(text: string, start: number, end: number): number {
  let s = start;
  while (s + 1 < end && OPENING_MARKS.includes(text[s]!) && text[s + 1] === text[s] && (text[s] !== '"' || LETTER.test(text[s + 2] ?? ""))) s++;
  return s;
}
