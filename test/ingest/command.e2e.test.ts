/**
 * /ingest through the real discord.js client and the fake Discord, ingesting from the local page server: registered
 * for Manage Server, guild only, answered privately with what was added, duplicated or refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as ingestCommand from "../../commands/ingest.js";
import { Ingester } from "../../src/ingest/ingest.js";
import { configureIngester } from "../../src/ingest/service.js";
import { CorpusStore } from "../../src/ingest/store.js";
import { checkPayload } from "../../src/render/discord/limits.js";
import { type Harness, isEphemeral, replyText, startHarness } from "../bot/harness.js";
import { articleFiles, corpusCopy, html, newsPage, paragraphsAbout, startServer, type TestServer } from "./fixtures.js";

let h: Harness;
let server: TestServer;
let corpus: { dir: string; cleanup: () => void };
const allowPrivateBefore = process.env.INGEST_ALLOW_PRIVATE;

beforeAll(async () => {
  // The page server listens on 127.0.0.1, which /ingest refuses by default (SSRF guard).
  process.env.INGEST_ALLOW_PRIVATE = "true";
  server = await startServer();
  server.route("/artikel", html(newsPage({ headline: "Umerow leitet die ukrainische Delegation in Istanbul", outlet: "Bosporus-Bote", datePublished: "2025-05-16T09:00:00+03:00", canonical: server.url("/artikel"), paragraphs: paragraphsAbout("die Delegation unter Rustem Umerow") })));
  corpus = corpusCopy();
  configureIngester(new Ingester({ store: new CorpusStore(corpus.dir) }));
  h = await startHarness();
});

afterAll(async () => {
  if (allowPrivateBefore === undefined) delete process.env.INGEST_ALLOW_PRIVATE;
  else process.env.INGEST_ALLOW_PRIVATE = allowPrivateBefore;
  await h?.close();
  await server?.close();
  corpus?.cleanup();
});

describe("/ingest", () => {
  it("GIVEN its registration THEN only members with Manage Server see it, only in servers, and the URL is required", () => {
    const json = ingestCommand.data.toJSON();
    expect(json.name).toBe("ingest");
    expect(json.default_member_permissions).toBe("32");
    expect(json.contexts).toEqual([0]);
    expect(json.options).toEqual([expect.objectContaining({ name: "url", type: 3, required: true, max_length: 2000 })]);
  });

  it("GIVEN a page URL THEN a private reply names the linked headline, outlet and day, and the file is in the corpus", async () => {
    const reply = await h.command("ingest", [{ name: "url", type: 3, value: server.url("/artikel") }]);
    expect(isEphemeral(reply)).toBe(true);
    const text = replyText(reply);
    expect(text).toContain(`✅ hinzugefügt: [Umerow leitet die ukrainische Delegation in Istanbul](<${server.url("/artikel")}>) — Bosporus-Bote · 16. Mai 2025`);
    expect(text).toContain("1 hinzugefügt, 0 schon vorhanden, 0 abgelehnt");
    expect(text).not.toMatch(/\d{3}_[\w-]+\.txt/);
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
    expect(checkPayload(reply.data)).toEqual([]);
    expect(articleFiles(corpus.dir)).toHaveLength(6);
  });

  it("GIVEN the same URL again and a refused one THEN the reply says so, in English for an English user", async () => {
    const again = replyText(await h.command("ingest", [{ name: "url", type: 3, value: server.url("/artikel") }], { locale: "en-US" }));
    expect(again).toContain("♻️ already there:");
    const refused = replyText(await h.command("ingest", [{ name: "url", type: 3, value: "ftp://example.org/x" }], { locale: "en-US" }));
    expect(refused).toContain("⛔ refused: ftp://example.org/x — only http and https URLs are fetched");
    expect(articleFiles(corpus.dir)).toHaveLength(6);
  });

  it("GIVEN refusals in a German reply THEN their reasons are German too, not the English ones of the CLI's JSON", async () => {
    const notHttp = replyText(await h.command("ingest", [{ name: "url", type: 3, value: "ftp://example.org/x" }], { locale: "de" }));
    expect(notHttp).toContain("⛔ abgelehnt: ftp://example.org/x — nur http- und https-Adressen werden abgerufen");
    const missing = replyText(await h.command("ingest", [{ name: "url", type: 3, value: server.url("/gibt-es-nicht") }], { locale: "de" }));
    expect(missing).toContain("— der Server antwortete mit HTTP 404");
    process.env.INGEST_ALLOW_PRIVATE = "false";
    try {
      const internal = replyText(await h.command("ingest", [{ name: "url", type: 3, value: server.url("/artikel") }], { locale: "de" }));
      expect(internal).toMatch(/— 127\\*\.0\.0\.1 ist eine private oder lokale Adresse \(127\.0\.0\.1\); INGEST\\*_ALLOW\\*_PRIVATE=true erlaubt sie/);
    } finally {
      process.env.INGEST_ALLOW_PRIVATE = "true";
    }
    for (const text of [notHttp, missing]) expect(text).not.toMatch(/only http|— HTTP 404|private or local/);
    expect(articleFiles(corpus.dir)).toHaveLength(6);
  });

  it("GIVEN a path to a file on the bot's machine (absolute, relative, missing) THEN it is refused as no http(s) URL, nothing is read or added", async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const secretDir = mkdtempSync(path.join(tmpdir(), "vb-secret-"));
    const secret = path.join(secretDir, "notiz.txt");
    writeFileSync(secret, "Geheime Betriebsnotiz des Servers\n\nDas Passwort lautet hunter2 und gilt für alle Rechner im Haus, sagte der Verwalter am Montag.\n");
    try {
      // "http:<path>" is an http URL to the URL parser (http://notiz.txt/) and a path to the CLI's ingest.
      const asUrls = [`http:${path.relative(process.cwd(), secret)}`, "https:gibt-es-nicht.txt", "HTTP:corpus/actors.json"];
      for (const value of [secret, path.relative(process.cwd(), secret), path.join(secretDir, "gibt-es-nicht.txt"), "corpus/actors.json", "keine Adresse", ...asUrls]) {
        const text = replyText(await h.command("ingest", [{ name: "url", type: 3, value }], { locale: "en-US" }));
        expect(text, value).toContain(`— only http and https URLs are fetched`);
        expect(text, value).not.toMatch(/ENOENT|cannot read|unsupported file type/);
      }
      expect(articleFiles(corpus.dir)).toHaveLength(6);
    } finally {
      rmSync(secretDir, { recursive: true, force: true });
    }
  });

  it("GIVEN INGEST_ALLOW_PRIVATE is not set THEN a URL on 127.0.0.1 is refused with the reason and nothing is added", async () => {
    process.env.INGEST_ALLOW_PRIVATE = "false";
    try {
      server.route("/intern", html(newsPage({ headline: "Interne Seite des Servers", outlet: "Intranet", paragraphs: paragraphsAbout("die interne Verwaltung") })));
      const text = replyText(await h.command("ingest", [{ name: "url", type: 3, value: server.url("/intern") }], { locale: "en-US" }));
      expect(text).toContain("⛔ refused:");
      expect(text).toContain("private or local address (127.0.0.1)");
      expect(text).toMatch(/INGEST\\*_ALLOW\\*_PRIVATE/);
      expect(articleFiles(corpus.dir)).toHaveLength(6);
    } finally {
      process.env.INGEST_ALLOW_PRIVATE = "true";
    }
  });
});
