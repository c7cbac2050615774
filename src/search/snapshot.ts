/**
 * Index snapshots: a built engine saved to `<cacheDir>/index-<key>.snap` and loaded back at the next start,
 * so a large corpus is analyzed once rather than at every start.
 *
 * The key is a sha256 over everything the index is derived from: the snapshot format, the analyzer version,
 * a fingerprint of the corpus/analysis/search code, the article files (sorted names and bytes, plus
 * `articles.json`) and the lexicon files (`lexicon.sources`). A snapshot for another key is never served.
 *
 * File layout (little-endian):
 *
 *     "VBSNAPv1"  u32 headerBytes  header (JSON)  section…
 *
 * The header names the format, the key, the analyzer version and each section's offset, length and CRC-32;
 * the file is read whole and every section checked, so a truncated or altered file is reported as corrupt.
 * Sections:
 *  - `meta`      JSON: MiniSearch scalars (documentCount, nextId, fieldIds, averageFieldLength, dirtCount), counts, corpus problems
 *  - `articles`  JSON: the articles without their text; `texts`: u32 byte lengths, then the UTF-8 texts
 *  - `passages`  i32 × 7 per passage (article, ordinal, start, end, heading start, heading end, sentence count),
 *                then i32 pairs of sentence offsets in the article; passages that are not plain slices of their
 *                article (or carry other fields) are kept whole in `passageLiterals` (JSON)
 *  - `docs`      i32 external id per MiniSearch short id, then i32 field lengths (−1 for none) per document and field
 *  - `terms`     JSON array: the index terms in MiniSearch order, then df-only terms
 *  - `termOffsets` i32 per index term: where its postings start
 *  - `postings`  varints: per term, its field count, then per field: field id, count, (zigzag doc-id delta, frequency)…;
 *                kept encoded after loading and decoded per term on first use (see {@link LazyPostings})
 *  - `df`        varints: (term number, passage count) in the df map's order
 *  - `dictionary` JSON array: the decompounder's words (the Analyzer is rebuilt with them)
 *  - `stored`    JSON: MiniSearch stored fields (empty with the current options)
 *
 * MiniSearch's documents, field lengths and postings are read and restored through {@link PassageSearch}.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm, stat, utimes } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { crc32 } from "node:zlib";
import { ANALYZER_VERSION, Analyzer } from "../analysis/analyzer.js";
import { type Lexicon, loadLexicon } from "../analysis/lexicon.js";
import { type CorpusProblem, loadCorpus } from "../corpus/loadCorpus.js";
import { METADATA_FILE } from "../corpus/metadataFile.js";
import type { Article, Passage } from "../corpus/types.js";
import { type Engine, engineFromArticles, type LoadedEngine } from "./engine.js";
import type { PassageIndex } from "./passageIndex.js";
import { type FieldPostings, PassageSearch } from "./passageSearch.js";

/** Bumped whenever the file layout changes. */
export const SNAPSHOT_FORMAT = 1;
const MAGIC = "VBSNAPv1";
/** Snapshots kept in a cache folder (the newest first): a bot and a CLI on two corpora do not evict each other. */
export const KEEP_SNAPSHOTS = 3;
/** Temporary files of interrupted saves older than this are removed. */
const STALE_TEMP_MS = 60 * 60 * 1000;

export interface EngineParts extends Engine {
  corpusProblems: CorpusProblem[];
  /** The words the Analyzer's decompounder was built with; read from its splitter when absent. */
  dictionary?: Iterable<string>;
}

export type SnapshotEngine = Engine & { corpusProblems: CorpusProblem[] };

export type SnapshotResult =
  | { ok: true; engine: SnapshotEngine }
  | { ok: false; reason: "missing" | "stale" | "corrupt"; detail: string };

export function snapshotPath(cacheDir: string, key: string): string {
  return path.join(cacheDir, `index-${key}.snap`);
}

// ---------------------------------------------------------------------------------------------
// Key

/**
 * sha256 over (format, analyzer version, code fingerprint, sorted article file names and bytes,
 * articles.json, lexicon sources). Reads every article file: about 1 s for 20,000 files.
 */
