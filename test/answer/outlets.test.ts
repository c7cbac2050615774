import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { outletVocabulary, withOutlets } from "../../src/answer/outlets.js";
import { outletWords } from "../../src/answer/passageTerms.js";
import { parseQuery } from "../../src/answer/query.js";
import { loadLexicon } from "../../src/analysis/lexicon.js";
import type { Article } from "../../src/corpus/types.js";
import { createEngine, type Engine, engineFromArticles } from "../../src/search/engine.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";
import { testArticle } from "../fixtures/engines.js";

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine("corpus", { cacheDir: null });
});

describe("a question that names an article's outlet", () => {
  it("GIVEN the seed corpus THEN the outlets' words form a vocabulary of their own", () => {
    const words = outletVocabulary(engine.index);
    expect(words.has(engine.index.analyzer.headTerm("Hochblauen")!)).toBe(true);
    expect(engine.index.df.has(engine.index.analyzer.headTerm("Hochblauen")!)).toBe(false);
  });

  it("GIVEN an outlet word no article text uses ('Sicht vom Hochblauen') THEN it is no missing topic: the question is answered from that outlet's article", () => {
    const q = "Wie nennt Sicht vom Hochblauen den ukrainischen Präsidenten?";
    const a = answer(engine, q);
    expect(a.abstained).toBe(false);
    const outletOf = (file: string) => engine.index.articles.find((x) => x.file === file)!.meta.outlet;
    expect(a.results.slice(0, 3).map((r) => outletOf(r.file))).toContain("Sicht vom Hochblauen");
  });

  it("GIVEN an outlet named by its web address ('finanznachrichten.de') THEN the top-level domain is no word of its name: 'de' in a question stays an ordinary word", async () => {
    const { lexicon } = await loadLexicon(CORPUS_DIR);
    const from = (a: Article, outlet: string): Article => ({ ...a, meta: { ...a.meta, outlet } });
    const local = engineFromArticles(
      [
        from(testArticle("a.txt", "date 2025-03\nDie Börse in Frankfurt schloss am Montag fester."), "finanznachrichten.de"),
        from(testArticle("b.txt", "date 2025-03\nDer Gipfel in Genf endete am Montag ohne Einigung."), "news.at"),
      ],
      lexicon,
    );
    const words = outletVocabulary(local.index);
    const term = (w: string) => local.index.analyzer.headTerm(w)!;
    expect(words.has(term("finanznachrichten"))).toBe(true);
    expect(words.has(term("news"))).toBe(true);
    expect(words.has("de")).toBe(false);
    expect(words.has("at")).toBe(false);
    for (const [outlet, name] of [["www.spiegel.de", "spiegel"], ["bbc.co.uk", "bbc"], ["Dow Jones (via finanznachrichten.de)", "Dow Jones (via finanznachrichten)"]] as const) {
      expect([...outletWords(local.index, outlet)]).toEqual([...local.index.analyzer.termSet(name)]);
    }
    const q = parseQuery("Wer hat die Tour de France gewonnen?", local.index.analyzer, local.lexicon, (t) => local.index.df.has(t));
    const de = withOutlets(local.index, q.concepts, 1.5).find((c) => c.label === "de");
    expect(de?.alts.some((a) => a.term.startsWith("§outlet:"))).toBe(false);
    // Named by its web address, the outlet still decides between two articles of the same day.
    expect(answer(local, "Was meldete finanznachrichten.de am Montag?").results[0]?.file).toBe("a.txt");
    expect(answer(local, "Was meldete News am Montag?").results[0]?.file).toBe("b.txt");
  });
});
