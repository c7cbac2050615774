/** Builds the Core from a corpus folder: engine (index), actors and their matcher, cached timelines. */
import { answer } from "../answer/answer.js";
import { type CorpusProfile, withExamples } from "../corpus/profile.js";
import { cleanText } from "../analysis/normalize.js";
import { MAX_CHOICE_NAME } from "../util/discordLimits.js";
import { clip } from "../util/text.js";
import { MAX_PLAUSIBLE_YEAR, MIN_PLAUSIBLE_YEAR } from "../util/isoDates.js";
import { dataFilePath } from "../config/paths.js";
import { createEngine, type EngineOptions, type LoadedEngine } from "../search/engine.js";
import { createArticleLookup } from "../source/articleLookup.js";
import { type ActorMatcher, compileActorMatcher } from "../timeline/actorMatch.js";
import { ACTORS_FILE, type Actor, loadActors } from "../timeline/actorsFile.js";
import { buildTimeline, buildTimelines } from "../timeline/buildTimeline.js";
import { isPeriod, narrowTimeline } from "../timeline/narrowTimeline.js";
import type { ShardedBuildOptions } from "../search/shardedBuild.js";
import { BUILD_SHARDS, DISCOVERY_THREAD_MAX_ARTICLES, DISCOVERY_THREAD_MIN_ARTICLES, TIMELINE_PREBUILD_BATCH } from "./servingLimits.js";
import { withinDeadline } from "./withinDeadline.js";
import { profileEnglish } from "./profileEnglish.js";
import type { Answer } from "../answer/types.js";
import { DISCOVERED_ACTORS, discoveredParts } from "./discoveredParts.js";
import type { Discovery } from "./discovery.js";
import { type DiscoveryThread, startDiscoveryThread } from "./discoveryThread.js";
import type { LookupError, Timeline, TimelineQuery, TimelineResult } from "../timeline/types.js";
import type { Core } from "./core.js";
import { type CorpusFolder, scanCorpusFolder } from "./corpusFolder.js";
import { type CoreSummary, summarize, summaryEmptyProblem, summaryProblems } from "./summary.js";

/** Timelines kept per actor; they only change when the corpus is reloaded (a new Core). */
const TIMELINE_CACHE = 32;

/** A core as loaded from a folder, with everything that went wrong on the way. */
export interface LoadedCore extends Core {
  /** The index behind the core (the reload compares engines; the CLI and the bot use only `Core`). */
  readonly engine: LoadedEngine;
  /** actors.json problems (the timeline then knows nobody). */
  actorProblems: string[];
  /** Data files of the folder itself, skipped entries, data files that are links to nothing readable. */
  folder: CorpusFolder;
  /**
   * Builds the timelines of the actors (curated first) until about `deadline` (a performance.now() value: the last
   * batch may overrun it by about one actor's build); they are kept for this corpus, beside the
   * {@link TIMELINE_CACHE} built on demand. Returns how many were built.
   */
  prebuildTimelines(deadline: number): number;
  /** Files, counts and problems: what a reload is judged on. */
  readonly summary: CoreSummary;
  /**
   * For a batch of questions on a core that discovers on demand, at a corpus large enough for a thread to pay: how
   * to answer without waiting when an abstention's corpus profile would first have to discover the actors (cli/ask.ts
   * answers the next questions meanwhile and holds the abstentions). Undefined when the profile needs no discovery.
   */
  profileAhead(): ProfileAhead | undefined;
}

/** Answers while a corpus profile is discovered in a worker thread ({@link LoadedCore.profileAhead}). */
export interface ProfileAhead {
  /** `ask` without the profile an abstention carries: it never discovers anything. */
  answer(question: string): Answer;
  /**
   * Starts the discovery thread (once); resolves when `ask` no longer discovers anything for a profile, also when the
   * thread failed (`ask` then discovers on this thread, as without one).
   */
  start(): Promise<void>;
}

/** Whether `Core.ask` gives this answer the corpus profile (an abstention on a question that was not empty). */
export function needsProfile(answer: Answer): boolean {
  return answer.abstained && answer.reason !== "empty";
}

/** What {@link loadCore} passes to the engine build: `createEngine`'s hooks. */
export type BuildHooks = Pick<EngineOptions, "onReadingCorpus" | "onArticles" | "beforeSave" | "shards">;

/**
 * When the actors (and the corpus facts of the profile, counted in the same pass) are discovered, unless the cache
 * beside the snapshot holds them: `"at-load"` while the index is built (in a thread for a large corpus) or right
 * after it is loaded; `"on-demand"` when something first needs them (a timeline, actor autocomplete, the
 * profile of an abstention), then cached.
 */
export type DiscoveryTiming = "at-load" | "on-demand";

