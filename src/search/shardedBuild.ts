/**
 * The index build of a large corpus on two threads. A worker (buildWorker.ts) splits and tokenizes the second run
 * of the articles while this thread does the first; the shards are merged as one pass would have read them (token
 * numbers in the order first met); then the distinct raw tokens are analyzed, one part here and the rest in the
 * worker, and the postings are counted here. The index and its snapshot bytes equal `engineFromArticles`'s
 * (`test/search/shardedBuild.test.ts`; `scripts/snapshotHash.ts` on a corpus folder).
 *
 * A worker that fails, exits or answers nonsense costs time, never the build: its part is then done here.
 */
import { type ResourceLimits, Worker } from "node:worker_threads";
import { Analyzer } from "../analysis/analyzer.js";
import { type Lexicon, lexiconWords } from "../analysis/lexicon.js";
import { splitPassages } from "../corpus/passages.js";
import type { Article } from "../corpus/types.js";
import { armDeadline } from "../util/threadDeadline.js";
import { PhaseClock } from "../util/phaseClock.js";
import { workerEntry } from "../util/workerEntry.js";
import { type AnalyzedTokens, analyzeTokens, foldedWords, mergeTokens, type Shard, SHARD_PASSAGE_INTS, shardOf, shardPassages, termsOfAnalyzed } from "./buildShard.js";
import { tokenizePassages } from "./passageTokens.js";
import { buildPassageIndex, type PassageIndex } from "./passageIndex.js";
import { TokenTable } from "../analysis/tokenTable.js";

export interface ShardedBuildOptions {
  /** Corpora of at least this many articles are built on two threads (engine.ts); smaller ones on one. */
  minArticles: number;
  /** Share of the articles this thread splits and tokenizes (the worker the rest): it also starts the worker and merges. */
  mainShare: number;
  /** Share of the distinct raw tokens this thread analyzes. */
  analysisShare: number;
  /** The worker's heap limits, e.g. its young generation (absent: V8's defaults). */
  workerResourceLimits?: ResourceLimits;
  /** Why a worker's part was done here instead. */
  log?: (message: string) => void;
  /** How long the worker may take for its articles before it is terminated and its part done here (absent: no limit). */
  workerDeadlineMs?: (articles: number) => number;
}

