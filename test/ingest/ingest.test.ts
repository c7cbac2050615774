/**
 * The real ingest path (fetch → decode → extract → clean → dedupe → atomic write) against a local HTTP server on
 * 127.0.0.1 serving fixture pages and feeds. Time limits in here are the ingest's own (a server that never answers
 * against a short fetch timeout); no test asserts how long anything took.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { MAX_MARKUP_DEPTH, MAX_PAGE_NESTING } from "../../src/ingest/limits.js";
import { looksBinary } from "../../src/ingest/binary.js";
import { decodeCp1252, singleByteChars } from "../../src/ingest/charset.js";
import { Ingester } from "../../src/ingest/ingest.js";
import type { IngestResult } from "../../src/ingest/result.js";
import { CorpusStore } from "../../src/ingest/store.js";
import { HANG_GUARD_MS } from "../support/hangGuard.js";
import { articleFiles, atom, corpusCopy, html, newsPage, paragraphsAbout, rss, startServer, type TestServer } from "./fixtures.js";

/** Text → windows-1252 bytes (what the page server sends for a windows-1252 page). */
const CP1252 = new Map(singleByteChars("windows-1252").map((ch, i) => [ch, 0x80 + i]));
const cp1252 = (text: string) => Buffer.from(Array.from(text, (ch) => (ch.codePointAt(0)! < 0x80 ? ch.codePointAt(0)! : (CP1252.get(ch) ?? 0x3f))));

let server: TestServer;
let corpus: { dir: string; cleanup: () => void };
let ingester: Ingester;
const SEED_COUNT = 5;

function freshIngester(limits = {}): Ingester {
  return new Ingester({ store: new CorpusStore(corpus.dir), limits: { timeoutMs: HANG_GUARD_MS, ...limits } });
}

const metadata = () => JSON.parse(readFileSync(path.join(corpus.dir, "articles.json"), "utf8")) as { articles: Record<string, Record<string, string>> };
const fileText = (file: string) => readFileSync(path.join(corpus.dir, file), "utf8");
const one = async (url: string, i = ingester): Promise<IngestResult> => {
  const results = await i.ingest([url]);
  expect(results).toHaveLength(1);
  return results[0]!;
};

const MAIN = newsPage({
  headline: "Rubio und Lawrow vereinbaren neue Gespräche über Waffenruhe",
  outlet: "Testblatt",
  datePublished: "2025-03-16T10:05:00+01:00",
  author: "Anna Muster",
  canonical: "https://testblatt.example/politik/rubio-lawrow-123",
  paragraphs: [
    ...paragraphsAbout("die Waffenruhe im Schwarzen Meer"),
    "Die Unterhändler wollen sich in der kommenden Woche erneut treffen, um die Einzelheiten vorzubereiten.Üblicherweise dauern solche Vorbereitungen mehrere Tage.",
  ],
});