export interface LoadCoreOptions {
  /**
   * Default `"at-load"`: the bot needs the actors before it is ready (timelines are prebuilt). A CLI that answers
   * questions often never needs them: `"on-demand"` spares its cold start the pass (20,000 articles: ~5 s of CPU on
   * the other core, which the build's two threads would otherwise share with it).
   */
  discovery?: DiscoveryTiming;
  /** Built corpora of at least this many articles discover their actors in a worker thread (default {@link DISCOVERY_THREAD_MIN_ARTICLES}). */
  discoveryThreadFrom?: number;
  /** … and of at most this many (default {@link DISCOVERY_THREAD_MAX_ARTICLES}): larger ones discover after the build, on this thread. */
  discoveryThreadUpTo?: number;
  /** Starts the discovery thread (tests observe it). */
  startDiscovery?: () => DiscoveryThread;
  /** How an index without a snapshot is built on two threads (default {@link BUILD_SHARDS}). */
  buildShards?: ShardedBuildOptions;
}

/** Throws a one-line message when the folder is missing or unreadable; every other problem is listed in the result. */
export async function loadCore(
  corpusDir: string,
  build: (dir: string, hooks: BuildHooks) => Promise<LoadedEngine> = createEngine,
  options: LoadCoreOptions = {},
): Promise<LoadedCore> {
  const {
    discoveryThreadFrom = DISCOVERY_THREAD_MIN_ARTICLES,
    discoveryThreadUpTo = DISCOVERY_THREAD_MAX_ARTICLES,
    startDiscovery = startDiscoveryThread,
    buildShards = BUILD_SHARDS,
    discovery: timing = "at-load",
  } = options;
  const threadFor = (articles: number) => timing === "at-load" && articles >= discoveryThreadFrom && articles <= discoveryThreadUpTo;
  const folder = await scanCorpusFolder(corpusDir);
  const loaded = loadActors(dataFilePath(corpusDir, ACTORS_FILE));
  const actors: Actor[] = loaded.ok ? loaded.actors : [];
  const actorProblems = loaded.ok ? [] : [loaded.error];
  // A large corpus that is built, not loaded, has its actors discovered on the other core while the index is built.
  // The thread starts when the files are about to be read (it boots meanwhile) and is stopped if it is not needed.
  let discovery: Promise<Discovery | null> | undefined;
  let started: DiscoveryThread | undefined;
  const engine = await build(corpusDir, {
    shards: buildShards,
    onReadingCorpus() {
      if (threadFor(folder.articleFiles)) started ??= startDiscovery();
    },
    onArticles(articles, { lexicon, derived }) {
      if (!threadFor(articles.length) || derived.has(DISCOVERED_ACTORS, JSON.stringify(actors))) return;
      const thread = started ?? startDiscovery();
      started = undefined;
      // A failed thread is not fatal: discovery then runs here, as it does for small corpora.
      discovery = thread.discover(articles, { variants: lexicon.variants, curated: actors }).catch(() => null);
    },
    // The thread's copy of the articles and the snapshot's encoding at once made the cold start's peak of memory
    // (20,000 articles: ~1.45-1.5 GB); the thread usually ends before the build does.
    beforeSave: () => discovery ?? Promise.resolve(),
  }).finally(() => started?.cancel());
  const discovered = (await discovery) ?? undefined;
  const discovering = { timing, threadFrom: discoveryThreadFrom, startDiscovery };
  return { ...coreOf(engine, actors, actorProblems, discovered, discovering), folder, summary: summarize(engine, folder, actorProblems) };
}

/** Every problem of a loaded core (in this thread or a worker), one line each: skipped entries, bad articles, data files. */
export function describeCoreProblems(core: { readonly summary: CoreSummary }): string[] {
  return summaryProblems(core.summary);
}

/** "corpus: /x: no articles: the folder holds no *.txt files" when nothing loaded; undefined otherwise. */
export function emptyCorpusProblem(core: { readonly summary: CoreSummary }): string | undefined {
  return summaryEmptyProblem(core.summary);
}

/** When and how a core discovers its actors: loadCore's options. */
interface Discovering {
  timing: DiscoveryTiming;
  /** From this many articles, {@link LoadedCore.profileAhead} uses a thread. */
  threadFrom: number;
  startDiscovery: () => DiscoveryThread;
}

/**
 * `discovered`: the actors and corpus facts found already (in a worker thread) for this engine's articles. At load
 * (`timing`), the actors are found now; on demand, when first used.
 */
