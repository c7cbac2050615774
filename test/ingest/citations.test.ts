/**
 * Citations beside title and date in the answer, timeline and source models, and in the CLI text: outlet, link and
 * day from articles.json; no file name or hash in a line a reader sees.
 */
import { describe, expect, it } from "vitest";
import { renderAnswerText } from "../../src/render/text/answerText.js";
import { renderSourceText } from "../../src/render/text/sourceText.js";
import { renderTimelineText } from "../../src/render/text/timelineText.js";
import { FILES, seedCore } from "../fixtures/corpus.js";

const EPOCH = { outlet: "Epoch Times", url: "https://www.epochtimes.de/politik/ausland/usa-und-russland-verhandeln-erneut-wie-geht-es-im-ukraine-krieg-weiter-a5075490.html" };
const FILE_OR_HASH = /\d{3}_[0-9a-f]{16}|\.txt\b/;

describe("GIVEN the seed corpus with its articles.json", () => {
  it("THEN /ask results and their 'auch in' carry outlet and url, and the text shows them without a file name", async () => {
    const core = await seedCore();
    const a = core.ask("Wie alt ist Keith Kellogg?");
    expect(a.results[0]).toMatchObject({ file: FILES.f000, title: "Rubio und Lawrow beraten über nächste Schritte, Kellogg nur noch für die Ukraine zuständig", ...EPOCH });
    const refs = core.ask("Worüber sprachen Rubio und Lawrow?").results.flatMap((r) => [r, ...r.alsoIn]);
    expect(refs.filter((r) => r.file === FILES.f001).every((r) => r.outlet === "Berliner Zeitung" && r.url?.startsWith("https://www.berliner-zeitung.de/"))).toBe(true);
    const text = renderAnswerText(a, "de");
    expect(text).toContain(`— Rubio und Lawrow beraten über nächste Schritte, Kellogg nur noch für die Ukraine zuständig · Epoch Times · März 2025 · ${EPOCH.url}`);
    expect(text).not.toMatch(FILE_OR_HASH);
  });

  it("THEN timeline events and the source carry outlet and url; their text shows no file name", async () => {
    const core = await seedCore();
    const t = core.timeline("Lavrov");
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    const cited = [...t.timeline.events, ...t.timeline.events.flatMap((e) => e.alsoIn)];
    expect(cited.some((e) => e.file === FILES.f000 && e.outlet === EPOCH.outlet && e.url === EPOCH.url)).toBe(true);
    expect(renderTimelineText(t.timeline, "de")).not.toMatch(FILE_OR_HASH);
    expect(renderTimelineText(t.timeline, "de")).toContain("Head Topics");
    const s = core.source(FILES.f000);
    expect(s.ok && s.article).toMatchObject(EPOCH);
    const sourceText = s.ok ? renderSourceText(s.article, "de") : "";
    expect(sourceText.split("\n")[1]).toBe(`Epoch Times · März 2025 · ${EPOCH.url}`);
    expect(sourceText.split("\n").slice(0, 2).join("\n")).not.toMatch(FILE_OR_HASH);
  });

  it("THEN an article with a known day is cited with the day", async () => {
    const { citationOf } = await import("../../src/corpus/citation.js");
    expect(citationOf({ meta: { outlet: "X", published: "2025-03-16" } })).toEqual({ outlet: "X", published: "2025-03-16" });
    const core = await seedCore();
    const a = core.ask("Wie alt ist Keith Kellogg?");
    const withDay = { ...a, results: a.results.map((r) => ({ ...r, published: "2025-03-16" })) };
    expect(renderAnswerText(withDay, "en")).toContain("Epoch Times · 16 March 2025 ·");
  });
});
