/**
 * Writing articles into a corpus folder: `NNN_<slug>.txt` plus its entry in `articles.json`, both by temp file and
 * rename, under a lock file so that concurrent ingests (the CLI while the bot polls feeds) never lose an entry or
 * take the same number. Before writing, the same canonical URL or the same text (near-duplicate by word shingles)
 * is looked for; a syndicated copy from another outlet is kept, the engine shows it as "auch in".
 *
 * Why over 300 lines: numbering, slug, file format, lock, duplicate index and the atomic write are one transaction on the corpus folder; split up, the lock's guarantees would span modules.
 */
import { randomBytes } from "node:crypto";
import { open, readdir, readFile, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { syncFolder, writeDurably } from "../util/durableFile.js";
import { resemblance, shingles } from "../analysis/similarity.js";
import { articleMetaSchema, METADATA_FILE, type MetadataFile, parseMetadata } from "../corpus/metadataFile.js";
import { MAX_ARTICLE_BYTES } from "../config/limits.js";
import { parseArticle } from "../corpus/parseArticle.js";
import type { ArticleMeta } from "../corpus/types.js";
import type { ExtractedArticle } from "./extract.js";

/** An extracted article with its headline settled. */
export interface NewArticle extends Omit<ExtractedArticle, "title"> {
  title: string;
  /** Other addresses of the same article (the fetched URL, the feed's link), checked as duplicates too. */
  aliases?: string[];
}

export type AddOutcome =
  | { status: "added"; file: string; meta: ArticleMeta }
  | { status: "duplicate"; file: string; reason: string }
  | { status: "refused"; reason: string };

/**
 * Near-duplicate: nearly all 5-word shingles in common (Jaccard ≥ 0.9); or most (≥ 0.6) under the same headline;
 * or the new text all but contained in one that is there (a teaser of it). Generated or templated reports that
 * share boilerplate but differ in headline and facts stay distinct.
 */
export const NEAR_DUPLICATE_RESEMBLANCE = 0.9;
export const SAME_HEADLINE_RESEMBLANCE = 0.6;
export const CONTAINED = 0.95;

export const LOCK_FILE = ".ingest.lock";

/** Hash values kept per article (bottom-k sketch) and the smallest of them indexed to find candidates. */
const SKETCH = 128;
const INDEXED = 32;

/** "https://www.X.de/a/?utm_source=y#top" → "https://www.x.de/a": the form URLs are compared in. */
export function normalizeUrl(value: string): string {
  try {
    const u = new URL(value);
    u.hash = "";
    for (const key of [...u.searchParams.keys()]) {
      if (/^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|wt_mc|at_\w+)$/i.test(key)) u.searchParams.delete(key);
    }
    let s = u.toString();
    if (u.pathname.length > 1 && s.endsWith("/")) s = s.slice(0, -1);
    if (u.search === "" && s.endsWith("?")) s = s.slice(0, -1);
    return s;
  } catch {
    return value.trim();
  }
}

/** A file-name slug of a headline: "Selenskyj: „Wir sind bereit“" → "selenskyj-wir-sind-bereit". */
export function slugOf(title: string, max = 50): string {
  const ascii = title
    .replace(/[äÄ]/g, "ae")
    .replace(/[öÖ]/g, "oe")
    .replace(/[üÜ]/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!ascii) return "artikel";
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max);
  const dash = cut.lastIndexOf("-");
  return dash > max / 2 ? cut.slice(0, dash) : cut;
}

