/**
 * The passage that holds what the question asks for, of the first result's article or another's. A news article's
 * lead names the people, the place and the event of the question and so ranks first, though a later paragraph of the
 * same article holds the number, the time or the person asked for ("Wie viele Einwohner hat Anchorage, die Stadt des
 * Trump-Putin-Gipfels?": the lead names the summit, the fourth paragraph "rund 290.000 Einwohner"); only the passage
 * shown first changes. Failing that, a passage of another article that holds it and scores nearly as well
 * (`otherShare`) is shown first, and that article answers: another report's lead named the call, this one "etwa 20
 * Minuten".
 */
import type { PassageIndex } from "../search/passageIndex.js";
import { lacksAnswerType } from "./evidence.js";
import { isLead } from "./features.js";

interface Candidate {
  id: number;
  score: number;
  window: { start: number; end: number } | null;
  /** Sentences with the degrees the answer types are looked for in (answer.ts `anyNumberSentences`). */
  anyNumberSentences: ReadonlyArray<{ start: number; end: number; degrees: Float32Array }>;
}

/**
 * Moves to the front the best-ranked candidate of the first one's article whose quote window holds every answer type
 * asked for, when the first one's window lacks one and that candidate scores at least `share` of the first's (0: off;
 * `leadShare` when the first one is its article's lead);
 * when the article has none, the best-ranked such candidate of any article that scores at least `otherShare` of it.
 * The moved candidate takes the first's score, so that what follows is still measured against the best (the public
 * results' 70 % rule; duplicates.ts does the same for a merged group). Returns `ranked` itself, reordered in place.
 *
 * As the abstention features do, it looks at the ranking's quote window (not the wider quote shown, which adds the
 * following sentences), and any number counts for a count question (`anyNumberSentences`).
 */
export function answerTypeFirst<C extends Candidate>(index: PassageIndex, ranked: C[], answerTypes: readonly boolean[], share: number, otherShare = 0, leadShare = share): C[] {
  const first = ranked[0];
  if (share <= 0 || !first || !lacksAnswerType(answerTypes, first.anyNumberSentences, first.window)) return ranked;
  const article = index.passages[first.id]!.articleId;
  const holds = (r: C) => !lacksAnswerType(answerTypes, r.anyNumberSentences, r.window);
  const own = isLead(index, first.id) ? leadShare : share;
  let k = ranked.findIndex((r) => r.score >= first.score * own && index.passages[r.id]!.articleId === article && holds(r));
  if (k <= 0 && otherShare > 0) k = ranked.findIndex((r) => r.score >= first.score * otherShare && holds(r));
  if (k > 0) ranked.unshift({ ...ranked.splice(k, 1)[0]!, score: first.score });
  return ranked;
}
