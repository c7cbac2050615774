/**
 * Where the blocks of an article stand: one per non-blank line (trimmed), except that the lines of a hard-wrapped
 * paragraph (a text editor's or `fold`'s line breaks inside it) make one block. Linear in the text.
 */

/**
 * A file is hard-wrapped when none of its lines is longer than this: wrapping widths are 72 to 80 characters, rarely
 * up to 100, while a file with a paragraph on each line has lines of several hundred (every article of the seed and
 * news corpora). In a hard-wrapped file, lines that follow each other without a blank line are one paragraph, as the
 * corpus format says (paragraphs are separated by blank lines), except:
 *  - where a line but the last is shorter than {@link MIN_WRAPPED_LINE}: short lines stacked without blank lines are
 *    a kicker, a headline and the like, and a file of 50,000 short lines is no one paragraph;
 *  - after a line that ends with a photo credit (`endsBlock`: "… (Foto: AP)", "…/Imago"), which ends its run as a
 *    blank line would: the caption, wrapped or not, is one block, and the text after it another.
 * In a file that is not hard-wrapped each line is a block of its own: 001 stacks a caption and the same caption with
 * its credit line by line. Without the join every wrapped line that does not end a sentence was taken for a heading
 * (never searched), and a folded copy of the seed corpus lost "Lawrow" from its index.
 *
 * @example
 * // "Die Stromversorgung fiel am Abend in mehreren Stadtteilen der Hauptstadt\naus, teilte die Verwaltung mit."
 * // → one block, in a file with no line longer than 100 characters.
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
  for (let i = 1; i < spans.length; i++) opens[i] ||= kinds.endsBlock(text.slice(spans[i - 1]!.start, spans[i - 1]!.end));
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
