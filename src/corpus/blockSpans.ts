/**
 * Where the blocks of an article stand: one per non-blank line (trimmed), except that the lines of a hard-wrapped
 * paragraph (a text editor's or `fold`'s line breaks inside it) make one block. Linear in the text.
 */

/**
 * A file is hard-wrapped when none of its lines is longer than this and most of its line breaks inside a run of lines
 * (lines without a blank line between them) fall within a sentence: the line before does not end like one. Wrapping
 * widths are 72 to 80 characters, rarely up to 100; a file with a paragraph on each line has longer lines (every
 * article of the seed and news corpora), and where its lines are short, they end like sentences (a headline aside).
 * In a hard-wrapped file, lines that follow each other without a blank line are one paragraph, as the corpus format
 * says (paragraphs are separated by blank lines), except:
 *  - after a line shorter than {@link MIN_WRAPPED_LINE}: short lines stacked without blank lines are a kicker, a
 *    headline and the like, and a file of 50,000 short lines is no one paragraph;
 *  - after a line that ends with a photo credit (`endsBlock`: "… (Foto: AP)", "…/Imago"): the caption, wrapped or
 *    not, is one block, and the text after it another.
 * In a file that is not hard-wrapped each line is a block of its own: 001 stacks a caption and the same caption with
 * its credit line by line, and a short article may put a headline and one-sentence paragraphs on lines of their own.
 * Without the join every wrapped line that does not end a sentence was taken for a heading (never searched), and a
 * folded copy of the seed corpus lost "Lawrow" from its index.
 *
 * @example
 * // "Die Stromversorgung fiel am Abend in mehreren Stadtteilen der Hauptstadt\naus, teilte die Verwaltung mit."
 * // → one block: no line over 100 characters, and the one break falls within a sentence.
 * // "Kreml lehnt Vorschlag ab\nDer Kreml hat den Vorschlag abgelehnt.\nMoskau nannte ihn einseitig." → three blocks.
 */
export const MAX_WRAPPED_LINE = 100;
/** See {@link MAX_WRAPPED_LINE}. */
export const MIN_WRAPPED_LINE = 40;

export interface Span {
  start: number;
  end: number;
}

export interface LineKinds {
  /** Whether a line ends with a photo credit: the lines after it never join it. */
  endsBlock: (line: string) => boolean;
  /** Whether a line ends like a sentence. */
  endsSentence: (line: string) => boolean;
}

/** The blocks' spans in `text`: the trimmed non-blank lines, those of a hard-wrapped paragraph joined. */
export function blockSpans(text: string, kinds: LineKinds): Span[] {
  const spans: Span[] = [];
  // Per span: whether it opens a run (the first line, or one after a blank line or a credit line).
  const opens: boolean[] = [];
  let afterBreak = true;
  let longest = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isTrimmed(text.charCodeAt(s))) s++;
    while (e > s && isTrimmed(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      spans.push({ start: s, end: e });
      opens.push(afterBreak);
      longest = Math.max(longest, e - s);
      afterBreak = false;
    } else afterBreak = true;
    lineStart = lineEnd + 1;
  }
  if (longest > MAX_WRAPPED_LINE || spans.length < 2) return spans;
  // Breaks inside runs, and those within a sentence.
  let breaks = 0;
  let withinSentence = 0;
  for (let i = 1; i < spans.length; i++) {
    if (opens[i]) continue;
    const before = text.slice(spans[i - 1]!.start, spans[i - 1]!.end);
    breaks++;
    if (!kinds.endsSentence(before)) withinSentence++;
    opens[i] = kinds.endsBlock(before);
  }
  if (breaks === 0 || 2 * withinSentence < breaks) return spans;
  const joined: Span[] = [];
  for (let first = 0; first < spans.length; ) {
    let last = first;
    while (last + 1 < spans.length && !opens[last + 1]) last++;
    let wrapped = true;
    for (let k = first; k < last; k++) wrapped &&= spans[k]!.end - spans[k]!.start >= MIN_WRAPPED_LINE;
    if (wrapped) joined.push({ start: spans[first]!.start, end: spans[last]!.end });
    else for (let k = first; k <= last; k++) joined.push(spans[k]!);
    first = last + 1;
  }
  return joined;
}

/** Exactly the characters String.prototype.trim removes. */
function isTrimmed(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
