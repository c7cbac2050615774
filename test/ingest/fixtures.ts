/**
 * Fixture pages written for the ingest tests, and a local HTTP server on 127.0.0.1 that serves them: news-site-like
 * HTML with JSON-LD and Open Graph tags, navigation, captions, photo credits, cookie banners and share bars; a
 * paywall stub; a windows-1252 page; a page whose UTF-8 was misread; a 20 MB page; a redirect loop; a server that
 * never answers; RSS and Atom feeds. Nothing here reaches beyond the loopback address.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { CORPUS_DIR } from "../fixtures/corpus.js";

export interface PageSpec {
  headline: string;
  outlet?: string;
  /** ISO date-time for JSON-LD datePublished (omit to test the fallbacks). */
  datePublished?: string;
  /** Open Graph article:published_time instead of JSON-LD. */
  ogTime?: string;
  /** A visible date line in the page ("16. März 2025, 14:05 Uhr") instead of any tag. */
  visibleDate?: string;
  author?: string;
  canonical?: string;
  paragraphs: string[];
  /** No JSON-LD block. */
  noJsonLd?: boolean;
  isAccessibleForFree?: boolean;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A page as news sites build them: chrome around the article, captions and credits inside it. */
export function newsPage(p: PageSpec): string {
  const ld = p.noJsonLd
    ? ""
    : `<script type="application/ld+json">${JSON.stringify({
        "@context": "https://schema.org",
        "@graph": [
          { "@type": "WebPage", name: `${p.headline} | ${p.outlet ?? "Testblatt"}` },
          {
            "@type": "NewsArticle",
            headline: p.headline,
            ...(p.datePublished ? { datePublished: p.datePublished } : {}),
            ...(p.author ? { author: [{ "@type": "Person", name: p.author }] } : {}),
            publisher: { "@type": "Organization", name: p.outlet ?? "Testblatt" },
            ...(p.isAccessibleForFree === false ? { isAccessibleForFree: false } : {}),
          },
        ],
      })}</script>`;
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8">
<title>${esc(p.headline)} | ${esc(p.outlet ?? "Testblatt")}</title>
<meta property="og:title" content="${esc(p.headline)}">
${p.outlet ? `<meta property="og:site_name" content="${esc(p.outlet)}">` : ""}
${p.canonical ? `<link rel="canonical" href="${esc(p.canonical)}"><meta property="og:url" content="${esc(p.canonical)}">` : ""}
${p.ogTime ? `<meta property="article:published_time" content="${p.ogTime}">` : ""}
<meta name="description" content="Kurzfassung">
${ld}
<style>.cookie-banner{position:fixed}</style>
<script>window.dataLayer = [{ "event": "pageview" }]; document.write("<p>Skript-Text</p>");</script>
</head><body>
<div class="cookie-banner" id="consent"><p>Wir verwenden Cookies, um Ihnen das beste Nutzungserlebnis zu bieten. Mit „Akzeptieren“ stimmen Sie zu.</p><button>Akzeptieren</button></div>
<header class="site-header"><a href="/">Startseite</a><nav><ul><li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<p class="kicker">Ukraine-Krieg</p>
<h1>${esc(p.headline)}</h1>
${p.visibleDate ? `<div class="meta"><span class="author">Von ${esc(p.author ?? "Redaktion")}</span> <span class="pubdate">${esc(p.visibleDate)}</span></div>` : ""}
<div class="share-bar"><a href="#">Teilen</a><a href="#">Facebook</a><a href="#">WhatsApp</a><a href="#">E-Mail</a></div>
<figure><img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=" alt="Bild"><figcaption>Marco Rubio (l.) und Sergej Lawrow bei einem Treffen. Foto: Evelyn Hockstein/Pool/dpa</figcaption></figure>
${p.paragraphs
  .map((para, i) =>
    i === 2
      ? `<aside class="related"><h3>Lesen Sie auch</h3><ul><li><a href="/x">Alles zum Ukraine-Krieg im Liveticker</a></li></ul></aside><p>${esc(para)}</p>`
      : i === 1
        ? // Chrome only the DOM cleanup can tell (a plain caption) and chrome only the line cleanup can tell (no class).
          `<p>${esc(para)}</p><figure class="inline"><img src="x.jpg"><figcaption><p>Die Delegationen vor dem Palast in Riad.</p></figcaption></figure><p>Foto: Michael Kappeler/dpa</p><p>Artikel teilen</p><p>Wir verwenden Cookies und ähnliche Technologien. Mit Klick auf „Zustimmen“ willigen Sie in die Verarbeitung ein.</p>`
        : `<p>${esc(para)}</p>`,
  )
  .join("\n")}
<p>Lesen Sie auch: Was der Gipfel für Europa bedeutet</p>
<p class="credit">Quelle: dpa</p>
</article></main>
<aside class="sidebar"><h2>Meistgelesen</h2><ol><li><a href="/1">Wetter: Sturm zieht auf</a></li><li><a href="/2">Fußball: Bayern gewinnt</a></li></ol></aside>
<footer><p>© 2025 ${esc(p.outlet ?? "Testblatt")} · Impressum · Datenschutz · Cookie-Einstellungen</p></footer>
</body></html>`;
}

/** German news-like paragraphs with a unique term in each, so that a question can find exactly this page. */
export function paragraphsAbout(topic: string, n = 5): string[] {
  return Array.from({ length: n }, (_, i) =>
    [
      `Die Gespräche über ${topic} gingen am ${i + 1}. Verhandlungstag in eine neue Runde, wie Diplomaten in Genf berichteten.`,
      `Beide Delegationen hätten ihre Positionen zu ${topic} ausführlich dargelegt und konkrete Vorschläge für das weitere Vorgehen gemacht.`,
      `Ein Sprecher des Außenministeriums sagte, man sei vorsichtig optimistisch, dass eine Einigung noch in diesem Monat gelingen könne.`,
    ].join(" "),
  );
}

export function rss(items: Array<{ link: string; title: string; pubDate?: string }>, title = "Testblatt – Politik"): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(title)}</title><link>http://127.0.0.1/</link><description>Nachrichten</description>
${items.map((i) => `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link>${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ""}<guid isPermaLink="true">${esc(i.link)}</guid></item>`).join("\n")}
</channel></rss>`;
}

