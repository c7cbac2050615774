/**
 * A Core that can swap in a freshly loaded corpus while it serves. A reload is accepted only when the
 * new corpus loads and no article that served before has turned bad: a broken edit (an emptied file,
 * an impossible date) is rejected, logged by file and reason, and the serving index stays.
 */
import { watch, type FSWatcher } from "node:fs";
import { formatProblem } from "../corpus/loadCorpus.js";
import type { Core } from "./core.js";

export type ReloadOutcome =
  | { ok: true; articles: number; passages: number; problems: string[] }
  | { ok: false; reason: string; rejected: string[] };

export interface ReloadingCore extends Core {
  /** Loads the corpus again; swaps it in only when it is at least as sound as the one serving. */
  reload(): Promise<ReloadOutcome>;
  /** Reloads on file changes (debounced) until the returned function is called. */
  watch(onReload: (outcome: ReloadOutcome) => void, debounceMs?: number): () => void;
}

/** Edits usually arrive as several writes; wait this long after the last one. */
export const RELOAD_DEBOUNCE_MS = 500;

export function reloadingCore(initial: Core, load: () => Promise<Core>, corpusDir: string): ReloadingCore {
  let current = initial;
  let pending: Promise<ReloadOutcome> | null = null;

  async function reloadOnce(): Promise<ReloadOutcome> {
    let next: Core;
    try {
      next = await load();
    } catch (e) {
      return { ok: false, reason: (e as Error).message, rejected: [] };
    }
    const servingFiles = new Set(current.engine.index.articles.map((a) => a.file));
    const turnedBad = next.engine.corpusProblems.filter((p) => servingFiles.has(p.file));
    if (turnedBad.length > 0) return { ok: false, reason: "articles that serve now would be lost", rejected: turnedBad.map(formatProblem) };
    if (next.engine.index.articles.length === 0) return { ok: false, reason: "the new corpus has no articles", rejected: [] };
    current = next;
    return { ok: true, articles: next.engine.index.articles.length, passages: next.engine.index.passages.length, problems: next.engine.corpusProblems.map(formatProblem) };
  }

  return {
    get engine() {
      return current.engine;
    },
    ask: (q) => current.ask(q),
    timeline: (a, q) => current.timeline(a, q),
    source: (s) => current.source(s),
    actorChoices: (p) => current.actorChoices(p),
    articleChoices: (q) => current.articleChoices(q),
    reload() {
      // Reloads triggered while one runs share its outcome instead of loading twice at once.
      pending ??= reloadOnce().finally(() => {
        pending = null;
      });
      return pending;
    },
    watch(onReload, debounceMs = RELOAD_DEBOUNCE_MS) {
      let timer: NodeJS.Timeout | undefined;
      let watcher: FSWatcher | undefined;
      try {
        watcher = watch(corpusDir, () => {
          clearTimeout(timer);
          timer = setTimeout(() => void this.reload().then(onReload), debounceMs);
        });
      } catch {
        return () => {};
      }
      return () => {
        clearTimeout(timer);
        watcher?.close();
      };
    },
  };
}
