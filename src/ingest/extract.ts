/**
 * A news page → article: metadata from JSON-LD, Open Graph and meta tags (falling back to visible date lines),
 * the article body by Mozilla's Readability on a linkedom DOM after site chrome is removed, then clean paragraphs.
 * Every metadata field a page supplies is validated with zod; a field that does not validate is dropped, not trusted.
 */
import { Readability } from "@mozilla/readability";
import { because, type IngestCause } from "./cause.js";
import { bodyLength, cleanParagraph, cleanParagraphs } from "./clean.js";
import { parseHtmlDocument } from "./dom.js";
import { MIN_ARTICLE_CHARS } from "./limits.js";
import { isStackOverflow, markupComplexity } from "./markupShape.js";
import { parseDate, visibleDate } from "./pageDate.js";
import { absolute, first, hostOf, jsonLdArticles, type LdArticle, meta, withoutSuffix } from "./pageMetadata.js";
import { stripChrome } from "./siteChrome.js";


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
  /** "YYYY-MM" when only the month is known (a pasted text's " date YYYY-MM" marker): the file keeps it as its marker. */
  publishedMonth?: string;
  paragraphs: string[];
}

export type ExtractResult = { ok: true; article: ExtractedArticle } | { ok: false; reason: string; cause: IngestCause; article?: Partial<ExtractedArticle> };

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td";

/** Paragraph texts of an HTML fragment: leaf block elements, or its lines when it has none. */
function paragraphsOf(html: string): string[] {
  const document = parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = Array.from(document.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  const texts = blocks.map((el) => el.textContent ?? "");
  if (texts.join("").trim().length > 0) return texts;
  return (document.body?.textContent ?? "").split(/\n+/);
}

/**
 * Extracts the article of an HTML page fetched from (or saved from) `pageUrl`. A page whose markup breaks a cap of
 * limits.ts is refused (`too_complex`) before it is parsed; should the parser or Readability still run out of stack,
 * that is the same refusal, not a failure of the ingest.
 */
export function extractArticle(html: string, pageUrl?: string): ExtractResult {
  const tooComplex = markupComplexity(html, "html");
  if (tooComplex) return { ok: false, ...because(tooComplex) };
  try {
    return extractParsed(html, pageUrl);
  } catch (e) {
    if (isStackOverflow(e)) return { ok: false, ...because({ code: "too_complex" }) };
    throw e;
  }
}

function extractParsed(html: string, pageUrl: string | undefined): ExtractResult {
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
    const cause: IngestCause = paywalled ? { code: "paywall", chars: length } : length === 0 ? { code: "no_text" } : { code: "too_little_text", chars: length };
    return { ok: false, ...because(cause), article: found };
  }
  return { ok: true, article: { ...found, title: found.title ?? first("title", cleanParagraph(paragraphs[0] ?? "").slice(0, 120)), paragraphs } };
}
