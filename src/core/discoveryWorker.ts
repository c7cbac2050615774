/**
 * The thread that discovers the corpus's actors (started by discoveryThread.ts before the corpus is read): it loads
 * the general dictionaries at once, then receives the articles and the discovery input in one message and posts
 * the actors back, once, with the corpus facts (profile.ts) that the actors make: the other pass over every text
 * that a cold start would otherwise pay for later.
 */
import { parentPort } from "node:worker_threads";
import { z } from "zod";
import { generalDictionaries } from "../analysis/lexicon.js";
import type { Article } from "../corpus/types.js";
import type { DiscoveryInput } from "../timeline/discoveryInput.js";
import { discoverWithFacts } from "./discovery.js";
import { DISCOVERY_THREAD_NICE } from "./servingLimits.js";
import { lowerThreadPriority } from "./threadPriority.js";

// Background work beside the index build: the build's two threads come first (see DISCOVERY_THREAD_NICE).
lowerThreadPriority(DISCOVERY_THREAD_NICE);

const port = (() => {
  if (!parentPort) throw new Error("discoveryWorker: not started as a worker thread");
  return parentPort;
})();

/** The envelope is checked; the articles are the corpus's plain-data model, passed on as they came. */
const DiscoveryCall = z.object({
  articles: z.custom<Article[]>((v) => Array.isArray(v) && v.every((a) => typeof a === "object" && a !== null && "text" in a && "id" in a)),
  variants: z.map(z.string(), z.string()),
  curated: z.custom<DiscoveryInput["curated"]>((v) => Array.isArray(v)),
});

// While the articles are still being read and parsed; a failure here is reported when they arrive.
const dictionaries = (() => {
  try {
    return generalDictionaries();
  } catch {
    return null;
  }
})();

port.once("message", (raw: unknown) => {
  try {
    const { articles, ...input } = DiscoveryCall.parse(raw);
    port.postMessage({ ok: true, ...discoverWithFacts(articles, input, dictionaries ?? generalDictionaries()) });
  } catch (e) {
    port.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) });
  }
});
