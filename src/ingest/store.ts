/**
 * Writing articles into a corpus folder: `NNN_<slug>.txt` plus its entry in `articles.json`, both by temp file and
 * rename, under a lock file so that concurrent ingests (the CLI while the bot polls feeds) never lose an entry or
 * take the same number. Before writing, the same canonical URL or the same text (near-duplicate by word shingles)
 * is looked for; a syndicated copy from another outlet is kept, the engine shows it as "auch in".
 *
 * This module is the transaction: everything between taking the lock and the last rename. The file's name and format
 * (articleFile.ts), the lock file (folderLock.ts) and the sketches that find duplicate candidates (textSketches.ts)
 * are parts it uses.
 */
import { randomBytes } from "node:crypto";
import { readdir, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { syncFolder, writeDurably } from "../util/durableFile.js";
import { resemblance, shingles } from "../analysis/similarity.js";
import { articleMetaSchema, METADATA_FILE, type MetadataFile, parseMetadata } from "../corpus/metadataFile.js";
import { MAX_ARTICLE_BYTES } from "../config/limits.js";
import { parseArticle } from "../corpus/parseArticle.js";
import { isArticleFileName } from "../corpus/loadCorpus.js";
import type { ArticleMeta } from "../corpus/types.js";
import type { ExtractedArticle } from "./extract.js";
import { articleFileText, bodyOf, nextFileName, normalizeUrl } from "./articleFile.js";
import { because, type IngestCause } from "./cause.js";
import { withFolderLock } from "./folderLock.js";
import { TextSketches } from "./textSketches.js";

/** An extracted article with its headline settled. */
export interface NewArticle extends Omit<ExtractedArticle, "title"> {
  title: string;
  /** Other addresses of the same article (the fetched URL, the feed's link), checked as duplicates too. */
  aliases?: string[];
}

export type AddOutcome =
  | { status: "added"; file: string; meta: ArticleMeta }
  | { status: "duplicate"; file: string; reason: string; cause: IngestCause }
  | { status: "refused"; reason: string; cause: IngestCause };

/**
 * Near-duplicate: nearly all 5-word shingles in common (Jaccard ≥ 0.9); or most (≥ 0.6) under the same headline;
 * or the new text all but contained in one that is there (a teaser of it). Generated or templated reports that
 * share boilerplate but differ in headline and facts stay distinct.
 */
export const NEAR_DUPLICATE_RESEMBLANCE = 0.9;
export const SAME_HEADLINE_RESEMBLANCE = 0.6;
export const CONTAINED = 0.95;

export const LOCK_FILE = ".ingest.lock";

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export interface StoreOptions {
  /** Give up waiting for another process's lock after this long. Default 60 s. */
  lockTimeoutMs?: number;
  /** A lock older than this is left over from a crash and is taken over. Default 120 s. */
  staleLockMs?: number;
}

export class CorpusStore {
  readonly dir: string;
  private readonly sketches = new TextSketches();
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

  private withLock<T>(task: () => Promise<T>): Promise<T> {
    return withFolderLock(path.join(this.dir, LOCK_FILE), this.opts, task);
  }

  private async articleNames(): Promise<string[]> {
    const entries = await readdir(this.dir, { withFileTypes: true });
    return entries.filter((d) => d.isFile() && isArticleFileName(d.name)).map((d) => d.name);
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
    for (const name of this.sketches.names()) {
      if (!present.has(name)) this.sketches.forget(name);
    }
    const missing = names.filter((n) => !this.sketches.has(n));
    for (let i = 0; i < missing.length; i += 128) {
      const batch = missing.slice(i, i + 128);
      const texts = await Promise.all(batch.map((n) => readFile(path.join(this.dir, n), "utf8").catch(() => undefined)));
      batch.forEach((name, j) => {
        const text = texts[j];
        if (text !== undefined) this.sketches.remember(name, bodyOf(text));
      });
    }
  }

  /** The file holding the same text, found through shared sketch values and confirmed on the exact shingles. */
  private async sameText(text: string, title: string, outlet: string | undefined, meta: MetadataFile): Promise<{ file: string; score: number } | undefined> {
    const mine = shingles(text);
    for (const file of this.sketches.candidates(mine)) {
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
    if (!metadata.ok) return { status: "refused", ...because({ code: "metadata_broken", detail: metadata.error }) };
    const names = await this.articleNames();
    const present = new Set(names);

    const urls = [article.url, ...(article.aliases ?? [])].filter((u): u is string => Boolean(u)).map(normalizeUrl);
    for (const [file, entry] of Object.entries(metadata.value.articles)) {
      if (entry.url && present.has(file) && urls.includes(normalizeUrl(entry.url))) return { status: "duplicate", file, ...because({ code: "same_url" }) };
    }
    const body = articleFileText({ ...article, published: undefined, publishedMonth: undefined });
    await this.refresh(names);
    const same = await this.sameText(body, article.title, article.outlet, metadata.value);
    if (same) return { status: "duplicate", file: same.file, ...because({ code: "same_text", resemblance: same.score }) };

    const file = nextFileName(names, article.title);
    const meta = articleMetaSchema.safeParse({
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      published: article.published,
      author: article.author,
      publishedAt: article.publishedAt,
    });
    if (!meta.success) return { status: "refused", ...because({ code: "invalid_metadata", detail: `${meta.error.issues[0]?.path.join(".")}: ${meta.error.issues[0]?.message}` }) };
    const entry = Object.fromEntries(Object.entries(meta.data).filter(([, v]) => v !== undefined)) as ArticleMeta;
    const bytes = Buffer.from(articleFileText(article), "utf8");
    if (bytes.length > MAX_ARTICLE_BYTES) return { status: "refused", ...because({ code: "article_too_large", maxBytes: MAX_ARTICLE_BYTES }) };
    const check = parseArticle(file, bytes, entry);
    if (!check.ok) return { status: "refused", ...because({ code: "would_not_load", detail: check.reason }) };

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
    this.sketches.remember(file, body);
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