export async function snapshotKey(corpusDir: string, lexicon: Lexicon): Promise<string> {
  const hash = createHash("sha256");
  const field = (label: string, bytes: Uint8Array | string) => {
    const data = typeof bytes === "string" ? Buffer.from(bytes) : bytes;
    hash.update(`${label}\0${data.length}\0`);
    hash.update(data);
  };
  field("snapshot-format", String(SNAPSHOT_FORMAT));
  field("analyzer-version", String(ANALYZER_VERSION));
  field("code", await codeFingerprint());

  const names = (await readdir(corpusDir, { withFileTypes: true }))
    .filter((d) => d.isFile() && d.name.endsWith(".txt"))
    .map((d) => d.name)
    .sort();
  const BATCH = 128;
  for (let i = 0; i < names.length; i += BATCH) {
    const batch = names.slice(i, i + BATCH);
    const contents = await Promise.all(batch.map((name) => readFile(path.join(corpusDir, name)).catch((e: NodeJS.ErrnoException) => e)));
    batch.forEach((name, j) => {
      const bytes = contents[j]!;
      field(`article:${name}`, bytes instanceof Error ? `unreadable:${bytes.code ?? bytes.message}` : bytes);
    });
  }
  field("metadata", await readFile(path.join(corpusDir, METADATA_FILE)).catch(() => "none"));
  for (const source of lexicon.sources) {
    field(`lexicon:${path.basename(source)}`, await readFile(source).catch(() => "unreadable"));
  }
  return hash.digest("hex").slice(0, 32);
}

let fingerprint: Promise<string> | undefined;

/**
 * Hash of the modules that decide articles, passages and index terms (src/corpus, src/analysis, src/search)
 * and of the minisearch and stemmer versions: editing them invalidates snapshots without a version bump.
 */
function codeFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const hash = createHash("sha256");
    const here = path.dirname(fileURLToPath(import.meta.url));
    for (const dir of ["corpus", "analysis", "search"]) {
      const full = path.join(here, "..", dir);
      const files = existsSync(full) ? (await readdir(full)).filter((f) => /\.(?:[cm]?js|ts)$/.test(f) && !f.endsWith(".d.ts")).sort() : [];
      for (const f of files) {
        hash.update(`${dir}/${f}\0`);
        hash.update(await readFile(path.join(full, f)));
      }
    }
    for (const pkg of ["minisearch", "@orama/stemmers"]) hash.update(`${pkg}@${packageVersion(pkg)}\0`);
    return hash.digest("hex");
  })();
  return fingerprint;
}

function packageVersion(name: string): string {
  try {
    let dir = path.dirname(createRequire(import.meta.url).resolve(name));
    for (let i = 0; i < 6; i++) {
      const manifest = path.join(dir, "package.json");
      if (existsSync(manifest)) {
        const json = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string };
        if (json.name === name) return json.version ?? "?";
      }
      dir = path.dirname(dir);
    }
  } catch {
    // Unresolvable: the key still covers everything else.
  }
  return "?";
}

// ---------------------------------------------------------------------------------------------
// Binary helpers

