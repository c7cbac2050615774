/**
 * Picks the quote: the window of one to three consecutive sentences of a passage that covers the
 * question best, at most MAX_QUOTE_LENGTH characters, always a verbatim slice of the article.
 *
 * Given the article text, the window is also one a reader can trust:
 * - it never starts inside a quotation opened in an earlier sentence („ … “, ‚ … ‘, " … ", » … «): it widens back
 *   to the sentence where the quotation opens;
 * - it never starts with a pronoun or demonstrative whose referent is the sentence before (Er, Sie, Es, Ihm, Ihr,
 *   Dies, Dieser, Diese, Dieses, Diesem, Diesen, "Das teilte … mit", "Dem widersprach …", "Der 80-Jährige"): it widens
 *   back by that sentence when the passage holds it (a passage of a long paragraph repeats the sentence before it when
 *   it fits);
 * - its quotation marks are balanced: it widens forward to the closing mark;
 * - it does not start with a doubled opening mark ("„„Wenn" is quoted from the second „);
 * - the answer-bearing sentence (the one of the best window that covers the question best) stays in it;
 * - it holds the kind of answer asked for (a time, a number) when a sentence of the passage does (`required`): the
 *   answer-bearing sentence is then that of the best window that holds it.
 * Widening stays within the limits above. When no such window keeps every rule, the window that keeps the
 * answer-bearing sentence and breaks the lightest rules (PROBLEM_WEIGHT) without starting inside a quotation is taken
 * (the quote shown may widen further back, quoteExtend.ts); failing that, the passage's best window that keeps every
 * rule; failing that, the least broken one, preferring one that is not inside a quotation and keeps the answer-bearing
 * sentence.
 */
import { PROBLEM_WEIGHT, problemsAt, type QuoteProblem, quotationsOpenAt, scanQuotations, skipDoubledOpeningMark } from "./quoteRules.js";

/**
 * Longest quote in characters; a single longer sentence is cut on a word boundary (clampQuote). The sentences around
 * the window fill it (quoteExtend.ts): the longer, the more often the fact asked for is in the quote (tune splits,
 * quote hit@1 of ~1,480 answerable questions: 1,260 at 500, 1,280 at 550, 1,288 at 600, 1,300 at 700; hit@k alike).
 * 600, a few lines in Discord, is where a quote still reads as a quote (the answer shows whole result blocks while they
 * fit its embed: render/discord/answer.ts `blocksWithin`).
 */
export const MAX_QUOTE_LENGTH = 600;
/**
 * Longest window the question's coverage is measured on (ranking and the choice of the quote's sentences); the
 * sentences after it may then extend the quote up to MAX_QUOTE_LENGTH (the answer often follows the matching one).
 */
export const MAX_WINDOW_LENGTH = 400;
/** Most sentences in a quote window (the part measured against the question). */
export const MAX_QUOTE_SENTENCES = 3;
/**
 * Most sentences in a quote once the sentences after its window joined it (still within MAX_QUOTE_LENGTH): short
 * sentences that follow often hold the fact asked for (tune splits: quote hit@1 +2 to +3 questions on the own, fresh
 * and XQuAD sets against 3).
 */
export const MAX_QUOTE_SENTENCES_FOLLOWED = 5;
/** Each extra sentence must earn its place: a longer window wins only by more than this. */
const EXTRA_SENTENCE_PENALTY = 0.03;
/**
 * When an over-long single sentence is cut, the cut moves back before a quotation it would leave open, unless
 * less than this share of MAX_QUOTE_LENGTH would remain.
 */
export const MIN_BALANCED_CUT_SHARE = 0.25;

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


interface Candidate {
  /** First and last sentence index. */
  i: number;
  j: number;
  coverage: number;
  score: number;
}