/** The file's text in the corpus format: " date YYYY-MM-DD " marker (when the day is known), headline, paragraphs. */
export function articleFileText(article: NewArticle): string {
  const marker = article.published ? ` date ${article.published} ` : "";
  return `${marker}${article.title}\n\n${article.paragraphs.join("\n\n")}\n`;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function sketchOf(set: ReadonlySet<string>): number[] {
  return Array.from(new Set(Array.from(set, fnv1a)))
    .sort((a, b) => a - b)
    .slice(0, SKETCH);
}

/** Body text of a corpus file: without the date marker. */
function bodyOf(raw: string): string {
  return raw.replace(/^\uFEFF?[ \t]*date[ \t]+\d{4}-\d{2}(?:-\d{2})?[ \t]*/, "");
}

interface Known {
  sketch: number[];
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface StoreOptions {
  /** Give up waiting for another process's lock after this long. Default 60 s. */
  lockTimeoutMs?: number;
  /** A lock older than this is left over from a crash and is taken over. Default 120 s. */
  staleLockMs?: number;
}

export class CorpusStore {
  readonly dir: string;
  private readonly known = new Map<string, Known>();
  private readonly byHash = new Map<number, Set<string>>();
  private readonly opts: Required<StoreOptions>;
  /** Adds through this store wait for each other; other stores and processes are ordered by the lock file. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(dir: string, opts: StoreOptions = {}) {
    this.dir = path.resolve(dir);
    this.opts = { lockTimeoutMs: opts.lockTimeoutMs ?? 60_000, staleLockMs: opts.staleLockMs ?? 120_000 };
  }

  /** The corpus file that already has this URL (canonical or alias), if any; reads articles.json, no lock. */
  async fileWithUrl(url: string): Promise<string | undefined> {
    const meta = await this.readMetadata();
    if (!meta.ok) return undefined;
    const names = new Set(await this.articleNames());
    const wanted = normalizeUrl(url);
    for (const [file, entry] of Object.entries(meta.value.articles)) {
      if (entry.url && normalizeUrl(entry.url) === wanted && names.has(file)) return file;
    }
    return undefined;
  }

  /** Adds one article unless it is already there; never leaves a partial file behind. */
  add(article: NewArticle): Promise<AddOutcome> {
    return this.serialized(() => this.withLock(() => this.addLocked(article)));
  }

  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }

  private async withLock<T>(task: () => Promise<T>): Promise<T> {
    const lock = path.join(this.dir, LOCK_FILE);
    const started = Date.now();
    for (;;) {
      try {
        const handle = await open(lock, "wx");
        await handle.writeFile(`${process.pid} ${Date.now()}\n`);
        await handle.close();
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
        if (await this.staleLock(lock)) {
          await unlink(lock).catch(() => {});
          continue;
        }
        if (Date.now() - started > this.opts.lockTimeoutMs) throw new Error(`corpus is locked by another ingest (${lock})`);
        await sleep(20 + Math.random() * 30);
      }
    }
    try {
      return await task();
    } finally {
      await unlink(lock).catch(() => {});
    }
  }

  private async staleLock(lock: string): Promise<boolean> {
    try {
      const [content, info] = await Promise.all([readFile(lock, "utf8"), stat(lock)]);
      if (Date.now() - info.mtimeMs > this.opts.staleLockMs) return true;
      const pid = Number(content.split(" ")[0]);
      if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
      try {
        process.kill(pid, 0);
        return false;
      } catch (e) {
        return (e as NodeJS.ErrnoException).code === "ESRCH";
      }
    } catch {
      return false;
    }
  }

  private async articleNames(): Promise<string[]> {
    const entries = await readdir(this.dir, { withFileTypes: true });
    return entries.filter((d) => d.isFile() && d.name.endsWith(".txt") && !d.name.startsWith(".")).map((d) => d.name);
  }

  private async readMetadata(): Promise<{ ok: true; value: MetadataFile; raw: string | undefined } | { ok: false; error: string }> {
    let raw: string;
    try {
      raw = await readFile(path.join(this.dir, METADATA_FILE), "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return { ok: true, value: { version: 1, articles: {} }, raw: undefined };
      return { ok: false, error: `${METADATA_FILE}: cannot read (${(e as NodeJS.ErrnoException).code})` };
    }
    const parsed = parseMetadata(raw);
    return parsed.ok ? { ok: true, value: parsed.value, raw } : parsed;
  }

  /** Brings the sketches up to date with the folder: new files read once, removed ones forgotten. */
  private async refresh(names: readonly string[]): Promise<void> {
    const present = new Set(names);
    for (const name of [...this.known.keys()]) {
      if (!present.has(name)) this.forget(name);
    }
    const missing = names.filter((n) => !this.known.has(n));
    for (let i = 0; i < missing.length; i += 128) {
      const batch = missing.slice(i, i + 128);
      const texts = await Promise.all(batch.map((n) => readFile(path.join(this.dir, n), "utf8").catch(() => undefined)));
      batch.forEach((name, j) => {
        const text = texts[j];
        if (text !== undefined) this.remember(name, sketchOf(shingles(bodyOf(text))));
      });
    }
  }

  private remember(name: string, sketch: number[]): void {
    this.known.set(name, { sketch });
    for (const h of sketch.slice(0, INDEXED)) {
      const files = this.byHash.get(h) ?? new Set<string>();
      files.add(name);
      this.byHash.set(h, files);
    }
  }

  private forget(name: string): void {
    const known = this.known.get(name);
    if (!known) return;
    for (const h of known.sketch.slice(0, INDEXED)) this.byHash.get(h)?.delete(name);
    this.known.delete(name);
  }

  /** The file holding the same text, found through shared sketch values and confirmed on the exact shingles. */
  private async sameText(text: string, title: string, outlet: string | undefined, meta: MetadataFile): Promise<{ file: string; score: number } | undefined> {
    const mine = shingles(text);
    const sketch = sketchOf(mine);
    const counts = new Map<string, number>();
    for (const h of sketch.slice(0, INDEXED)) {
      for (const file of this.byHash.get(h) ?? []) counts.set(file, (counts.get(file) ?? 0) + 1);
    }
    const candidates = [...counts.entries()].filter(([, n]) => n >= 3).sort((a, b) => b[1] - a[1]).slice(0, 20);
    for (const [file] of candidates) {
      const raw = await readFile(path.join(this.dir, file), "utf8").catch(() => undefined);
      if (raw === undefined) continue;
      const body = bodyOf(raw);
      const theirs = shingles(body);
      const score = resemblance(mine, theirs);
      let inside = 0;
      for (const sh of mine) if (theirs.has(sh)) inside++;
      const contained = mine.size >= 10 && inside / mine.size >= CONTAINED;
      const theirTitle = meta.articles[file]?.title ?? body.split("\n", 1)[0] ?? "";
      const sameHeadline = squash(theirTitle) === squash(title);
      if (score < NEAR_DUPLICATE_RESEMBLANCE && !contained && !(sameHeadline && score >= SAME_HEADLINE_RESEMBLANCE)) continue;
      const theirOutlet = meta.articles[file]?.outlet;
      // A syndicated copy: the same report from another outlet stays, and is shown as "auch in".
      if (outlet && theirOutlet && outlet.toLowerCase() !== theirOutlet.toLowerCase()) continue;
      return { file, score: Math.round(score * 100) / 100 };
    }
    return undefined;
  }

  private async addLocked(article: NewArticle): Promise<AddOutcome> {
    const metadata = await this.readMetadata();
    if (!metadata.ok) return { status: "refused", reason: `${metadata.error}; fix it before ingesting` };
    const names = await this.articleNames();
    const present = new Set(names);

    const urls = [article.url, ...(article.aliases ?? [])].filter((u): u is string => Boolean(u)).map(normalizeUrl);
    for (const [file, entry] of Object.entries(metadata.value.articles)) {
      if (entry.url && present.has(file) && urls.includes(normalizeUrl(entry.url))) return { status: "duplicate", file, reason: "same URL" };
    }
    const body = articleFileText({ ...article, published: undefined });
    await this.refresh(names);
    const same = await this.sameText(body, article.title, article.outlet, metadata.value);
    if (same) return { status: "duplicate", file: same.file, reason: `same text (near-duplicate, resemblance ${same.score})` };

    const number = names.reduce((max, n) => Math.max(max, Number(/^(\d+)_/.exec(n)?.[1] ?? -1)), -1) + 1;
    const file = `${String(number).padStart(3, "0")}_${slugOf(article.title)}.txt`;
    const meta = articleMetaSchema.safeParse({
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      published: article.published,
      author: article.author,
      publishedAt: article.publishedAt,
    });
    if (!meta.success) return { status: "refused", reason: `metadata: ${meta.error.issues[0]?.path.join(".")}: ${meta.error.issues[0]?.message}` };
    const entry = Object.fromEntries(Object.entries(meta.data).filter(([, v]) => v !== undefined)) as ArticleMeta;
    const bytes = Buffer.from(articleFileText(article), "utf8");
    if (bytes.length > MAX_ARTICLE_BYTES) return { status: "refused", reason: `article text larger than ${MAX_ARTICLE_BYTES} bytes` };
    const check = parseArticle(file, bytes, entry);
    if (!check.ok) return { status: "refused", reason: `would not load: ${check.reason}` };

    const next: MetadataFile = { version: 1, articles: { ...metadata.value.articles, [file]: entry } };
    const token = `${process.pid}.${randomBytes(4).toString("hex")}`;
    const tmpText = path.join(this.dir, `.${file}.${token}.tmp`);
    const tmpMeta = path.join(this.dir, `.${METADATA_FILE}.${token}.tmp`);
    try {
      // Both on the disk before either is renamed: a crash never leaves a named file without its bytes.
      await writeDurably(tmpText, bytes, "wx");
      await writeDurably(tmpMeta, `${JSON.stringify(next, null, 2)}\n`, "wx");
      // Metadata first: a crash between the renames leaves an entry without a file (ignored), never an uncited file.
      await rename(tmpMeta, path.join(this.dir, METADATA_FILE));
      try {
        await rename(tmpText, path.join(this.dir, file));
      } catch (e) {
        await this.restoreMetadata(metadata.raw, token);
        throw e;
      }
      await syncFolder(this.dir);
    } finally {
      await unlink(tmpText).catch(() => {});
      await unlink(tmpMeta).catch(() => {});
    }
    this.remember(file, sketchOf(shingles(body)));
    return { status: "added", file, meta: entry };
  }

  private async restoreMetadata(raw: string | undefined, token: string): Promise<void> {
    const target = path.join(this.dir, METADATA_FILE);
    if (raw === undefined) {
      await unlink(target).catch(() => {});
      return;
    }
    const tmp = path.join(this.dir, `.${METADATA_FILE}.${token}.restore.tmp`);
    await writeDurably(tmp, raw);
    await rename(tmp, target);
    await syncFolder(this.dir);
  }
}