export async function buildIndexInShards(articles: readonly Article[], lexicon: Lexicon, options: ShardedBuildOptions): Promise<PassageIndex> {
  const { log = () => undefined } = options;
  const cut = Math.round(articles.length * options.mainShare);
  const mine = articles.slice(0, cut);
  const theirs = articles.slice(cut);
  const words = lexiconWords(lexicon);
  const clock = new PhaseClock();
  const worker = BuildWorker.start(theirs, lexicon, words, options.workerResourceLimits);
  const deadline = armDeadline("index: build worker", options.workerDeadlineMs?.(theirs.length) ?? Number.POSITIVE_INFINITY, (e) => worker.close(e));
  clock.phase("worker started");
  try {
    const minePassages = mine.flatMap(splitPassages);
    const table = new TokenTable();
    const mineTokens = tokenizePassages(minePassages, table);
    const mineWords = foldedWords(mineTokens);
    clock.phase("own shard");

    const shard = await worker.shard().catch((e: unknown) => {
      log(`index: build worker failed (${errorText(e)}); its shard is built here`);
      return shardOf(theirs);
    });
    clock.phase("waiting for the worker's");
    const tokens = mergeTokens(table, mineTokens, shard);
    // The worker's part of the analysis goes out first: it builds its analyzer and analyzes while this thread builds its own.
    const split = Math.round(tokens.raws.length * options.analysisShare);
    const rest = tokens.raws.slice(split);
    const theirTerms = worker.analyze(mineWords, rest);
    const passages = minePassages.concat(shardPassages(theirs, shard));
    // The decompounder's words as `dictionaryOf` gives them for the whole corpus: the shards' words in order.
    const dictionary = new Set(words);
    for (const w of mineWords) dictionary.add(w);
    for (const w of shard.words) dictionary.add(w);
    const analyzer = new Analyzer({ variants: lexicon.variants, dictionary, lemmas: lexicon.general.lemmas });
    clock.phase("merge");

    const mineTerms = tokens.raws.slice(0, split).map((raw) => analyzer.uncachedTerms(raw));
    clock.phase("own analysis");
    const restTerms = await theirTerms.catch((e: unknown) => {
      log(`index: build worker failed (${errorText(e)}); its tokens are analyzed here`);
      return analyzeTokens(analyzer, rest);
    });
    worker.close();
    clock.phase("waiting for the worker's");
    const index = buildPassageIndex(articles, passages, analyzer, tokens, (r) => (r < split ? mineTerms[r]! : termsOfAnalyzed(restTerms, r - split)));
    clock.phase("postings");
    log(`index: two threads (ms): ${clock.summary()}`);
    return index;
  } finally {
    deadline.clear();
    worker.close();
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The worker's two answers, in order; any failure rejects what is still awaited. */
class BuildWorker {
  private failure: Error | null = null;
  private readonly waiting: Array<{ kind: string; resolve: (value: unknown) => void; reject: (e: Error) => void }> = [];
  private readonly arrived: Array<{ kind: string; value: unknown }> = [];

  private constructor(private readonly worker: Worker | null) {}

  static start(articles: readonly Article[], lexicon: Lexicon, lexiconWords: string[], resourceLimits: ResourceLimits | undefined): BuildWorker {
    const { entry, eval: evaluate } = workerEntry(import.meta.url, "buildWorker");
    let worker: Worker;
    try {
      worker = new Worker(entry, {
        eval: evaluate,
        execArgv: [],
        workerData: { articles, variants: new Map(lexicon.variants), lemmas: lexicon.general.lemmas, lexiconWords },
        ...(resourceLimits !== undefined ? { resourceLimits } : {}),
      });
    } catch (e) {
      const failed = new BuildWorker(null);
      failed.fail(e instanceof Error ? e : new Error(String(e)));
      return failed;
    }
    const self = new BuildWorker(worker);
    worker.on("message", (message: unknown) => self.receive(message));
    worker.once("error", (e) => self.fail(e));
    worker.once("exit", (code) => self.fail(new Error(`exited (code ${code})`)));
    return self;
  }

  shard(): Promise<Shard> {
    return this.next("shard").then(
      (value) => checkedShard(value),
      (e: unknown) => {
        throw e;
      },
    ).catch((e: unknown) => {
      // A malformed shard: nothing more is taken from this worker.
      this.fail(e instanceof Error ? e : new Error(String(e)));
      throw e;
    });
  }

  analyze(words: string[], raws: string[]): Promise<AnalyzedTokens> {
    if (this.failure === null) this.worker?.postMessage({ words, raws });
    return this.next("terms").then((value) => checkedTerms(value, raws.length));
  }

  close(reason = new Error("closed")): void {
    this.fail(reason);
  }

  private next(kind: string): Promise<unknown> {
    const ready = this.arrived.shift();
    if (ready !== undefined) return ready.kind === kind ? Promise.resolve(ready.value) : Promise.reject(new Error(`sent ${ready.kind}, expected ${kind}`));
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.waiting.push({ kind, resolve, reject }));
  }

  private receive(message: unknown): void {
    const { kind, value } = parseMessage(message);
    if (kind === "error") {
      this.fail(new Error(String(value)));
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter === undefined) this.arrived.push({ kind, value });
    else if (waiter.kind === kind) waiter.resolve(value);
    else waiter.reject(new Error(`sent ${kind}, expected ${waiter.kind}`));
  }

  private fail(e: Error): void {
    if (this.failure !== null) return;
    this.failure = e;
    for (const waiter of this.waiting.splice(0)) waiter.reject(e);
    this.arrived.length = 0;
    void this.worker?.terminate();
  }
}

function parseMessage(message: unknown): { kind: string; value: unknown } {
  if (typeof message !== "object" || message === null || !("kind" in message)) return { kind: "error", value: "malformed reply" };
  if (message.kind === "error") return { kind: "error", value: "message" in message ? message.message : "error" };
  if (message.kind === "shard" && "shard" in message) return { kind: "shard", value: message.shard };
  if (message.kind === "terms" && "analyzed" in message) return { kind: "terms", value: message.analyzed };
  return { kind: "error", value: "malformed reply" };
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");

/** A shard whose numbers are consistent (a bug in the worker is caught here, not in the index). */
function checkedShard(value: unknown): Shard {
  const s = value as Shard;
  const ok =
    typeof s === "object" && s !== null && isStrings(s.raws) && isStrings(s.words) &&
    [s.passages, s.sentenceStarts, s.sentenceBounds, s.stream, s.starts].every((a) => a instanceof Int32Array) &&
    s.passages.length % SHARD_PASSAGE_INTS === 0 && s.starts.length === (s.passages.length / SHARD_PASSAGE_INTS) * 2 + 1 &&
    s.starts[s.starts.length - 1] === s.stream.length && s.stream.every((r) => r >= 0 && r < s.raws.length);
  if (!ok) throw new Error("malformed shard");
  return s;
}

function checkedTerms(value: unknown, count: number): AnalyzedTokens {
  const t = value as AnalyzedTokens;
  const ok =
    typeof t === "object" && t !== null && isStrings(t.terms) && t.ids instanceof Int32Array && t.ends instanceof Int32Array &&
    t.ends.length === count && (count === 0 || t.ends[count - 1] === t.ids.length) && t.ids.every((id) => id >= 0 && id < t.terms.length);
  if (!ok) throw new Error("malformed terms");
  return t;
}
