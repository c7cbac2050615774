/**
 * Index snapshots: a loaded snapshot answers exactly like a fresh build; any change to the corpus or the
 * lexicon changes the key; a damaged or foreign file is reported (corrupt / stale) and rebuilt, never served.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { crc32 } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticFiles } from "../../bench/synthetic.js";
import { loadLexicon } from "../../src/analysis/lexicon.js";
import { answer } from "../../src/answer/answer.js";
import type { Lexicon } from "../../src/analysis/lexicon.js";
import { readCorpusFiles } from "../../src/corpus/loadCorpus.js";
import { createEngine, type LoadedEngine } from "../../src/search/engine.js";
import { KEEP_SNAPSHOTS, loadSnapshot, SnapshotDecodeError, saveSnapshot, snapshotPath } from "../../src/search/snapshot/cache.js";
import { encodeSnapshot } from "../../src/search/snapshot/codec.js";
import { readSnapshotFile, SNAPSHOT_FORMAT } from "../../src/search/snapshot/file.js";
import { snapshotKey } from "../../src/search/snapshot/key.js";
import { CORPUS_DIR, SEED_FILES, tempCorpus } from "../fixtures/corpus.js";

const QUESTIONS = [
  "Mit wem telefonierte Marco Rubio am Samstag?",
  "Who is Keith Kellogg?",
  "Wann stimmte die Ukraine der Waffenruhe zu?",
  "Ab wann nehmen die USA die Militärhilfe wieder auf?",
  "rare earths agreement",
  "Was sagte Selenskyj in München über die deutsche Hilfe?",
  "Wie viele Menschen wurden in Odessa verletzt?",
  "Was sagte Trump über das Rohstoffabkommen?",
  "Wer ist der Bundespräsident von Österreich?",
  "Waffenstilstand", // typo: fuzzy alternatives go through the loaded postings
];

/** A corpus folder: the seed articles, 40 synthetic ones and one bad file (a corpus problem to carry over). */
function corpusWithSynthetics(): { dir: string; cleanup: () => void } {
  const extra: Record<string, string | Uint8Array> = { "zz_empty.txt": "" };
  for (const { file, text } of syntheticFiles(40, 11)) extra[file] = text;
  return tempCorpus(SEED_FILES, extra);
}

function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

const keyOf = async (dir: string, lexicon: Lexicon) => snapshotKey(await readCorpusFiles(dir), lexicon);

const answersOf = (engine: Parameters<typeof answer>[0]) => QUESTIONS.map((q) => JSON.stringify(answer(engine, q)));

