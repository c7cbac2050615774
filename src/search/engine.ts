/**
 * The composition of the core: corpus folder → articles → passages → analyzer → index.
 * Built once at start (or loaded from a snapshot) and shared by /ask, /timeline and /source.
 */
import { Analyzer } from "../analysis/analyzer.js";
import { type Lexicon, lexiconFiles, lexiconWords, loadLexicon } from "../analysis/lexicon.js";
import { foldWord } from "../analysis/normalize.js";
import { type CorpusFiles, type CorpusProblem, formatProblem, parseCorpus, readCorpusFiles } from "../corpus/loadCorpus.js";
import { splitPassages } from "../corpus/passages.js";
import type { Article, Passage } from "../corpus/types.js";
import { type ArticleChanges, diffArticles, updateIndex } from "./liveIndex.js";
import { letterRuns, tokenizePassages } from "./passageTokens.js";
import { buildPassageIndex, type PassageIndex } from "./passageIndex.js";
import { buildIndexInShards, type ShardedBuildOptions } from "./shardedBuild.js";
import { latestOfBase, loadSnapshot, noteBase, saveSnapshot } from "./snapshot/cache.js";
import { type DerivedCache, derivedCache, NO_DERIVED_CACHE } from "./snapshot/derived.js";
import { folderSignature, knownKey, rememberKey } from "./snapshot/folderSignature.js";
import { baseKey, codeFingerprint, snapshotKey } from "./snapshot/key.js";
import { PhaseClock } from "../util/phaseClock.js";

export interface Engine {
  index: PassageIndex;
  lexicon: Lexicon;
}

export interface LoadedEngine extends Engine {
  corpusDir: string;
  /** Bad article files, each by name and reason. */
  corpusProblems: CorpusProblem[];
  /** Problems with the data files (variants, glossary, synonyms). */
  lexiconProblems: string[];
  /** Costly values derived from this corpus (discovered actors), cached beside its snapshot. */
  derived?: DerivedCache;
  /**
   * With {@link EngineOptions.deferSave}, an index that was built and is to be saved: saves its snapshot (the first
   * call starts the save, every call returns its promise, which never rejects: a failure is logged).
   */
  saveSnapshot?: () => Promise<void>;
}

/** The folders under src/ whose code derives cached values from the corpus (see snapshot/derived.ts). */
const DERIVING_FOLDERS = ["corpus", "analysis", "timeline", "core"];

export interface EngineOptions {
  /** Where index snapshots are kept (see snapshot/); null or absent: always build, save nothing. */
  cacheDir?: string | null;
  /** Start-up progress: snapshot loaded, built, saved, or why not. */
  log?: (message: string) => void;
  /**
   * What the operator should act on, printed even where progress is not: a snapshot that cannot be saved (the cache
   * folder is a file, not writable, the disk full), so that every start builds the index. Default: `log`.
   */
  warn?: (message: string) => void;
  /**
   * Called with the parsed articles when the index is built or brought up to date instead of loaded, before that
   * work starts: the values derived from this corpus are then most likely not cached, and a caller can compute them
   * on another thread meanwhile. Example: `loadCore` starts actor discovery in a worker thread here.
   */
  onArticles?: (articles: readonly Article[], context: { lexicon: Lexicon; derived: DerivedCache }) => void;
  /**
   * Called when no snapshot is known for the folder's files and they are about to be read: a build is likely, and a
   * caller can start the threads it would need for one meanwhile (`loadCore` starts the discovery thread here).
   */
  onReadingCorpus?: () => void;
  /**
   * Awaited before the article texts of a built index's snapshot are encoded (the index's sections are encoded
   * meanwhile): the texts' buffer is the largest, and a caller's thread that still holds a copy of the articles
   * (`loadCore`'s discovery) lets go of it first, so that both are not in memory at once.
   */
  beforeSave?: () => Promise<unknown>;
  /** A corpus of at least `minArticles` articles is built on two threads (shardedBuild.ts); absent: always on one. */
  shards?: ShardedBuildOptions;
  /**
   * Return a built index before its snapshot is saved, with {@link LoadedEngine.saveSnapshot} to save it: a caller
   * can answer first (the CLI: a cold start's first answer ~1 s sooner, and an abstention's actor discovery on the
   * other core while the snapshot is encoded). The caller must call it. Absent: saved before createEngine returns.
   */
  deferSave?: boolean;
}

/**
 * The engine of a corpus folder. When the folder's files are unchanged since a snapshot of it was last served or
 * saved (their `stat` signature, see snapshot/folderSignature.ts), that snapshot is loaded without reading them.
 * Otherwise the folder is read once: its bytes give the snapshot key and, when no snapshot for that key can be
 * served, the articles the index is built from (and then saved for the next start).
 * A cache problem is logged and never stops the start; a snapshot that cannot be decoded although it passed its
 * checks is a bug and is thrown (SnapshotDecodeError).
 */