function coreOf(engine: LoadedEngine, curated: Actor[], actorProblems: string[], discovered: Discovery | undefined, discovering: Discovering): Omit<LoadedCore, "folder" | "summary"> {
  const parts = discoveredParts(engine, curated, discovered);
  const facts = parts.facts;
  if (discovering.timing === "at-load") parts.actors();
  const articles = engine.index.articles;
  // Compiled on first use (timelines, actor autocomplete): a CLI that only asks questions never needs it (~0.2 s of
  // every start at 20,000 articles); the bot's core compiles it while it prebuilds timelines, before it is ready.
  let compiled: ActorMatcher | undefined;
  const matcher = (): ActorMatcher => (compiled ??= compileActorMatcher(parts.actors()));
  const timelines = new Map<string, Timeline>();
  const prebuilt = new Map<string, Timeline>();
  const lookup = createArticleLookup(articles);
  let profile: CorpusProfile | undefined;
  const describe = () => {
    profile ??= withExamples(facts(), (q) => !answer(engine, q).abstained, profileEnglish(curated, engine.lexicon));
    return profile;
  };
  const fullTimeline = (actor: Actor): Timeline => {
    let timeline = prebuilt.get(actor.id) ?? timelines.get(actor.id);
    if (!timeline) {
      timeline = buildTimeline(engine.index, matcher(), actor);
      if (timelines.size >= TIMELINE_CACHE) timelines.delete(timelines.keys().next().value!);
      timelines.set(actor.id, timeline);
    }
    return timeline;
  };
  return {
    engine,
    actorProblems,
    profile: describe,
    prebuildTimelines(deadline) {
      const todo = parts.actors().filter((actor) => !prebuilt.has(actor.id));
      // In batches, one mention pass per batch (buildTimelines), sized to end near the deadline (withinDeadline).
      return withinDeadline(todo, deadline, TIMELINE_PREBUILD_BATCH, (batch) => {
        const fresh = buildTimelines(engine.index, matcher(), batch.filter((actor) => !timelines.has(actor.id)));
        for (const actor of batch) prebuilt.set(actor.id, timelines.get(actor.id) ?? fresh.get(actor.id)!);
      });
    },
    ask(question) {
      const result = answer(engine, question);
      // An abstention says what the corpus does cover (computed once per corpus, on the first abstention).
      return needsProfile(result) ? { ...result, corpus: describe() } : result;
    },
    profileAhead() {
      if (profile !== undefined || parts.factsKnown() || articles.length < discovering.threadFrom) return undefined;
      let started: Promise<void> | undefined;
      const start = () =>
        discovering
          .startDiscovery()
          .discover(articles, { variants: engine.lexicon.variants, curated })
          .then((found) => parts.adopt(found), () => undefined);
      return { answer: (question) => answer(engine, question), start: () => (started ??= start()) };
    },
    timeline(query, options: TimelineQuery = {}): TimelineResult {
      const cleaned = clip(cleanText(String(query ?? "")), 200);
      const resolved = matcher().resolve(cleaned);
      if (!resolved.ok) return { ok: false, error: unknownActor(resolved, cleaned) };
      const from = options.from?.trim() || undefined;
      const to = options.to?.trim() || undefined;
      for (const bound of [from, to]) {
        if (bound !== undefined && !isPeriod(bound)) {
          return { ok: false, error: { code: "bad_range", message: `timeline: "${clip(bound, 40)}" is no month (YYYY-MM) or day (YYYY-MM-DD) of ${MIN_PLAUSIBLE_YEAR}–${MAX_PLAUSIBLE_YEAR}`, suggestions: [], query: clip(bound, 40) } };
        }
      }
      if (from && to && from > to.padEnd(10, "-99")) {
        return { ok: false, error: { code: "bad_range", message: `timeline: from ${from} is after to ${to}`, suggestions: [], query: `${from} – ${to}` } };
      }
      const timeline = fullTimeline(resolved.actor);
      const withText = clip(cleanText(String(options.with ?? "")), 200);
      if (!withText) return { ok: true, timeline: from || to ? narrowTimeline(timeline, { ...(from ? { from } : {}), ...(to ? { to } : {}) }) : timeline };
      const other = matcher().resolve(withText);
      if (!other.ok) return { ok: false, error: { ...unknownActor(other, withText), query: withText } };
      const otherId = other.actor.id;
      const named = (e: { quote: string; date: string | null }) => matcher().mentions(e.quote, e.date ?? undefined).some((m) => m.actorId === otherId);
      return {
        ok: true,
        timeline: narrowTimeline(timeline, {
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          other: { ref: { id: other.actor.id, name: other.actor.name, ...(other.actor.description ? { description: other.actor.description } : {}) }, named },
        }),
      };
    },
    source: (idOrFile) => lookup.source(idOrFile),
    actorChoices: (prefix) => matcher().choices(clip(cleanText(String(prefix ?? "")), 100)).map((c) => ({ name: clip(c.name, MAX_CHOICE_NAME), value: c.id })),
    articleChoices: (query) => lookup.choices(query),
    stats: () => ({ articles: articles.length, passages: engine.index.passages.length }),
  };
}

function unknownActor(resolved: Extract<ReturnType<ActorMatcher["resolve"]>, { ok: false }>, query: string): LookupError {
  return {
    code: resolved.code,
    message: resolved.code === "empty" ? "timeline: no actor given" : `timeline: unknown actor "${clip(query, 80)}"`,
    suggestions: resolved.suggestions,
  };
}
