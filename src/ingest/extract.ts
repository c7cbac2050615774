/**
 * A news page → article: metadata from JSON-LD, Open Graph and meta tags (falling back to visible date lines),
 * the article body by Mozilla's Readability on a linkedom DOM after site chrome is removed, then clean paragraphs.
 * Every metadata field a page supplies is validated with zod; a field that does not validate is dropped, not trusted.
 */
import { Readability } from "@mozilla/readability";
import { z } from "zod";
import { articleMetaSchema } from "../corpus/metadataFile.js";
import { bodyLength, cleanParagraph, cleanParagraphs } from "./clean.js";
import { type DomDocument, parseHtmlDocument } from "./dom.js";
import { alternation, capitalised, englishMonthNumber, GERMAN_MONTHS, germanMonthNumber } from "../util/calendar.js";

export interface ExtractedArticle {
  title?: string;
  outlet?: string;
  /** Canonical URL where the page names one, else the URL it was fetched from. */
  url?: string;
  author?: string;
  /** "YYYY-MM-DD" as the outlet dates it (its own time zone). */
  published?: string;
  /** ISO 8601 date-time with offset, when the page gives a time. */
  publishedAt?: string;
  paragraphs: string[];
}

export type ExtractResult = { ok: true; article: ExtractedArticle } | { ok: false; reason: string; article?: Partial<ExtractedArticle> };

/** Less article text than this (characters of sentence paragraphs) is a teaser, a paywall stub or not an article. */
export const MIN_ARTICLE_CHARS = 150;

/** The fields as validated; `articleMetaSchema` is what articles.json accepts, so what passes here can be stored. */
const metaField = {
  title: articleMetaSchema.shape.title,
  outlet: articleMetaSchema.shape.outlet,
  url: articleMetaSchema.shape.url,
  author: articleMetaSchema.shape.author,
  published: articleMetaSchema.shape.published,
  publishedAt: articleMetaSchema.shape.publishedAt,
};

/** The first candidate that validates, trimmed and with whitespace folded. */
function first<K extends keyof typeof metaField>(field: K, ...candidates: Array<string | undefined | null>): string | undefined {
  for (const c of candidates) {
    if (typeof c !== "string") continue;
    const value = c.replace(/\s+/g, " ").trim();
    const parsed = metaField[field].safeParse(value);
    if (parsed.success && parsed.data !== undefined) return parsed.data as string;
  }
  return undefined;
}

/** JSON-LD as pages write it: any shape; only these fields are read, each checked for its type. */
const text = z.string().optional().catch(undefined);
const named = z.union([z.string(), z.looseObject({ name: z.string() }).transform((o) => o.name)]).optional().catch(undefined);
const ldSchema = z.looseObject({
  "@type": z.union([z.string(), z.array(z.string())]).optional().catch(undefined),
  headline: text,
  name: text,
  datePublished: text,
  dateCreated: text,
  url: text,
  mainEntityOfPage: z.union([z.string(), z.looseObject({ "@id": z.string() }).transform((o) => o["@id"])]).optional().catch(undefined),
  author: z.union([z.array(named).transform((a) => a.filter(Boolean).join(", ")), named]).optional().catch(undefined),
  publisher: named,
  isAccessibleForFree: z.union([z.boolean(), z.string().transform((s) => s.toLowerCase() !== "false")]).optional().catch(undefined),
});
type LdArticle = z.infer<typeof ldSchema>;

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|WebPage)$/;

function jsonLdArticles(document: DomDocument): LdArticle[] {
  const found: LdArticle[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 4 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const n of node.slice(0, 50)) visit(n, depth + 1);
      return;
    }
    const obj = node as Record<string, unknown>;
    if (obj["@graph"]) visit(obj["@graph"], depth + 1);
    const parsed = ldSchema.safeParse(obj);
    if (!parsed.success) return;
    const types = [parsed.data["@type"] ?? []].flat();
    if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(parsed.data);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // A broken JSON-LD block is ignored; the other sources still count.
    }
  }
  // A WebPage wrapper comes after the article itself.
  return found.sort((a, b) => Number([a["@type"]].flat().includes("WebPage")) - Number([b["@type"]].flat().includes("WebPage")));
}

function meta(document: DomDocument, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ["property", "name", "itemprop"]) {
      const el = document.querySelector(`meta[${attr}="${key}"]`);
      const content = el?.getAttribute("content");
      if (content?.trim()) return content;
    }
  }
  return undefined;
}


/**
 * A date string → day (in the writer's own time zone) and, when it has a time, an ISO date-time with offset.
 * Reads ISO 8601, RFC 2822 (feeds), "16. März 2025", "16.03.2025, 14:05 Uhr" and "March 16, 2025".
 */
