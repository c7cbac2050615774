/**
 * The ingest path shared by the CLI, /ingest and the feed poller: a URL, an HTML file or a text file → articles in
 * the corpus folder. A URL that answers with RSS or Atom ingests the feed's items. Each item ends as one result:
 * added, duplicate or refused (with the reason); only an unexpected failure (a disk error) is marked `error`.
 */
import path from "node:path";
import { z } from "zod";
import { deriveTitle } from "../corpus/title.js";
import { readCapped } from "../util/cappedFile.js";
import { looksBinary } from "./binary.js";
import { charsetOf, decodeDocument, hasMojibake } from "./charset.js";
import { bodyLength } from "./clean.js";
import type { ExtractedArticle } from "./extract.js";
import { extractInWorker, type PageExtractor } from "./extractThread.js";
import { type Feed, type FeedItem, looksLikeFeed, parseFeed } from "./feed.js";
import { because, type IngestCause } from "./cause.js";
import { DEFAULT_LIMITS, type FetchLimits, fetchResource, isHttpUrl } from "./fetch.js";
import { MIN_ARTICLE_CHARS } from "./limits.js";
import { fromPlainText } from "./plainText.js";
import { emitAll, type IngestResult, skippedResults } from "./result.js";
import type { CorpusStore, NewArticle } from "./store.js";

/** One CLI or /ingest argument: an http(s) URL or a path; anything else is refused before it is touched. */
const MAX_INPUT = 2000;
export const inputSchema = z.string().trim().min(1).max(MAX_INPUT);
/** What ingest takes for a URL rather than a path: a scheme and "://" (not "http:notiz.txt", a file's name). */
const URL_FORM = /^[a-z][a-z0-9+.-]*:\/\//i;

export interface IngesterOptions {
  store: CorpusStore;
  limits?: Partial<FetchLimits>;
  /** Pages fetched at once for a feed. Default 4. */
  concurrency?: number;
  /** false: refuse URLs whose host is a private, loopback or link-local address (/ingest from Discord). Default true. */
  allowPrivateAddresses?: boolean;
  /**
   * The folder a relative file name is read from; results still name the file as given. The CLI passes the folder it
   * was called from (`npm run` starts it in the project's). Default: the process's working folder.
   */
  baseDir?: string;
  /** A page's HTML → article. Default: in the extraction worker, within its time budget (extractThread.ts); `extractInline`: here. */
  extract?: PageExtractor;
}

export class Ingester {
  readonly store: CorpusStore;
  readonly limits: FetchLimits;
  private readonly concurrency: number;
  readonly allowPrivateAddresses: boolean;
  private readonly baseDir: string | undefined;
  private readonly extract: PageExtractor;

  constructor(opts: IngesterOptions) {
    this.store = opts.store;
    this.limits = { ...DEFAULT_LIMITS, ...opts.limits };
    this.concurrency = Math.max(1, opts.concurrency ?? 4);
    this.allowPrivateAddresses = opts.allowPrivateAddresses ?? true;
    this.baseDir = opts.baseDir;
    this.extract = opts.extract ?? extractInWorker;
  }

  /** The same store (one lock queue, one duplicate index) with another address policy. */
  withAddressPolicy(allowPrivateAddresses: boolean): Ingester {
    if (allowPrivateAddresses === this.allowPrivateAddresses) return this;
    return new Ingester({ store: this.store, limits: this.limits, concurrency: this.concurrency, allowPrivateAddresses, baseDir: this.baseDir, extract: this.extract });
  }

  /** Ingests every input in order; `onResult` sees each result as soon as it and all before it are done. */
  async ingest(inputs: readonly string[], onResult?: (r: IngestResult) => void): Promise<IngestResult[]> {
    const all: IngestResult[] = [];
    for (const input of inputs) {
      const results = await this.ingestOne(input, onResult);
      all.push(...results);
    }
    return all;
  }

  /**
   * As {@link ingest}, but for inputs from outside the machine (the bot's /ingest): only http(s) URLs are fetched, and
   * anything else, a file path above all, is refused without touching the disk. A member must not have the bot read
   * its own files into the corpus (and show them through /source), or learn which files exist from the refusal.
   */
  async ingestUrls(inputs: readonly string[], onResult?: (r: IngestResult) => void): Promise<IngestResult[]> {
    const all: IngestResult[] = [];
    for (const input of inputs) {
      const value = String(input).trim();
      // Both tests: the URL parser also takes "http:notiz.txt" (as http://notiz.txt/), which ingestOne reads as a file.
      if (isHttpUrl(value) && URL_FORM.test(value)) all.push(...(await this.ingestOne(value, onResult)));
      else {
        const refused: IngestResult = { url: value.slice(0, 200), status: "refused", ...because({ code: "not_http" }) };
        onResult?.(refused);
        all.push(refused);
      }
    }
    return all;
  }

