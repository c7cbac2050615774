/**
 * The bot's core, shared by the CLI, the console and Discord: one loaded corpus with its index and actors.
 * Everything here is plain data in, plain data out; nothing imports discord.js.
 */
import type { Answer } from "../answer/types.js";
import type { CorpusProfile } from "../corpus/profile.js";
import type { SourceResult } from "../source/types.js";
import type { Choice, TimelineQuery, TimelineResult } from "../timeline/types.js";

/** How much the core serves: the "searched" line of an answer, `cli check`. */
export interface CorpusStats {
  articles: number;
  passages: number;
}

export interface Core {
  /** /ask: ranked verbatim quotes or an abstention. */
  ask(question: string): Answer;
  /**
   * /timeline: dated events of an actor (any alias or spelling; curated or found in the corpus), optionally
   * within a period and only the encounters with a second person; or an error with suggestions.
   */
  timeline(actor: string, query?: TimelineQuery): TimelineResult;
  /** /source: an article by id, file name or fuzzy title. */
  source(idOrFile: string): SourceResult;
  /** Autocomplete for actors: ≤ 25, prefix and fuzzy over names and aliases; empty lists all. */
  actorChoices(prefix: string): Choice[];
  /** Autocomplete for articles: ≤ 25; empty lists all, newest first. */
  articleChoices(query: string): Choice[];
  /** Articles and passages of the corpus served. */
  stats(): CorpusStats;
  /** What the corpus covers (date range, frequent people and topics) and example questions it answers; computed once. */
  profile(): CorpusProfile;
}

type MaybeAsync<F> = F extends (...args: infer A) => infer R ? (...args: A) => R | Promise<R> : never;

/** The lookups of a Core, answered in this thread or asynchronously (a core in a worker thread). */
export type ServingCore = { readonly [K in keyof Core]: MaybeAsync<Core[K]> };