beforeAll(async () => {
  server = await startServer();
  server.route("/main", html(MAIN));
  server.route("/og-only", html(newsPage({ headline: "Selenskyj trifft Macron in Paris zu Gesprächen über Sicherheitsgarantien", outlet: "Abendpost", ogTime: "2025-04-02T18:30:00+02:00", noJsonLd: true, paragraphs: paragraphsAbout("Sicherheitsgarantien für Kiew") })));
  server.route("/visible-date", html(newsPage({ headline: "Witkoff reist erneut nach Moskau für ein Treffen mit Putin", noJsonLd: true, visibleDate: "11. April 2025, 09:15 Uhr", paragraphs: paragraphsAbout("die Reise Witkoffs nach Sankt Petersburg") })));
  server.route(
    "/paywall",
    html(newsPage({ headline: "Exklusiv: Was im Geheimpapier steht", outlet: "Testblatt Plus", isAccessibleForFree: false, paragraphs: ["Das Papier liegt unserer Redaktion vor. Es enthält brisante Details.", "Jetzt abonnieren und weiterlesen: Testblatt Plus für 9,99 Euro im Monat."] })),
  );
  server.route(
    "/short",
    html(`<!doctype html><html lang="de"><head><title>Kurzmeldung | Ticker</title><meta property="og:site_name" content="Ticker"><meta property="article:published_time" content="2025-05-02T07:15:00+02:00"></head><body><div>Kiew meldet einen neuen Gefangenenaustausch mit Russland an der Grenze zu Belarus. Beide Seiten hätten jeweils 205 Soldaten übergeben, teilte der ukrainische Koordinierungsstab am Freitagmorgen mit.</div></body></html>`),
  );
  server.route("/markup-only", html("<!doctype html><html><head><title>Leer</title></head><body><div><img src='data:image/png;base64,AAAA'><script>var a=1;</script><nav><a href='/'>Start</a></nav></div></body></html>"));
  const umlauts = newsPage({ headline: "Außenminister äußern sich über Gespräche in Südosteuropa", outlet: "Südkurier Test", datePublished: "2025-03-20T08:00:00+01:00", paragraphs: paragraphsAbout("„Übergangslösungen“ für Südosteuropa – und die Ölpreise") });
  // A page in windows-1252 („ “ – € in 0x80–0x9F), declared in its Content-Type.
  server.route("/cp1252", html(cp1252(umlauts.replace('<meta charset="utf-8">', "")), "text/html; charset=windows-1252"));
  // A UTF-8 page that says it is ISO-8859-1: every umlaut comes out misread, and the ingest must repair it.
  const misread = newsPage({ headline: "Gespräche über die Waffenruhe in Südosteuropa gehen weiter", outlet: "Falschblatt", datePublished: "2025-03-21T08:00:00+01:00", paragraphs: paragraphsAbout("die Überwachung der Waffenruhe „an Land“") }).replace('<meta charset="utf-8">', "");
  server.route("/wrong-charset", html(Buffer.from(misread, "utf8"), "text/html; charset=iso-8859-1"));
  // Pasted text misread twice over and mixed with replacement characters: not repairable.
  server.route("/garbled", html(newsPage({ headline: "Kaputt", outlet: "Kaputtblatt", datePublished: "2025-03-22T08:00:00+01:00", paragraphs: paragraphsAbout("die Verhandlungen \uFFFD\uFFFD in S\uFFFDdosteuropa") })));
  const big = Buffer.alloc(20 * 1024 * 1024, "<p>Sehr langer Text über nichts.</p>\n");
  server.route("/big", html(big));
  server.route("/big-chunked", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "transfer-encoding": "chunked" });
    let sent = 0;
    const chunk = Buffer.alloc(1024 * 1024, "a");
    const write = () => {
      while (sent < 20 && res.write(chunk)) sent++;
      if (sent < 20) res.once("drain", write);
      else res.end();
    };
    res.on("error", () => {});
    write();
  });
  server.route("/loop-a", (_req, res) => {
    res.writeHead(302, { location: "/loop-b" });
    res.end();
  });
  server.route("/loop-b", (_req, res) => {
    res.writeHead(301, { location: server.url("/loop-a") });
    res.end();
  });
  for (let i = 0; i < 8; i++) {
    server.route(`/hop${i}`, (_req, res) => {
      res.writeHead(307, { location: `/hop${i + 1}` });
      res.end();
    });
  }
  server.route("/hop8", html(MAIN));
  server.route("/slow", () => {
    // Never answers: the fetch's own time limit has to end it.
  });
  // A headline with bidi controls: a right-to-left override, an isolate and a mark.
  server.route("/bidi", html(newsPage({ headline: "\u202EGespräche \u2067in Riad\u2069 vertagt\u200F", outlet: "Testblatt", datePublished: "2025-03-18T08:00:00+01:00", paragraphs: paragraphsAbout("die vertagten Gespräche") })));
  server.route("/pdf", html(Buffer.from("%PDF-1.4"), "application/pdf"));
  // Random bytes sent as text/html: every byte value, so no charset reads them as text.
  server.route("/binary", html(Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256)), "text/html"));
  server.route("/gone", (_req, res) => {
    res.writeHead(410, { "content-type": "text/html" });
    res.end("gone");
  });
  const feedPages = ["Kellogg", "Waltz", "Sybiha"].map((name, i) => {
    const p = `/feed-article-${i}`;
    server.route(p, html(newsPage({ headline: `${name} äußert sich zu den Verhandlungen in Riad`, outlet: "Feedblatt", datePublished: `2025-02-2${i}T12:00:00+01:00`, canonical: server.url(p), paragraphs: paragraphsAbout(`die Position von ${name} zur Ostsee-Route`) })));
    return { link: server.url(p), title: `${name} äußert sich`, pubDate: `Sat, 2${i} Feb 2025 12:00:00 +0100` };
  });
  server.route("/rss.xml", html(rss([...feedPages, { link: server.url("/paywall"), title: "Paywall" }]), "application/rss+xml"));
  server.route("/atom.xml", html(atom([{ link: server.url("/atom-article"), title: "Atom", published: "2025-04-05T07:00:00Z" }]), "application/atom+xml; charset=utf-8"));
  server.route("/atom-article", html(newsPage({ headline: "Atom-Meldung: Lawrow empfängt Delegation aus Washington", outlet: "Atomblatt", noJsonLd: true, paragraphs: paragraphsAbout("den Besuch der Delegation in der Residenz") })));
  server.route("/feed-as-html", html(rss([{ link: server.url("/main"), title: "Main" }]), "text/html"));
  // Items a feed gives no usable link for: a javascript: and a file: link, none at all, beside one good item.
  server.route(
    "/rss-bad-links.xml",
    html(
      rss([{ link: "javascript:alert(1)", title: "Skript" }, feedPages[0]!, { link: "file:///etc/passwd", title: "Datei" }]).replace(
        "</channel>",
        "<item><title>Ohne Link</title></item><item><title>Steuer&#27;[2Jzeichen</title><link>http://&#27;[2J&#27;[31mrot/</link></item></channel>",
      ),
      "application/rss+xml",
    ),
  );
  server.route("/rss-empty.xml", html(rss([]), "application/rss+xml"));
  // 503 items (3 past the cap of 500), each linking to a page that is gone; and a feed that gives one link twice.
  server.route("/rss-503.xml", html(rss(Array.from({ length: 503 }, (_, i) => ({ link: server.url(`/gone?item=${i + 1}`), title: `Meldung ${i + 1}` }))), "application/rss+xml"));
  server.route("/rss-repeated.xml", html(rss([{ link: server.url("/main"), title: "Main" }, { link: "/og-only", title: "OG" }, { link: "/main", title: "Main relativ" }]), "application/rss+xml"));
  server.route("/feed-untyped", (_req, res) => {
    res.writeHead(200, { "content-type": "application/octet-stream" });
    res.end(rss([{ link: server.url("/og-only"), title: "OG" }]));
  });
  // Markup built to stall the reader: 100,000 nested <div>s around an article (1.1 MB), 20,000 never closed, and a feed
  // whose item sits 20,000 elements deep.
  const story = paragraphsAbout("die Waffenruhe im Schwarzen Meer").map((p) => `<p>${p}</p>`).join("");
  server.route("/deep", html(`<!doctype html><html><head><title>Tief</title></head><body><article><h1>Tief verschachtelt</h1>${"<div>".repeat(100_000)}${story}${"</div>".repeat(100_000)}</article></body></html>`));
  server.route("/unclosed", html(`<!doctype html><html><head><title>Offen</title></head><body>${"<div>".repeat(20_000)}${story}</body></html>`));
  server.route("/deep-feed.xml", html(rss([{ link: server.url("/main"), title: "Main" }]).replace("<item>", `${"<x>".repeat(20_000)}<item>`).replace("</channel>", `${"</x>".repeat(20_000)}</channel>`), "application/rss+xml"));
  // As deep as a real page nests at most (about 100), and twice that: still read.
  server.route("/nested-200", html(MAIN.replace("<body>", `<body>${"<div><section>".repeat(100)}`).replace("</body>", `${"</section></div>".repeat(100)}</body>`)));
  // The same report as /main syndicated by another outlet, and as a re-post on the same outlet under another URL.
  server.route("/syndicated", html(MAIN.replaceAll("Testblatt", "Partnerzeitung").replace("https://testblatt.example/politik/rubio-lawrow-123", "https://partner.example/ukraine/rubio-lawrow")));
  server.route("/repost", html(MAIN.replace("https://testblatt.example/politik/rubio-lawrow-123", "https://testblatt.example/amp/rubio-lawrow-123")));
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  corpus?.cleanup();
  corpus = corpusCopy();
  ingester = freshIngester();
});
afterAll(() => corpus?.cleanup());