  private async ingestOne(input: string, onResult?: (r: IngestResult) => void): Promise<IngestResult[]> {
    const emit = (rs: IngestResult[]) => {
      for (const r of rs) onResult?.(r);
      return rs;
    };
    const checked = inputSchema.safeParse(input);
    if (!checked.success) return emit([{ url: String(input).slice(0, 200), status: "refused", ...because(inputCause(checked.error.issues[0]!)) }]);
    const value = checked.data;
    if (URL_FORM.test(value) || /^(javascript|data|mailto|file):/i.test(value)) {
      if (!isHttpUrl(value)) return emit([{ url: value, status: "refused", ...because({ code: "not_http" }) }]);
      return this.ingestUrl(value, onResult);
    }
    try {
      return await this.ingestFile(value, onResult);
    } catch (e) {
      return emit([{ url: value, status: "refused", reason: `error: ${(e as Error).message}`.slice(0, 300), error: true }]);
    }
  }

  /** A URL: a page, or a feed whose items are ingested (in feed order, `concurrency` pages at a time). */
  async ingestUrl(url: string, onResult?: (r: IngestResult) => void): Promise<IngestResult[]> {
    const fetched = await fetchResource(url, { limits: this.limits, allowPrivateAddresses: this.allowPrivateAddresses });
    if (!fetched.ok) return emitAll([{ url, status: "refused", reason: fetched.reason, cause: fetched.cause }], onResult);
    if (fetched.notModified) return emitAll([{ url, status: "refused", ...because({ code: "not_modified" }) }], onResult);
    const decoded = decodeDocument(fetched.body, charsetOf(fetched.contentType));
    if (!decoded.ok) return emitAll([{ url, status: "refused", reason: decoded.reason, cause: decoded.cause }], onResult);
    if (fetched.kind === "feed" || looksLikeFeed(decoded.text)) {
      const parsed = parseFeed(decoded.text, fetched.url);
      if (!parsed.ok) return emitAll([{ url, status: "refused", reason: parsed.reason, cause: parsed.cause }], onResult);
      return this.ingestFeed(parsed.feed, fetched.url, onResult);
    }
    const result = await this.guard(url, () => this.fromDocument(url, decoded.text, fetched.kind === "text" ? "text" : "html", fetched.url));
    return emitAll([result], onResult);
  }

  /**
   * A parsed feed's items: known links are duplicates without a fetch; the rest fetched and added. Each item the feed
   * could not give a link for is refused with its reason after them, and a feed without any item is one refusal of
   * `source` (the feed's URL or file), so that every feed prints at least one line.
   */
  async ingestFeed(feed: Feed, source: string, onResult?: (r: IngestResult) => void): Promise<IngestResult[]> {
    if (feed.items.length === 0 && feed.skipped.length === 0) return emitAll([{ url: source, status: "refused", ...because({ code: "feed_empty" }) }], onResult);
    const results = await this.ingestItems(feed.items, onResult);
    return [...results, ...emitAll(skippedResults(feed, source), onResult)];
  }

