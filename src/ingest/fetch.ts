/**
 * Fetching a page or feed within limits: http/https only, at most `maxBytes` (default 5 MB), `timeoutMs` for the
 * whole exchange including redirects and body (default 15 s), `maxRedirects` hops (default 5, loops refused),
 * and only HTML, XML feeds or plain text. Conditional requests (ETag, Last-Modified) for feed polling.
 */
import { internalAddressCause } from "./addressGuard.js";
import { because, type IngestCause } from "./cause.js";

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
  | { ok: false; url: string; reason: string; cause: IngestCause };

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

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

export async function fetchResource(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const fail = (cause: IngestCause): FetchResult => ({ ok: false, url, ...because(cause) });
  if (!isHttpUrl(url)) return fail({ code: "not_http" });
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
        const refused = await internalAddressCause(current);
        if (refused) return fail(refused);
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
        if (!location) return fail({ code: "redirect_without_location", status: res.status });
        const next = new URL(location, current).toString();
        if (!isHttpUrl(next)) return fail({ code: "redirect_not_http" });
        if (seen.has(next)) return fail({ code: "redirect_loop" });
        if (hop + 1 > limits.maxRedirects) return fail({ code: "too_many_redirects", max: limits.maxRedirects });
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
        return fail({ code: "http_status", status: res.status });
      }
      const contentType = res.headers.get("content-type") ?? "";
      const kind = kindOf(contentType);
      if (!kind) {
        await res.body?.cancel().catch(() => {});
        return fail({ code: "content_type", type: contentType.split(";")[0]!.trim().slice(0, 60) });
      }
      const declared = Number(res.headers.get("content-length") ?? Number.NaN);
      if (declared > limits.maxBytes) {
        await res.body?.cancel().catch(() => {});
        return fail({ code: "too_large", maxBytes: limits.maxBytes, bytes: declared });
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (res.body) {
        for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
          size += chunk.length;
          if (size > limits.maxBytes) {
            tooLarge = true;
            controller.abort();
            return fail({ code: "too_large", maxBytes: limits.maxBytes });
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
    if (tooLarge) return fail({ code: "too_large", maxBytes: limits.maxBytes });
    if (timedOut) return fail({ code: "timeout", seconds: Math.round(limits.timeoutMs / 100) / 10 });
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    return fail({ code: "fetch_failed", detail: String(cause?.code ?? cause?.message ?? (e as Error).message).slice(0, 180) });
  } finally {
    clearTimeout(timer);
  }
}
