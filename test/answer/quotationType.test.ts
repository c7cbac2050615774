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
import { OTHER_NEWS } from "../fixtures/texts.js";

const TEXTS: Record<string, string> = {
  "a_bericht.txt": "Über das Telefonat der beiden Außenminister am Montag sprach das russische Außenministerium von „einem offenen und sachlichen Austausch“ über die Lage.",
  "b_termin.txt": "Das russische Außenministerium bestätigte das Telefonat der Außenminister am Montag; einen Termin für ein Treffen nannte das Außenministerium nicht.",
  ...OTHER_NEWS,
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(TEXTS);
});

const labels = (q: string, ranking = DEFAULT_RANKING) => parseQuery(q, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t), ranking).concepts.map((c) => `${c.label}:${c.alts[0]!.term}`);
/** Whether the question asks for a quotation, and whether `word` is still one of its concepts. */
const shape = (q: string, word: string, ranking = DEFAULT_RANKING) => {
  const l = labels(q, ranking);
  return { quotation: l.includes(`wie bewertet:${QUOTATION_TERM}`), keeps: l.some((x) => x.startsWith(`${word}:`)) };
};
const OFF = { ...DEFAULT_RANKING, quotationType: false };

describe("the quotation answer type", () => {
  it("GIVEN 'Wie bewertete …' or 'How did X describe …' THEN the question asks for a quotation and the verb is no topic word", () => {
    expect(shape("Wie bewertete das russische Außenministerium das Telefonat?", "bewertete")).toEqual({ quotation: true, keeps: false });
    expect(shape("How did the Russian foreign ministry describe the phone call?", "describe")).toEqual({ quotation: true, keeps: false });
  });

  it("GIVEN the feature switched off (quotationType: false) THEN the verb is a word of the question again and no quotation is asked for", () => {
    expect(shape("Wie bewertete das russische Außenministerium das Telefonat?", "bewertete", OFF)).toEqual({ quotation: false, keeps: true });
    expect(shape("How did the Russian foreign ministry describe the phone call?", "describe", OFF)).toEqual({ quotation: false, keeps: true });
  });

  it("GIVEN a perfect or passive ('Wie hat … bezeichnet', 'Wie wurde … bewertet') or 'Als was …' THEN it asks for a quotation and the participle is no topic word", () => {
    expect(shape("Wie hat Trump Russland nach dem Treffen bezeichnet?", "bezeichnet")).toEqual({ quotation: true, keeps: false });
    expect(shape("Wie wurde das Telefonat in Moskau bewertet?", "bewertet")).toEqual({ quotation: true, keeps: false });
    expect(shape("Als was bezeichnete Rubio das Telefonat?", "bezeichnete")).toEqual({ quotation: true, keeps: false });
    expect(shape("Als was wird Witkoff im Artikel bezeichnet?", "bezeichnet")).toEqual({ quotation: true, keeps: false });
    // A number in the question counts as no word: the parser's tokens and the answer type's words agree.
    expect(shape("Wie hat Trump 2025 Russland bezeichnet?", "bezeichnet")).toEqual({ quotation: true, keeps: false });
    expect(shape("Wie wurde 2024 bewertet?", "bewertet")).toEqual({ quotation: false, keeps: true });
    // Not when the participle is not the question's last word, nor after another word than an auxiliary.
    expect(shape("Wie hat Trump das bezeichnete Abkommen unterschrieben?", "bezeichnete").quotation).toBe(false);
    expect(shape("Wie viele haben das Telefonat bewertet?", "bewertet").quotation).toBe(false);
  });

  it("GIVEN a question in quotation marks THEN the answer type and the dropped verb agree; GIVEN 'rate' as a noun THEN it stays", () => {
    expect(shape("„Wie bewertete Moskau das Telefonat?“", "bewertete")).toEqual({ quotation: true, keeps: false });
    expect(shape("How did the exchange rate develop?", "exchange rate")).toEqual({ quotation: false, keeps: true });
  });

  it("GIVEN 'how many … described' or another question THEN no quotation is asked for and the verb stays", () => {
    expect(shape("How many species have been described so far?", "described")).toEqual({ quotation: false, keeps: true });
    expect(shape("Wann telefonierten die Außenminister?", "telefonierten").quotation).toBe(false);
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
