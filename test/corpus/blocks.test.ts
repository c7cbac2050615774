/**
 * splitBlocks against the implementation it replaced (hashing every block to find repeated captions): the same
 * blocks and kinds on random articles made of lines that repeat, extend each other and carry photo markers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Block, type BlockKind, leadingBlocks, splitBlocks } from "../../src/corpus/blocks.js";

const MAX_MARKED_CAPTION_LENGTH = 400;
const MIN_REPEATED_CAPTION_PREFIX = 40;
const PHOTO_MARKER = /\((?:[lmr]|li|re|v\.\s?l\.(?:\s?n\.\s?r\.)?|Mitte|links|rechts)\.?\)/;
/** "(Foto: …)" opening; the whole credit is this up to the block's final ")", with no other ")" between. */
const CREDIT_OPENING = /\((?:Quelle|Foto|Bild|Archivbild|Symbolbild)\s*:/i;
const CREDIT_AGENCY = /(?:\/(?:Imago|dpa|AFP|Reuters|AP|Getty Images|picture alliance|epa)|Getty Images|picture alliance)$/i;
/** Longest agency credit the suffix test needs to see ("/picture alliance" plus slack). */
const CREDIT_AGENCY_TAIL = 40;
const SENTENCE_END = /[.:;,!…]["“”‘’»«)]*$/;

/**
 * Splits `text` into blocks, one per non-blank line (trimmed), and classifies each. Blank lines separate
 * paragraphs; single line breaks inside a paragraph separate blocks too (001 stacks headline, caption and
 * credit line by line), except in a hard-wrapped paragraph.
 */
function referenceSplitBlocks(text: string): Block[] {
  const raw: Array<{ start: number; end: number }> = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isTrimmed(text.charCodeAt(s))) s++;
    while (e > s && isTrimmed(text.charCodeAt(e - 1))) e--;
    if (e > s) raw.push({ start: s, end: e });
    lineStart = lineEnd + 1;
  }
  const texts = raw.map((b) => text.slice(b.start, b.end));
  // Hard-wrapped files (blockSpans.ts): when no line is longer than 100 characters and at least half the line breaks
  // inside runs (lines with no blank line between them) follow a line that does not end like a sentence, a run with no
  // credit line inside is one block, unless a line but the last is shorter than 40 characters.
  const joined: Array<{ start: number; end: number }> = [];
  const sameRun = (j: number) => text.slice(raw[j]!.end, raw[j + 1]!.start).split("\n").length === 2;
  const inner = texts.filter((_, j) => j + 1 < raw.length && sameRun(j));
  const hardWrapped = texts.every((t) => t.length <= 100) && inner.length > 0 && 2 * inner.filter((t) => !SENTENCE_END.test(t)).length >= inner.length;
  let i = 0;
  while (i < raw.length) {
    let j = i;
    while (j + 1 < raw.length && !isCredit(texts[j]!) && sameRun(j)) j++;
    if (hardWrapped && texts.slice(i, j).every((t) => t.length >= 40)) joined.push({ start: raw[i]!.start, end: raw[j]!.end });
    else joined.push(...raw.slice(i, j + 1));
    i = j + 1;
  }
  raw.splice(0, raw.length, ...joined);
  texts.splice(0, texts.length, ...raw.map((b) => text.slice(b.start, b.end)));
  const repeated = repeatedCaptions(texts);
  return raw.map((b, i) => ({ ...b, kind: classify(texts[i]!, repeated) }));
}

