/**
 * The ingest CLI as an external program against a local server: 50 generated news pages and an RSS feed of them.
 * `ingest --json <feed>` adds 50 articles with outlet, headline, URL and day; a second run adds none; `ask --json`
 * of a question only one ingested page answers returns that file with its url and outlet. No timing is asserted.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Run, runCli } from "../support/runCli.js";
import { articleFiles, corpusCopy, html, newsPage, paragraphsAbout, rss, startServer, type TestServer } from "./fixtures.js";

const cli = (args: string[], corpus: string): Promise<Run> => runCli(args, { CORPUS_DIR: corpus });

const RIVERS = ["Oder", "Weichsel", "Memel", "Dnjepr", "Donau", "Pruth", "Bug", "Desna", "Sula", "Psel"];
const PLACES = ["Genf", "Wien", "Oslo", "Helsinki", "Ankara"];
const UNIQUE = 17;

let server: TestServer;
let corpus: { dir: string; cleanup: () => void };
let first: Run;
let second: Run;
let asked: Run;
let text: Run;
const filesAfter: number[] = [];

beforeAll(async () => {
  server = await startServer();
  const items: Array<{ link: string; title: string; pubDate: string }> = [];
  for (let i = 0; i < 50; i++) {
    const p = `/nachrichten/${i}`;
    const topic = `die Schifffahrt auf der ${RIVERS[i % 10]} im Abschnitt ${i} und das Protokoll ${PLACES[i % 5]}-${i}`;
    const paragraphs = paragraphsAbout(topic, 3);
    if (i === UNIQUE) paragraphs.push("Der Vermittler Quirinus Falkenhagen ist 67 Jahre alt und stammt aus Lübeck, wo er früher als Hafenmeister arbeitete.");
    const day = String(1 + (i % 28)).padStart(2, "0");
    server.route(
      p,
      html(newsPage({ headline: `Gespräche über die ${RIVERS[i % 10]} gehen in Runde ${i} weiter`, outlet: "Flussbote", datePublished: `2025-04-${day}T08:${String(i).padStart(2, "0")}:00+02:00`, canonical: server.url(p), paragraphs })),
    );
    items.push({ link: server.url(p), title: `Runde ${i}`, pubDate: `Tue, ${day} Apr 2025 08:00:00 +0200` });
  }
  server.route("/feed.rss", html(rss(items, "Flussbote"), "application/rss+xml; charset=utf-8"));
  server.route("/single", html(newsPage({ headline: "Einzelmeldung zur Waffenruhe am Asowschen Meer", outlet: "Flussbote", datePublished: "2025-04-30T10:00:00+02:00", canonical: server.url("/single"), paragraphs: paragraphsAbout("die Waffenruhe am Asowschen Meer") })));
  corpus = corpusCopy();
  first = await cli(["ingest", "--json", server.url("/feed.rss")], corpus.dir);
  filesAfter.push(articleFiles(corpus.dir).length);
  second = await cli(["ingest", "--json", server.url("/feed.rss")], corpus.dir);
  filesAfter.push(articleFiles(corpus.dir).length);
  [asked, text] = await Promise.all([cli(["ask", "--json", "Wie alt ist Quirinus Falkenhagen?"], corpus.dir), cli(["ingest", server.url("/single"), server.url("/nachrichten/3"), "ftp://x.example/a"], corpus.dir)]);
});

afterAll(async () => {
  await server.close();
  corpus.cleanup();
});

const lines = (r: Run) =>
  r.stdout
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, string>);

describe("GIVEN an RSS feed of 50 generated news pages", () => {
  it("THEN `ingest --json <feed>` exits 0 and prints one line per item: 50 added, each with outlet, headline, URL and day", () => {
    expect(first.code, first.stderr).toBe(0);
    const out = lines(first);
    expect(out).toHaveLength(50);
    out.forEach((r, i) => {
      expect(Object.keys(r)).toEqual(["url", "status", "file", "title", "outlet", "published"]);
      expect(r).toMatchObject({ url: server.url(`/nachrichten/${i}`), status: "added", outlet: "Flussbote", published: `2025-04-${String(1 + (i % 28)).padStart(2, "0")}` });
      expect(r["file"]).toMatch(/^\d{3}_gespraeche-ueber-die-[a-z0-9-]+\.txt$/);
    });
    expect(filesAfter[0]).toBe(55);
    const meta = JSON.parse(readFileSync(path.join(corpus.dir, "articles.json"), "utf8")) as { articles: Record<string, Record<string, string>> };
    for (const r of out) expect(meta.articles[r["file"]!]).toMatchObject({ title: r["title"], outlet: "Flussbote", url: r["url"], published: r["published"] });
  });

  it("THEN a second run adds none: every item is a duplicate of the file it already is", () => {
    expect(second.code, second.stderr).toBe(0);
    const out = lines(second);
    expect(out).toHaveLength(50);
    expect(out.every((r) => r["status"] === "duplicate" && r["reason"] === "same URL" && r["code"] === "same_url")).toBe(true);
    expect(out.map((r) => r["file"])).toEqual(lines(first).map((r) => r["file"]));
    expect(filesAfter[1]).toBe(55);
  });

  it("THEN `ask --json` of a question only one ingested page answers returns that file with url and outlet", () => {
    expect(asked.code, asked.stderr).toBe(0);
    const json = JSON.parse(asked.stdout) as { abstained: boolean; results: Array<Record<string, unknown>> };
    expect(json.abstained).toBe(false);
    const top = json.results[0]!;
    const page = lines(first)[UNIQUE]!;
    expect(top).toMatchObject({ file: page["file"], url: server.url(`/nachrichten/${UNIQUE}`), outlet: "Flussbote", published: page["published"], title: page["title"] });
    expect(String(top["quote"])).toContain("67 Jahre alt");
  });

  it("THEN without --json each item is one readable line with outlet, day and link, no file name, and a summary", () => {
    expect(text.code, text.stderr).toBe(0);
    const out = text.stdout.trim().split("\n");
    expect(out).toHaveLength(4);
    expect(out[0]).toBe(`+ hinzugefügt: Einzelmeldung zur Waffenruhe am Asowschen Meer — Flussbote · 30. April 2025 · ${server.url("/single")}`);
    expect(out[1]).toMatch(/^= schon vorhanden: Gespräche über die Dnjepr gehen in Runde 3 weiter/);
    expect(out[2]).toBe("! abgelehnt: ftp://x.example/a — nur http- und https-Adressen werden abgerufen");
    expect(out[3]).toBe("1 hinzugefügt, 1 schon vorhanden, 1 abgelehnt");
    expect(text.stdout).not.toMatch(/\d{3}_[\w-]+\.txt/);
  });
});
