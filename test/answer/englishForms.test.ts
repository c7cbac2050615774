import { describe, expect, it } from "vitest";
import { englishForms } from "../../src/answer/englishTranslation.js";

describe("englishForms: an English word and its likely base forms", () => {
  it.each([
    ["talks", ["talks", "talk"]],
    ["parties", ["parties", "party"]],
    ["stopped", ["stopped", "stopp", "stoppe", "stop"]],
    ["planning", ["planning", "plann", "planne", "plan"]],
  ])("GIVEN %s THEN its forms include the base", (word, forms) => {
    expect(englishForms(word)).toEqual(expect.arrayContaining(forms));
  });

  it("GIVEN '-es' after a sibilant or o THEN the base drops it; after anything else only the s goes ('primes' is prime, not prim)", () => {
    for (const [word, base] of [["taxes", "tax"], ["churches", "church"], ["wishes", "wish"], ["heroes", "hero"], ["buses", "bus"]] as const) {
      expect(englishForms(word), word).toContain(base);
    }
    for (const [word, base, not] of [["primes", "prime", "prim"], ["prices", "price", "pric"], ["forces", "force", "forc"]] as const) {
      expect(englishForms(word), word).toContain(base);
      expect(englishForms(word), word).not.toContain(not);
    }
  });

  it("GIVEN 'used' THEN 'use' is a form but never 'us' (which the glossary reads as USA)", () => {
    expect(englishForms("used")).toContain("use");
    expect(englishForms("used")).not.toContain("us");
  });

  it("GIVEN any word THEN no stripped form is shorter than three letters", () => {
    for (const w of ["used", "led", "fled", "aged", "eyes", "ties", "sly", "owing"]) {
      for (const f of englishForms(w)) if (f !== w) expect(f.length, `${w} → ${f}`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("English hyphenated words", () => {
  it("GIVEN a hyphenated word the dictionary knows ('U-turn') THEN it is translated whole, not as 'U' and 'turn'", async () => {
    const { parseQuery } = await import("../../src/answer/query.js");
    const { DEFAULT_RANKING } = await import("../../src/answer/ranking.js");
    const { createEngine } = await import("../../src/search/engine.js");
    const engine = await createEngine("corpus", { cacheDir: null });
    const { index, lexicon } = engine;
    const parsed = parseQuery("Was the move described as a U-turn?", index.analyzer, lexicon, (t) => index.df.has(t), DEFAULT_RANKING);
    const uTurn = parsed.concepts.find((c) => c.label.toLowerCase() === "u-turn");
    expect(uTurn?.alts.map((a) => a.term)).toContain("kehrtwend");
    expect(parsed.concepts.some((c) => c.label === "turn")).toBe(false);
  });
});

describe("English capitalised words the corpus knows by their stem", () => {
  it("GIVEN 'Summer' in an English question and a corpus that uses the stem 'summ' (Summe) THEN the concept keeps the name and adds Sommer, weighing less", async () => {
    const { parseQuery } = await import("../../src/answer/query.js");
    const { DEFAULT_RANKING } = await import("../../src/answer/ranking.js");
    const { createEngine } = await import("../../src/search/engine.js");
    const { index, lexicon } = await createEngine("corpus", { cacheDir: null });
    const parsed = parseQuery("Where was the Summer Theatre located?", index.analyzer, lexicon, (t) => t === "summ", DEFAULT_RANKING);
    const summer = parsed.concepts.find((c) => c.label === "Summer")!;
    expect(summer.alts[0]).toMatchObject({ term: "summ", weight: 1 });
    const sommer = summer.alts.find((a) => a.term === index.analyzer.headTerm("Sommer"));
    expect(sommer?.weight).toBeLessThan(1);
  });
});

describe("English phrases of the domain glossary in a German question", () => {
  const parse = async (question: string) => {
    const { parseQuery } = await import("../../src/answer/query.js");
    const { DEFAULT_RANKING } = await import("../../src/answer/ranking.js");
    const { createEngine } = await import("../../src/search/engine.js");
    const { index, lexicon } = await createEngine("corpus", { cacheDir: null });
    return parseQuery(question, index.analyzer, lexicon, (t) => index.df.has(t), DEFAULT_RANKING);
  };

  it("GIVEN 'State Department' in a German question THEN it is translated as one concept (Außenministerium), not two unknown nouns", async () => {
    const parsed = await parse("Hat das State Department schon einen Termin für die nächste Runde genannt?");
    expect(parsed.language).toBe("de");
    const ministry = parsed.concepts.find((c) => c.label === "state department");
    expect(ministry?.translated).toBe(true);
    expect(ministry?.alts.map((a) => a.term)).toContain("aussenministerium");
    expect(parsed.concepts.some((c) => c.label === "State" || c.label === "Department")).toBe(false);
  });

  it("GIVEN a name the glossary spells the same in German ('Xi Jinping') THEN its words stay German words, unknown if the corpus lacks them", async () => {
    const parsed = await parse("Was hat Xi Jinping in Moskau gesagt?");
    expect(parsed.concepts.some((c) => c.translated)).toBe(false);
    expect(parsed.concepts.map((c) => c.label)).toEqual(expect.arrayContaining(["Xi", "Jinping"]));
  });
});
