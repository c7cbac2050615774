/**
 * A Core that can swap in a freshly loaded corpus while it serves. A reload is transactional: the new corpus
 * is swapped in whole, or not at all. It is rejected, logged by file and reason, and the serving corpus stays
 * when
 * - an article that serves now has turned bad (emptied, an impossible date, over a cap, replaced by a link);
 * - a data file (articles.json, actors.json, variants.json, glossary.en-de.json, synonyms.de.json) is broken
 *   (not JSON, fails its schema, over a cap), or the folder held it before and does not now (the embedded
 *   one would silently take its place; restart the bot to drop a data file on purpose);
 * - the new corpus has no articles (unless an empty corpus is allowed);
 * - the folder cannot be read at all.
 * Articles that are new and bad are reported and left out; removed articles are removed. A serving core that has
 * ended (its worker died) has nothing left to keep: any corpus that loads with articles replaces it, its problems
 * reported as a start reports them.
 *
 * Reloads never overlap. A reload asked for while one runs (a file changed meanwhile) runs once more after
 * it, so no change is lost; any number of such requests make one more reload. A dead core's replacement that fails
 * is tried again with a growing pause (`revive`).
 */
import { type FSWatcher, statSync, watch } from "node:fs";
import path from "node:path";
import { formatProblem } from "../corpus/loadCorpus.js";
import type { ServingCore } from "./core.js";
import { type CoreSummary, summaryProblems } from "./summary.js";
import { ignoredByWatcher } from "./watchedNames.js";

export type ReloadOutcome =
  | { ok: true; articles: number; passages: number; problems: string[] }
  | { ok: false; reason: string; rejected: string[] };

/** A loaded corpus that can serve: in this thread (a LoadedCore) or in a worker (a WorkerCore). */
export interface Serving extends ServingCore {
  readonly summary: CoreSummary;
  /** Called once when it no longer serves (replaced by a reload) or never will (its reload was rejected). */
  retire?(): void;
  /** True once it can answer nothing more (its worker died): a reload then keeps nothing by rejecting. */
  readonly ended?: boolean;
}

export interface ReloadingCore<C extends Serving = Serving> extends ServingCore {
  /** The corpus serving now. */
  readonly current: C;
  /** Whether a reload is running (a new corpus loads beside the serving one). */
  readonly reloading: boolean;
  /** Loads the corpus again and swaps it in when it passes (see the module comment). */
  reload(): Promise<ReloadOutcome>;
  /**
   * Replaces a core that ended (its worker died): reloads, and while the reload fails and the serving core is still
   * ended (the new worker died too, the folder has no articles), tries again after `firstMs`, doubling up to `maxMs`,
   * so a dead bot comes back without a file change or SIGHUP. Each outcome goes to `onReload`. The returned function
   * stops the retries (a newer call stops the older one's too).
   */
  revive(onReload: (outcome: ReloadOutcome) => void, firstMs?: number, maxMs?: number): () => void;
  /**
   * Reloads on file changes (debounced; dot-files and temp files are ignored, see watchedNames.ts) until the returned function is called. The folder's identity is polled
   * every `pollMs`: when it is removed, recreated or swapped by a rename, the watch moves to the folder now there.
   */
  watch(onReload: (outcome: ReloadOutcome) => void, debounceMs?: number, pollMs?: number): () => void;
}

export interface ReloadOptions {
  /** Accept a corpus without articles (ALLOW_EMPTY_CORPUS). */
  allowEmpty?: boolean;
  /** A reload was asked for while one runs: it runs once more afterwards (the bot logs this at debug level). */
  onQueued?: () => void;
}

/** A dead core's replacement that fails is tried again after this long … */
export const REVIVE_FIRST_MS = 5_000;
/** … doubling up to this. */
export const REVIVE_MAX_MS = 300_000;

/** Edits usually arrive as several writes; wait this long after the last one. */
export const RELOAD_DEBOUNCE_MS = 500;
/** How often the watcher checks that the folder it watches is still the corpus folder. */
export const FOLDER_POLL_MS = 1000;

/** Whether `next` may replace `serving`; pure. */
export function judgeReload(serving: CoreSummary, next: CoreSummary, options: ReloadOptions = {}): ReloadOutcome {
  const reasons: string[] = [];
  const rejected: string[] = [];

  const servingFiles = new Set(serving.articleFiles);
  const turnedBad = [...next.folder.problems, ...next.corpusProblems].filter((p) => servingFiles.has(p.file));
  if (turnedBad.length > 0) {
    reasons.push("articles that serve now would be lost");
    rejected.push(...turnedBad.map(formatProblem));
  }

  const brokenData = [
    ...next.folder.problems.filter((p) => p.code === "data_file").map(formatProblem),
    ...next.corpusProblems.filter((p) => p.code === "metadata").map(formatProblem),
    ...next.lexiconProblems,
    ...next.actorProblems,
  ];
  const nextData = new Set(next.folder.dataFiles);
  const missingData = serving.folder.dataFiles
    .filter((name) => !nextData.has(name))
    .map((name) => `corpus: ${name}: missing (the serving corpus uses it; put it back, or restart the bot to go without it)`);
  if (brokenData.length + missingData.length > 0) {
    reasons.push("data files are broken or missing");
    rejected.push(...brokenData, ...missingData);
  }

  if (next.articleFiles.length === 0 && !options.allowEmpty) reasons.push("the new corpus has no articles");

  if (reasons.length > 0) return { ok: false, reason: reasons.join("; "), rejected };
  return { ok: true, articles: next.articleFiles.length, passages: next.passages, problems: summaryProblems(next) };
}