export async function createEngine(corpusDir: string, options: EngineOptions = {}): Promise<LoadedEngine> {
  const { cacheDir = null, log = () => undefined, onArticles, onReadingCorpus, beforeSave, shards, deferSave = false } = options;
  const warn = options.warn ?? log;
  const clock = new PhaseClock();
  const [signature, { lexicon, problems: lexiconProblems }] = await Promise.all([
    cacheDir === null ? null : folderSignature(corpusDir, lexiconFiles(corpusDir)),
    loadLexicon(corpusDir),
  ]);
  // Unchanged files since the snapshot was last served or saved: load it without reading the corpus.
  const known = cacheDir !== null && signature !== null ? knownKey(cacheDir, signature.signature) : null;
  let knownMiss: string | null = null;
  if (cacheDir !== null && known !== null) {
    const served = await servedSnapshot(cacheDir, known, lexicon, log);
    if (served.ok) return { ...served.engine, corpusDir, lexiconProblems, derived: await derivedOf(cacheDir, known) };
    knownMiss = served.miss;
  }
  // The corpus bytes are held (in `read.files`) until parsed, then let go: at a million passages they are 350 MB.
  onReadingCorpus?.();
  const read: { files: CorpusFiles | null } = { files: await readCorpusFiles(corpusDir) };
  clock.phase("lexicon and reading the corpus");
  const key = cacheDir === null ? null : await keyOrNull(read.files!, lexicon, log);
  clock.phase("key");
  const remember = () => {
    if (cacheDir !== null && signature !== null && key !== null) rememberKey(cacheDir, signature, key);
  };
  const derived = cacheDir !== null && key !== null ? await derivedOf(cacheDir, key) : NO_DERIVED_CACHE;
  let miss: string | null = null;
  if (cacheDir !== null && key !== null) {
    const served = key === known && knownMiss !== null ? { ok: false as const, miss: knownMiss } : await servedSnapshot(cacheDir, key, lexicon, log);
    if (served.ok) {
      remember();
      return { ...served.engine, corpusDir, lexiconProblems, derived };
    }
    miss = served.miss;
  }
  const corpus = parseCorpus(read.files!);
  read.files = null;
  clock.phase("parsing");
  onArticles?.(corpus.articles, { lexicon, derived });
  clock.phase("onArticles");
  const base = cacheDir !== null && key !== null ? await baseKey(lexicon).catch(() => null) : null;
  const updated = cacheDir !== null && base !== null ? await updatedFromBase(cacheDir, base, corpus.articles, lexicon, (m) => log(`index: snapshot ${miss}; ${m}`)) : null;
  const sharded = !updated && shards !== undefined && corpus.articles.length >= shards.minArticles;
  if (!updated && miss !== null) log(`index: snapshot ${miss}; building (before the build, ms: ${clock.summary()})`);
  // From here to "built" nothing else runs: the build is one synchronous stretch (a worker thread keeps the bot
  // free), or two, on two threads, with a pause while this one waits for the other.
  const started = performance.now();
  const engine: LoadedEngine = {
    ...(updated ?? (sharded ? await engineInShards(corpus.articles, lexicon, { log, ...shards }) : engineFromArticles(corpus.articles, lexicon))),
    corpusDir,
    corpusProblems: corpus.problems,
    lexiconProblems,
    derived,
  };
  if (!updated) log(`index: built in ${Math.round(performance.now() - started)} ms (${engine.index.passages.length} passages${sharded ? ", two threads" : ""})`);
  if (cacheDir === null || key === null) return engine;
  const save = async () => {
    try {
      const saveStarted = performance.now();
      // Its "waiting before the texts": whether the caller's work (loadCore: actor discovery) still held up the start.
      const phases = await saveSnapshot(cacheDir, key, engine, beforeSave);
      if (base !== null) await noteBase(cacheDir, base, key);
      remember();
      log(`index: snapshot ${key.slice(0, 12)} saved in ${Math.round(performance.now() - saveStarted)} ms (${phases})`);
    } catch (e) {
      warn(`index: snapshot not saved (${(e as Error).message}); every start builds the index until INDEX_CACHE_DIR is a writable folder (or "off")`);
    }
  };
  if (!deferSave) {
    await save();
    return engine;
  }
  let saving: Promise<void> | undefined;
  return Object.assign(engine, { saveSnapshot: () => (saving ??= save()) });
}

/**
 * At most this share of a corpus's articles (added, changed or removed) is brought up to date incrementally from the
 * snapshot of the corpus before; more changes rebuild (the decompounder then learns the new words too).
 */
