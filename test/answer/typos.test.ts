import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { addFuzzyAlternatives, MAX_TYPO_CORRECTIONS } from "../../src/answer/evidence.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import { createEngine, type Engine } from "../../src/search/engine.js";
import { engineOf } from "../fixtures/engines.js";

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine("corpus", { cacheDir: null });
});

describe("typos in names", () => {
  it("GIVEN a seven-letter name with one wrong letter whose correct stem lost its ending ('Starmar' / starm) THEN the name's passage answers; with one edit allowed it does not", () => {
    const q = "Was sagte Starmar nach der Videokonferenz?";
    const on = answer(engine, q);
    expect(on.abstained).toBe(false);
    expect(on.results[0]!.quote).toContain("Starmer");
    const off = answer(engine, q, { ranking: { ...DEFAULT_RANKING, fuzzyTwoEditsLength: 8 } });
    expect(off.abstained || !off.results[0]!.quote.includes("Starmer")).toBe(true);
  });
});

describe("typos in names with a short stem", () => {
  it("GIVEN a name the stemmer cuts below the typo length ('vence', stem 'venc') THEN a name of the corpus corrects it, and only a name", async () => {
    const corpus = await engineOf({
      "v_rede.txt": "Vizepräsident Vance sprach in München vor vielen Gästen im Hotel. Danach reiste Vance nach Berlin.",
      "v_wetter.txt": "In München war es am Sonntag kalt und windig.",
    });
    const top = (q: string) => {
      const a = answer(corpus, q);
      return a.abstained ? "(abstained)" : a.results[0]!.file;
    };
    expect(top("in welchem hotel hat vence in münchen gesprochen")).toBe("v_rede.txt");
    const alts = (q: string) => {
      const parsed = parseQuery(q, corpus.index.analyzer, corpus.lexicon, (t) => corpus.index.df.has(t));
      addFuzzyAlternatives(corpus.index, parsed.concepts, DEFAULT_RANKING, corpus.lexicon.general);
      return parsed.concepts.flatMap((c) => c.alts.map((a) => a.term));
    };
    expect(alts("in welchem hotel hat vence in münchen gesprochen")).toContain(corpus.index.analyzer.headTerm("Vance"));
    // Only a name corrects such a word: "kolte" (stem "kolt") is one edit from the corpus's lower-case "kalt".
    expect(alts("War es in München kolte?")).not.toContain(corpus.index.analyzer.headTerm("kalt"));
  });
});

describe("typo corrections from the vocabulary", () => {
  /** A corpus whose vocabulary holds 26 words one edit from "kandidat" ("kandidata" … "kandidatz") and "kandidat" twice as "kandidaten". */
  let many: Engine;
  beforeAll(async () => {
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const texts: Record<string, string> = {
      "k_common.txt": "Der Wahlkampf begann im Herbst. Kandidatq sprach lange.\n\nKandidatq sprach wieder.",
      ...Object.fromEntries([...letters].map((l) => [`k_${l}.txt`, `Ein Bericht über Kandidat${l} und den Wahlkampf im Land.`])),
    };
    many = await engineOf(texts);
  });

  it("GIVEN an unknown word with more than MAX_TYPO_CORRECTIONS index terms within its typo distance THEN the concept gets that many, closest first, commonest first among equals", () => {
    const head = many.index.analyzer.headTerm("Kandidatxy")!;
    const within = many.index.search.termsWithin(head, 2);
    expect(within.has(head)).toBe(false);
    expect(within.size).toBeGreaterThan(MAX_TYPO_CORRECTIONS);
    const parsed = parseQuery("Was sagte Kandidatxy?", many.index.analyzer, many.lexicon, (t) => many.index.df.has(t), DEFAULT_RANKING);
    const concept = parsed.concepts.find((c) => c.label === "Kandidatxy")!;
    addFuzzyAlternatives(many.index, [concept], DEFAULT_RANKING, many.lexicon.general);
    const corrections = concept.alts.slice(1).map((a) => a.term);
    expect(corrections).toHaveLength(MAX_TYPO_CORRECTIONS);
    const key = (t: string) => [within.get(t)!, -(many.index.df.get(t) ?? 0)] as const;
    for (let i = 1; i < corrections.length; i++) {
      const [d0, c0] = key(corrections[i - 1]!);
      const [d1, c1] = key(corrections[i]!);
      expect(d0 < d1 || (d0 === d1 && c0 <= c1)).toBe(true);
    }
    // The two words one edit away come first; "kandidatq", in more passages than the others two edits away, next.
    expect(corrections.slice(0, 3).sort()).toEqual([head.slice(0, -1), "kandidatq", `${head.slice(0, -2)}y`].sort());
  });
});
