/**
 * Picks the quote: the window of one to three consecutive sentences of a passage that covers the
 * question best, at most MAX_QUOTE_LENGTH characters, always a verbatim slice of the article.
 */
export const MAX_QUOTE_LENGTH = 400;
export const MAX_QUOTE_SENTENCES = 3;
/** Each extra sentence must earn its place: a longer window wins only by more than this. */
const EXTRA_SENTENCE_PENALTY = 0.03;

export interface SentenceSpanIn {
  start: number;
  end: number;
  /** Coverage contribution: which concept indices the sentence matches, with their degree. */
  degrees: Float32Array;
}

export interface QuoteWindow {
  start: number;
  end: number;
  coverage: number;
}

/**
 * @param sentences spans in article offsets, in order
 * @param weights concept weights (sum normalises coverage)
 */
export function bestWindow(sentences: SentenceSpanIn[], weights: Float32Array): QuoteWindow | null {
  let total = 0;
  for (const w of weights) total += w;
  let best: QuoteWindow | null = null;
  let bestScore = -1;
  for (let i = 0; i < sentences.length; i++) {
    const acc = new Float32Array(weights.length);
    for (let j = i; j < Math.min(sentences.length, i + MAX_QUOTE_SENTENCES); j++) {
      const s = sentences[j]!;
      if (j > i && s.end - sentences[i]!.start > MAX_QUOTE_LENGTH) break;
      let covered = 0;
      for (let c = 0; c < weights.length; c++) {
        acc[c] = Math.max(acc[c]!, s.degrees[c]!);
        covered += acc[c]! * weights[c]!;
      }
      const coverage = total > 0 ? covered / total : 0;
      const score = coverage - EXTRA_SENTENCE_PENALTY * (j - i);
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = { start: sentences[i]!.start, end: s.end, coverage };
      }
    }
  }
  return best;
}

/** Cuts an over-long single sentence on a word boundary; the result stays a verbatim prefix. */
export function clampQuote(text: string, start: number, end: number): { start: number; end: number } {
  if (end - start <= MAX_QUOTE_LENGTH) return { start, end };
  const slice = text.slice(start, start + MAX_QUOTE_LENGTH);
  const space = slice.lastIndexOf(" ");
  return { start, end: start + (space > MAX_QUOTE_LENGTH / 2 ? space : MAX_QUOTE_LENGTH) };
}
