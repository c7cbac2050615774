/**
 * The abstention describes the corpus it comes from: date range, most frequent people and topics, and example
 * questions that corpus answers; nothing hard-coded about one corpus.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCore } from "../../src/core/loadCore.js";
import { renderAnswer } from "../../src/render/discord/answer.js";
import { renderAnswerText } from "../../src/render/text/answerText.js";
import { seedCore } from "../fixtures/corpus.js";
import { paragraphsAbout } from "./fixtures.js";

const dir = mkdtempSync(path.join(tmpdir(), "vb-profile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (let i = 0; i < 3; i++) {
  const text = [`Erdoğan lädt zu Gesprächen über Getreideexporte nach Istanbul ein`, ...paragraphsAbout(`die Getreideexporte über das Schwarze Meer und den Hafen Odessa ${i}`, 2), `Der türkische Präsident Recep Tayyip Erdoğan sagte, die Getreideexporte müssten weitergehen.`].join("\n\n");
  writeFileSync(path.join(dir, `00${i}_istanbul.txt`), ` date 2025-0${6 + i}-1${i} ${text}\n`);
}

describe("GIVEN the seed corpus", () => {
  it("THEN an abstention names its range, people and topics, and examples it answers", async () => {
    const core = await seedCore();
    const a = core.ask("Wer hat das Fußballspiel gewonnen?");
    expect(a.abstained).toBe(true);
    expect(a.corpus).toMatchObject({ articles: 5, from: "2025-02", to: "2025-04" });
    expect(a.corpus!.people).toContain("Marco Rubio");
    expect(a.corpus!.examples.de.length).toBeGreaterThan(0);
    for (const q of a.corpus!.examples.de) expect(core.ask(q).abstained, q).toBe(false);
    const text = renderAnswerText(a, "de");
    expect(text).toContain("Die 5 Artikel reichen von Februar 2025 bis April 2025; am häufigsten geht es um Marco Rubio");
    expect(text).toContain(`Zum Beispiel: „${a.corpus!.examples.de[0]}“`);
    expect(renderAnswerText(a, "en")).toContain("The 5 articles run from February 2025 to April 2025");
  });

  it("THEN an abstention on a word the articles never use names it, in the terminal too", async () => {
    const a = (await seedCore()).ask("Wie wird das Wetter in Moskau?");
    expect(renderAnswerText(a, "de")).toContain("Die Artikel erwähnen „Wetter“ nicht. Ich zitiere nur");
    expect(renderAnswerText(a, "en")).toContain("The articles never mention “Wetter”.");
  });
});

describe("GIVEN another corpus", () => {
  it("THEN the abstention speaks of that corpus, not of the seed articles", async () => {
    const core = await loadCore(dir);
    const a = core.ask("Wer hat das Fußballspiel gewonnen?");
    expect(a.abstained).toBe(true);
    const text = renderAnswerText(a, "de");
    expect(text).toContain("Die 3 Artikel reichen von 10. Juni 2025 bis 12. August 2025");
    expect(text).toContain("Getreideexporte");
    for (const seedOnly of ["Kellogg", "Münchner Sicherheitskonferenz", "Februar", "Saudi-Arabien"]) expect(text).not.toContain(seedOnly);
  });
});

describe("GIVEN another corpus on Discord", () => {
  it("THEN the example buttons under an abstention are that corpus's questions, each answered by it", async () => {
    const core = await loadCore(dir);
    const { examples } = core.profile();
    expect(examples.de.length).toBeGreaterThan(0);
    for (const q of examples.de) expect(core.ask(q).abstained, q).toBe(false);
    for (const question of ["Wer hat das Fußballspiel gewonnen?", "???", ""]) {
      const reply = renderAnswer(core.ask(question), { lang: "de", examples: examples.de });
      const labels = (reply.components ?? []).flatMap((row) => ("components" in row ? (row.components as Array<{ label?: string }>) : [])).map((b) => b.label);
      expect(labels, question).toEqual(examples.de.slice(0, 3));
      expect(JSON.stringify(reply), question).not.toMatch(/Kellogg|Selenskyj|Putin/);
    }
  });
});