describe("snapshot round trip", () => {
  let corpus: { dir: string; cleanup: () => void };
  let cacheDir: string;
  let fresh: LoadedEngine;
  let built: LoadedEngine;
  let loaded: LoadedEngine;
  const log: string[] = [];

  beforeAll(async () => {
    corpus = corpusWithSynthetics();
    cacheDir = tempDir("vb-cache-");
    fresh = await createEngine(corpus.dir);
    built = await createEngine(corpus.dir, { cacheDir, log: (m) => log.push(m) });
    loaded = await createEngine(corpus.dir, { cacheDir, log: (m) => log.push(m) });
  });
  afterAll(() => {
    corpus.cleanup();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it("builds and saves on the first start, loads on the second", () => {
    expect(log[0]).toMatch(/snapshot missing/);
    expect(log.some((l) => /snapshot \w+ saved/.test(l))).toBe(true);
    expect(log[log.length - 1]).toMatch(/snapshot \w+ loaded/);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith(".snap"))).toHaveLength(1);
    expect(readdirSync(cacheDir).some((f) => f.includes(".tmp-"))).toBe(false);
  });

  it("gives identical answers", () => {
    const expected = answersOf(fresh);
    expect(answersOf(built)).toEqual(expected);
    expect(answersOf(loaded)).toEqual(expected);
    // Asked twice: the second pass runs on decoded (cached) postings.
    expect(answersOf(loaded)).toEqual(expected);
    expect(JSON.parse(expected[0]!).abstained).toBe(false);
  });

  it("encodes postings still encoded (loaded: their bytes are copied) as it encodes them decoded", async () => {
    const sectionsOf = (engine: LoadedEngine) => encodeSnapshot({ index: engine.index, corpusProblems: engine.corpusProblems });
    // A build, then a load of its snapshot (the signature is known: served without reading the corpus).
    for (const engine of [await createEngine(corpus.dir), await createEngine(corpus.dir, { cacheDir })]) {
      const encoded = sectionsOf(engine);
      for (const [, postings] of engine.index.search.postingsByTerm()) void postings.size;
      expect(sectionsOf(engine)).toEqual(encoded);
    }
    // `fresh` has answered questions: some of its terms are decoded, the others still encoded.
    expect(sectionsOf(fresh)).toEqual(sectionsOf(await createEngine(corpus.dir)));
  });

  it("restores articles, passages, df and corpus problems exactly", () => {
    expect(loaded.index.articles).toEqual(fresh.index.articles);
    expect(JSON.stringify(loaded.index.passages)).toBe(JSON.stringify(fresh.index.passages));
    expect([...loaded.index.df]).toEqual([...fresh.index.df]);
    expect(loaded.corpusProblems).toEqual(fresh.corpusProblems);
    expect(loaded.corpusProblems.map((p) => p.file)).toContain("zz_empty.txt");
    expect(loaded.lexiconProblems).toEqual(fresh.lexiconProblems);
    expect(loaded.corpusDir).toBe(corpus.dir);
    expect([...loaded.index.articleById.keys()]).toEqual([...fresh.index.articleById.keys()]);
  });

  it("restores the MiniSearch index: counts, exact, prefix and fuzzy search", () => {
    const a = fresh.index.search;
    const b = loaded.index.search;
    expect(b.documentCount).toBe(a.documentCount);
    expect(b.termCount).toBe(a.termCount);
    for (const [q, options] of [
      ["waffenruh", {}],
      ["lawrow rubio telefonat", {}],
      ["ukrain", { prefix: true }],
      ["selenskij", { fuzzy: 2 }],
    ] as const) {
      expect(b.search(q, options)).toEqual(a.search(q, options));
    }
  });

  it("rebuilds the analyzer with the same decompounder dictionary", () => {
    for (const word of ["Sicherheitsgarantien", "Militärhilfe", "Außenministerium", "Energiepreisdeckel"]) {
      expect(loaded.index.analyzer.terms(word)).toEqual(fresh.index.analyzer.terms(word));
    }
  });
});

