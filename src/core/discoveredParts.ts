/**
 * A core's discovered actors and corpus facts (the profile's), each computed on first use: read from the cache beside
 * the snapshot (keyed also by the curated actors), else taken from what a discovery thread brought, else discovered
 * on this thread. Discovery finds the facts in the same pass (discovery.ts); only when the actors were cached and the
 * facts not are they counted on their own.
 */
import { type CorpusFacts, corpusFacts } from "../corpus/profile.js";
import type { LoadedEngine } from "../search/engine.js";
import { NO_DERIVED_CACHE } from "../search/snapshot/derived.js";
import type { Actor } from "../timeline/actorsFile.js";
import type { DiscoveredActor } from "../timeline/discoverActors.js";
import { withDiscovered } from "../timeline/discoveryInput.js";
import { type Discovery, discoverWithFacts } from "./discovery.js";

/** The derived-cache names of the discovered actors and of the corpus facts of the profile. */
export const DISCOVERED_ACTORS = "actors";
export const CORPUS_FACTS = "facts";

export interface DiscoveredParts {
  /** The curated actors, then the discovered ones. */
  actors(): Actor[];
  facts(): CorpusFacts;
  /** Whether {@link facts} is at hand: cached, brought or found, so that asking for it discovers nothing. */
  factsKnown(): boolean;
  /** Takes what a discovery thread found for these articles (unless they were found meanwhile) and caches it. */
  adopt(found: Discovery): void;
}

/**
 * The curated actors plus everyone the corpus introduces with a full name or a role (discovered once per
 * corpus load, in one pass over the articles).
 */
export function allActors(engine: LoadedEngine, curated: Actor[], precomputed?: DiscoveredActor[]): Actor[] {
  return discoveredParts(engine, curated, precomputed ? { actors: precomputed } : undefined).actors();
}

/** `brought`: what a discovery thread found already for the engine's articles. */
export function discoveredParts(engine: LoadedEngine, curated: Actor[], brought?: Partial<Discovery>): DiscoveredParts {
  const articles = engine.index.articles;
  const derived = engine.derived ?? NO_DERIVED_CACHE;
  const salt = JSON.stringify(curated);
  // Discovery reads every article (~5 s at 20,000): cached beside the snapshot like the facts (~2 s on their own).
  let found: Partial<Discovery> | undefined = brought;
  const discover = () => {
    if (found?.actors === undefined) found = discoverWithFacts(articles, { variants: engine.lexicon.variants, curated }, engine.lexicon.general);
    return found.actors!;
  };
  let facts: CorpusFacts | undefined;
  const factsOf = () => (facts ??= derived.get(CORPUS_FACTS, salt, () => found?.facts ?? corpusFacts(articles, allOf())));
  let actors: Actor[] | undefined;
  const allOf = () => {
    if (actors) return actors;
    actors = withDiscovered(curated, derived.get(DISCOVERED_ACTORS, salt, discover));
    // Facts found with the actors are cached at once, so that no later start pays for them.
    if (found?.facts !== undefined) factsOf();
    return actors;
  };
  return {
    actors: allOf,
    facts: factsOf,
    factsKnown: () => facts !== undefined || found?.facts !== undefined || derived.has(CORPUS_FACTS, salt),
    adopt(discovery) {
      if (actors !== undefined && facts !== undefined) return;
      if (found?.actors === undefined) found = discovery;
      allOf();
      factsOf();
    },
  };
}