export function reloadingCore<C extends Serving>(initial: C, load: () => Promise<C>, corpusDir: string, options: ReloadOptions = {}): ReloadingCore<C> {
  let current = initial;
  let running: Promise<ReloadOutcome> | null = null;
  let queued: Promise<ReloadOutcome> | null = null;
  /** Stops the retries of the latest `revive`. */
  let stopReviving = () => {};

  async function reloadOnce(): Promise<ReloadOutcome> {
    try {
      const next = await load();
      const judged = judgeReload(current.summary, next.summary, options);
      // The serving core died meanwhile or before (a crash, out of memory): rejecting would keep a core that answers
      // nothing, so the new one serves whatever it could load, as a start would (an empty corpus still only when allowed).
      const outcome: ReloadOutcome =
        !judged.ok && current.ended && (next.summary.articleFiles.length > 0 || options.allowEmpty)
          ? { ok: true, articles: next.summary.articleFiles.length, passages: next.summary.passages, problems: summaryProblems(next.summary) }
          : judged;
      const retired = outcome.ok ? current : next;
      if (outcome.ok) current = next;
      retired.retire?.();
      return outcome;
    } catch (e) {
      return { ok: false, reason: e instanceof Error ? e.message : String(e), rejected: [] };
    }
  }

  function start(): Promise<ReloadOutcome> {
    running = reloadOnce().finally(() => {
      running = null;
    });
    return running;
  }

  const core: ReloadingCore<C> = {
    get current() {
      return current;
    },
    get reloading() {
      return running !== null;
    },
    ask: (q) => current.ask(q),
    timeline: (a, q) => current.timeline(a, q),
    source: (s) => current.source(s),
    actorChoices: (p) => current.actorChoices(p),
    articleChoices: (q) => current.articleChoices(q),
    stats: () => current.stats(),
    profile: () => current.profile(),
    reload() {
      if (queued) return queued;
      if (!running) return start();
      // A change during this reload may have come after its files were read: one more reload, for all who ask now.
      options.onQueued?.();
      queued = running.then(() => {
        queued = null;
        return start();
      });
      return queued;
    },
    revive(onReload, firstMs = REVIVE_FIRST_MS, maxMs = REVIVE_MAX_MS) {
      stopReviving();
      let stopped = false;
      let timer: NodeJS.Timeout | undefined;
      const attempt = (delay: number) => {
        void core.reload().then((outcome) => {
          if (stopped) return;
          onReload(outcome);
          if (outcome.ok || !current.ended) return;
          timer = setTimeout(() => attempt(Math.min(delay * 2, maxMs)), delay);
          timer.unref();
        });
      };
      attempt(firstMs);
      stopReviving = () => {
        stopped = true;
        clearTimeout(timer);
      };
      return stopReviving;
    },
    watch(onReload, debounceMs = RELOAD_DEBOUNCE_MS, pollMs = FOLDER_POLL_MS) {
      let stopped = false;
      let timer: NodeJS.Timeout | undefined;
      let watcher: FSWatcher | undefined;
      let identity = folderIdentity(corpusDir);
      const ownName = path.basename(corpusDir);

      const schedule = () => {
        if (stopped) return;
        clearTimeout(timer);
        timer = setTimeout(() => void core.reload().then((outcome) => stopped || onReload(outcome)), debounceMs);
      };
      const detach = () => {
        watcher?.close();
        watcher = undefined;
      };
      const attach = () => {
        try {
          watcher = watch(corpusDir, (_event, name) => {
            if (!ignoredByWatcher(name)) schedule();
            // An event about the folder itself: it was removed or renamed, and this watch sees nothing more.
            if (name === ownName) {
              detach();
              setImmediate(check);
            }
          });
          // The folder went away under the watch: the next check attaches to the one there then.
          watcher.on("error", detach);
        } catch {
          watcher = undefined;
        }
      };
      const check = () => {
        if (stopped) return;
        const now = folderIdentity(corpusDir);
        if (now === identity && (watcher !== undefined || now === undefined)) return;
        // Removed, recreated or swapped by a rename: watch the folder that is there now and reload from it.
        const changed = now !== identity;
        identity = now;
        detach();
        if (now !== undefined) attach();
        if (changed) schedule();
      };
      attach();
      const poll = setInterval(check, pollMs);
      poll.unref();
      return () => {
        stopped = true;
        clearTimeout(timer);
        clearInterval(poll);
        detach();
      };
    },
  };
  return core;
}

/** "dev:inode:birth" of the folder (a new folder may get the inode number of a removed one), or undefined when there is none. */
function folderIdentity(dir: string): string | undefined {
  try {
    const info = statSync(dir);
    return info.isDirectory() ? `${info.dev}:${info.ino}:${info.birthtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}
