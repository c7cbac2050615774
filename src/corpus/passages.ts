/**
 * Article → passages a reader takes in at once: a body paragraph, or, for long runs of several
 * news items (004 is one 4,000-character paragraph), windows of whole sentences.
 */
import { splitSentences } from "../analysis/sentences.js";
import { splitBlocks } from "./blocks.js";
import { ArticlePassage, NO_HEADING, type PassageBounds } from "./articlePassage.js";
import type { Article, Passage } from "./types.js";

/**
 * Paragraphs up to this length stay one passage; longer ones become sentence windows of at most this length (a sentence
 * longer than it is cut at words first, `withinLength`).
 */
export const MAX_PASSAGE_LENGTH = 1000;

/**
 * The passages of an article, as {@link ArticlePassage}s: offsets into the article text, with the sentence bounds of
 * all its passages in one shared table.
 */
export function splitPassages(article: Article): Passage[] {
  const { text } = article;
  // Bounds without their shared sentence table until it is complete (one object a passage, not two).
  const cuts: PassageBounds[] = [];
  const sentenceBounds: number[] = [];
  let headingStart = NO_HEADING;
  let headingEnd = NO_HEADING;
  for (const block of splitBlocks(text)) {
    if (block.kind === "caption") continue;
    if (block.kind === "heading") {
      headingStart = block.start;
      headingEnd = block.end;
      continue;
    }
    // Spans of the block, moved to article offsets in place (they are this call's own objects).
    const spans = splitSentences(text.slice(block.start, block.end));
    for (const span of spans) {
      span.start += block.start;
      span.end += block.start;
    }
    for (const window of sentenceWindows(withinLength(text, spans, MAX_PASSAGE_LENGTH), MAX_PASSAGE_LENGTH)) {
      const firstSentence = sentenceBounds.length / 2;
      for (const s of window) sentenceBounds.push(s.start, s.end);
      const start = window[0]!.start;
      const end = window[window.length - 1]!.end;
      cuts.push({ ordinal: cuts.length, start, end, headingStart, headingEnd, sentenceBounds: NO_SENTENCES, firstSentence, sentenceCount: window.length });
    }
  }
  const shared = Int32Array.from(sentenceBounds);
  return cuts.map((cut) => {
    cut.sentenceBounds = shared;
    return new ArticlePassage(article, cut);
  });
}

/**
 * Sentences no longer than `max`: a longer one (a run without full stops: a list, a table, a page that never ends a
 * sentence) is cut into pieces that end at the last whitespace before each `max` characters, as a word-wrapped line
 * is; a single word longer than `max` is cut inside it, never between the halves of a surrogate pair. Each piece is a
 * sentence to the quote rules, so no passage is longer than `max` (a 96,000-character line was one passage).
 */
export function withinLength(text: string, spans: ReadonlyArray<{ start: number; end: number }>, max: number): Array<{ start: number; end: number }> {
  if (spans.every((s) => s.end - s.start <= max)) return spans as Array<{ start: number; end: number }>;
  const out: Array<{ start: number; end: number }> = [];
  for (const span of spans) {
    let from = span.start;
    while (span.end - from > max) {
      let space = from + max;
      while (space > from && !WHITESPACE.test(text.charAt(space))) space--;
      let end = space;
      while (end > from && WHITESPACE.test(text.charAt(end - 1))) end--;
      if (end === from) {
        // One word longer than `max`: cut inside it.
        end = from + max;
        if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
        space = end;
      }
      out.push({ start: from, end });
      from = space;
      while (from < span.end && WHITESPACE.test(text.charAt(from))) from++;
    }
    if (from < span.end) out.push({ start: from, end: span.end });
  }
  return out;
}

const WHITESPACE = /\s/;

/** The sentence table of bounds whose own is not complete yet. */
const NO_SENTENCES = new Int32Array(0);

/**
 * Greedy windows of consecutive sentences; a single over-long sentence is a window of its own.
 * A window repeats the previous window's last sentence when it fits, so a sentence that refers back
 * ("Der Vorsitzende des Ausschusses …" after "… sagt Michael McCaul") keeps its referent.
 */
function sentenceWindows<T extends { start: number; end: number }>(spans: T[], max: number): T[][] {
  const windows: T[][] = [];
  let current: T[] = [];
  for (const span of spans) {
    const first = current[0];
    if (first && span.end - first.start > max) {
      windows.push(current);
      const carried = current[current.length - 1]!;
      current = current.length > 1 && span.end - carried.start <= max ? [carried] : [];
    }
    current.push(span);
  }
  if (current.length > 0) windows.push(current);
  return windows;
}