describe("GIVEN a news page with JSON-LD and Open Graph", () => {
  it("THEN it is added with headline, outlet, canonical URL, author and day, as NNN_<slug>.txt with a day marker", async () => {
    const r = await one(server.url("/main"));
    expect(r).toMatchObject({ status: "added", file: "005_rubio-und-lawrow-vereinbaren-neue-gespraeche.txt", title: "Rubio und Lawrow vereinbaren neue Gespräche über Waffenruhe", outlet: "Testblatt", published: "2025-03-16" });
    const entry = metadata().articles[r.file!]!;
    expect(entry).toEqual({
      title: "Rubio und Lawrow vereinbaren neue Gespräche über Waffenruhe",
      outlet: "Testblatt",
      url: "https://testblatt.example/politik/rubio-lawrow-123",
      published: "2025-03-16",
      author: "Anna Muster",
      publishedAt: "2025-03-16T10:05:00+01:00",
    });
    const text = fileText(r.file!);
    expect(text.startsWith(" date 2025-03-16 Rubio und Lawrow vereinbaren")).toBe(true);
    // The corpus loads it with its citation.
    const loaded = await loadCorpus(corpus.dir);
    expect(loaded.problems).toEqual([]);
    const article = loaded.articles.find((a) => a.file === r.file)!;
    expect(article.date).toBe("2025-03-16");
    expect(article.meta.outlet).toBe("Testblatt");
  });

  it("THEN the text has no markup, scripts, data URIs, captions, credits, share, cookie or 'Lesen Sie auch' lines, and glued sentences are split", async () => {
    const r = await one(server.url("/main"));
    const text = fileText(r.file!);
    for (const bad of ["<", "data:", "dataLayer", "Skript-Text", "Foto:", "Evelyn Hockstein", "(l.)", "Lesen Sie auch", "Liveticker", "Teilen", "WhatsApp", "Cookies", "Akzeptieren", "Startseite", "Meistgelesen", "Impressum", "Quelle: dpa", "Wirtschaft", "vor dem Palast", "Kappeler", "Artikel teilen", "ähnliche Technologien"]) {
      expect(text, bad).not.toContain(bad);
    }
    expect(text).toContain("vorzubereiten. Üblicherweise");
    expect(text).toContain("Die Gespräche über die Waffenruhe im Schwarzen Meer gingen am 1. Verhandlungstag");
  });

  it("THEN only Open Graph tags, or only a visible date line, still give outlet and day", async () => {
    const og = await one(server.url("/og-only"));
    expect(og).toMatchObject({ status: "added", outlet: "Abendpost", published: "2025-04-02" });
    expect(metadata().articles[og.file!]!["publishedAt"]).toBe("2025-04-02T18:30:00+02:00");
    const visible = await one(server.url("/visible-date"));
    expect(visible).toMatchObject({ status: "added", published: "2025-04-11", outlet: "127.0.0.1" });
    expect(fileText(visible.file!)).not.toContain("09:15 Uhr");
  });
});

