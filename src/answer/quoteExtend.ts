/**
 * A quote grows beyond its window (quote.ts `bestWindow`): a window that opens with a word referring back first takes
 * the sentence that names its referent, then the sentences after it join it, then the sentences before it; when the
 * sentence after the quote does not fit, the quote may slide forward by one sentence. All within
 * MAX_QUOTE_LENGTH, breaking no rule the window keeps (quoteRules.ts).
 */
import { bestWindow, heldRequired, MAX_QUOTE_LENGTH, MAX_QUOTE_SENTENCES_FOLLOWED, type QuoteWindow, type SentenceSpanIn } from "./quote.js";
import { PROBLEM_WEIGHT, quoteProblems } from "./quoteRules.js";

/** Which widenings a quote gets (RankingConfig `quoteFollowing`, `quoteSlide`, `quotePreceding`). */
export interface Widening {
  following: boolean;
  slide: boolean;
  preceding: boolean;
}

/**
 * The quote of a result shown: the best trustworthy window (quote.ts `bestWindow`), started at the sentence that names
 * the referent of a word opening it ("Er", with `preceding`), continued by the sentences after it (sliding forward
 * when the next one does not fit) and then before it when they fit. With `required` (the kind of
 * answer the question asks for), the window that holds it, unless the widened quote then breaks rules the one without
 * it keeps (quoteRules.ts, by PROBLEM_WEIGHT): a time in a sentence that opens with "Er" out of reach of its referent, or
 * inside a long quotation, does not cost the reader the speaker.
 */
export function shownWindow(sentences: readonly SentenceSpanIn[], weights: Float32Array, text: string, widening: Widening, required?: readonly boolean[]): QuoteWindow | null {
  const plain = widened(bestWindow(sentences, weights, text), sentences, text, widening);
  // No sentence holds the kind asked for: the typed window would be the plain one, chosen again.
  if (required === undefined || plain === null || heldRequired(sentences, required).length === 0) return plain;
  const typed = widened(bestWindow(sentences, weights, text, required), sentences, text, widening);
  return typed !== null && problemWeight(text, typed) <= problemWeight(text, plain) ? typed : plain;
}

function widened(found: QuoteWindow | null, sentences: readonly SentenceSpanIn[], text: string, widening: Widening): QuoteWindow | null {
  if (found === null) return null;
  const window = widening.preceding ? withAnaphorResolved(found, sentences, text) : found;
  const followed = widening.following ? withFollowingSentences(window, sentences, text) : window;
  const slid = widening.following && widening.slide ? slidForward(window, followed, sentences, text) : followed;
  return widening.preceding ? withPrecedingSentences(slid, sentences, text) : slid;
}

/**
 * A window that opens with a word referring back ("Er", "Dies …") to a sentence before it in its paragraph starts at
 * the nearest earlier sentence that resolves it, when the quote then fits MAX_QUOTE_LENGTH and breaks no other rule:
 * before the sentences after it take the room (quoteRules.ts `unresolved_anaphor`). Else it is returned as it is.
 */
export function withAnaphorResolved(window: QuoteWindow, sentences: ReadonlyArray<{ start: number; end: number }>, text: string): QuoteWindow {
  const problems = quoteProblems(text, window.start, window.end);
  if (!problems.includes("unresolved_anaphor")) return window;
  const first = sentences.findIndex((s) => s.start === window.start);
  for (let k = first - 1; k >= 0; k--) {
    const previous = sentences[k]!;
    if (window.end - previous.start > MAX_QUOTE_LENGTH) break;
    const now = quoteProblems(text, previous.start, window.end);
    if (!now.includes("unresolved_anaphor") && now.every((p) => problems.includes(p))) return { ...window, start: previous.start };
  }
  return window;
}

/**
 * The sentences after `window` join it: the longest run of them that fits (MAX_QUOTE_LENGTH,
 * MAX_QUOTE_SENTENCES_FOLLOWED) and breaks no rule the window keeps. The sentence that matches a question's words
 * often only sets the scene ("Kellogg dürfte dabei keine Rolle mehr spielen."), and the fact asked for follows it
 * ("Der 80-Jährige werde …"). `sentences` are the passage's, in article offsets; a window that does not end on one
 * of them is returned as it is.
 */
