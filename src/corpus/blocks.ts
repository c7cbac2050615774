/**
 * Paragraph blocks of an article and what each one is: body text, a (sub)heading, or a photo caption.
 * Headings give context to the passages under them; captions and credits are never quoted as facts.
 *
 * Every step is linear in the text (or bounded per block): an article may be a file of 50,000 short lines
 * or one 2 MB line, and a reload must not stall on it.
 */

import { blockSpans, type LineKinds } from "./blockSpans.js";

export type BlockKind = "body" | "heading" | "caption";

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

/** A heading is short and does not end like a sentence. */
export const MAX_HEADING_LENGTH = 120;
/** A caption with a position marker ("(M.)") is shorter than this. */
const MAX_MARKED_CAPTION_LENGTH = 400;
/** {@link leadingBlocks} compares this many first blocks with the others one by one; later ones by the sorting pass. */
const LEADING_BLOCKS_COMPARED = 8;
/** A caption printed twice (once with the credit glued on) shares a prefix longer than this with its twin. */
const MIN_REPEATED_CAPTION_PREFIX = 40;

const PHOTO_MARKER = /\((?:[lmr]|li|re|v\.\s?l\.(?:\s?n\.\s?r\.)?|Mitte|links|rechts)\.?\)/;
/** "(Foto: …)" opening; the whole credit is this up to the block's final ")", with no other ")" between. */
const CREDIT_OPENING = /\((?:Quelle|Foto|Bild|Archivbild|Symbolbild)\s*:/i;
const CREDIT_AGENCY = /(?:\/(?:Imago|dpa|AFP|Reuters|AP|Getty Images|picture alliance|epa)|Getty Images|picture alliance)$/i;
/** Longest agency credit the suffix test needs to see ("/picture alliance" plus slack). */
const CREDIT_AGENCY_TAIL = 40;
const SENTENCE_END = /[.:;,!…]["“”‘’»«)]*$/;
/**
 * A sentence that runs on past a comma ("Selenskij durfte nebenan im Blair-House übernachten, der Unterkunft für
 * wichtige Gäste"): a block whose full stop the page lost. It has at least {@link MIN_RUN_ON_WORDS} words and a comma
 * with a word in lower case after it; it neither asks (a question mark at its end, a closing quote after it allowed)
 * nor opens with a question word, as a subheading does ("Warum die Ukraine zögert, und was Europa jetzt tun kann").
 * Shorter blocks stay headings whatever their commas ("Keine Einigung, aber Fortschritte?", "Kiew, am Morgen"). Body
 * text is quoted; a heading is not, so a sentence taken for one was an answer no one could find.
 */
const CLAUSE_AFTER_COMMA = /,\s+\p{Ll}/u;
const ENDS_ASKING = /\?["“”‘’»«)]*$/;
const OPENS_ASKING = /^["„“»«]?(?:Wer|Wen|Wem|Wessen|Was|Wo|Wohin|Woher|Wann|Warum|Weshalb|Wieso|Wie|Welche[mnrs]?|Ob|Worum|Wozu|Womit)\s/u;
/** Fewest words of a block that runs on past a comma (see {@link CLAUSE_AFTER_COMMA}). */
const MIN_RUN_ON_WORDS = 8;

function runsOnPastComma(block: string): boolean {
  return CLAUSE_AFTER_COMMA.test(block) && !ENDS_ASKING.test(block) && !OPENS_ASKING.test(block) && block.split(/\s+/).length >= MIN_RUN_ON_WORDS;
}

/**
 * Splits `text` into blocks, one per non-blank line (trimmed), and classifies each. Blank lines separate
 * paragraphs; single line breaks inside a paragraph separate blocks too (001 stacks headline, caption and
 * credit line by line), except in a hard-wrapped paragraph, which is one block (blockSpans.ts).
 */
export function splitBlocks(text: string): Block[] {
  const raw = blockSpans(text, LINE_KINDS);
  const texts = raw.map((b) => text.slice(b.start, b.end));
  const repeated = repeatedCaptions(texts);
  // An empty set is asked nothing (that would hash the block).
  const isRepeated = (block: string) => repeated.size > 0 && repeated.has(block);
  return raw.map((b, i) => ({ start: b.start, end: b.end, kind: classify(texts[i]!, isRepeated) }));
}

/**
 * The blocks of {@link splitBlocks} up to and including the first body block (all of them when there is none), each
 * of the same kind, without classifying the rest: a title needs only the first lines (title.ts reads every article
 * of a cold start: docs/SCALING.md, session 13). A block is a repeated caption when
 * another block is the same short text, or, both longer than {@link MIN_REPEATED_CAPTION_PREFIX}, one starts with the
 * other: what {@link repeatedCaptions} finds by sorting.
 */
export function leadingBlocks(text: string): Block[] {
  const raw = blockSpans(text, LINE_KINDS);
  const texts = raw.map((b) => text.slice(b.start, b.end));
  const out: Block[] = [];
  // Past the first few blocks (a file of 50,000 headings has no body block at all) the sorting pass runs once:
  // comparing each block with every other would be quadratic.
  let repeated: Set<string> | undefined;
  const inSet = (block: string) => {
    repeated ??= repeatedCaptions(texts);
    return repeated.size > 0 && repeated.has(block);
  };
  for (let i = 0; i < raw.length; i++) {
    const isRepeated = i < LEADING_BLOCKS_COMPARED ? () => repeatedAt(texts, i) : inSet;
    const kind = classify(texts[i]!, isRepeated);
    out.push({ start: raw[i]!.start, end: raw[i]!.end, kind });
    if (kind === "body") break;
  }
  return out;
}

/** Whether `texts[i]` is printed twice: see {@link leadingBlocks}. */
function repeatedAt(texts: readonly string[], i: number): boolean {
  const t = texts[i]!;
  const long = t.length > MIN_REPEATED_CAPTION_PREFIX;
  for (let j = 0; j < texts.length; j++) {
    if (j === i) continue;
    const u = texts[j]!;
    if (!long ? u === t : u.length > MIN_REPEATED_CAPTION_PREFIX && (u.startsWith(t) || t.startsWith(u))) return true;
  }
  return false;
}

/** What ends a run of wrapped lines (blockSpans.ts): a credit, or a blank line; and what ends a sentence. */
const LINE_KINDS: LineKinds = { endsBlock: isCredit, endsSentence: (line) => SENTENCE_END.test(line) };

function classify(block: string, isRepeated: (block: string) => boolean): BlockKind {
  if (isCaption(block, isRepeated)) return "caption";
  // A closing quote mark after a sentence ("…erfüllt.“") is body text; a headline may end in a quote ("„nächste Schritte“").
  if (block.length <= MAX_HEADING_LENGTH && !SENTENCE_END.test(block) && !runsOnPastComma(block)) return "heading";
  return "body";
}

function isCaption(block: string, isRepeated: (block: string) => boolean): boolean {
  if (isCredit(block)) return true;
  // The marker's "(" first: most blocks hold none.
  if (block.length < MAX_MARKED_CAPTION_LENGTH && block.includes("(") && PHOTO_MARKER.test(block)) return true;
  return isRepeated(block);
}

/** "… (Foto: Saul Loeb)" or "…/Imago" at the end of a block (which is trimmed). */
function isCredit(block: string): boolean {
  if (CREDIT_AGENCY.test(block.slice(-CREDIT_AGENCY_TAIL))) return true;
  if (!block.endsWith(")")) return false;
  // The credit's "(" comes after the block's second-to-last ")": the credit holds no ")" of its own.
  const previousClose = block.lastIndexOf(")", block.length - 2);
  return CREDIT_OPENING.test(block.slice(previousClose + 1, -1));
}

/**
 * Blocks that are captions because they are printed twice: the same text at least twice, or one text a
 * prefix of another (the second print with the credit glued on) where the shorter is longer than
 * {@link MIN_REPEATED_CAPTION_PREFIX}. Sorting puts every text right after its prefixes (and its copies), so one
 * pass finds them; only the short texts are hashed to find their copies (hashing every paragraph cost more than
 * sorting the long ones).
 */
function repeatedCaptions(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  const seenShort = new Set<string>();
  const long: string[] = [];
  for (const t of texts) {
    if (t.length > MIN_REPEATED_CAPTION_PREFIX) {
      long.push(t);
      continue;
    }
    if (seenShort.has(t)) out.add(t);
    seenShort.add(t);
  }
  long.sort();
  // `chain` holds texts of which each is a prefix of (or equal to) the next; its top is the longest prefix of the
  // current text, or a copy of it.
  const chain: string[] = [];
  for (const t of long) {
    while (chain.length > 0 && !t.startsWith(chain[chain.length - 1]!)) chain.pop();
    const prefix = chain[chain.length - 1];
    if (prefix !== undefined) {
      out.add(prefix);
      out.add(t);
    }
    chain.push(t);
  }
  return out;
}