/**
 * @param sentences spans in article offsets, in order
 * @param weights concept weights (sum normalises coverage)
 * @param text the article text the spans point into; when given, the window obeys the rules above
 * @param required concepts (by index) the window holds when some sentence of the passage holds them: the kind of
 *   answer asked for ("Wie lange …": a duration). Only with `text`; the window is chosen among those that hold them
 *   (all, when none can), by the rules above. quoteExtend.ts `shownWindow` keeps the quote chosen without them when
 *   this one, widened, breaks more rules.
 */
export function bestWindow(sentences: readonly SentenceSpanIn[], weights: Float32Array, text?: string, required?: readonly boolean[]): QuoteWindow | null {
  if (text === undefined) return highestWindow(sentences, weights);
  const all = windows(sentences, weights);
  const holding = holdingRequired(all, sentences, required);
  const candidates = holding.length > 0 ? holding : all;
  const best = highest(candidates);
  if (!best) return null;
  const answerAt = answerSentence(sentences, weights, best);
  const openAt = quotationsOpenAt(text, sentences);
  const problems = new Map<Candidate, QuoteProblem[]>();
  const problemsOf = (c: Candidate) => {
    let p = problems.get(c);
    if (!p) {
      // A referent before the passage is out of reach (passages repeat the sentence before them when it fits).
      p = problemsAt(text, sentences[c.i]!.start, sentences[c.j]!.end, openAt[c.i]!, c.i > 0);
      problems.set(c, p);
    }
    return p;
  };
  const keepsAnswer = candidates.filter((c) => c.i <= answerAt && answerAt <= c.j);
  const useful = candidates.filter((c) => c.coverage > 0);
  const trusted = (c: Candidate) => problemsOf(c).length === 0;
  const attributed = (c: Candidate) => !problemsOf(c).includes("starts_inside_quotation");
  const chosen =
    highest(keepsAnswer.filter(trusted)) ??
    leastBroken(keepsAnswer.filter(attributed), problemsOf) ??
    highest(useful.filter(trusted)) ??
    leastBroken(useful.filter(attributed), problemsOf) ??
    leastBroken(keepsAnswer, problemsOf)!;
  const window = toWindow(sentences, chosen);
  return { ...window, start: skipDoubledOpeningMark(text, window.start, window.end) };
}

/** The `required` concepts (by index) that some sentence holds: those a window must hold (see {@link bestWindow}). */
export function heldRequired(sentences: readonly SentenceSpanIn[], required: readonly boolean[]): number[] {
  return required.flatMap((r, c) => (r && sentences.some((s) => s.degrees[c]! > 0) ? [c] : []));
}

/** The windows that hold every `required` concept some sentence holds; none when nothing is required or held, or none can. */
function holdingRequired(all: Candidate[], sentences: readonly SentenceSpanIn[], required: readonly boolean[] | undefined): Candidate[] {
  if (required === undefined) return [];
  const needed = heldRequired(sentences, required);
  if (needed.length === 0) return [];
  const holds = (w: Candidate, c: number) => {
    for (let k = w.i; k <= w.j; k++) if (sentences[k]!.degrees[c]! > 0) return true;
    return false;
  };
  return all.filter((w) => needed.every((c) => holds(w, c)));
}

/**
 * Visits every window of one to MAX_QUOTE_SENTENCES sentences within MAX_WINDOW_LENGTH (a single sentence always
 * counts), first sentence by first sentence, shorter before longer; one buffer of concept degrees for all of them.
 */
function visitWindows(sentences: readonly SentenceSpanIn[], weights: Float32Array, visit: (i: number, j: number, coverage: number, score: number) => void): void {
  let total = 0;
  for (const w of weights) total += w;
  const acc = new Float32Array(weights.length);
  for (let i = 0; i < sentences.length; i++) {
    acc.fill(0);
    for (let j = i; j < Math.min(sentences.length, i + MAX_QUOTE_SENTENCES); j++) {
      const s = sentences[j]!;
      if (j > i && s.end - sentences[i]!.start > MAX_WINDOW_LENGTH) break;
      let covered = 0;
      for (let c = 0; c < weights.length; c++) {
        acc[c] = Math.max(acc[c]!, s.degrees[c]!);
        covered += acc[c]! * weights[c]!;
      }
      const coverage = total > 0 ? covered / total : 0;
      visit(i, j, coverage, coverage - EXTRA_SENTENCE_PENALTY * (j - i));
    }
  }
}