export function withFollowingSentences(window: QuoteWindow, sentences: ReadonlyArray<{ start: number; end: number }>, text: string): QuoteWindow {
  const first = sentences.findIndex((s) => s.start <= window.start && window.start < s.end);
  const last = sentences.findIndex((s) => s.end === window.end);
  if (first < 0 || last < 0) return window;
  const broken = (end: number) => quoteProblems(text, window.start, end).length;
  const allowed = broken(window.end);
  let end = window.end;
  // The longest run of following sentences that fits and breaks no more rules: a quotation split into sentences
  // ("„Wir kennen uns gut. Er ist …“, sagt er") is open after its first sentence and closed after the next.
  for (let k = last + 1; k < sentences.length && k - first < MAX_QUOTE_SENTENCES_FOLLOWED; k++) {
    const next = sentences[k]!;
    if (next.end - window.start > MAX_QUOTE_LENGTH) break;
    if (broken(next.end) <= allowed) end = next.end;
  }
  return { ...window, end };
}

/**
 * The sentences before `window` join it, nearest first, while the quote stays within MAX_QUOTE_LENGTH and breaks no
 * rule it keeps: with the room the sentences after it left, the quote shows the paragraph around the matching
 * sentence (the subject a question paraphrases is often named in the sentence before: "Ihre lokalen Rivalen, Polonia
 * Warschau, …" before "Dennoch gelang es ihnen, …"). Only length bounds them (a paragraph of short sentences fits
 * whole). `sentences` are the passage's, in article offsets; a window that does not start on one of them is
 * returned as it is.
 */
export function withPrecedingSentences(window: QuoteWindow, sentences: ReadonlyArray<{ start: number; end: number }>, text: string): QuoteWindow {
  const first = sentences.findIndex((s) => s.start === window.start);
  if (first < 0) return window;
  const allowed = quoteProblems(text, window.start, window.end).length;
  let start = window.start;
  for (let k = first - 1; k >= 0; k--) {
    const previous = sentences[k]!;
    if (window.end - previous.start > MAX_QUOTE_LENGTH) break;
    if (quoteProblems(text, previous.start, window.end).length <= allowed) start = previous.start;
  }
  return { ...window, start };
}

/**
 * When the sentence after `followed` (the window with the sentences after it) does not fit, the window's first sentence
 * may give way to it: the window without its first sentence, continued again by the sentences after it, is taken when
 * it reaches further, breaks no heavier quote rules than `followed` (PROBLEM_WEIGHT), and holds every concept of the
 * question at least at the degree `followed` held it (the sentence given up named nothing the rest does not). The
 * answer often follows the sentences that match the question; a sentence that only repeats their words is worth less.
 * `sentences` are the passage's, in article offsets, with the degrees of the question's concepts.
 */
export function slidForward(window: QuoteWindow, followed: QuoteWindow, sentences: readonly SentenceSpanIn[], text: string): QuoteWindow {
  const first = sentences.findIndex((s) => s.start <= window.start && window.start < s.end);
  const last = sentences.findIndex((s) => s.end === window.end);
  const next = sentences.find((s) => s.start >= followed.end);
  if (first < 0 || last <= first || next === undefined || next.end - followed.start <= MAX_QUOTE_LENGTH) return followed;
  const again = withFollowingSentences({ ...window, start: sentences[first + 1]!.start }, sentences, text);
  if (again.end <= followed.end || problemWeight(text, again) > problemWeight(text, followed)) return followed;
  const [kept, given] = [bestDegrees(sentences, again), bestDegrees(sentences, followed)];
  return given.every((d, i) => kept[i]! >= d) ? again : followed;
}

function problemWeight(text: string, span: { start: number; end: number }): number {
  return quoteProblems(text, span.start, span.end).reduce((sum, p) => sum + PROBLEM_WEIGHT[p], 0);
}

/** Each concept at its best degree among the sentences within `span`. */
function bestDegrees(sentences: readonly SentenceSpanIn[], span: { start: number; end: number }): Float32Array {
  const best = new Float32Array(sentences[0]?.degrees.length ?? 0);
  for (const s of sentences) {
    if (s.start < span.start || s.end > span.end) continue;
    for (let i = 0; i < best.length; i++) best[i] = Math.max(best[i]!, s.degrees[i]!);
  }
  return best;
}