/** Exactly the characters String.prototype.trim removes. */
function isTrimmed(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function classify(block: string, repeated: ReadonlySet<string>): BlockKind {
  if (isCaption(block, repeated)) return "caption";
  // A closing quote mark after a sentence ("…erfüllt.“") is body text; a headline may end in a quote ("„nächste Schritte“").
  const asks = /\?["“”‘’»«)]*$/.test(block) || /^["„“»«]?(?:Wer|Wen|Wem|Wessen|Was|Wo|Wohin|Woher|Wann|Warum|Weshalb|Wieso|Wie|Welche[mnrs]?|Ob|Worum|Wozu|Womit)\s/u.test(block);
  const runsOn = /,\s+\p{Ll}/u.test(block) && !asks && block.split(/\s+/).length >= 8;
  if (block.length <= 120 && !SENTENCE_END.test(block) && !runsOn) return "heading";
  return "body";
}

function isCaption(block: string, repeated: ReadonlySet<string>): boolean {
  if (isCredit(block)) return true;
  if (block.length < MAX_MARKED_CAPTION_LENGTH && PHOTO_MARKER.test(block)) return true;
  return repeated.has(block);
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
 * {@link MIN_REPEATED_CAPTION_PREFIX}. Sorting puts every text right after its prefixes, so one pass finds them.
 */
function repeatedCaptions(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const t of texts) {
    if (seen.has(t)) out.add(t);
    seen.add(t);
  }
  const long = [...seen].filter((t) => t.length > MIN_REPEATED_CAPTION_PREFIX).sort();
  // `chain` holds texts of which each is a prefix of the next; its top is the longest prefix of the current text.
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

describe("splitBlocks: repeated captions found by sorting equal the hashing reference", () => {
  const base = "Wolodymyr Selenskyj trifft Donald Trump im Weißen Haus zu Gesprächen über die Sicherheitsgarantien";
  const line = fc.oneof(
    fc.integer({ min: 1, max: base.length }).map((n) => base.slice(0, n)),
    // Around the shortest prefix that makes a repeat.
    fc.integer({ min: MIN_REPEATED_CAPTION_PREFIX - 2, max: MIN_REPEATED_CAPTION_PREFIX + 3 }).map((n) => "Bildunterschrift-ohne-Leerzeichen-Selenskyj-Trump-Putin".slice(0, n)),
    fc.integer({ min: 30, max: 60 }).map((n) => `${base.slice(0, n)} (Foto: Saul Loeb)`),
    fc.integer({ min: 30, max: 60 }).map((n) => `${base.slice(0, n)}/dpa`),
    fc.constantFrom("Links: Selenskyj (l.) und Trump (M.)", "Kiew.", "Ukrainekrieg", "", "  ", "Er sagte: „Wir verhandeln.“"),
    // Short lines with a comma: sentences that lost their full stop, subheadings that ask, datelines.
    fc.constantFrom(
      "Selenskyj durfte im Gästehaus übernachten, der Unterkunft für wichtige Gäste",
      "Warum die Ukraine zögert, und was Europa jetzt tun kann",
      "„Was bedeutet das für Kiew, und wie reagieren die Europäer darauf?“",
      "Kiew, am Morgen",
      "Trump droht, Putin schweigt und Selenskyj wartet auf Antwort",
    ),
    // Sentences and lines over 100 characters: files with a paragraph on each line, never joined.
    fc.integer({ min: 40, max: base.length }).map((n) => `${base.slice(0, n)}.`),
    fc.constant(`${base} und ${base}.`),
    fc.string({ unit: fc.constantFrom("a", "B", " ", ".", "(", ")", "M", "l", "-"), maxLength: 70 }),
  );
  const article = fc.array(fc.tuple(line, fc.constantFrom("\n", "\n\n", "\r\n", " \n")), { maxLength: 14 }).map((lines) => lines.map(([l, sep]) => l + sep).join(""));

  it("GIVEN random articles THEN the blocks and their kinds are the reference's", () => {
    fc.assert(
      fc.property(article, (text) => {
        expect(splitBlocks(text)).toEqual(referenceSplitBlocks(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it("GIVEN random articles THEN leadingBlocks gives splitBlocks' blocks up to and including the first body block", () => {
    fc.assert(
      fc.property(article, (text) => {
        const all = splitBlocks(text);
        const firstBody = all.findIndex((b) => b.kind === "body");
        expect(leadingBlocks(text)).toEqual(firstBody < 0 ? all : all.slice(0, firstBody + 1));
      }),
      { numRuns: 2_000 },
    );
  });

  it("GIVEN a long caption printed twice and one extended by its credit THEN all are captions", () => {
    const caption = base.slice(0, 50);
    // Blank lines between them: stacked without, these short lines would be one hard-wrapped paragraph (blockSpans.ts).
    const text = `${caption}\n\nText des Artikels, lang genug und mit Punkt am Ende.\n\n${caption}\n\n${base.slice(0, 45)}\n\n${base.slice(0, 45)} (Foto: AP)`;
    expect(splitBlocks(text).map((b) => b.kind)).toEqual(["caption", "body", "caption", "caption", "caption"]);
    expect(referenceSplitBlocks(text).map((b) => b.kind)).toEqual(["caption", "body", "caption", "caption", "caption"]);
  });

  it("GIVEN a short line whose sentence runs on past a comma, its full stop lost THEN it is body text; a phrase or a question is a heading", () => {
    const text = [
      "Zweiter Teil des Besuchs",
      "Selenskyj durfte nebenan im Gästehaus übernachten, der Unterkunft für wichtige Gäste",
      "Keine Einigung, aber Fortschritte?",
      "Trump, Putin und Selenskyj",
      "Kiew, am Morgen",
      // Eight words or more that ask, or whose comma a capital follows.
      "„Was bedeutet das für Kiew, und wie reagieren die Europäer darauf?“",
      "Warum die Ukraine zögert, und was Europa jetzt tun kann",
      "Kiew, Moskau und Washington nach dem Gipfel in Alaska",
      "Der Text des Artikels geht hier weiter und endet mit einem Punkt.",
    ].join("\n\n");
    expect(splitBlocks(text).map((b) => b.kind)).toEqual(["heading", "body", "heading", "heading", "heading", "heading", "heading", "heading", "body"]);
  });
});