  async ingestItems(items: readonly FeedItem[], onResult?: (r: IngestResult) => void): Promise<IngestResult[]> {
    const results: Array<IngestResult | undefined> = new Array(items.length);
    let nextToEmit = 0;
    let next = 0;
    const flush = () => {
      // Not `onResult?.(results[n++])`: without a callback the increment would never run.
      while (nextToEmit < items.length && results[nextToEmit]) {
        const r = results[nextToEmit]!;
        nextToEmit++;
        onResult?.(r);
      }
    };
    const worker = async () => {
      for (let i = next++; i < items.length; i = next++) {
        results[i] = await this.guard(items[i]!.url, () => this.ingestItem(items[i]!));
        flush();
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, items.length) }, worker));
    return results as IngestResult[];
  }

  private async ingestItem(item: FeedItem): Promise<IngestResult> {
    const known = await this.store.fileWithUrl(item.url);
    if (known) return { url: item.url, status: "duplicate", file: known, title: item.title, ...because({ code: "same_url" }) };
    const fetched = await fetchResource(item.url, { limits: this.limits, allowPrivateAddresses: this.allowPrivateAddresses });
    if (!fetched.ok) return { url: item.url, status: "refused", title: item.title, reason: fetched.reason, cause: fetched.cause };
    if (fetched.notModified) return { url: item.url, status: "refused", ...because({ code: "not_modified" }) };
    if (fetched.kind === "feed") return { url: item.url, status: "refused", title: item.title, ...because({ code: "feed_in_feed" }) };
    const decoded = decodeDocument(fetched.body, charsetOf(fetched.contentType));
    if (!decoded.ok) return { url: item.url, status: "refused", title: item.title, reason: decoded.reason, cause: decoded.cause };
    return this.fromDocument(item.url, decoded.text, fetched.kind === "text" ? "text" : "html", fetched.url, item);
  }

  /** A saved page (.html/.htm), a feed file (.xml/.rss/.atom) or a plain text file (.txt). */
  private async ingestFile(file: string, onResult?: (r: IngestResult) => void): Promise<IngestResult[]> {
    const one = (r: IngestResult) => emitAll([r], onResult);
    const ext = path.extname(file).toLowerCase();
    if (![".html", ".htm", ".txt", ".xml", ".rss", ".atom"].includes(ext)) return one({ url: file, status: "refused", ...because({ code: "unsupported_file", ext: ext || "none" }) });
    // readCapped refuses a FIFO or a device before opening it (opening a FIFO waits for a writer for ever), as `check` skips them.
    let bytes: Uint8Array | { tooLarge: number };
    try {
      bytes = readCapped(path.resolve(this.baseDir ?? process.cwd(), file), this.limits.maxBytes);
    } catch (e) {
      return one({ url: file, status: "refused", ...because({ code: "unreadable_file", detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message }) });
    }
    if ("tooLarge" in bytes) return one({ url: file, status: "refused", ...because({ code: "too_large", maxBytes: this.limits.maxBytes }) });
    const decoded = decodeDocument(bytes);
    if (!decoded.ok) return one({ url: file, status: "refused", reason: decoded.reason, cause: decoded.cause });
    if ([".xml", ".rss", ".atom"].includes(ext)) {
      const parsed = parseFeed(decoded.text);
      if (!parsed.ok) return one({ url: file, status: "refused", reason: parsed.reason, cause: parsed.cause });
      return this.ingestFeed(parsed.feed, file, onResult);
    }
    return one(await this.guard(file, () => this.fromDocument(file, decoded.text, ext === ".txt" ? "text" : "html", undefined)));
  }

  /** Decoded HTML or text → extracted, checked and stored. */
  private async fromDocument(input: string, text: string, kind: "html" | "text", fetchedUrl: string | undefined, item?: FeedItem): Promise<IngestResult> {
    // Before anything is read from it: a title of control characters or mojibake is no title.
    if (looksBinary(text)) return { url: input, status: "refused", ...because({ code: "binary" }) };
    let extracted: ExtractedArticle;
    if (kind === "html") {
      const result = await this.extract(text, fetchedUrl);
      if (!result.ok) return { url: input, status: "refused", title: result.article?.title ?? item?.title, outlet: result.article?.outlet, published: result.article?.published, reason: result.reason, cause: result.cause };
      extracted = result.article;
    } else {
      extracted = fromPlainText(text);
      if (bodyLength(extracted.paragraphs) < MIN_ARTICLE_CHARS) return { url: input, status: "refused", ...because({ code: "too_little_text" }) };
      if (fetchedUrl) extracted.url = fetchedUrl;
    }
    if (hasMojibake(extracted.paragraphs.join("\n")) || hasMojibake(extracted.title ?? "")) {
      return { url: input, status: "refused", title: extracted.title, ...because({ code: "mojibake" }) };
    }
    const title = extracted.title ?? item?.title ?? deriveTitle(extracted.paragraphs.join("\n\n"));
    const article: NewArticle = {
      title,
      outlet: extracted.outlet,
      url: extracted.url,
      author: extracted.author,
      published: extracted.published ?? item?.published,
      publishedAt: extracted.published ? extracted.publishedAt : item?.publishedAt,
      ...(extracted.publishedMonth && !extracted.published && !item?.published ? { publishedMonth: extracted.publishedMonth } : {}),
      paragraphs: extracted.paragraphs,
      aliases: [input, fetchedUrl].filter((u): u is string => Boolean(u && isHttpUrl(u))),
    };
    const outcome = await this.store.add(article);
    const base = { url: input, title: article.title, outlet: article.outlet, published: article.published };
    if (outcome.status === "added") return { ...base, status: "added", file: outcome.file };
    if (outcome.status === "duplicate") return { ...base, status: "duplicate", file: outcome.file, reason: outcome.reason, cause: outcome.cause };
    return { ...base, status: "refused", reason: outcome.reason, cause: outcome.cause };
  }

  /** An unexpected failure of one item becomes its result; the others go on. */
  private async guard(url: string, task: () => Promise<IngestResult>): Promise<IngestResult> {
    try {
      return await task();
    } catch (e) {
      return { url, status: "refused", reason: `error: ${(e as Error).message}`.slice(0, 300), error: true };
    }
  }
}

/** The input check's first issue as a cause: nothing given, or too long. */
function inputCause(issue: z.ZodIssue): IngestCause {
  return issue.code === "too_big" ? { code: "input_too_long", max: MAX_INPUT } : { code: "empty_input" };
}
