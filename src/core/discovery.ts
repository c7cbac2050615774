/**
 * Actor discovery and the corpus facts of the profile in one pass over the articles: the discovery thread
 * (discoveryWorker.ts) and a core that discovers on the loading thread (loadCore.ts) both call {@link discoverWithFacts},
 * so both give the same actors and facts.
 */
import type { GeneralDictionaries } from "../analysis/lexicon.js";
import { type CorpusFacts, corpusFacts } from "../corpus/profile.js";
import { TopicCounts } from "../corpus/topicCounts.js";
import type { Article } from "../corpus/types.js";
import { type DiscoveredActor, discoverActors } from "../timeline/discoverActors.js";
import { type DiscoveryInput, discoveryOptions, withDiscovered } from "../timeline/discoveryInput.js";

export interface Discovery {
  actors: DiscoveredActor[];
  /** The corpus facts (profile.ts) with the curated and the discovered actors as its people. */
  facts: CorpusFacts;
}

/** The actors the articles introduce, and the corpus facts they make; the profile's topics are counted from discovery's tokens. */
export function discoverWithFacts(articles: readonly Article[], input: DiscoveryInput, general: GeneralDictionaries): Discovery {
  const topics = new TopicCounts();
  const actors = discoverActors(articles, { ...discoveryOptions(input, general), topics });
  return { actors, facts: corpusFacts(articles, withDiscovered(input.curated, actors), topics) };
}
