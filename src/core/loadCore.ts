/** Builds the Core from a corpus folder: engine (index), actors and their matcher, cached timelines. */
import { answer } from "../answer/answer.js";
import { cleanText, truncate } from "../analysis/normalize.js";
import { dataFilePath } from "../config/paths.js";
import { formatProblem } from "../corpus/loadCorpus.js";
import type { LoadedEngine } from "../search/engine.js";
import { createEngine } from "../search/engine.js";
import { articleChoices, findSource } from "../source/findSource.js";
import { compileActorMatcher } from "../timeline/actorMatch.js";
import { ACTORS_FILE, type Actor, loadActors } from "../timeline/actorsFile.js";
import { buildTimeline } from "../timeline/buildTimeline.js";
import type { Timeline, TimelineResult } from "../timeline/types.js";
import type { Core } from "./core.js";
import { type CorpusFolder, scanCorpusFolder } from "./corpusFolder.js";

/** Timelines kept per actor; they only change when the corpus is reloaded (a new Core). */
const TIMELINE_CACHE = 64;

/** A core as loaded from a folder, with everything that went wrong on the way. */
export interface LoadedCore extends Core {
  /** actors.json problems (the timeline then knows nobody). */
  actorProblems: string[];
  /** Data files of the folder itself, skipped entries, data files over the size cap. */
  folder: CorpusFolder;
}

/** Throws a one-line message when the folder is missing or unreadable; every other problem is listed in the result. */
export async function loadCore(corpusDir: string, build: (dir: string) => Promise<LoadedEngine> = createEngine): Promise<LoadedCore> {
  const folder = await scanCorpusFolder(corpusDir);
  const engine = await build(corpusDir);
  const loaded = loadActors(dataFilePath(corpusDir, ACTORS_FILE));
  const actors: Actor[] = loaded.ok ? loaded.actors : [];
  return { ...coreOf(engine, actors, loaded.ok ? [] : [loaded.error]), folder };
}

/** Every problem of a loaded core, one line each: skipped entries, bad articles, data files. */
export function describeCoreProblems(core: LoadedCore): string[] {
  return [...core.folder.problems.map(formatProblem), ...core.engine.corpusProblems.map(formatProblem), ...core.engine.lexiconProblems, ...core.actorProblems];
}

/** "corpus: /x: no articles: the folder holds no *.txt files" when nothing loaded; undefined otherwise. */
export function emptyCorpusProblem(core: LoadedCore): string | undefined {
  if (core.engine.index.articles.length > 0) return undefined;
  const { dir, articleFiles } = core.folder;
  return articleFiles === 0
    ? `corpus: ${dir}: no articles: the folder holds no *.txt files`
    : `corpus: ${dir}: no articles: none of its ${articleFiles} *.txt files loaded (see the problems above)`;
}

export function coreOf(engine: LoadedEngine, actors: Actor[], actorProblems: string[] = []): Core & { actorProblems: string[] } {
  const matcher = compileActorMatcher(actors);
  const timelines = new Map<string, Timeline>();
  const articles = engine.index.articles;
  return {
    engine,
    actorProblems,
    ask: (question) => answer(engine, question),
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
