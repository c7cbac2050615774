/**
 * "Wie bewertete Moskau das Telefonat?", "How did Zelensky describe Putin's answer?" ask how someone characterised
 * something: the answer is their quoted words, and the verb only frames the question. Texts are our own.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { QUOTATION_TERM } from "../../src/answer/passageTerms.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { Engine } from "../../src/search/engine.js";
import { engineOf } from "../fixtures/engines.js";

const TEXTS: Record<string, string> = {
  "a_bericht.txt": "Über das Telefonat der beiden Außenminister am Montag sprach das russische Außenministerium von „einem offenen und sachlichen Austausch“ über die Lage.",
  "b_termin.txt": "Das russische Außenministerium bestätigte das Telefonat der Außenminister am Montag; einen Termin für ein Treffen nannte das Außenministerium nicht.",
  // Other news, so that the question's words are rare enough to select candidates by.
  ...Object.fromEntries(["Das Wetter in Rom war mild.", "Der Zug nach Wien fiel aus.", "Die Ernte in Bayern war gut.", "Die Börse in Frankfurt schloss fester."].map((t, k) => [`z_${k}.txt`, t])),
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(TEXTS);
});

const labels = (q: string) => parseQuery(q, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t)).concepts.map((c) => `${c.label}:${c.alts[0]!.term}`);

describe("the quotation answer type", () => {
  it("GIVEN 'Wie bewertete …' or 'How did X describe …' THEN the question asks for a quotation and the verb is no topic word", () => {
    const de = labels("Wie bewertete das russische Außenministerium das Telefonat?");
    expect(de).toContain(`wie bewertet:${QUOTATION_TERM}`);
    expect(de.some((l) => l.startsWith("bewertete:"))).toBe(false);
    const en = labels("How did the Russian foreign ministry describe the phone call?");
    expect(en).toContain(`wie bewertet:${QUOTATION_TERM}`);
    expect(en.some((l) => l.startsWith("describe:"))).toBe(false);
  });

  it("GIVEN the feature switched off (quotationType: false) THEN the verb is a word of the question again and no quotation is asked for", () => {
    const off = (q: string) => parseQuery(q, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t), { ...DEFAULT_RANKING, quotationType: false }).concepts.map((c) => `${c.label}:${c.alts[0]!.term}`);
    const de = off("Wie bewertete das russische Außenministerium das Telefonat?");
    expect(de.some((l) => l.endsWith(QUOTATION_TERM))).toBe(false);
    expect(de.some((l) => l.startsWith("bewertete:"))).toBe(true);
    const en = off("How did the Russian foreign ministry describe the phone call?");
    expect(en.some((l) => l.endsWith(QUOTATION_TERM))).toBe(false);
    expect(en.some((l) => l.startsWith("describe:"))).toBe(true);
  });

  it("GIVEN a question in quotation marks THEN the answer type and the dropped verb agree; GIVEN 'rate' as a noun THEN it stays", () => {
    const quoted = labels("„Wie bewertete Moskau das Telefonat?“");
    expect(quoted).toContain(`wie bewertet:${QUOTATION_TERM}`);
    expect(quoted.some((l) => l.startsWith("bewertete:"))).toBe(false);
    const rate = labels("How did the exchange rate develop?");
    expect(rate.some((l) => l.endsWith(QUOTATION_TERM))).toBe(false);
    expect(rate.some((l) => l.startsWith("exchange rate:"))).toBe(true);
  });

  it("GIVEN 'how many … described' or another question THEN no quotation is asked for and the verb stays", () => {
    const count = labels("How many species have been described so far?");
    expect(count.some((l) => l.endsWith(QUOTATION_TERM))).toBe(false);
    expect(count.some((l) => l.startsWith("described:"))).toBe(true);
    expect(labels("Wann telefonierten die Außenminister?").some((l) => l.endsWith(QUOTATION_TERM))).toBe(false);
  });

  it("GIVEN a passage with the question's words and one that quotes the ministry THEN the quoting one comes first", () => {
    const a = answer(engine, "Wie bewertete das russische Außenministerium das Telefonat der Außenminister?");
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.quote).toContain("„einem offenen und sachlichen Austausch“");
    // Without the quotation type the other report, which repeats the question's words, comes first.
    const plain = answer(engine, "Wie bewertete das russische Außenministerium das Telefonat der Außenminister?", { ranking: { ...DEFAULT_RANKING, quotationType: false } });
    expect(plain.results[0]!.file).toBe("b_termin.txt");
  });
});
