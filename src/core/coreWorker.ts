/**
 * The worker thread that holds one loaded corpus (started by workerCore.ts): it reads the folder, builds or
 * loads the index (and writes its snapshot), discovers the actors, warms the caches, builds timelines within
 * a budget, reports ready with the corpus summary, then answers calls one at a time,
 * quick lookups before waiting questions and timelines. Everything heavy of a
 * load or reload runs here, never on the thread that talks to Discord.
 */
import { getHeapStatistics } from "node:v8";
import { parentPort, resourceLimits, workerData } from "node:worker_threads";
import { createEngine } from "../search/engine.js";
import { type LoadedCore, loadCore } from "./loadCore.js";
import { CORE_THREAD_NICE, WARM_UP_QUESTIONS } from "./servingLimits.js";
import { lowerThreadPriority } from "./threadPriority.js";
import { CallMessage, WorkerInput, type WorkerMessage } from "./workerProtocol.js";

const port = (() => {
  if (!parentPort) throw new Error("coreWorker: not started as a worker thread");
  return parentPort;
})();
const post = (message: WorkerMessage): void => port.postMessage(message);
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
/** This thread's young generation as V8 sized it: its heap limit less its old generation, in MB. */
const youngGenerationMb = (): number => Math.round(getHeapStatistics().heap_size_limit / (1024 * 1024)) - (resourceLimits.maxOldGenerationSizeMb ?? 0);

/** Lookups that cost well under a millisecond; the others (ask, timeline) run after them. */
const QUICK_METHODS: ReadonlySet<CallMessage["method"]> = new Set(["source", "actorChoices", "articleChoices"]);

function call(core: LoadedCore, message: CallMessage): unknown {
  switch (message.method) {
    case "ask":
      return core.ask(...message.args);
    case "timeline":
      return core.timeline(message.args[0], message.args[1]);
    case "source":
      return core.source(...message.args);
    case "actorChoices":
      return core.actorChoices(...message.args);
    case "articleChoices":
      return core.articleChoices(...message.args);
    case "stats":
      return core.stats();
    case "profile":
      return core.profile();
  }
}

async function main(): Promise<void> {
  const input = WorkerInput.parse(workerData);
  const log = (message: string) => post({ type: "log", message });
  // Loading, reloading and answering yield the CPU to the main thread (see CORE_THREAD_NICE).
  const nice = lowerThreadPriority(CORE_THREAD_NICE);
  if (nice !== undefined) log(`core worker: nice ${nice}`);
  let core: LoadedCore;
  try {
    core = await loadCore(input.corpusDir, (dir, hooks) => createEngine(dir, { cacheDir: input.cacheDir, log, ...hooks }));
    // What the first users would otherwise pay: caches and regexes, the corpus profile of abstentions, timelines.
    for (const question of WARM_UP_QUESTIONS) core.ask(question);
    // The typo fallback's radix tree, which a start no longer builds (termMap.ts; 20,000 articles: ~0.3 s).
    core.engine.index.search.buildTermTree();
    const profile = core.profile();
    const started = performance.now();
    const timelines = core.prebuildTimelines(started + input.timelineBudgetMs);
    log(`timelines: ${timelines} built in ${Math.round(performance.now() - started)} ms`);
    post({ type: "ready", summary: core.summary, profile, timelines, youngGenerationMb: youngGenerationMb() });
  } catch (e) {
    post({ type: "failed", message: messageOf(e) });
    return;
  }
  // Quick lookups (the source page of a quote, autocomplete) go before questions and timelines that are waiting:
  // an answer that needs a source page then waits for one /ask, not for every /ask of a burst that came after it.
  type Queued = CallMessage & { arrived: number };
  const quick: Queued[] = [];
  const slow: Queued[] = [];
  let scheduled = false;
  const runNext = () => {
    scheduled = false;
    const next = quick.shift() ?? slow.shift();
    if (!next) return;
    // How long the call waited here and ran: the main thread logs slow calls with them (workerCore.ts).
    const started = performance.now();
    const queuedMs = started - next.arrived;
    try {
      const value = call(core, next);
      post({ type: "result", id: next.id, ok: true, value, queuedMs, runMs: performance.now() - started });
    } catch (e) {
      post({ type: "result", id: next.id, ok: false, message: messageOf(e), queuedMs, runMs: performance.now() - started });
    }
    schedule();
  };
  // One call per turn of the event loop, so calls that arrived meanwhile are queued (and sorted) first.
  const schedule = () => {
    if (scheduled || quick.length + slow.length === 0) return;
    scheduled = true;
    setImmediate(runNext);
  };
  port.on("message", (raw: unknown) => {
    const parsed = CallMessage.safeParse(raw);
    if (!parsed.success) {
      const id = typeof raw === "object" && raw !== null && "id" in raw && typeof raw.id === "number" ? raw.id : -1;
      post({ type: "result", id, ok: false, message: `coreWorker: bad call: ${parsed.error.issues[0]?.message ?? "invalid"}` });
      return;
    }
    (QUICK_METHODS.has(parsed.data.method) ? quick : slow).push({ ...parsed.data, arrived: performance.now() });
    schedule();
  });
}

void main();