describe("GIVEN hostile or unusable pages", () => {
  const cases: Array<[string, RegExp, object?]> = [
    ["/paywall", /paywall/],
    ["/markup-only", /no article text/],
    ["/big", /larger than 5 MB/],
    ["/big-chunked", /larger than 5 MB/],
    ["/loop-a", /redirect loop/],
    ["/hop0", /more than 5 redirects/],
    ["/slow", /no complete answer within 0\.3 s/, { timeoutMs: 300 }],
    ["/pdf", /content type application\/pdf/],
    ["/gone", /HTTP 410/],
    ["/garbled", /mojibake/],
  ];
  it.each(cases)("THEN %s is refused with a clear reason and leaves no file behind", async (p, reason, limits) => {
    const before = readdirSync(corpus.dir).sort();
    const r = await one(server.url(p), limits ? freshIngester(limits) : ingester);
    expect(r.status).toBe("refused");
    expect(r.reason).toMatch(reason);
    expect(r.cause?.code).toEqual(expect.any(String));
    expect(r.error).toBeUndefined();
    expect(readdirSync(corpus.dir).sort()).toEqual(before);
  });

  it("THEN non-http inputs and unknown files are refused before anything is fetched or read", async () => {
    const results = await ingester.ingest(["ftp://example.org/a.html", "file:///etc/passwd", "javascript:alert(1)", "notes.pdf", path.join(corpus.dir, "missing.html")]);
    expect(results.map((r) => r.status)).toEqual(["refused", "refused", "refused", "refused", "refused"]);
    expect(results.slice(0, 3).every((r) => /only http and https/.test(r.reason!))).toBe(true);
    expect(results[3]!.reason).toMatch(/unsupported file type/);
    expect(results[4]!.reason).toMatch(/cannot read \(ENOENT\)/);
  });

  it("THEN a named pipe is refused as unreadable, as `check` skips it, instead of waiting for a writer for ever", async () => {
    const { execFileSync } = await import("node:child_process");
    const { rmSync } = await import("node:fs");
    const fifo = path.join(corpus.dir, "..", `${path.basename(corpus.dir)}-pipe.html`);
    execFileSync("mkfifo", [fifo]);
    try {
      expect(await ingester.ingest([fifo])).toEqual([{ url: fifo, status: "refused", reason: "cannot read (not a regular file)", cause: { code: "unreadable_file", detail: "not a regular file" } }]);
    } finally {
      rmSync(fifo, { force: true });
    }
  });

  it("THEN binary data, fetched or saved as .html, is refused as binary before a title is taken from it", async () => {
    const { writeFileSync, rmSync } = await import("node:fs");
    const saved = path.join(corpus.dir, "..", `${path.basename(corpus.dir)}-bin.html`);
    writeFileSync(saved, Buffer.from(Array.from({ length: 25_600 }, (_, i) => i % 256)));
    try {
      const results = await ingester.ingest([server.url("/binary"), saved]);
      expect(results).toEqual([server.url("/binary"), saved].map((url) => ({ url, status: "refused", reason: "binary data, not a web page or text", cause: { code: "binary" } })));
    } finally {
      rmSync(saved, { force: true });
    }
    // A stray control character or NUL in a real page is no binary data, nor are Windows-1252 quotes read as C1
    // controls in a page declared ISO-8859-15.
    expect(looksBinary(`${MAIN}\u0007`)).toBe(false);
    expect(looksBinary(`${MAIN}<script>var s = "\u0000";</script>`)).toBe(false);
    expect(looksBinary(`${MAIN.replaceAll("Die ", "\u0084Die\u0093 \u0096 ")}`)).toBe(false);
  });

  it("THEN bidi controls in a headline are dropped from the title, its file name and the file", async () => {
    const r = await one(server.url("/bidi"));
    expect(r).toMatchObject({ status: "added", title: "Gespräche in Riad vertagt", file: "005_gespraeche-in-riad-vertagt.txt" });
    expect(metadata().articles[r.file!]!["title"]).toBe("Gespräche in Riad vertagt");
    expect(fileText(r.file!)).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  it("THEN a short news item of two sentences without any <p> is still an article", async () => {
    const r = await one(server.url("/short"));
    expect(r).toMatchObject({ status: "added", outlet: "Ticker", published: "2025-05-02", title: "Kurzmeldung" });
    expect(fileText(r.file!)).toContain("205 Soldaten übergeben");
  });

  it("THEN a redirect chain within the limit is followed", async () => {
    const r = await one(server.url("/hop3"));
    expect(r.status).toBe("added");
  });
});

describe("GIVEN markup nested or sized to stall the parser and Readability", () => {
  it.each(["/deep", "/unclosed"])("THEN %s is refused as too complex before it is parsed, with a code, not as an unexpected error", async (p) => {
    const before = readdirSync(corpus.dir).sort();
    const r = await one(server.url(p));
    expect(r).toEqual({ url: server.url(p), status: "refused", reason: `markup too deeply nested for its size (more than ${MAX_PAGE_NESTING} element–ancestor pairs)`, cause: { code: "too_complex", maxNesting: MAX_PAGE_NESTING } });
    expect(readdirSync(corpus.dir).sort()).toEqual(before);
  });

  it("THEN a feed whose item sits 20,000 elements deep is one coded refusal of the feed", async () => {
    expect(await ingester.ingest([server.url("/deep-feed.xml")])).toEqual([{ url: server.url("/deep-feed.xml"), status: "refused", reason: `markup nested more than ${MAX_MARKUP_DEPTH} elements deep`, cause: { code: "too_complex", maxDepth: MAX_MARKUP_DEPTH } }]);
  });

  it("THEN a page nested 200 deep, twice what real pages do, is still read", async () => {
    expect(await one(server.url("/nested-200"))).toMatchObject({ status: "added", title: "Rubio und Lawrow vereinbaren neue Gespräche über Waffenruhe" });
  });
});

describe("GIVEN pages in other charsets", () => {
  it("THEN a windows-1252 page is decoded (umlauts, ß, „“ intact)", async () => {
    const r = await one(server.url("/cp1252"));
    expect(r.status).toBe("added");
    expect(r.title).toBe("Außenminister äußern sich über Gespräche in Südosteuropa");
    expect(fileText(r.file!)).toContain("„Übergangslösungen“ für Südosteuropa – und die Ölpreise");
  });

  it("THEN UTF-8 declared as ISO-8859-1 is repaired, not stored as 'SÃ¼dosteuropa'", async () => {
    const r = await one(server.url("/wrong-charset"));
    expect(r.status).toBe("added");
    expect(r.title).toBe("Gespräche über die Waffenruhe in Südosteuropa gehen weiter");
    const text = fileText(r.file!);
    expect(text).toContain("die Überwachung der Waffenruhe „an Land“");
    expect(text).not.toMatch(/Ã|â€/);
  });

  it("THEN a saved windows-1252 .html file and a pasted .txt with glued sentences and mojibake are ingested clean", async () => {
    const { writeFileSync } = await import("node:fs");
    const saved = path.join(corpus.dir, "..", `${path.basename(corpus.dir)}-saved.html`);
    writeFileSync(saved, cp1252(MAIN.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')));
    const pasted = path.join(corpus.dir, "..", `${path.basename(corpus.dir)}-pasted.txt`);
    const body = ` date 2025-03-30 Putin empfängt Witkoff im Kreml\n\n${paragraphsAbout("den Besuch des Sondergesandten").join("\n\n")}\n\nBeide Seiten wollten das Treffen vorbereiten.Üblicherweise dauert das. Der SĂŒdosten bleibt umkämpft.\n`;
    writeFileSync(pasted, body);
    try {
      const [html1, txt] = await ingester.ingest([saved, pasted]);
      expect(html1).toMatchObject({ status: "added", outlet: "Testblatt", published: "2025-03-16" });
      expect(txt).toMatchObject({ status: "added", title: "Putin empfängt Witkoff im Kreml", published: "2025-03-30" });
      const text = fileText(txt!.file!);
      expect(text).toContain("vorbereiten. Üblicherweise");
      expect(text).toContain("Der Südosten bleibt umkämpft.");
    } finally {
      const { rmSync } = await import("node:fs");
      rmSync(saved, { force: true });
      rmSync(pasted, { force: true });
    }
  });

  it("THEN a pasted .txt dated by its month only keeps that month as the new file's marker", async () => {
    const { writeFileSync, rmSync } = await import("node:fs");
    const pasted = path.join(corpus.dir, "..", `${path.basename(corpus.dir)}-month.txt`);
    writeFileSync(pasted, ` date 2025-04 Lawrow empfängt Delegation in Moskau\n\n${paragraphsAbout("den Empfang der Delegation").join("\n\n")}\n`);
    try {
      const [r] = await ingester.ingest([pasted]);
      expect(r).toMatchObject({ status: "added", title: "Lawrow empfängt Delegation in Moskau" });
      expect(fileText(r!.file!).startsWith(" date 2025-04 Lawrow empfängt Delegation in Moskau\n")).toBe(true);
      const { articles } = await loadCorpus(corpus.dir);
      expect(articles.find((a) => a.file === r!.file)?.date).toBe("2025-04");
    } finally {
      rmSync(pasted, { force: true });
    }
  });

  it("THEN decodeCp1252 maps 0x80–0x9F as windows-1252 does (Node 20's TextDecoder does not)", () => {
    expect(decodeCp1252(Uint8Array.of(0x84, 0x41, 0x93, 0x20, 0x80, 0x96))).toBe("„A“ €–");
  });
});

describe("GIVEN RSS and Atom feeds", () => {
  it("THEN an RSS URL ingests every item, one result each, and refuses the paywalled one", async () => {
    const results = await ingester.ingest([server.url("/rss.xml")]);
    expect(results.map((r) => r.status)).toEqual(["added", "added", "added", "refused"]);
    expect(results.slice(0, 3).map((r) => r.published)).toEqual(["2025-02-20", "2025-02-21", "2025-02-22"]);
    expect(results.every((r) => r.url.startsWith(server.url("/")))).toBe(true);
    expect(articleFiles(corpus.dir)).toHaveLength(SEED_COUNT + 3);
  });

  it("THEN an Atom feed's entry is ingested, the entry's date filling in for a page without one", async () => {
    const [r] = await ingester.ingest([server.url("/atom.xml")]);
    expect(r).toMatchObject({ status: "added", outlet: "Atomblatt", published: "2025-04-05", title: "Atom-Meldung: Lawrow empfängt Delegation aus Washington" });
  });

  it("THEN a feed served as text/html is still read as a feed", async () => {
    const results = await ingester.ingest([server.url("/feed-as-html")]);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ url: server.url("/main"), status: "added" });
  });

  it("THEN every item without a usable link is refused with its reason, after the items that have one", async () => {
    const printed: IngestResult[] = [];
    const results = await ingester.ingest([server.url("/rss-bad-links.xml")], (r) => printed.push(r));
    expect(printed).toEqual(results);
    expect(results.map((r) => [r.status, r.title, r.reason ?? ""])).toEqual([
      ["added", "Kellogg äußert sich zu den Verhandlungen in Riad", ""],
      ["refused", "Skript", "item 1 has a link that is no http(s) address"],
      ["refused", "Datei", "item 3 has a link that is no http(s) address"],
      ["refused", "Ohne Link", "item 4 has no link"],
      ["refused", "Steuer [2Jzeichen", "item 5 has a link that is no valid address"],
    ]);
    expect(results.slice(1).map((r) => r.cause)).toEqual([
      { code: "link_not_http", item: 1 },
      { code: "link_not_http", item: 3 },
      { code: "no_link", item: 4 },
      { code: "invalid_link", item: 5 },
    ]);
    // A link-less item is refused as the feed; no control character of the feed reaches the output.
    expect(results.slice(1).map((r) => r.url)).toEqual(["javascript:alert(1)", "file:///etc/passwd", server.url("/rss-bad-links.xml"), "http:// [2J [31mrot/"]);
    expect(JSON.stringify(results)).not.toMatch(/\\u001b/);
  });

  it("THEN the items past the cap of 500 are each refused by their link, after the ones read, none left out", async () => {
    const results = await ingester.ingest([server.url("/rss-503.xml")]);
    expect(results).toHaveLength(503);
    expect(results.slice(0, 500).every((r) => r.status === "refused" && r.cause?.code === "http_status")).toBe(true);
    expect(results.slice(500)).toEqual(
      [501, 502, 503].map((item) => ({ url: server.url(`/gone?item=${item}`), status: "refused", title: `Meldung ${item}`, reason: `item ${item} is past the first 500 items the feed is read for`, cause: { code: "feed_item_limit", item, max: 500 } })),
    );
  });

  it("THEN an item whose link an earlier item of the feed has is refused, naming that item", async () => {
    const results = await ingester.ingest([server.url("/rss-repeated.xml")]);
    expect(results.map((r) => [r.url, r.status, r.cause?.code])).toEqual([
      [server.url("/main"), "added", undefined],
      [server.url("/og-only"), "added", undefined],
      [server.url("/main"), "refused", "duplicate_in_feed"],
    ]);
    expect(results[2]).toMatchObject({ title: "Main relativ", reason: "item 3 has the same link as item 1", cause: { code: "duplicate_in_feed", item: 3, of: 1 } });
  });

  it("THEN a feed without items is one refusal naming the feed", async () => {
    expect(await ingester.ingest([server.url("/rss-empty.xml")])).toEqual([{ url: server.url("/rss-empty.xml"), status: "refused", reason: "the feed has no items", cause: { code: "feed_empty" } }]);
  });

  it("THEN a feed served as application/octet-stream is recognised by its root element", async () => {
    const results = await ingester.ingest([server.url("/feed-untyped")]);
    expect(results).toEqual([expect.objectContaining({ url: server.url("/og-only"), status: "added" })]);
  });
});

describe("GIVEN an article that is already there", () => {
  it("THEN the same canonical URL is a duplicate (also from a second process's store)", async () => {
    const first = await one(server.url("/main"));
    const again = await one(server.url("/main"), freshIngester());
    expect(again).toMatchObject({ status: "duplicate", file: first.file, reason: "same URL", cause: { code: "same_url" } });
    expect(articleFiles(corpus.dir)).toHaveLength(SEED_COUNT + 1);
  });

  it("THEN the same text under another URL of the same outlet is a near-duplicate; another outlet's copy is kept", async () => {
    const first = await one(server.url("/main"));
    const repost = await one(server.url("/repost"));
    expect(repost.status).toBe("duplicate");
    expect(repost.file).toBe(first.file);
    expect(repost.reason).toMatch(/same text/);
    const syndicated = await one(server.url("/syndicated"));
    expect(syndicated).toMatchObject({ status: "added", outlet: "Partnerzeitung" });
  });

  it("THEN a seed article pasted again as text is a near-duplicate of the seed", async () => {
    const { writeFileSync, rmSync } = await import("node:fs");
    const copy = path.join(corpus.dir, "..", `${path.basename(corpus.dir)}-seed.txt`);
    writeFileSync(copy, readFileSync(path.join(corpus.dir, "000_4a36d75bdf1d0814.txt")));
    try {
      const r = await one(copy);
      expect(r).toMatchObject({ status: "duplicate", file: "000_4a36d75bdf1d0814.txt" });
    } finally {
      rmSync(copy, { force: true });
    }
  });
});

describe("GIVEN concurrent ingests and failures", () => {
  it("THEN two stores ingesting at once (ordered only by the lock file, as two processes are) lose no entry and share no number", async () => {
    const a = freshIngester();
    const b = freshIngester();
    const [ra, rb] = await Promise.all([a.ingest([server.url("/rss.xml")]), b.ingest([server.url("/og-only"), server.url("/visible-date"), server.url("/atom.xml")])]);
    const added = [...ra, ...rb].filter((r) => r.status === "added");
    expect(added).toHaveLength(6);
    const files = articleFiles(corpus.dir);
    expect(files).toHaveLength(SEED_COUNT + 6);
    expect(new Set(files.map((f) => f.slice(0, 3))).size).toBe(files.length);
    expect(Object.keys(metadata().articles).sort()).toEqual(expect.arrayContaining(added.map((r) => r.file!)));
    expect(readdirSync(corpus.dir).filter((n) => n.endsWith(".tmp") || n === ".ingest.lock")).toEqual([]);
  });

  it("THEN a broken articles.json is never overwritten: the article is refused and nothing is written", async () => {
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path.join(corpus.dir, "articles.json"), "{ not json");
    const before = readdirSync(corpus.dir).sort();
    const r = await one(server.url("/main"));
    expect(r.status).toBe("refused");
    expect(r.reason).toMatch(/articles\.json/);
    expect(readdirSync(corpus.dir).sort()).toEqual(before);
    expect(readFileSync(path.join(corpus.dir, "articles.json"), "utf8")).toBe("{ not json");
  });

  it("THEN an articles.json with one bad entry beside good ones is not rewritten: reading leaves that entry out, ingest refuses and drops none", async () => {
    const { writeFileSync } = await import("node:fs");
    const file = articleFiles(corpus.dir)[0]!;
    const json = JSON.stringify({ version: 1, articles: { [file]: { title: "Gut" }, "999_kaputt.txt": { title: "Kaputt", published: "2025-02-30" } } });
    writeFileSync(path.join(corpus.dir, "articles.json"), json);
    const before = readdirSync(corpus.dir).sort();
    const r = await one(server.url("/main"));
    expect(r.status).toBe("refused");
    expect(r.reason).toMatch(/999_kaputt\.txt/);
    expect(readdirSync(corpus.dir).sort()).toEqual(before);
    expect(readFileSync(path.join(corpus.dir, "articles.json"), "utf8")).toBe(json);
  });

  it("THEN a write that fails halfway leaves neither the article file nor its entry", async () => {
    const { mkdirSync, writeFileSync } = await import("node:fs");
    // A folder where the article file has to go: its rename fails after articles.json was already replaced.
    const target = path.join(corpus.dir, "005_rubio-und-lawrow-vereinbaren-neue-gespraeche.txt");
    mkdirSync(target);
    writeFileSync(path.join(target, "keep"), "x");
    const metaBefore = readFileSync(path.join(corpus.dir, "articles.json"), "utf8");
    const before = readdirSync(corpus.dir).sort();
    const r = await one(server.url("/main"));
    expect(r.status).toBe("refused");
    expect(r.error).toBe(true);
    expect(readdirSync(corpus.dir).sort()).toEqual(before);
    expect(readFileSync(path.join(corpus.dir, "articles.json"), "utf8")).toBe(metaBefore);
  });
});
