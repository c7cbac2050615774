/**
 * What actor discovery needs besides the articles, as plain data that a worker thread can receive, and the
 * {@link DiscoveryOptions} made from it. The same function serves discovery on the calling thread and in the
 * discovery thread (src/core/discoveryThread.ts), so both give the same actors.
 */
import type { GeneralDictionaries } from "../analysis/lexicon.js";
import { compileActorMatcher } from "./actorMatch.js";
import type { Actor } from "./actorsFile.js";
import type { DiscoveredActor, DiscoveryOptions } from "./discoverActors.js";

export interface DiscoveryInput {
  /** Folded spelling variant → folded canonical form (the corpus variants file). */
  variants: ReadonlyMap<string, string>;
  /** The curated actors (actors.json): they are not discovered again and keep their ids. */
  curated: Actor[];
}

export function discoveryOptions(input: DiscoveryInput, general: GeneralDictionaries): DiscoveryOptions {
  return {
    variants: input.variants,
    isWord: (folded) => general.lemmas.has(folded) || general.synonyms(folded).length > 0 || general.synonyms(general.lemmas.get(folded) ?? "").length > 0,
    isNoun: (folded) => [...general.spellings(folded), ...general.spellings(general.lemmas.get(folded) ?? "")].some((w) => /^\p{Lu}/u.test(w)),
    curated: compileActorMatcher(input.curated),
    takenIds: input.curated.map((a) => a.id),
  };
}

/** All actors: the curated ones first, then the discovered ones (without their evidence counts). */
export function withDiscovered(curated: readonly Actor[], discovered: readonly DiscoveredActor[]): Actor[] {
  return [...curated, ...discovered.map(({ evidence: _, ...actor }) => actor)];
}