class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  length = 0;

  private ensure(extra: number): void {
    if (this.length + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  varint(value: number): void {
    this.ensure(10);
    let v = value;
    while (v >= 0x80) {
      this.buf[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.length++] = v;
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

class ByteReader {
  pos = 0;
  constructor(private readonly buf: Uint8Array) {}

  varint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (this.pos >= this.buf.length) throw new CorruptSnapshot("varint past the end of a section");
      const b = this.buf[this.pos++]!;
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 0x80;
      if (scale > 2 ** 53) throw new CorruptSnapshot("varint too long");
    }
  }

  get done(): boolean {
    return this.pos >= this.buf.length;
  }
}

const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (n: number) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

function int32Bytes(values: Int32Array): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

/** Copies so the view is aligned for Int32Array. */
function int32View(bytes: Uint8Array): Int32Array {
  if (bytes.byteLength % 4 !== 0) throw new CorruptSnapshot("misaligned int32 section");
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Int32Array(copy.buffer);
}

class CorruptSnapshot extends Error {}

// ---------------------------------------------------------------------------------------------
// Save

interface Header {
  magic: typeof MAGIC;
  format: number;
  key: string;
  analyzerVersion: number;
  created: string;
  sections: Array<{ name: string; offset: number; length: number; crc32: number }>;
}

interface Meta {
  articles: number;
  passages: number;
  indexTerms: number;
  documentCount: number;
  nextId: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  dirtCount: number;
  corpusProblems: CorpusProblem[];
}

const PASSAGE_KEYS = new Set(["id", "articleId", "ordinal", "text", "start", "heading", "sentences"]);
const PASSAGE_INTS = 7;

/** Writes the snapshot atomically (temporary file, fsync, rename), then removes older snapshots beyond {@link KEEP_SNAPSHOTS}. */
export async function saveSnapshot(cacheDir: string, key: string, parts: EngineParts): Promise<void> {
  const sections = encodeSections(parts);
  const target = snapshotPath(cacheDir, key);
  await mkdir(cacheDir, { recursive: true });
  const temp = `${target}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  const header: Header = { magic: MAGIC, format: SNAPSHOT_FORMAT, key, analyzerVersion: ANALYZER_VERSION, created: new Date().toISOString(), sections: [] };
  let offset = 0;
  for (const [name, bytes] of sections) {
    header.sections.push({ name, offset, length: bytes.byteLength, crc32: crc32(bytes) });
    offset += bytes.byteLength;
  }
  const headerBytes = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(MAGIC.length + 4);
  prefix.write(MAGIC, 0, "latin1");
  prefix.writeUInt32LE(headerBytes.length, MAGIC.length);

  const file = await open(temp, "w");
  try {
    await file.write(prefix);
    await file.write(headerBytes);
    for (const [, bytes] of sections) {
      for (let at = 0; at < bytes.byteLength; at += 64 << 20) await file.write(bytes.subarray(at, Math.min(bytes.byteLength, at + (64 << 20))));
    }
    await file.sync();
    await file.close();
    await rename(temp, target);
  } catch (e) {
    await file.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw e;
  }
  await pruneSnapshots(cacheDir, target);
}

function encodeSections(parts: EngineParts): Array<[string, Uint8Array]> {
  const { index } = parts;
  const state = index.search.state();
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));

  // Articles: metadata as JSON, texts as UTF-8 with lengths.
  const articleNumber = new Map<string, number>();
  const textBytes: Buffer[] = [];
  const textLengths = new Int32Array(index.articles.length);
  const articleMeta = index.articles.map((a, i) => {
    articleNumber.set(a.id, i);
    const bytes = Buffer.from(a.text);
    textBytes.push(bytes);
    textLengths[i] = bytes.length;
    const { text: _text, ...rest } = a;
    return rest;
  });
  const texts = Buffer.concat([Buffer.from(int32Bytes(textLengths)), ...textBytes]);

  // Passages: offsets into their article where they are plain slices of it.
  const ints = new Int32Array(index.passages.length * PASSAGE_INTS);
  const sentenceOffsets: number[] = [];
  const literals: Record<number, Passage> = {};
  index.passages.forEach((p, i) => {
    const encoded = encodePassage(p, index, articleNumber);
    if (encoded === null) {
      literals[i] = p;
      ints.fill(-1, i * PASSAGE_INTS, (i + 1) * PASSAGE_INTS);
      return;
    }
    ints.set(encoded.ints, i * PASSAGE_INTS);
    for (const o of encoded.sentences) sentenceOffsets.push(o);
  });
  const passages = Buffer.concat([Buffer.from(int32Bytes(ints)), Buffer.from(int32Bytes(Int32Array.from(sentenceOffsets)))]);

  // MiniSearch: documents, terms, postings.
  const fieldIds = state.fieldIds;
  const fieldCount = fieldCountOf(fieldIds);
  const docIds = [...state.documentIds];
  const docCount = docIds.length;
  const docs = new Int32Array(docCount + docCount * fieldCount);
  docIds.forEach(([shortId, id], i) => {
    if (shortId !== i || typeof id !== "number" || !Number.isInteger(id) || id < 0 || id > 0x7fffffff) {
      throw new Error(`snapshot: unexpected MiniSearch document id ${String(shortId)} → ${String(id)}`);
    }
    docs[i] = id;
    const lengths = state.fieldLength.get(shortId);
    for (let f = 0; f < fieldCount; f++) {
      const v = lengths?.[f];
      docs[docCount + i * fieldCount + f] = v === undefined ? -1 : v;
    }
  });

  const terms: string[] = [];
  const termNumber = new Map<string, number>();
  const postings = new ByteWriter();
  const termOffsets: number[] = [];
  const writeTerm = (term: string, data: ReadonlyMap<number, ReadonlyMap<number, number>>) => {
    termNumber.set(term, terms.length);
    terms.push(term);
    termOffsets.push(postings.length);
    postings.varint(data.size);
    for (const [fieldId, freqs] of data) {
      postings.varint(fieldId);
      postings.varint(freqs.size);
      let previous = 0;
      for (const [docId, freq] of freqs) {
        postings.varint(zigzag(docId - previous));
        postings.varint(freq);
        previous = docId;
      }
    }
  };
  for (const [term, data] of index.search.postingsByTerm()) writeTerm(term, data);
  const indexTerms = terms.length;
  const df = new ByteWriter();
  for (const [term, count] of index.df) {
    let n = termNumber.get(term);
    if (n === undefined) {
      n = terms.length;
      termNumber.set(term, n);
      terms.push(term);
    }
    df.varint(n);
    df.varint(count);
  }

  const stored = Object.fromEntries(state.storedFields);
  const dictionary = [...(parts.dictionary ?? index.analyzer.splitter.knownWords())];
  const meta: Meta = {
    articles: index.articles.length,
    passages: index.passages.length,
    indexTerms,
    documentCount: index.search.documentCount,
    nextId: state.nextId,
    fieldIds,
    averageFieldLength: [...state.averageFieldLength],
    dirtCount: index.search.dirtCount,
    corpusProblems: parts.corpusProblems,
  };
  return [
    ["meta", json(meta)],
    ["articles", json(articleMeta)],
    ["texts", texts],
    ["passages", passages],
    ["passageLiterals", json(literals)],
    ["docs", int32Bytes(docs)],
    ["terms", json(terms)],
    ["termOffsets", int32Bytes(Int32Array.from(termOffsets))],
    ["postings", postings.bytes()],
    ["df", df.bytes()],
    ["dictionary", json(dictionary)],
    ["stored", json(stored)],
  ];
}

function fieldCountOf(fieldIds: Record<string, number>): number {
  return Math.max(-1, ...Object.values(fieldIds)) + 1;
}

function encodePassage(p: Passage, index: PassageIndex, articleNumber: Map<string, number>): { ints: number[]; sentences: number[] } | null {
  for (const k of Object.keys(p)) if (!PASSAGE_KEYS.has(k)) return null;
  const a = articleNumber.get(p.articleId);
  if (a === undefined) return null;
  const article = index.articles[a]!;
  if (p.id !== `${article.id}#${p.ordinal}` || !Number.isInteger(p.ordinal)) return null;
  const end = p.start + p.text.length;
  if (article.text.slice(p.start, end) !== p.text) return null;
  let headingStart = -1;
  let headingEnd = -1;
  if ("heading" in p) {
    if (typeof p.heading !== "string" || p.heading.length === 0) return null;
    headingStart = article.text.lastIndexOf(p.heading, p.start);
    if (headingStart < 0) headingStart = article.text.indexOf(p.heading);
    if (headingStart < 0) return null;
    headingEnd = headingStart + p.heading.length;
  }
  const sentences: number[] = [];
  let from = p.start;
  for (const s of p.sentences) {
    let at = article.text.indexOf(s, from);
    if (at < 0 || at + s.length > end) at = article.text.indexOf(s, p.start);
    if (at < 0) return null;
    sentences.push(at, at + s.length);
    from = at + s.length;
  }
  return { ints: [a, p.ordinal, p.start, end, headingStart, headingEnd, p.sentences.length], sentences };
}

async function pruneSnapshots(cacheDir: string, current: string): Promise<void> {
  try {
    const entries = await readdir(cacheDir);
    const snapshots: Array<{ file: string; mtime: number }> = [];
    const now = Date.now();
    for (const name of entries) {
      if (!name.startsWith("index-")) continue;
      const file = path.join(cacheDir, name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) continue;
      if (/\.snap\.tmp-/.test(name)) {
        if (now - info.mtimeMs > STALE_TEMP_MS) await rm(file, { force: true });
      } else if (name.endsWith(".snap") && file !== current) {
        snapshots.push({ file, mtime: info.mtimeMs });
      }
    }
    snapshots.sort((x, y) => y.mtime - x.mtime);
    for (const old of snapshots.slice(KEEP_SNAPSHOTS - 1)) await rm(old.file, { force: true });
  } catch {
    // Pruning is housekeeping; a failure leaves old files behind, nothing worse.
  }
}

// ---------------------------------------------------------------------------------------------
// Load

/** Loads the snapshot for `key`; a missing, stale or corrupt file is reported, never served. */
export async function loadSnapshot(cacheDir: string, key: string, lexicon: Lexicon): Promise<SnapshotResult> {
  const file = snapshotPath(cacheDir, key);
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "ENOENT" || code === "ENOTDIR" ? "missing" : "corrupt", detail: `${file}: ${code ?? (e as Error).message}` };
  }
  try {
    const header = readHeader(buf);
    if (header.key !== key) return { ok: false, reason: "stale", detail: `${file}: built for key ${String(header.key).slice(0, 12)}…, expected ${key.slice(0, 12)}…` };
    if (header.analyzerVersion !== ANALYZER_VERSION) return { ok: false, reason: "stale", detail: `${file}: analyzer version ${header.analyzerVersion}, expected ${ANALYZER_VERSION}` };
    const engine = decode(buf, header, lexicon);
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
    return { ok: true, engine };
  } catch (e) {
    if (e instanceof CorruptSnapshot || e instanceof SyntaxError || e instanceof RangeError || e instanceof TypeError) {
      return { ok: false, reason: "corrupt", detail: `${file}: ${e.message}` };
    }
    throw e;
  }
}

