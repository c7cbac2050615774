/**
 * Answerable questions that no passage can answer. The engine quotes passages only: a photo caption or a headline is
 * none (issue #2: captions and credits are never quoted as facts), so a question whose expected answer stands only
 * there is a miss whatever the ranking does. `npm run eval` names such questions; the sets over the seed corpus hold
 * none (test/eval/reachable.test.ts).
 */
import type { Engine } from "../search/engine.js";
import type { EvalCase, ResultView } from "./cases.js";

/** A passage of the engine's corpus as a result would show it, the whole passage as its quote. */
export function passageView(engine: Engine, id: number): ResultView {
  const p = engine.index.passages[id]!;
  return { file: engine.index.articleById.get(p.articleId)?.file ?? "", passage: p.text, passageStart: p.start, quote: p.text, alsoIn: [] };
}

/** Every passage of the engine's corpus as a result would show it ({@link passageView}). */
export function passageViews(engine: Engine): ResultView[] {
  return engine.index.passages.map((_, id) => passageView(engine, id));
}

/** The answerable cases that no passage of the corpus hits. */
export function unreachableCases(cases: readonly EvalCase[], views: readonly ResultView[]): EvalCase[] {
  return cases.filter((c) => c.answerable && !views.some((v) => c.hit!(v)));
}