describe("snapshot key", () => {
  it("changes when an article file, a file name or a lexicon file changes, and only then", async () => {
    const corpus = tempCorpus(SEED_FILES);
    try {
      const { lexicon } = await loadLexicon(corpus.dir);
      const key = await keyOf(corpus.dir, lexicon);
      expect(key).toMatch(/^[0-9a-f]{32}$/);
      expect(await keyOf(corpus.dir, lexicon)).toBe(key);

      const file = path.join(corpus.dir, SEED_FILES[2]!);
      const original = readFileSync(file);
      writeFileSync(file, Buffer.concat([original, Buffer.from("\nEin neuer Absatz.\n")]));
      const edited = await keyOf(corpus.dir, lexicon);
      expect(edited).not.toBe(key);
      writeFileSync(file, original);
      expect(await keyOf(corpus.dir, lexicon)).toBe(key);

      copyFileSync(file, path.join(corpus.dir, "999_copy.txt"));
      expect(await keyOf(corpus.dir, lexicon)).not.toBe(key);
      rmSync(path.join(corpus.dir, "999_copy.txt"));

      // Not article files: ignored like loadCorpus ignores them.
      writeFileSync(path.join(corpus.dir, "notes.md"), "# Notizen");
      expect(await keyOf(corpus.dir, lexicon)).toBe(key);

      // A corpus-local synonyms file replaces the embedded one: new lexicon, new key.
      const synonyms = JSON.parse(readFileSync(path.join(CORPUS_DIR, "synonyms.de.json"), "utf8")) as { version: 1; groups: string[][] };
      synonyms.groups.push(["Zwiebelkuchen", "Flammkuchen"]);
      writeFileSync(path.join(corpus.dir, "synonyms.de.json"), JSON.stringify(synonyms));
      const relexed = await loadLexicon(corpus.dir);
      expect(await keyOf(corpus.dir, relexed.lexicon)).not.toBe(key);
    } finally {
      corpus.cleanup();
    }
  });

  it("a changed corpus file means a new key, so the next start brings the index up to date and serves the new text", async () => {
    const corpus = tempCorpus(SEED_FILES);
    const cacheDir = tempDir("vb-cache-");
    try {
      await createEngine(corpus.dir, { cacheDir });
      writeFileSync(path.join(corpus.dir, "005_new.txt"), " date 2025-05 Beim Zwiebelkuchenfest in Kiew sprach Selenskyj über die Waffenruhe.\n");
      const log: string[] = [];
      const engine = await createEngine(corpus.dir, { cacheDir, log: (m) => log.push(m) });
      expect(log[0]).toMatch(/snapshot missing/);
      // One new article: the previous snapshot is updated (test/search/incrementalLoad.test.ts), never served as it is.
      expect(log.some((l) => /updated from snapshot|built in/.test(l))).toBe(true);
      expect(answer(engine, "Zwiebelkuchenfest").results[0]?.file).toBe("005_new.txt");
      // Both snapshots are kept (up to KEEP_SNAPSHOTS), the newest serves the next start.
      expect(readdirSync(cacheDir).filter((f) => f.endsWith(".snap"))).toHaveLength(Math.min(2, KEEP_SNAPSHOTS));
      const again: string[] = [];
      await createEngine(corpus.dir, { cacheDir, log: (m) => again.push(m) });
      expect(again[again.length - 1]).toMatch(/loaded/);
    } finally {
      corpus.cleanup();
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});

describe("damaged and foreign snapshots", () => {
  let corpus: { dir: string; cleanup: () => void };
  let cacheDir: string;
  let key: string;
  let good: Buffer;
  let lexicon: Awaited<ReturnType<typeof loadLexicon>>["lexicon"];

  beforeAll(async () => {
    corpus = tempCorpus(SEED_FILES);
    cacheDir = tempDir("vb-cache-");
    lexicon = (await loadLexicon(corpus.dir)).lexicon;
    key = await keyOf(corpus.dir, lexicon);
    await createEngine(corpus.dir, { cacheDir });
    good = readFileSync(snapshotPath(cacheDir, key));
  });
  afterAll(() => {
    corpus.cleanup();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  const restore = () => writeFileSync(snapshotPath(cacheDir, key), good);

  it("reports a missing snapshot", async () => {
    const result = await loadSnapshot(cacheDir, "0".repeat(32), lexicon);
    expect(result).toMatchObject({ ok: false, reason: "missing" });
  });

  it.each([
    ["truncated in the middle", (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
    ["truncated by one byte", (b: Buffer) => b.subarray(0, b.length - 1)],
    ["an empty file", () => Buffer.alloc(0)],
    // What a machine crash may leave of a file written without an fsync: its length, but blocks never written.
    ["zeros of the same length", (b: Buffer) => Buffer.alloc(b.length)],
    ["a block of zeros after the header", (b: Buffer) => Buffer.concat([b.subarray(0, 600), Buffer.alloc(Math.min(4096, b.length - 600)), b.subarray(600 + Math.min(4096, b.length - 600))])],
    ["garbage", () => Buffer.from("this is not a snapshot at all, just some text\n".repeat(100))],
    ["extra bytes at the end", (b: Buffer) => Buffer.concat([b, Buffer.from("x")])],
    ["a flipped byte near the end", (b: Buffer) => flipByte(b, 0.9)],
    ["a flipped byte in the article texts", (b: Buffer) => flipByte(b, 0.3)],
    ["a damaged header", (b: Buffer) => Buffer.concat([b.subarray(0, 14), Buffer.from("#"), b.subarray(15)])],
    ["another format version", (b: Buffer) => rewriteHeader(b, (h) => ({ ...h, format: SNAPSHOT_FORMAT + 1 }))],
  ])("reports %s as corrupt and rebuilds", async (_label, damage) => {
    writeFileSync(snapshotPath(cacheDir, key), damage(good));
    const result = await loadSnapshot(cacheDir, key, lexicon);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe("corrupt");
      expect(result.detail).toContain(snapshotPath(cacheDir, key));
    }
    const log: string[] = [];
    const engine = await createEngine(corpus.dir, { cacheDir, log: (m) => log.push(m) });
    expect(log[0]).toMatch(/snapshot corrupt/);
    expect(answer(engine, QUESTIONS[0]!).abstained).toBe(false);
    // The rebuild replaced the damaged file with a good one.
    expect((await loadSnapshot(cacheDir, key, lexicon)).ok).toBe(true);
    restore();
  });

  it("reports a snapshot whose inner key differs as stale", async () => {
    const other = "f".repeat(32);
    copyFileSync(snapshotPath(cacheDir, key), snapshotPath(cacheDir, other));
    const result = await loadSnapshot(cacheDir, other, lexicon);
    expect(result).toMatchObject({ ok: false, reason: "stale" });
    rmSync(snapshotPath(cacheDir, other));

    writeFileSync(snapshotPath(cacheDir, key), rewriteHeader(good, (h) => ({ ...h, key: other })));
    expect(await loadSnapshot(cacheDir, key, lexicon)).toMatchObject({ ok: false, reason: "stale" });
    restore();
  });

  it("GIVEN beforeTexts THEN it is awaited before the texts are encoded and the file is written, and the file is the one encodeSnapshot gives", async () => {
    const engine = await createEngine(corpus.dir);
    const dir = tempDir("vb-cache-");
    const target = snapshotPath(dir, "b".repeat(32));
    try {
      let release: () => void = () => {};
      const waited = new Promise<void>((resolve) => {
        release = resolve;
      });
      let asked = false;
      const saving = saveSnapshot(dir, "b".repeat(32), engine, () => {
        asked = true;
        return waited;
      });
      await new Promise((resolve) => setImmediate(resolve));
      expect(asked).toBe(true);
      expect(existsSync(target)).toBe(false);
      release();
      await saving;
      const sections = readSnapshotFile(readFileSync(target), "b".repeat(32));
      const expected = encodeSnapshot({ index: engine.index, corpusProblems: [] });
      expect([...sections.keys()]).toEqual(expected.map(([name]) => name));
      for (const [name, bytes] of expected) expect(Buffer.from(sections.get(name)!).equals(Buffer.from(bytes)), name).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps at most KEEP_SNAPSHOTS snapshots and no temporary files", async () => {
    const engine = await createEngine(corpus.dir);
    const dir = tempDir("vb-cache-");
    try {
      for (let i = 0; i < KEEP_SNAPSHOTS + 2; i++) await saveSnapshot(dir, `${i}`.padStart(32, "a"), engine);
      const files = readdirSync(dir);
      expect(files.filter((f) => f.endsWith(".snap"))).toHaveLength(KEEP_SNAPSHOTS);
      expect(files.some((f) => f.includes(".tmp-"))).toBe(false);
      // The newest survives.
      expect(existsSync(snapshotPath(dir, `${KEEP_SNAPSHOTS + 1}`.padStart(32, "a")))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("serves without a cache (null) and when the cache folder cannot be written", async () => {
    const none = await createEngine(corpus.dir, { cacheDir: null });
    expect(answer(none, QUESTIONS[0]!).abstained).toBe(false);
    const blocker = path.join(cacheDir, "a-file");
    writeFileSync(blocker, "not a folder");
    const log: string[] = [];
    const engine = await createEngine(corpus.dir, { cacheDir: path.join(blocker, "cache"), log: (m) => log.push(m) });
    expect(answer(engine, QUESTIONS[0]!).abstained).toBe(false);
    expect(log.some((l) => /not saved/.test(l))).toBe(true);
  });

  const SECTIONS = ["meta", "texts", "passages", "docs", "terms", "postings", "dictionary"];

  it("checks every section: a flipped byte in any of them is a checksum mismatch, and the next start rebuilds", async () => {
    expect(sectionsOf(good).map((s) => s.name)).toEqual(SECTIONS);
    for (const name of SECTIONS) {
      const section = sectionsOf(good).find((s) => s.name === name)!;
      const damaged = Buffer.from(good);
      const at = section.start + Math.floor(section.length / 2);
      damaged[at] = damaged[at]! ^ 0x01;
      writeFileSync(snapshotPath(cacheDir, key), damaged);
      expect(await loadSnapshot(cacheDir, key, lexicon)).toMatchObject({ ok: false, reason: "corrupt", detail: expect.stringContaining(`section ${name} fails its checksum`) });
    }
    const log: string[] = [];
    const engine = await createEngine(corpus.dir, { cacheDir, log: (m) => log.push(m) });
    expect(log[0]).toMatch(/snapshot corrupt .*section dictionary fails its checksum.*; building/);
    expect(log.some((l) => /built in/.test(l))).toBe(true);
    expect(answer(engine, QUESTIONS[0]!).abstained).toBe(false);
    expect((await loadSnapshot(cacheDir, key, lexicon)).ok).toBe(true);
    restore();
  });

  it.each([
    // Passage 0 names article 1,000,000: the decoder reads `undefined.text`.
    ["a passage that names a missing article (TypeError)", "passages", TypeError, () => v8.serialize({ ints: Int32Array.of(1_000_000, 0, 0, 0, -1, -1, 0), sentences: new Int32Array(0) })],
    ["bytes v8 cannot read (Error)", "docs", Error, () => Buffer.from("not a v8 value")],
  ])("throws on a decoder bug: %s in a section that passes its checksum, and does not rebuild", async (_label, name, cause, bytes) => {
    const buggy = rewriteSection(good, name, bytes());
    writeFileSync(snapshotPath(cacheDir, key), buggy);
    const error = await loadSnapshot(cacheDir, key, lexicon).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotDecodeError);
    expect((error as Error).message).toContain(snapshotPath(cacheDir, key));
    expect((error as Error).cause).toBeInstanceOf(cause);
    await expect(createEngine(corpus.dir, { cacheDir })).rejects.toThrow(SnapshotDecodeError);
    // Not rebuilt: the file is as it was.
    expect(readFileSync(snapshotPath(cacheDir, key)).equals(buggy)).toBe(true);
    restore();
  });

  it("throws on a postings decoder bug when the term is first used, rather than finding nothing", async () => {
    // Postings that end in the middle of a varint; they are decoded on first use, so loading succeeds.
    writeFileSync(snapshotPath(cacheDir, key), rewriteSection(good, "postings", Buffer.alloc(8, 0xff)));
    const result = await loadSnapshot(cacheDir, key, lexicon);
    if (!result.ok) throw new Error(result.detail);
    const [firstTerm] = result.engine.index.search.postingsByTerm().next().value!;
    expect(() => result.engine.index.search.postings(firstTerm)?.size).toThrow(RangeError);
    restore();
  });

  it("reports an unreadable corpus folder like loadCorpus does", async () => {
    const missing = path.join(cacheDir, "no-such-corpus");
    await expect(createEngine(missing, { cacheDir })).rejects.toThrow(/cannot read folder/);
  });
});

/** Flips one byte at a relative position of the file (past the header). */
function flipByte(b: Buffer, at: number): Buffer {
  const copy = Buffer.from(b);
  const i = Math.floor(copy.length * at);
  copy[i] = copy[i]! ^ 0xff;
  return copy;
}

interface SectionInfo {
  name: string;
  offset: number;
  length: number;
  crc32: number;
}

/** The header's sections, each with where it starts in the file. */
function sectionsOf(b: Buffer): Array<SectionInfo & { start: number }> {
  const length = b.readUInt32LE(8);
  const header = JSON.parse(b.toString("utf8", 12, 12 + length)) as { sections: SectionInfo[] };
  return header.sections.map((s) => ({ ...s, start: 12 + length + s.offset }));
}

/** Replaces one section's bytes and writes a header that matches (offsets, lengths, CRC-32): a file that passes every check. */
function rewriteSection(b: Buffer, name: string, bytes: Uint8Array): Buffer {
  const sections = sectionsOf(b);
  const contents = sections.map((s) => (s.name === name ? Buffer.from(bytes) : b.subarray(s.start, s.start + s.length)));
  let offset = 0;
  const infos = sections.map((s, i) => {
    const info = { name: s.name, offset, length: contents[i]!.length, crc32: crc32(contents[i]!) };
    offset += info.length;
    return info;
  });
  const withHeader = rewriteHeader(b.subarray(0, sections[0]!.start), (h) => ({ ...h, sections: infos }));
  return Buffer.concat([withHeader, ...contents]);
}

/** Re-encodes the JSON header (magic, u32 length, header) with a change; the sections stay as they are. */
function rewriteHeader(b: Buffer, change: (h: Record<string, unknown>) => Record<string, unknown>): Buffer {
  const length = b.readUInt32LE(8);
  const header = change(JSON.parse(b.toString("utf8", 12, 12 + length)) as Record<string, unknown>);
  const bytes = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(12);
  b.copy(prefix, 0, 0, 8);
  prefix.writeUInt32LE(bytes.length, 8);
  return Buffer.concat([prefix, bytes, b.subarray(12 + length)]);
}
