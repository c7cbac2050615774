/**
 * Feed polling against the local server: conditional requests, new items only, per-feed results, back-off of a
 * failing feed while the others go on, start/stop. The poller's clock is injected; nothing waits on wall time.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseEnv } from "../../src/config/env.js";
import { Ingester } from "../../src/ingest/ingest.js";
import { createFeedPoller } from "../../src/ingest/poller.js";
import { CorpusStore } from "../../src/ingest/store.js";
import { articleFiles, corpusCopy, newsPage, paragraphsAbout, rss, startServer, type TestServer } from "./fixtures.js";

let server: TestServer;
let corpus: { dir: string; cleanup: () => void };
let items: Array<{ link: string; title: string }>;
const logs: Array<{ level: string; obj: Record<string, unknown>; msg: string }> = [];
const logger = {
  info: (obj: Record<string, unknown>, msg: string) => logs.push({ level: "info", obj, msg }),
  warn: (obj: Record<string, unknown>, msg: string) => logs.push({ level: "warn", obj, msg }),
};
let failing = true;

beforeAll(async () => {
  server = await startServer();
  items = [];
  for (let i = 0; i < 3; i++) {
    const p = `/p${i}`;
    server.route(p, (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(newsPage({ headline: `Meldung ${i}: Gespräche über Gefangenenaustausch Nummer ${i}`, outlet: "Pollblatt", datePublished: "2025-03-1" + i, canonical: server.url(p), paragraphs: paragraphsAbout(`den Gefangenenaustausch Nummer ${i} am Grenzübergang ${i}`) }));
    });
    items.push({ link: server.url(p), title: `Meldung ${i}` });
  }
  // The feed honours ETag and If-Modified-Since; it lists as many items as `published` says.
  let published = 2;
  server.route("/feed", (req, res) => {
    const etag = `"v${published}"`;
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": "application/rss+xml", etag, "last-modified": "Sun, 16 Mar 2025 10:00:00 GMT" });
    res.end(rss(items.slice(0, published)));
  });
  server.route("/publish", (_req, res) => {
    published = 3;
    res.end("ok");
  });
  server.route("/broken", (_req, res) => {
    if (failing) {
      res.writeHead(503, { "content-type": "text/plain" });
      res.end("down");
    } else {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(rss([]));
    }
  });
});

afterAll(async () => {
  await server.close();
  corpus?.cleanup();
});

beforeEach(() => {
  corpus?.cleanup();
  corpus = corpusCopy();
  logs.length = 0;
});

describe("GIVEN two feeds, one of them failing", () => {
  it("THEN new items are ingested, the next poll is conditional, and the failing feed backs off without stopping the other", async () => {
    let clock = 1_000_000;
    const interval = 30 * 60_000;
    const ingester = new Ingester({ store: new CorpusStore(corpus.dir) });
    const poller = createFeedPoller({ feeds: [server.url("/broken"), server.url("/feed")], intervalMs: interval, ingester, logger, now: () => clock });

    const first = await poller.pollOnce();
    expect(first).toEqual([
      { feed: server.url("/broken"), status: "failed", reason: "HTTP 503", failures: 1, retryInMs: 2 * interval },
      { feed: server.url("/feed"), status: "polled", items: 2, added: 2, duplicate: 0, refused: 0 },
    ]);
    expect(articleFiles(corpus.dir)).toHaveLength(7);
    expect(logs.map((l) => [l.level, l.msg, l.obj["feed"]])).toEqual([
      ["warn", "feed failed; backing off", server.url("/broken")],
      ["info", "feed polled", server.url("/feed")],
    ]);

    // Not due yet: nothing is fetched.
    const before = server.requests.length;
    clock += interval / 2;
    expect((await poller.pollOnce()).map((r) => r.status)).toEqual(["skipped", "skipped"]);
    expect(server.requests.length).toBe(before);

    // Due: the working feed is asked conditionally and answers 304; the failing one is still backing off.
    clock += interval / 2;
    const third = await poller.pollOnce();
    expect(third.map((r) => r.status)).toEqual(["skipped", "not_modified"]);
    const conditional = server.requests.filter((r) => r.path === "/feed").at(-1)!;
    expect(conditional.ifNoneMatch).toBe('"v2"');
    expect(conditional.ifModifiedSince).toBe("Sun, 16 Mar 2025 10:00:00 GMT");

    // A new item appears; the broken feed fails again and waits twice as long.
    await fetch(server.url("/publish"));
    clock += interval;
    const fourth = await poller.pollOnce();
    expect(fourth[0]).toMatchObject({ status: "failed", failures: 2, retryInMs: 4 * interval });
    expect(fourth[1]).toEqual({ feed: server.url("/feed"), status: "polled", items: 3, added: 1, duplicate: 2, refused: 0 });
    expect(articleFiles(corpus.dir)).toHaveLength(8);

    // The broken feed recovers: its failures reset.
    failing = false;
    clock += 4 * interval;
    const fifth = await poller.pollOnce();
    expect(fifth[0]).toMatchObject({ status: "polled", items: 0 });
    expect(poller.state(server.url("/broken"))!.failures).toBe(0);
    failing = true;
  });

  it("THEN start() polls at once and stop() ends it, waiting for the poll in progress", async () => {
    const ingester = new Ingester({ store: new CorpusStore(corpus.dir) });
    const poller = createFeedPoller({ feeds: [server.url("/feed")], intervalMs: 60 * 60_000, ingester, logger });
    poller.start();
    await poller.stop();
    expect(logs.some((l) => l.msg === "feed polled")).toBe(true);
    expect(articleFiles(corpus.dir).length).toBeGreaterThan(5);
  });
});

describe("GIVEN several feeds", () => {
  /** Paths the server was asked for, in order. */
  const asked: string[] = [];
  beforeAll(() => {
    server.route("/seq-a", (_req, res) => {
      asked.push("/seq-a");
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(rss([{ link: server.url("/seq-a/page"), title: "Meldung A" }]));
    });
    server.route("/seq-a/page", (_req, res) => {
      asked.push("/seq-a/page");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(newsPage({ headline: "Meldung A: Gespräche über den Hafen von Odessa", outlet: "Pollblatt", datePublished: "2025-03-20", paragraphs: paragraphsAbout("den Hafen von Odessa") }));
    });
    server.route("/seq-b", (_req, res) => {
      asked.push("/seq-b");
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(rss([]));
    });
  });
  beforeEach(() => {
    asked.length = 0;
  });
  const feeds = () => [server.url("/seq-a"), server.url("/seq-b")];

  it("THEN they are polled one after another: the next feed is fetched once the pages of the one before are read", async () => {
    const poller = createFeedPoller({ feeds: feeds(), intervalMs: 60 * 60_000, ingester: new Ingester({ store: new CorpusStore(corpus.dir) }), logger });
    expect((await poller.pollOnce()).map((r) => r.status)).toEqual(["polled", "polled"]);
    expect(asked).toEqual(["/seq-a", "/seq-a/page", "/seq-b"]);
  });

  it("THEN stop() lets the feed in progress finish and begins no other", async () => {
    const poller = createFeedPoller({ feeds: feeds(), intervalMs: 60 * 60_000, ingester: new Ingester({ store: new CorpusStore(corpus.dir) }), logger });
    poller.start();
    await poller.stop();
    expect(asked).toEqual(["/seq-a", "/seq-a/page"]);
  });
});

describe("GIVEN FEEDS and FEED_INTERVAL_MINUTES in the environment", () => {
  it("THEN they are validated: URLs split at spaces and commas, http(s) only, interval 1–1440 minutes", () => {
    const ok = parseEnv({ FEEDS: "https://a.example/rss, http://b.example/atom.xml\nhttps://c.example/feed", FEED_INTERVAL_MINUTES: "15" });
    expect(ok.ok && ok.env.FEEDS).toEqual(["https://a.example/rss", "http://b.example/atom.xml", "https://c.example/feed"]);
    expect(ok.ok && ok.env.FEED_INTERVAL_MINUTES).toBe(15);
    const none = parseEnv({});
    expect(none.ok && none.env.FEEDS).toEqual([]);
    expect(none.ok && none.env.FEED_INTERVAL_MINUTES).toBe(30);
    const bad = parseEnv({ FEEDS: "ftp://x.example/feed", FEED_INTERVAL_MINUTES: "0" });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.join("\n")).toMatch(/FEEDS\[0\]: expected http\(s\) feed URLs/);
    expect(!bad.ok && bad.errors.join("\n")).toMatch(/FEED_INTERVAL_MINUTES/);
  });
});