function readHeader(buf: Buffer): Header & { dataStart: number } {
  const start = MAGIC.length + 4;
  if (buf.length < start || buf.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new CorruptSnapshot("not a snapshot file (bad magic)");
  const headerLength = buf.readUInt32LE(MAGIC.length);
  if (start + headerLength > buf.length) throw new CorruptSnapshot("truncated header");
  const header = JSON.parse(buf.toString("utf8", start, start + headerLength)) as Header;
  if (header?.magic !== MAGIC || typeof header.key !== "string" || !Array.isArray(header.sections)) throw new CorruptSnapshot("malformed header");
  if (header.format !== SNAPSHOT_FORMAT) throw new CorruptSnapshot(`format ${String(header.format)}, expected ${SNAPSHOT_FORMAT}`);
  const dataStart = start + headerLength;
  const total = header.sections.reduce((sum, s) => sum + s.length, 0);
  if (dataStart + total !== buf.length) throw new CorruptSnapshot(`size ${buf.length} bytes, expected ${dataStart + total} (truncated or extended)`);
  return { ...header, dataStart };
}

function decode(buf: Buffer, header: Header & { dataStart: number }, lexicon: Lexicon): SnapshotEngine {
  const section = (name: string): Buffer => {
    const s = header.sections.find((x) => x.name === name);
    if (!s) throw new CorruptSnapshot(`missing section ${name}`);
    const bytes = buf.subarray(header.dataStart + s.offset, header.dataStart + s.offset + s.length);
    if (bytes.length !== s.length || crc32(bytes) !== s.crc32) throw new CorruptSnapshot(`section ${name} fails its checksum`);
    return bytes;
  };
  const json = <T>(name: string): T => JSON.parse(section(name).toString("utf8")) as T;

  const meta = json<Meta>("meta");
  const articleMeta = json<Array<Omit<Article, "text">>>("articles");
  if (!Array.isArray(articleMeta) || articleMeta.length !== meta.articles) throw new CorruptSnapshot("article count mismatch");

  const textSection = section("texts");
  const lengths = int32View(textSection.subarray(0, meta.articles * 4));
  let at = meta.articles * 4;
  const articles: Article[] = articleMeta.map((m, i) => {
    const length = lengths[i]!;
    if (length < 0 || at + length > textSection.length) throw new CorruptSnapshot("article text out of bounds");
    const text = textSection.toString("utf8", at, at + length);
    at += length;
    return { ...m, text } as Article;
  });
  if (at !== textSection.length) throw new CorruptSnapshot("article texts size mismatch");

  const passageSection = section("passages");
  const ints = int32View(passageSection.subarray(0, meta.passages * PASSAGE_INTS * 4));
  const sentenceOffsets = int32View(passageSection.subarray(meta.passages * PASSAGE_INTS * 4));
  const literals = json<Record<string, Passage>>("passageLiterals");
  const passages: Passage[] = new Array(meta.passages);
  let s = 0;
  for (let i = 0; i < meta.passages; i++) {
    const o = i * PASSAGE_INTS;
    if (ints[o] === -1) {
      const literal = literals[i];
      if (!literal) throw new CorruptSnapshot(`passage ${i} missing`);
      passages[i] = literal;
      continue;
    }
    const article = articles[ints[o]!];
    const count = ints[o + 6]!;
    if (!article || count < 0 || s + count * 2 > sentenceOffsets.length) throw new CorruptSnapshot(`passage ${i} out of bounds`);
    const { text } = article;
    const start = ints[o + 2]!;
    const sentences: string[] = new Array(count);
    for (let k = 0; k < count; k++, s += 2) sentences[k] = text.slice(sentenceOffsets[s]!, sentenceOffsets[s + 1]!);
    passages[i] = {
      id: `${article.id}#${ints[o + 1]}`,
      articleId: article.id,
      ordinal: ints[o + 1]!,
      text: text.slice(start, ints[o + 3]!),
      start,
      ...(ints[o + 4]! >= 0 ? { heading: text.slice(ints[o + 4]!, ints[o + 5]!) } : {}),
      sentences,
    };
  }
  if (s !== sentenceOffsets.length) throw new CorruptSnapshot("sentence offsets size mismatch");

  const dictionary = json<string[]>("dictionary");
  const analyzer = new Analyzer({ variants: lexicon.variants, dictionary, lemmas: lexicon.general.lemmas });
  const terms = json<string[]>("terms");
  const search = decodeSearch(meta, section("docs"), terms, int32View(section("termOffsets")), section("postings"), json<Record<string, unknown>>("stored"), analyzer);

  const df = new Map<string, number>();
  const dfReader = new ByteReader(section("df"));
  while (!dfReader.done) {
    const term = terms[dfReader.varint()];
    if (term === undefined) throw new CorruptSnapshot("df term out of range");
    df.set(term, dfReader.varint());
  }

  const index: PassageIndex = { articles, articleById: new Map(articles.map((a) => [a.id, a])), passages, search, df, analyzer };
  return { index, lexicon, corpusProblems: meta.corpusProblems };
}

function decodeSearch(meta: Meta, docsBytes: Buffer, terms: string[], termOffsets: Int32Array, postingBytes: Buffer, stored: Record<string, unknown>, analyzer: Analyzer): PassageSearch {
  const fieldCount = fieldCountOf(meta.fieldIds);
  const docs = int32View(docsBytes);
  const docCount = docs.length / (1 + fieldCount);
  if (!Number.isInteger(docCount) || docCount !== meta.documentCount) throw new CorruptSnapshot("document count mismatch");
  const documentIds = new Map<number, number>();
  const fieldLength = new Map<number, number[]>();
  for (let i = 0; i < docCount; i++) {
    documentIds.set(i, docs[i]!);
    const lengths: number[] = [];
    for (let f = 0; f < fieldCount; f++) {
      const v = docs[docCount + i * fieldCount + f]!;
      if (v >= 0) lengths[f] = v;
    }
    fieldLength.set(i, lengths);
  }
  if (termOffsets.length !== meta.indexTerms || terms.length < meta.indexTerms) throw new CorruptSnapshot("term count mismatch");
  // Postings stay encoded in one buffer (a copy, so the file buffer can go) and are decoded per term on first use.
  const postings = Uint8Array.prototype.slice.call(postingBytes);
  let previous = -1;
  for (const offset of termOffsets) {
    if (offset <= previous || offset >= postings.length) throw new CorruptSnapshot("term offsets out of order");
    previous = offset;
  }
  const lazy = function* (): Generator<[string, FieldPostings]> {
    for (let t = 0; t < meta.indexTerms; t++) yield [terms[t]!, new LazyPostings(postings, termOffsets[t]!)];
  };
  const storedFields = new Map(Object.entries(stored).map(([k, v]) => [Number(k), v as Record<string, unknown>]));
  const state = { documentCount: meta.documentCount, nextId: meta.nextId, fieldIds: meta.fieldIds, averageFieldLength: meta.averageFieldLength, dirtCount: meta.dirtCount, documentIds, fieldLength, storedFields };
  return PassageSearch.restore(analyzer, state, lazy());
}

function decodePostings(bytes: Uint8Array, offset: number, into: FieldPostings = new Map()): FieldPostings {
  const reader = new ByteReader(bytes);
  reader.pos = offset;
  const fields = reader.varint();
  for (let f = 0; f < fields; f++) {
    const fieldId = reader.varint();
    const n = reader.varint();
    const freqs = new Map<number, number>();
    let doc = 0;
    for (let k = 0; k < n; k++) {
      doc += unzigzag(reader.varint());
      freqs.set(doc, reader.varint());
    }
    Map.prototype.set.call(into, fieldId, freqs);
  }
  return into;
}

/**
 * One term's postings (field id → document → frequency), decoded from the snapshot on first use.
 * Loading 200,000 passages thus costs one small object per term instead of ten million map entries,
 * and a query decodes only the terms it touches. Every Map method decodes first, so MiniSearch sees a plain Map.
 */
class LazyPostings extends Map<number, Map<number, number>> {
  #bytes: Uint8Array | null;
  readonly #offset: number;

  constructor(bytes: Uint8Array, offset: number) {
    super();
    this.#bytes = bytes;
    this.#offset = offset;
  }

  #load(): void {
    const bytes = this.#bytes;
    if (bytes === null) return;
    this.#bytes = null;
    decodePostings(bytes, this.#offset, this);
  }

  override get(key: number): Map<number, number> | undefined {
    this.#load();
    return super.get(key);
  }

  override has(key: number): boolean {
    this.#load();
    return super.has(key);
  }

  override set(key: number, value: Map<number, number>): this {
    this.#load();
    return super.set(key, value);
  }

  override delete(key: number): boolean {
    this.#load();
    return super.delete(key);
  }

  override clear(): void {
    this.#bytes = null;
    super.clear();
  }

  override get size(): number {
    this.#load();
    return super.size;
  }

  override forEach(fn: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void, thisArg?: unknown): void {
    this.#load();
    super.forEach(fn, thisArg);
  }

  override keys(): MapIterator<number> {
    this.#load();
    return super.keys();
  }

  override values(): MapIterator<Map<number, number>> {
    this.#load();
    return super.values();
  }

  override entries(): MapIterator<[number, Map<number, number>]> {
    this.#load();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    this.#load();
    return super[Symbol.iterator]();
  }
}

// ---------------------------------------------------------------------------------------------
// Start-up composition

/**
 * createEngine with a snapshot cache: loads the lexicon, computes the key, serves a fresh snapshot, or builds
 * (loadCorpus → engineFromArticles) and saves one. A cache problem is logged and never stops the start.
 * `cacheDir` null disables the cache (INDEX_CACHE_DIR=off).
 */
export async function createEngineCached(corpusDir: string, cacheDir: string | null, log: (message: string) => void = () => undefined): Promise<LoadedEngine> {
  const { lexicon, problems: lexiconProblems } = await loadLexicon(corpusDir);
  let key: string | null = null;
  if (cacheDir !== null) {
    try {
      const started = performance.now();
      key = await snapshotKey(corpusDir, lexicon);
      const loaded = await loadSnapshot(cacheDir, key, lexicon);
      if (loaded.ok) {
        log(`index: snapshot ${key.slice(0, 12)} loaded in ${Math.round(performance.now() - started)} ms (${loaded.engine.index.passages.length} passages)`);
        return { ...loaded.engine, corpusDir, lexiconProblems };
      }
      log(`index: snapshot ${loaded.reason} (${loaded.detail}); building`);
    } catch (e) {
      // An unreadable corpus folder is reported by loadCorpus below, with its usual message.
      log(`index: snapshot unavailable (${(e as Error).message}); building`);
      key = null;
    }
  }
  const started = performance.now();
  const corpus = await loadCorpus(corpusDir);
  const engine = engineFromArticles(corpus.articles, lexicon);
  log(`index: built in ${Math.round(performance.now() - started)} ms (${engine.index.passages.length} passages)`);
  const loaded: LoadedEngine = { ...engine, corpusDir, corpusProblems: corpus.problems, lexiconProblems };
  if (cacheDir !== null && key !== null) {
    try {
      const saveStarted = performance.now();
      // The files may have changed while they were read; a snapshot must hold what its key names.
      if ((await snapshotKey(corpusDir, lexicon)) !== key) {
        log("index: corpus changed during the build; snapshot not saved");
      } else {
        await saveSnapshot(cacheDir, key, loaded);
        log(`index: snapshot ${key.slice(0, 12)} saved in ${Math.round(performance.now() - saveStarted)} ms`);
      }
    } catch (e) {
      log(`index: snapshot not saved (${(e as Error).message})`);
    }
  }
  return loaded;
}
