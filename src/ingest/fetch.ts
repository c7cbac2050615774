/**
 * Fetching a page or feed within limits: http/https only, at most `maxBytes` (default 5 MB), `timeoutMs` for the
 * whole exchange including redirects and body (default 15 s), `maxRedirects` hops (default 5, loops refused),
 * and only HTML, XML feeds or plain text. Conditional requests (ETag, Last-Modified) for feed polling.
 */
import { internalAddressReason } from "./addressGuard.js";

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { maxBytes: 5 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 5 };

export type ResourceKind = "html" | "feed" | "text";

export interface Fetched {
  ok: true;
  notModified: false;
  /** The URL after redirects. */
  url: string;
  kind: ResourceKind;
  contentType: string;
  body: Uint8Array;
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | Fetched
  | { ok: true; notModified: true; url: string; etag?: string; lastModified?: string }
  | { ok: false; url: string; reason: string };

export interface FetchOptions {
  limits?: Partial<FetchLimits>;
  /** Sent as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  /** false: refuse hosts that resolve to private, loopback or link-local addresses (see addressGuard.ts). Default true. */
  allowPrivateAddresses?: boolean;
}

export const USER_AGENT = "Verhandlungsbot/0.1 (news corpus ingest)";

const REDIRECT = new Set([301, 302, 303, 307, 308]);

/** Content type → what it is, or undefined when it is none of what the ingest reads. */
export function kindOf(contentType: string): ResourceKind | undefined {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (/^application\/(rss|atom|rdf)\+xml$/.test(type) || type === "application/xml" || type === "text/xml" || type === "application/feed+xml") return "feed";
  if (type === "text/plain") return "text";
  // No type, or "some bytes": read as HTML; a feed is recognised by its root element, anything else finds no text.
  if (type === "" || type === "application/octet-stream") return "html";
  return undefined;
}

/** Why what is no http(s) URL is not fetched: one wording for the CLI, /ingest and the feed poller. */
export const NOT_HTTP = "only http and https URLs are fetched";

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / (1024 * 1024)) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`;
}

export async function fetchResource(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (!isHttpUrl(url)) return { ok: false, url, reason: NOT_HTTP };
  const controller = new AbortController();
  let timedOut = false;
  let tooLarge = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const seen = new Set<string>();
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      seen.add(current);
      if (options.allowPrivateAddresses === false) {
        const refused = await internalAddressReason(current);
        if (refused) return { ok: false, url, reason: refused };
      }
      const headers: Record<string, string> = {
        "user-agent": USER_AGENT,
        accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8",
        "accept-language": "de,en;q=0.5",
      };
      if (options.etag) headers["if-none-match"] = options.etag;
      if (options.lastModified) headers["if-modified-since"] = options.lastModified;
      const res = await fetch(current, { redirect: "manual", signal: controller.signal, headers });
      if (REDIRECT.has(res.status)) {
        await res.body?.cancel().catch(() => {});
        const location = res.headers.get("location");
        if (!location) return { ok: false, url, reason: `redirect (${res.status}) without a Location` };
        const next = new URL(location, current).toString();
        if (!isHttpUrl(next)) return { ok: false, url, reason: "redirect to a URL that is not http or https" };
        if (seen.has(next)) return { ok: false, url, reason: "redirect loop" };
        if (hop + 1 > limits.maxRedirects) return { ok: false, url, reason: `more than ${limits.maxRedirects} redirects` };
        current = next;
        continue;
      }
      const etag = res.headers.get("etag") ?? undefined;
      const lastModified = res.headers.get("last-modified") ?? undefined;
      if (res.status === 304) {
        await res.body?.cancel().catch(() => {});
        return { ok: true, notModified: true, url: current, etag: etag ?? options.etag, lastModified: lastModified ?? options.lastModified };
      }
      if (res.status < 200 || res.status > 299) {
        await res.body?.cancel().catch(() => {});
        return { ok: false, url, reason: `HTTP ${res.status}` };
      }
      const contentType = res.headers.get("content-type") ?? "";
      const kind = kindOf(contentType);
      if (!kind) {
        await res.body?.cancel().catch(() => {});
        return { ok: false, url, reason: `content type ${contentType.split(";")[0]!.trim().slice(0, 60)} is not HTML, RSS/Atom or text` };
      }
      const declared = Number(res.headers.get("content-length") ?? Number.NaN);
      if (declared > limits.maxBytes) {
        await res.body?.cancel().catch(() => {});
        return { ok: false, url, reason: `larger than ${formatBytes(limits.maxBytes)} (${formatBytes(declared)})` };
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (res.body) {
        for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
          size += chunk.length;
          if (size > limits.maxBytes) {
            tooLarge = true;
            controller.abort();
            return { ok: false, url, reason: `larger than ${formatBytes(limits.maxBytes)}` };
          }
          chunks.push(chunk);
        }
      }
      const body = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        body.set(c, at);
        at += c.length;
      }
      return { ok: true, notModified: false, url: current, kind, contentType, body, etag, lastModified };
    }
  } catch (e) {
    if (tooLarge) return { ok: false, url, reason: `larger than ${formatBytes(limits.maxBytes)}` };
    if (timedOut) return { ok: false, url, reason: `no complete answer within ${Math.round(limits.timeoutMs / 100) / 10} s` };
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, url, reason: `cannot fetch (${cause?.code ?? cause?.message ?? (e as Error).message})`.slice(0, 200) };
  } finally {
    clearTimeout(timer);
  }
}