export const INCREMENTAL_MAX_SHARE = 0.1;

/**
 * The engine of `articles` from the newest snapshot of the same base (lexicon, analyzer, code) by adding and removing
 * the articles that differ (liveIndex.ts): a reload after one new article costs a snapshot load and one article's
 * passages, not a rebuild. Null when there is no such snapshot or too much changed.
 */
async function updatedFromBase(cacheDir: string, base: string, articles: Article[], lexicon: Lexicon, log: (message: string) => void): Promise<Engine | null> {
  const previous = await latestOfBase(cacheDir, base);
  if (previous === null) return null;
  const started = performance.now();
  const loaded = await loadSnapshot(cacheDir, previous, lexicon);
  if (!loaded.ok) return null;
  const changes = diffArticles(loaded.engine.index.articles, articles);
  const changed = changes.added.length + changes.removed.length;
  if (changed > Math.max(1, INCREMENTAL_MAX_SHARE * articles.length)) return null;
  const engine = updateEngine({ index: loaded.engine.index, lexicon }, changes);
  log(`updated from snapshot ${previous.slice(0, 12)} in ${Math.round(performance.now() - started)} ms (${changes.added.length} added or changed, ${changes.removed.length} removed; ${engine.index.passages.length} passages)`);
  return engine;
}

/** The snapshot of `key`, loaded; the next change of the corpus then starts from it (noteBase). */
async function servedSnapshot(cacheDir: string, key: string, lexicon: Lexicon, log: (message: string) => void): Promise<{ ok: true; engine: Engine & Pick<LoadedEngine, "corpusProblems"> } | { ok: false; miss: string }> {
  const started = performance.now();
  const loaded = await loadSnapshot(cacheDir, key, lexicon);
  if (!loaded.ok) return { ok: false, miss: `${loaded.reason} (${loaded.detail})` };
  log(`index: snapshot ${key.slice(0, 12)} loaded in ${Math.round(performance.now() - started)} ms (${loaded.engine.index.passages.length} passages)`);
  const base = await baseKey(lexicon).catch(() => null);
  if (base !== null) await noteBase(cacheDir, base, key);
  return { ok: true, engine: loaded.engine };
}

async function derivedOf(cacheDir: string, key: string): Promise<DerivedCache> {
  return derivedCache(cacheDir, `${key}:${await codeFingerprint(DERIVING_FOLDERS)}`);
}

async function keyOrNull(files: CorpusFiles, lexicon: Lexicon, log: (message: string) => void): Promise<string | null> {
  try {
    return await snapshotKey(files, lexicon);
  } catch (e) {
    log(`index: snapshot unavailable (${(e as Error).message}); building`);
    return null;
  }
}

export function engineFromArticles(articles: Article[], lexicon: Lexicon): Engine {
  const passages: Passage[] = articles.flatMap(splitPassages);
  // The passages are read once: the tokens give the decompounder its corpus words, then the index.
  const tokens = tokenizePassages(passages);
  const analyzer = new Analyzer({ variants: lexicon.variants, dictionary: dictionaryOf(letterRuns(tokens), lexicon), lemmas: lexicon.general.lemmas });
  return { index: buildPassageIndex(articles, passages, analyzer, tokens), lexicon };
}

/** {@link engineFromArticles} on two threads: the same engine (shardedBuild.ts). */
export async function engineInShards(articles: Article[], lexicon: Lexicon, options: ShardedBuildOptions): Promise<Engine> {
  return { index: await buildIndexInShards(articles, lexicon, options), lexicon };
}

/**
 * Words the decompounder may split against: the lexicon's German words plus the corpus's own vocabulary (its runs of
 * four and more letters, each distinct spelling folded once).
 */
export function dictionaryOf(corpusWords: Iterable<string>, lexicon: Lexicon): Set<string> {
  const words = new Set<string>(lexiconWords(lexicon));
  for (const w of corpusWords) words.add(foldWord(w));
  return words;
}

/**
 * The engine with articles added, replaced or removed in place of a rebuild (see liveIndex.ts). Takes the engine's
 * index over: use only the returned engine. The snapshot of the new corpus is not written here: a later
 * {@link createEngine} of the folder (e.g. in the background) builds and saves it.
 */
export function updateEngine<E extends Engine & { derived?: DerivedCache }>(engine: E, changes: ArticleChanges): E {
  // Values derived from the old corpus no longer apply.
  return { ...engine, index: updateIndex(engine.index, changes), ...(engine.derived ? { derived: NO_DERIVED_CACHE } : {}) };
}

export function describeProblems(engine: LoadedEngine): string[] {
  return [...engine.corpusProblems.map(formatProblem), ...engine.lexiconProblems];
}
