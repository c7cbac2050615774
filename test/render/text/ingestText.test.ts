/** The CLI's readable ingest lines: reasons (of refusals and duplicates) in the --lang language from their codes. */
import { describe, expect, it } from "vitest";
import { because } from "../../../src/ingest/cause.js";
import { renderIngestLine } from "../../../src/render/text/ingestText.js";

describe("renderIngestLine", () => {
  it("GIVEN refusals with codes THEN German reasons by default and English ones for --lang en", () => {
    const paywall = { url: "https://example.org/p", status: "refused", ...because({ code: "paywall", chars: 312 }) } as const;
    const timeout = { url: "https://example.org/s", status: "refused", ...because({ code: "timeout", seconds: 0.3 }) } as const;
    expect(renderIngestLine(paywall)).toBe("! abgelehnt: https://example.org/p — Bezahlschranke: nur 312 Zeichen Artikeltext sind frei");
    expect(renderIngestLine(timeout, "de")).toBe("! abgelehnt: https://example.org/s — keine vollständige Antwort innerhalb von 0,3 s");
    expect(renderIngestLine(paywall, "en")).toBe("! refused: https://example.org/p — paywall: only 312 characters of article text are free");
    expect(renderIngestLine(timeout, "en")).toBe("! refused: https://example.org/s — no complete answer within 0.3 s");
  });

  it("GIVEN duplicates THEN why, in the reader's language", () => {
    const near = { url: "https://example.org/d", status: "duplicate", title: "Gespräche in Riad", ...because({ code: "same_text", resemblance: 0.93 }) } as const;
    expect(renderIngestLine(near, "de")).toBe("= schon vorhanden: Gespräche in Riad (gleicher Text (Beinahe-Duplikat, Ähnlichkeit 0,93))");
    expect(renderIngestLine(near, "en")).toBe("= already there: Gespräche in Riad (same text (near-duplicate, resemblance 0.93))");
  });

  it("GIVEN an unexpected error without a code THEN its English reason as it came", () => {
    expect(renderIngestLine({ url: "a.html", status: "refused", reason: "error: EACCES", error: true }, "de")).toBe("! abgelehnt: a.html — error: EACCES");
  });
});