export function parseDate(value: string | undefined | null): { published?: string; publishedAt?: string } {
  if (!value) return {};
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (iso) {
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`;
    if (!iso[4]) return check(day);
    const zone = iso[7] ? (iso[7] === "Z" ? "Z" : iso[7].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2")) : undefined;
    return check(day, zone ? `${day}T${iso[4]}:${iso[5]}:${iso[6] ?? "00"}${zone}` : undefined);
  }
  const german = /\b(\d{1,2})\.\s*([A-Za-zäÄ]+)\s+(\d{4})\b/.exec(s);
  if (german) {
    const m = germanMonthNumber(german[2]!);
    if (m > 0) return check(`${german[3]}-${pad(m)}-${pad(Number(german[1]))}`, undefined, timeOf(s, `${german[3]}-${pad(m)}-${pad(Number(german[1]))}`));
  }
  const numeric = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s);
  if (numeric) {
    const day = `${numeric[3]}-${pad(Number(numeric[2]))}-${pad(Number(numeric[1]))}`;
    return check(day, undefined, timeOf(s, day));
  }
  const english = /\b([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})\b/.exec(s);
  if (english && englishMonthNumber(english[1]!) > 0 && !/^\w{3},/.test(s)) {
    return check(`${english[3]}-${pad(englishMonthNumber(english[1]!))}-${pad(Number(english[2]))}`);
  }
  // RFC 2822: "Sun, 16 Mar 2025 10:00:00 +0100" — the day in the writer's zone, not in UTC.
  const time = Date.parse(s);
  if (Number.isNaN(time)) return {};
  const zone = /([+-])(\d{2}):?(\d{2})\s*$/.exec(s);
  const offsetMin = zone ? (zone[1] === "-" ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  const local = new Date(time + offsetMin * 60_000).toISOString();
  const suffix = zone ? `${zone[1]}${zone[2]}:${zone[3]}` : "Z";
  return check(local.slice(0, 10), `${local.slice(0, 19)}${suffix}`);
}

function timeOf(s: string, day: string): string | undefined {
  const t = /\b(\d{1,2})[:.](\d{2})\s*Uhr\b/.exec(s);
  // A wall-clock time without a zone is not an instant: it stays out of publishedAt.
  return t ? `${day} ${pad(Number(t[1]))}:${t[2]}` : undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");

function check(day: string, at?: string, _local?: string): { published?: string; publishedAt?: string } {
  const published = first("published", day);
  if (!published) return {};
  const year = Number(published.slice(0, 4));
  if (year < 1990 || year > new Date().getUTCFullYear() + 1) return {};
  const publishedAt = at ? first("publishedAt", at) : undefined;
  return publishedAt ? { published, publishedAt } : { published };
}

/** "16. März 2025" or "16.03.2025" in running text. */
const VISIBLE_DATE_LINE = new RegExp(`(\\d{1,2}\\.\\s*(${alternation(GERMAN_MONTHS.map(capitalised))})\\s+\\d{4}|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b)`);

/** Visible date lines: <time datetime>, elements classed as dates, then the first date in the page text. */
function visibleDate(document: DomDocument): { published?: string; publishedAt?: string } {
  for (const el of Array.from(document.querySelectorAll("time[datetime], [itemprop='datePublished']"))) {
    const found = parseDate(el.getAttribute("datetime") ?? el.getAttribute("content") ?? el.textContent);
    if (found.published) return found;
  }
  for (const el of Array.from(document.querySelectorAll("[class*='date'], [class*='datum'], [class*='publish'], [class*='time'], [id*='date']")).slice(0, 20)) {
    const found = parseDate(el.textContent);
    if (found.published) return found;
  }
  const body = (document.body?.textContent ?? "").slice(0, 5000);
  const line = VISIBLE_DATE_LINE.exec(body);
  return line ? parseDate(line[0]) : {};
}

/** Elements that are never article text. */
const DROP = "script, style, noscript, template, svg, img, picture, source, video, audio, iframe, object, embed, canvas, figure, figcaption, form, button, input, select, textarea, nav, footer, aside, dialog, [role=navigation], [role=banner], [role=contentinfo], [role=dialog], [aria-hidden=true], [hidden]";
/** Class or id words of site chrome. */
const CHROME_NAME = /(^|[\s_-])(cookies?|consent|gdpr|cmp|banner|share|sharing|social|newsletter|paywall|plus-?teaser|related|recommend(ed|ations)?|promo|advert(isement)?|ads?|anzeige|comments?|subscribe|abo|breadcrumbs?|caption|credits?|copyright|bildunterschrift|read-?more|lesen-?sie-?auch|teaser-?list|sidebar|outbrain|taboola)([\s_-]|$)/i;
/** A block whose text starts like this is a link list to other articles. */
const READ_ALSO = /^\s*(Lesen Sie auch|Mehr zum Thema|Auch interessant|Das könnte Sie auch interessieren|Weitere Artikel|Empfehlungen)/i;

function stripChrome(document: DomDocument): void {
  for (const el of Array.from(document.querySelectorAll(DROP))) el.remove();
  for (const el of Array.from(document.querySelectorAll("[class], [id]"))) {
    const name = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    if (CHROME_NAME.test(name) && el.tagName !== "BODY" && el.tagName !== "HTML" && el.tagName !== "ARTICLE" && el.tagName !== "MAIN") el.remove();
  }
  for (const el of Array.from(document.querySelectorAll("section, div, ul, p, h2, h3, h4, strong"))) {
    if (el.isConnected && READ_ALSO.test(el.textContent ?? "") && (el.textContent ?? "").length < 600) el.remove();
  }
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td";

/** Paragraph texts of an HTML fragment: leaf block elements, or its lines when it has none. */
function paragraphsOf(html: string): string[] {
  const document = parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = Array.from(document.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  const texts = blocks.map((el) => el.textContent ?? "");
  if (texts.join("").trim().length > 0) return texts;
  return (document.body?.textContent ?? "").split(/\n+/);
}

function withoutSuffix(title: string | undefined, outlet: string | undefined): string | undefined {
  if (!title) return title;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && (outlet ? parts.at(-1)!.toLowerCase().includes(outlet.toLowerCase().slice(0, 6)) : parts.at(-1)!.length < 30)) return parts.slice(0, -1).join(" – ");
  return title;
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, "") : undefined;
  } catch {
    return undefined;
  }
}

function absolute(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href.trim(), base).toString();
  } catch {
    return undefined;
  }
}

/** Extracts the article of an HTML page fetched from (or saved from) `pageUrl`. */
export function extractArticle(html: string, pageUrl?: string): ExtractResult {
  const document = parseHtmlDocument(html);
  const ld = jsonLdArticles(document);
  const ldFirst = (key: keyof LdArticle) => ld.map((a) => a[key]).find((v): v is string => typeof v === "string" && v.trim().length > 0);

  const outlet = first("outlet", meta(document, "og:site_name", "application-name", "publisher"), ldFirst("publisher"), hostOf(pageUrl));
  const url = first(
    "url",
    absolute(document.querySelector('link[rel="canonical"]')?.getAttribute("href"), pageUrl),
    absolute(meta(document, "og:url"), pageUrl),
    absolute(ldFirst("url"), pageUrl),
    absolute(ldFirst("mainEntityOfPage"), pageUrl),
    pageUrl,
  );
  const h1 = document.querySelector("article h1, main h1, h1")?.textContent;
  const title = first(
    "title",
    ldFirst("headline"),
    withoutSuffix(meta(document, "og:title", "twitter:title"), outlet),
    h1,
    withoutSuffix(document.querySelector("title")?.textContent ?? undefined, outlet),
  );
  const author = first("author", ldFirst("author"), meta(document, "author", "article:author", "dc.creator"));
  let date = parseDate(ldFirst("datePublished") ?? ldFirst("dateCreated"));
  if (!date.published) date = parseDate(meta(document, "article:published_time", "og:article:published_time", "datePublished", "date", "pubdate", "publish-date", "dc.date", "dc.date.issued", "DC.date.issued"));
  if (!date.published) date = visibleDate(document);
  const paywalled = ld.some((a) => a.isAccessibleForFree === false);
  const found: Partial<ExtractedArticle> = { title, outlet, url, author, ...date };

  stripChrome(document);
  // Readability needs the headline to tell it from the body; charThreshold low: short news items are articles too.
  const parsed = new Readability(document, { charThreshold: 200, keepClasses: false }).parse();
  const raw = parsed?.content ? paragraphsOf(parsed.content) : [];
  const paragraphs = cleanParagraphs(raw, title);
  const length = bodyLength(paragraphs);
  if (length < MIN_ARTICLE_CHARS) {
    const reason = paywalled
      ? `paywall: only ${length} characters of article text are free`
      : length === 0
        ? "no article text on the page"
        : `too little article text (${length} characters; a teaser, paywall stub or not an article)`;
    return { ok: false, reason, article: found };
  }
  return { ok: true, article: { ...found, title: found.title ?? first("title", cleanParagraph(paragraphs[0] ?? "").slice(0, 120)), paragraphs } };
}