/** Every window, in the order {@link visitWindows} visits them. */
function windows(sentences: readonly SentenceSpanIn[], weights: Float32Array): Candidate[] {
  const out: Candidate[] = [];
  visitWindows(sentences, weights, (i, j, coverage, score) => out.push({ i, j, coverage, score }));
  return out;
}

/** {@link highest} of {@link windows}, without a list of them (re-ranking measures every candidate passage). */
function highestWindow(sentences: readonly SentenceSpanIn[], weights: Float32Array): QuoteWindow | null {
  let best: Candidate | undefined;
  visitWindows(sentences, weights, (i, j, coverage, score) => {
    if (!best) best = { i, j, coverage, score };
    else if (beats(score, best)) {
      best.i = i;
      best.j = j;
      best.coverage = coverage;
      best.score = score;
    }
  });
  return best ? toWindow(sentences, best) : null;
}

/** The best-scoring window; the earliest among equals. */
function highest(candidates: Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) if (!best || beats(c.score, best)) best = c;
  return best;
}

/** Whether a window scoring `score` replaces `best`: by more than rounding, so the earliest of equals stays. */
function beats(score: number, best: Candidate): boolean {
  return score > best.score + 1e-9;
}

/** Lightest broken rules first (PROBLEM_WEIGHT), then the best score; undefined when there is no candidate. */
function leastBroken(candidates: Candidate[], problemsOf: (c: Candidate) => QuoteProblem[]): Candidate | undefined {
  const weight = (c: Candidate) => problemsOf(c).reduce((sum, p) => sum + PROBLEM_WEIGHT[p], 0);
  let best: Candidate | undefined;
  for (const c of candidates) {
    if (!best) best = c;
    const [n, m] = [weight(c), weight(best)];
    if (n < m || (n === m && c.score > best.score + 1e-9)) best = c;
  }
  return best;
}

function toWindow(sentences: readonly SentenceSpanIn[], c: Candidate): QuoteWindow {
  return { start: sentences[c.i]!.start, end: sentences[c.j]!.end, coverage: c.coverage };
}

/** Index of the sentence of `window` that covers the question best on its own (the earliest among equals). */
function answerSentence(sentences: readonly SentenceSpanIn[], weights: Float32Array, window: Candidate): number {
  let best = window.i;
  let bestCovered = -1;
  for (let k = window.i; k <= window.j; k++) {
    let covered = 0;
    for (let c = 0; c < weights.length; c++) covered += sentences[k]!.degrees[c]! * weights[c]!;
    if (covered > bestCovered + 1e-9) {
      bestCovered = covered;
      best = k;
    }
  }
  return best;
}


/**
 * Cuts an over-long single sentence (over `max` characters) on a word boundary; the result stays a verbatim prefix. The cut moves back
 * before a quotation it would leave open when enough remains (MIN_BALANCED_CUT_SHARE). A doubled opening mark at
 * the start is skipped.
 */
export function clampQuote(text: string, start: number, end: number, max = MAX_QUOTE_LENGTH): { start: number; end: number } {
  const from = skipDoubledOpeningMark(text, start, end);
  if (end - from <= max) return { start: from, end };
  const slice = text.slice(from, from + max);
  const space = slice.lastIndexOf(" ");
  let cut = from + (space > max / 2 ? space : max);
  const open = scanQuotations(text, from, cut).open;
  if (open.length > 0) {
    const opener = text.lastIndexOf(open[0]!, cut - 1);
    const before = opener > from ? text.lastIndexOf(" ", opener) : -1;
    if (before > from && before - from >= MIN_BALANCED_CUT_SHARE * max) cut = trimEnd(text, from, before);
  }
  return { start: from, end: cut };
}

function trimEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && /\s/.test(text[e - 1]!)) e--;
  return e;
}
