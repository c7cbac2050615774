/** Builds the Core from a corpus folder: engine (index), actors and their matcher, cached timelines. */
import { answer } from "../answer/answer.js";
import { type CorpusProfile, describeCorpus } from "../corpus/profile.js";
import { cleanText, truncate } from "../analysis/normalize.js";
import { dataFilePath } from "../config/paths.js";
import type { LoadedEngine } from "../search/engine.js";
import { createEngine } from "../search/engine.js";
import { articleChoices, findSource } from "../source/findSource.js";
import { compileActorMatcher } from "../timeline/actorMatch.js";
import { ACTORS_FILE, type Actor, loadActors } from "../timeline/actorsFile.js";
import { buildTimeline } from "../timeline/buildTimeline.js";
import type { Timeline, TimelineResult } from "../timeline/types.js";
import type { Core } from "./core.js";

/** Timelines kept per actor; they only change when the corpus is reloaded (a new Core). */
const TIMELINE_CACHE = 64;

export async function loadCore(corpusDir: string, build: (dir: string) => Promise<LoadedEngine> = createEngine): Promise<LoadedCore> {
  const engine = await build(corpusDir);
  const loaded = loadActors(dataFilePath(corpusDir, ACTORS_FILE));
  const actors: Actor[] = loaded.ok ? loaded.actors : [];
  return coreOf(engine, actors, loaded.ok ? [] : [loaded.error]);
}

/** A core as loaded: with the actors file's problems, and what the corpus covers (computed once, on first use). */
export type LoadedCore = Core & { actorProblems: string[]; profile(): CorpusProfile };

export function coreOf(engine: LoadedEngine, actors: Actor[], actorProblems: string[] = []): LoadedCore {
  const matcher = compileActorMatcher(actors);
  const timelines = new Map<string, Timeline>();
  const articles = engine.index.articles;
  let profile: CorpusProfile | undefined;
  const describe = () => {
    profile ??= describeCorpus(articles, actors, (q) => !answer(engine, q).abstained);
    return profile;
  };
  return {
    engine,
    actorProblems,
    profile: describe,
    ask(question) {
      const result = answer(engine, question);
      // An abstention says what the corpus does cover (computed once per corpus, on the first abstention).
      return result.abstained && result.reason !== "empty" ? { ...result, corpus: describe() } : result;
    },
    timeline(query): TimelineResult {
      const cleaned = truncate(cleanText(String(query ?? "")), 200);
      const resolved = matcher.resolve(cleaned);
      if (!resolved.ok) {
        return {
          ok: false,
          error: {
            code: resolved.code,
            message: resolved.code === "empty" ? "timeline: no actor given" : `timeline: unknown actor "${truncate(cleaned, 80)}"`,
            suggestions: resolved.suggestions,
          },
        };
      }
      let timeline = timelines.get(resolved.actor.id);
      if (!timeline) {
        timeline = buildTimeline(engine.index, matcher, resolved.actor);
        if (timelines.size >= TIMELINE_CACHE) timelines.delete(timelines.keys().next().value!);
        timelines.set(resolved.actor.id, timeline);
      }
      return { ok: true, timeline };
    },
    source: (idOrFile) => findSource(articles, idOrFile),
    actorChoices: (prefix) => matcher.choices(truncate(cleanText(String(prefix ?? "")), 100)).map((c) => ({ name: truncate(c.name, 100), value: c.id })),
    articleChoices: (query) => articleChoices(articles, query),
  };
}
