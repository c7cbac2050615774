/**
 * The article's lead as context for its later passages (features.ts `withLeadContext`, RankingConfig
 * `leadContextShare`): a paragraph that does not repeat the lead's place still answers a question that names it.
 * Texts are our own.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { Answer } from "../../src/answer/types.js";
import { withLeadContext } from "../../src/answer/features.js";
import { articleFileText } from "../../src/ingest/articleFile.js";
import type { Engine } from "../../src/search/engine.js";
import { engineOf, engineOfArticles, testArticle } from "../fixtures/engines.js";
import { OTHER_NEWS } from "../fixtures/texts.js";

const TEXTS: Record<string, string> = {
  // The lead names the talks in Tromsø; the paragraph that answers names the minister and his colleagues only.
  "a_tromso.txt": [
    "Die Fischereiminister Norwegens und Islands haben sich am Freitag in Tromsø zu Gesprächen über die Heringsquote getroffen.",
    "Die Sitzung dauerte bis in den Abend. Beobachter sprachen von einem schwierigen Klima.",
    "Minister Ola Dahl werde nun mit seinen Kollegen aus den Nordseestaaten reden, hieß es am Ende. Ein Termin dafür stehe noch nicht fest, die Lage sei weiter offen.",
  ].join("\n\n"),
  // Another report names the minister and a colleague, never Tromsø.
  "b_telefonat.txt": "Minister Ola Dahl telefonierte am Montag mit seinem Kollegen aus Dänemark über Fangrechte.",
  ...OTHER_NEWS,
  // More unrelated news: in a corpus this small, a word in a fifth of the passages selects no candidates.
  ...Object.fromEntries(["Der Hafen von Kiel wird ausgebaut.", "In Graz schneite es im Mai.", "Die Fähre nach Sylt fährt wieder.", "Das Museum in Köln öffnet neu."].map((t, k) => [`y_${k}.txt`, t])),
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(TEXTS);
});

const QUESTION = "Mit welchen Kollegen will Ola Dahl nach Tromsø beraten?";
const first = (a: Answer) => (a.abstained ? "(abstained)" : `${a.results[0]!.file} ${a.results[0]!.quote}`);

describe("the lead as context", () => {
  it("GIVEN a question naming the lead's place THEN the later paragraph of that article answers, before another report on the people alone", () => {
    expect(first(answer(engine, QUESTION))).toMatch(/^a_tromso\.txt .*Nordseestaaten/);
    // Switched off, the other report's sentence wins: the question's place stands only in the lead.
    expect(first(answer(engine, QUESTION, { ranking: { ...DEFAULT_RANKING, leadContextShare: 0 } }))).toMatch(/^b_telefonat\.txt/);
  });

  it("GIVEN the lead context THEN abstention still judges what the passages themselves hold", () => {
    // The later paragraph is the best passage; its lead adds "Tromsø".
    const question = "Mit welchen Kollegen aus den Nordseestaaten will Ola Dahl nach Tromsø reden?";
    const best = (share: number) => {
      let seen: Record<string, unknown> = {};
      answer(engine, question, { ranking: { ...DEFAULT_RANKING, leadContextShare: share }, trace: (step, data) => {
          if (step === "best") seen = data;
        },
      });
      return seen;
    };
    const on = best(0.6);
    expect(on.evidence).toBeGreaterThan(0);
    expect(on).toEqual(best(0));
  });

  it("GIVEN the lead itself, the paragraph after it, a passage beyond its reach, or an answer type the lead holds THEN nothing is taken from the lead", () => {
    const concepts = parseQuery("Wann begann die Sitzung der Minister in Tromsø?", engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t)).concepts;
    const ids = engine.index.passages.flatMap((p, id) => (p.articleId === "a_tromso" ? [id] : []));
    expect(ids).toHaveLength(3);
    const none = new Float32Array(concepts.length);
    // The lead is its own passage: the degrees come back as they were.
    expect(withLeadContext(none, engine.index, ids[0]!, concepts, 0.6, DEFAULT_RANKING.leadContextReach)).toBe(none);
    const later = withLeadContext(none, engine.index, ids[2]!, concepts, 0.6, DEFAULT_RANKING.leadContextReach);
    // Written into a copy, never into the degrees passed in.
    expect([...none].every((d) => d === 0)).toBe(true);
    expect(later[concepts.findIndex((c) => c.label === "Tromsø")]).toBeCloseTo(0.6);
    // "Sitzung" stands in the second paragraph, which is no lead here (the article opens with no headline).
    expect(later[concepts.findIndex((c) => c.label === "Sitzung")]).toBe(0);
    // Beyond its reach the lead lends nothing: a long article has moved on.
    expect(withLeadContext(none, engine.index, ids[2]!, concepts, 0.6, 1)[concepts.findIndex((c) => c.label === "Tromsø")]).toBe(0);
    expect(withLeadContext(none, engine.index, ids[2]!, concepts, 0.6, 2)[concepts.findIndex((c) => c.label === "Tromsø")]).toBeCloseTo(0.6);
    // "wann": the lead's "am Freitag" is no answer in the later passage.
    const time = concepts.findIndex((c) => c.weight !== undefined);
    expect(time).toBeGreaterThanOrEqual(0);
    expect(later[time]).toBe(0);
  });

  it("GIVEN an ingested article that opens with its headline THEN the paragraph after the headline is the lead too", async () => {
    // A headline that ends like a sentence is a passage of its own (features.ts isLead).
    const title = "Fischer: „Wir reden weiter!“";
    const text = articleFileText({ published: "2025-05-16", title, paragraphs: TEXTS["a_tromso.txt"]!.split("\n\n") });
    const ingested = await engineOfArticles([testArticle("t_ingested.txt", text, { title })]);
    const concepts = parseQuery(QUESTION, ingested.index.analyzer, ingested.lexicon, (t) => ingested.index.df.has(t)).concepts;
    const tromso = concepts.findIndex((c) => c.label === "Tromsø");
    const last = ingested.index.passages.length - 1;
    expect(ingested.index.passages[last]!.text).toContain("Nordseestaaten");
    expect(withLeadContext(new Float32Array(concepts.length), ingested.index, last, concepts, 0.6, DEFAULT_RANKING.leadContextReach)[tromso]).toBeCloseTo(0.6);
  });
});
