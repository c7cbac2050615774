/** RSS 2.0, RSS 1.0 (RDF) and Atom feeds → items, parsed as XML by linkedom and validated with zod. */
import { z } from "zod";
import { because, type IngestCause } from "./cause.js";
import { type DomDocument, type DomElement, parseXmlDocument } from "./dom.js";
import { MAX_FEED_ITEMS } from "./limits.js";
import { isStackOverflow, markupComplexity } from "./markupShape.js";
import { parseDate } from "./pageDate.js";
import { MAX_TITLE_LENGTH } from "../corpus/title.js";
import { shortenTitle, withoutControlCharacters } from "../util/text.js";

export interface FeedItem {
  /** Absolute http(s) URL of the article. */
  url: string;
  title?: string;
  /** "YYYY-MM-DD" from pubDate/published/updated/dc:date. */
  published?: string;
  publishedAt?: string;
}

/** A feed item that is not ingested (no link, not an http(s) one, a link an earlier item has, past the item cap), reported as refused. */
export interface SkippedFeedItem {
  /** The item's link as the feed gives it, cut to {@link MAX_SHOWN_LINK}, without control characters; none: it has none. */
  link?: string;
  title?: string;
  /** Which item it is (from 1) and why it is skipped: "item 4 has no link", `{ code: "no_link", item: 4 }`. */
  reason: string;
  cause: IngestCause;
}

export interface Feed {
  title?: string;
  items: FeedItem[];
  skipped: SkippedFeedItem[];
}

/** A skipped item's link is shown up to this many characters. */
const MAX_SHOWN_LINK = 200;

/** A parsed feed, or why the text cannot be read as one (`not_a_feed`, `too_complex`, `feed_unreadable`). */
export type ParsedFeed = { ok: true; feed: Feed } | { ok: false; reason: string; cause: IngestCause };

const itemSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().trim().min(1).max(300).optional().catch(undefined),
  published: z.string().optional(),
  publishedAt: z.string().optional(),
});

/** Whether a document's first element is a feed root (for servers that send feeds as text/html or text/plain). */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000).replace(/<\?xml[^>]*\?>/, "").replace(/<!--[\s\S]*?-->/g, "").trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(head) || /^<\?xml-stylesheet[^>]*\?>\s*<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/**
 * Parses a feed; refused when `xml` is no RSS or Atom feed, or its markup breaks a cap of limits.ts (checked before it
 * is parsed). Items without a valid http(s) link, an item whose link an earlier item has and the items past
 * {@link MAX_FEED_ITEMS} are skipped, each with its reason (`skipped`), so that every item gets a line. Anything that still fails in here is a refusal of the feed, not a failure of the ingest.
 */
export function parseFeed(xml: string, feedUrl?: string): ParsedFeed {
  if (!looksLikeFeed(xml)) return { ok: false, ...because({ code: "not_a_feed" }) };
  const tooComplex = markupComplexity(xml, "xml");
  if (tooComplex) return { ok: false, ...because(tooComplex) };
  try {
    const feed = readFeed(xml, feedUrl);
    return feed ? { ok: true, feed } : { ok: false, ...because({ code: "not_a_feed" }) };
  } catch (e) {
    return { ok: false, ...because(isStackOverflow(e) ? { code: "too_complex" } : { code: "feed_unreadable" }) };
  }
}

/** The feed of a text that looks like one; undefined when its XML has no root element. */
function readFeed(xml: string, feedUrl: string | undefined): Feed | undefined {
  let doc: DomDocument;
  try {
    doc = parseXmlDocument(xml);
  } catch {
    return undefined;
  }
  const root = doc.documentElement;
  if (!root) return undefined;
  const local = (el: DomElement) => (el.localName ?? el.tagName).replace(/^.*:/, "").toLowerCase();
  const child = (el: DomElement, ...names: string[]) => Array.from(el.children).find((c) => names.includes(local(c)));
  const textOf = (el: DomElement | undefined) => el?.textContent?.trim() || undefined;
  /** The elements named `name` under `el`, in document order, not looking inside them (without recursion). */
  const all = (el: DomElement, name: string): DomElement[] => {
    const out: DomElement[] = [];
    const pending: DomElement[] = [el];
    for (let e = pending.pop(); e; e = pending.pop()) {
      if (e !== el && local(e) === name) {
        out.push(e);
        continue;
      }
      const children = e.children;
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
    }
    return out;
  };
  const isAtom = local(root) === "feed";
  const entries = isAtom ? all(root, "entry") : all(root, "item");
  const items: FeedItem[] = [];
  const skipped: SkippedFeedItem[] = [];
  /** Each link read so far → the number (from 1) of the item that had it first. */
  const seen = new Map<string, number>();
  for (const [n, entry] of entries.entries()) {
    const title = textOf(child(entry, "title"))?.replace(/\s+/g, " ");
    const skip = (raw: string | undefined, cause: IngestCause) => {
      const link = raw === undefined ? "" : withoutControlCharacters(raw).slice(0, MAX_SHOWN_LINK);
      const shownTitle = title === undefined ? "" : shortenTitle(withoutControlCharacters(title), MAX_TITLE_LENGTH);
      skipped.push({ ...(link ? { link } : {}), ...(shownTitle ? { title: shownTitle } : {}), ...because(cause) });
    };
    let link: string | undefined;
    if (isAtom) {
      const links = Array.from(entry.children).filter((c) => local(c) === "link");
      const alternate = links.find((l) => (l.getAttribute("rel") ?? "alternate") === "alternate") ?? links[0];
      link = alternate?.getAttribute("href") ?? undefined;
    } else {
      link = textOf(child(entry, "link"));
      const guid = child(entry, "guid");
      if (!link && guid && guid.getAttribute("isPermaLink") !== "false") link = textOf(guid);
      link ??= entry.getAttribute("rdf:about") ?? undefined;
    }
    if (n >= MAX_FEED_ITEMS) {
      skip(link?.trim() || undefined, { code: "feed_item_limit", item: n + 1, max: MAX_FEED_ITEMS });
      continue;
    }
    if (!link?.trim()) {
      skip(undefined, { code: "no_link", item: n + 1 });
      continue;
    }
    let url: string;
    try {
      url = new URL(link.trim(), feedUrl).toString();
    } catch {
      skip(link.trim(), { code: "invalid_link", item: n + 1 });
      continue;
    }
    const date = parseDate(textOf(child(entry, "pubdate", "published", "date", "updated", "issued", "created")));
    const parsed = itemSchema.safeParse({ url, title, ...date });
    if (!parsed.success) {
      skip(url, { code: "link_not_http", item: n + 1 });
      continue;
    }
    const first = seen.get(parsed.data.url);
    if (first !== undefined) {
      skip(parsed.data.url, { code: "duplicate_in_feed", item: n + 1, of: first });
      continue;
    }
    seen.set(parsed.data.url, n + 1);
    items.push(parsed.data);
  }
  return { title: textOf(child(isAtom ? root : (child(root, "channel") ?? root), "title")), items, skipped };
}
