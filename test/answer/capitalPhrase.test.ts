/**
 * A capital named by its country ("die russische Hauptstadt", "US-Hauptstadt", "the Ukrainian capital") also finds
 * the city the corpus names (capitalPhrase.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { Engine } from "../../src/search/engine.js";
import { engineOf } from "../fixtures/engines.js";
import { OTHER_NEWS } from "../fixtures/texts.js";

const TEXTS: Record<string, string> = {
  "a_moskau.txt": "date 2025-08\nDer Sondergesandte Witkoff reiste am Mittwoch nach Moskau. Dort traf er Putin.",
  "b_hauptstadt.txt": "date 2025-08\nIn der dänischen Hauptstadt trafen sich die Außenminister der Nordländer.",
  "c_kiew.txt": "date 2025-08\nIn Kiew heulten in der Nacht die Sirenen.",
  "d_washington.txt": "date 2025-08\nIn Washington empfing Trump den polnischen Präsidenten.",
  "z_unrelated.txt": "date 2025-07\nDas Wetter in Rom war mild. Die Touristen kamen in großer Zahl.",
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(TEXTS);
});

/** The alternatives of the question's concept of "Hauptstadt" ("capital" in English). */
function capitalAlternatives(question: string, corpus: Engine = engine): string[] {
  const parsed = parseQuery(question, corpus.index.analyzer, corpus.lexicon, (t) => corpus.index.df.has(t), DEFAULT_RANKING);
  return parsed.concepts.find((c) => /hauptstadt|capital/i.test(c.label))!.alts.map((a) => a.term);
}

describe("a capital named by its country", () => {
  it.each([
    ["Wer reiste in die russische Hauptstadt?", "moskau"],
    ["Wer reiste in die Hauptstadt Russlands?", "moskau"],
    ["Wen empfing Trump in der US-Hauptstadt?", "washington"],
    ["What happened in the Ukrainian capital at night?", "kiew"],
    ["Wer reiste in die Hauptstadt von Russland?", "moskau"],
    ["Who travelled to Russia's capital?", "moskau"],
    ["What happened in the U.S. capital?", "washington"],
    ["WER REISTE IN DIE RUSSISCHE HAUPTSTADT", "moskau"],
  ])("GIVEN %s THEN the concept of the capital also finds %s", (question, city) => {
    expect(capitalAlternatives(question)).toContain(city);
  });

  it.each([
    ["Was geschah in der Hauptstadt der Ukraine?", "kiew", ["moskau", "washington"]],
    ["Wen empfing Trump in der US-Hauptstadt?", "washington", ["moskau"]],
  ])("GIVEN %s THEN only that country's capital joins, not one of a country its word's synonyms name", (question, city, others) => {
    // "Ukraine" and "US" have alternatives that name other countries (russland, usa: the domain glossary's pivots).
    const alts = capitalAlternatives(question);
    expect(alts).toContain(city);
    for (const other of others) expect(alts).not.toContain(other);
  });

  it.each([
    ["Hat Russland die Hauptstadt angegriffen?", "moskau"],
    ["Was sagten die USA über die Hauptstadt?", "washington"],
    ["Who flew from Russia to the capital?", "moskau"],
  ])("GIVEN %s (a country named elsewhere in the question, not beside the capital) THEN %s does not join", (question, city) => {
    expect(capitalAlternatives(question)).not.toContain(city);
  });

  it("GIVEN a country typed with ae/oe/ue for its umlaut THEN it names the capital as the umlaut does", async () => {
    const vienna = await engineOf({ "w.txt": "date 2025-08\nIn Wien trafen sich die Außenminister.", ...OTHER_NEWS });
    expect(capitalAlternatives("Wer reiste in die Hauptstadt Oesterreichs?", vienna)).toContain("wien");
    expect(capitalAlternatives("Wer reiste in die Hauptstadt Österreichs?", vienna)).toContain("wien");
  });

  it("GIVEN an English word that is a country's German name (\"island\", Iceland) THEN it names that country only by its translations", async () => {
    const iceland = await engineOf({ "r.txt": "date 2025-08\nIn Reykjavik trafen sich die Außenminister. Die Insel empfing sie.", ...OTHER_NEWS });
    const reykjavik = (question: string) => capitalAlternatives(question, iceland).some((t) => t.startsWith("reykjav"));
    expect(reykjavik("What happened in the island capital?")).toBe(false);
    expect(reykjavik("What happened in Iceland's capital?")).toBe(true);
  });

  it("GIVEN a capital that names its country THEN the capital gets no country (one way only)", async () => {
    // The corpus names Russland: were the capitals read both ways, "Moskau" would give it.
    const russia = await engineOf({ ...TEXTS, "r_russland.txt": "date 2025-08\nRussland wies den Vorschlag zurück." });
    expect(russia.index.df.has("russland")).toBe(true);
    expect(capitalAlternatives("Was geschah in der Hauptstadt Moskau?", russia)).not.toContain("russland");
  });

  it("GIVEN no country beside it, or a capital the corpus never names THEN no city joins", () => {
    const alts = capitalAlternatives("Was geschah in der Hauptstadt?");
    expect(alts).not.toContain("moskau");
    expect(alts).not.toContain("kiew");
    // Ding gives Kopenhagen for Dänemark; this corpus never names it.
    expect(capitalAlternatives("Wer reiste in die dänische Hauptstadt?").some((t) => t.startsWith("kopenhag"))).toBe(false);
  });

  it("GIVEN a question about the Russian capital THEN the report from Moscow answers it, not a report from another capital", () => {
    const a = answer(engine, "Wer reiste in die russische Hauptstadt?");
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.file).toBe("a_moskau.txt");
  });
});
