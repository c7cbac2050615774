/** The /ingest reply: each refusal's reason in the reader's language from its code; an uncoded one as it came, escaped. */
import { describe, expect, it } from "vitest";
import { because } from "../../../src/ingest/cause.js";
import type { IngestResult } from "../../../src/ingest/result.js";
import { renderIngestReply } from "../../../src/render/discord/ingest.js";
import { checkPayload } from "../../../src/render/discord/limits.js";

const FEED = "https://example.org/feed.xml";
const refusals: IngestResult[] = [
  { url: FEED, status: "refused", title: "Ohne Link", ...because({ code: "no_link", item: 4 }) },
  { url: "https://example.org/weg", status: "refused", ...because({ code: "http_status", status: 404 }) },
  { url: "https://example.org/leer", status: "refused", ...because({ code: "no_text" }) },
  { url: "https://example.org/riesig", status: "refused", ...because({ code: "too_large", maxBytes: 2.5 * 1024 * 1024, bytes: 8 * 1024 * 1024 }) },
  { url: "ftp://example.org/x", status: "refused", ...because({ code: "not_http" }) },
];

describe("renderIngestReply", () => {
  it("GIVEN refusals with codes and a German reader THEN every reason is German, numbers written the German way", () => {
    const reply = renderIngestReply(refusals, "de");
    const lines = reply.content!.split("\n");
    expect(lines[0]).toBe(`⛔ abgelehnt: [Ohne Link](<${FEED}>) — Eintrag 4 hat keinen Link`);
    expect(lines[1]).toBe("⛔ abgelehnt: [https://example.org/weg](<https://example.org/weg>) — der Server antwortete mit HTTP 404");
    expect(lines[2]).toContain("— kein Artikeltext auf der Seite");
    expect(lines[3]).toContain("— größer als 2,5 MB (8 MB)");
    expect(lines[4]).toBe("⛔ abgelehnt: ftp://example.org/x — nur http- und https-Adressen werden abgerufen");
    expect(reply.content).not.toMatch(/has no link|— HTTP 404|no article text|larger than|only http/);
    expect(lines.at(-1)).toBe("0 hinzugefügt, 0 schon vorhanden, 5 abgelehnt");
    expect(checkPayload(reply)).toEqual([]);
  });

  it("GIVEN the same refusals and an English reader THEN the reasons are English", () => {
    const lines = renderIngestReply(refusals, "en").content!.split("\n");
    expect(lines[0]).toBe(`⛔ refused: [Ohne Link](<${FEED}>) — item 4 has no link`);
    expect(lines[1]).toContain("— the server answered HTTP 404");
    expect(lines[2]).toContain("— no article text on the page");
    expect(lines[3]).toContain("— larger than 2.5 MB (8 MB)");
    expect(lines[4]).toBe("⛔ refused: ftp://example.org/x — only http and https URLs are fetched");
  });

  it("GIVEN an unexpected error without a code THEN its English reason is shown as it came, escaped", () => {
    const reply = renderIngestReply([{ url: "https://example.org/a", status: "refused", reason: "error: EACCES *disk* _full_", error: true }], "de");
    expect(reply.content).toContain("— error: EACCES \\*disk\\* \\_full\\_");
  });

  it("GIVEN a code whose context comes from the page (a host) THEN that part is escaped too", () => {
    const reply = renderIngestReply([{ url: "http://intern_host/", status: "refused", ...because({ code: "private_address", host: "intern_host", address: "10.0.0.1" }) }], "de");
    expect(reply.content).toContain("— intern\\_host ist eine private oder lokale Adresse (10.0.0.1); INGEST\\_ALLOW\\_PRIVATE=true erlaubt sie");
  });
});