export function atom(entries: Array<{ link: string; title: string; published?: string }>): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Testblatt Atom</title><id>urn:test</id><updated>2025-03-16T10:00:00Z</updated>
${entries.map((e) => `<entry><title>${esc(e.title)}</title><link rel="alternate" type="text/html" href="${esc(e.link)}"/><id>${esc(e.link)}</id>${e.published ? `<published>${e.published}</published>` : ""}<updated>2025-03-16T10:00:00Z</updated></entry>`).join("\n")}
</feed>`;
}

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  url: (p: string) => string;
  route: (p: string, handler: Route) => void;
  /** Requests seen per path, with their conditional headers. */
  requests: Array<{ path: string; ifNoneMatch?: string; ifModifiedSince?: string }>;
  close: () => Promise<void>;
}

/** An HTTP server on 127.0.0.1 with a random port; routes are added by the tests. */
export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const requests: TestServer["requests"] = [];
  const server: Server = createServer((req, res) => {
    const p = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    requests.push({ path: p, ifNoneMatch: req.headers["if-none-match"], ifModifiedSince: req.headers["if-modified-since"] as string | undefined });
    const route = routes.get(p);
    if (route) route(req, res);
    else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    route: (p, handler) => routes.set(p, handler),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const html =
  (body: string | Buffer, type = "text/html; charset=utf-8", headers: Record<string, string> = {}): Route =>
  (_req, res) => {
    res.writeHead(200, { "content-type": type, ...headers });
    res.end(body);
  };

/** A copy of the seed corpus (articles and data files) in a temporary folder. */
export function corpusCopy(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "vb-ingest-"));
  for (const name of readdirSync(CORPUS_DIR)) copyFileSync(path.join(CORPUS_DIR, name), path.join(dir, name));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The article files of a folder (no temp files, no data files). */
export function articleFiles(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.endsWith(".txt") && !n.startsWith("."));
}
