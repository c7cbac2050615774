import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { latinNames, withLatinNames } from "../../src/answer/cyrillicNames.js";
import { parseQuery } from "../../src/answer/query.js";
import { createEngine, type Engine } from "../../src/search/engine.js";
import { engineOf } from "../fixtures/engines.js";

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine("corpus", { cacheDir: null });
});

const known = (term: string) => engine.index.df.has(term);

describe("Cyrillic names in a question (seed corpus)", () => {
  it.each([
    ["German", "Was sagte Лавров?"],
    ["Russian", "Что сказал Лавров о переговорах?"],
    ["Russian, typed in lower case", "что сказал лавров о переговорах"],
  ])("GIVEN a %s question naming Лавров THEN it is answered and the first result mentions Lawrow", (_, q) => {
    const a = answer(engine, q);
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.passage).toContain("Lawrow");
  });

  it("GIVEN an all-Cyrillic question about something the corpus does not report THEN it abstains", () => {
    expect(answer(engine, "Кто выиграл чемпионат мира по футболу?").abstained).toBe(true);
  });

  it("GIVEN a Cyrillic name the corpus does not use THEN the question abstains naming the word as written", () => {
    const a = answer(engine, "Что сказал Байден о переговорах?");
    expect(a.abstained).toBe(true);
    expect(a.unknownWords).toEqual(["Байден"]);
  });

  it("GIVEN Cyrillic names the corpus writes in German transcription THEN the question reads them so, case kept; other Cyrillic words stay", () => {
    expect(withLatinNames("Что сказал Лавров?", engine.index.analyzer, known)).toBe("Что сказал Lawrow?");
    expect(withLatinNames("was sagte лавров", engine.index.analyzer, known)).toBe("was sagte lawrow");
    expect(withLatinNames("Was sagte Lawrow?", engine.index.analyzer, known)).toBe("Was sagte Lawrow?");
    // Russian and Ukrainian spellings of one name, and an inflected one ("Путине" → Putine, the stem "putin").
    for (const [q, term] of [["Что сказал Зеленский?", "selenskyj"], ["Що сказав Зеленський?", "selenskyj"], ["Что сказал Трамп о Путине?", "putin"]] as const) {
      const terms = parseQuery(q, engine.index.analyzer, engine.lexicon, known).concepts.map((c) => c.alts[0]!.term);
      expect(terms).toContain(term);
    }
  });

  it.each([
    ["Что сказал Трамп?", "Trump"],
    ["Was sagte Уиткофф?", "Witkoff"],
    ["Что сказал Макрон?", "Macron"],
  ])("GIVEN %s, an English name in Russian transcription THEN its romanisation finds the name as the corpus writes it (%s)", (q, name) => {
    const a = answer(engine, q);
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.passage).toContain(name);
  });

  it("GIVEN a Cyrillic name no transcription of which the corpus uses THEN it is romanised for the typo fallback, its label stays as typed; the first word and lower-case words stay", () => {
    const { question, written } = latinNames("Что сказал Трамп о переговорах?", engine.index.analyzer, known);
    expect(question).toBe("Что сказал Tramp о переговорах?");
    expect(written).toEqual(new Map([["Tramp", "Трамп"]]));
    expect(latinNames("Трамп сказал?", engine.index.analyzer, known).question).toBe("Трамп сказал?");
    // An acronym is no name to spell by its sound ("ЕС" is the EU, not "Yes").
    expect(latinNames("Что сказал ЕС о США?", engine.index.analyzer, known).question).toBe("Что сказал ЕС о США?");
    const labels = parseQuery("Was sagte Трамп?", engine.index.analyzer, engine.lexicon, known).concepts.map((c) => c.label);
    expect(labels).toContain("Трамп");
    expect(labels).not.toContain("Tramp");
  });

  it("GIVEN a romanised name that is an English word or an English question THEN the language is the question's as typed and the unknown word is named as typed", () => {
    // "Маск" → Mask, an English word: the Russian question stays German-parsed, "Что" no unknown noun.
    const parsed = parseQuery("Что сказал Маск?", engine.index.analyzer, engine.lexicon, known);
    expect(parsed.language).toBe("de");
    const musk = answer(engine, "Что сказал Маск?");
    expect(musk.language).toBe("de");
    expect(musk.unknownWords ?? []).not.toContain("Что");
    expect(musk.unknownWords ?? []).not.toContain("mask");
    // The English path writes its labels in lower case: "tramp" is still the word typed.
    const labels = parseQuery("What did Трамп say?", engine.index.analyzer, engine.lexicon, known).concepts.map((c) => c.label);
    expect(labels).toContain("Трамп");
    expect(labels).not.toContain("tramp");
  });

  it("GIVEN a name in a Russian case (о Лаврове, о Зеленском, про Зеленского, о Трампе) THEN its nominative is read", () => {
    for (const [q, term] of [["Что сказал Трамп о Лаврове?", "lawrow"], ["Что сказал Лавров о Зеленском?", "selenskyj"], ["Что Путин сказал про Зеленского?", "selenskyj"]] as const) {
      const terms = parseQuery(q, engine.index.analyzer, engine.lexicon, known).concepts.flatMap((c) => c.alts.map((a) => a.term));
      expect(terms, q).toContain(term);
    }
    // A name the corpus lacks is spelled in the nominative its ending most likely stands for, for the typo fallback.
    expect(latinNames("Что сказали о Захаровой?", engine.index.analyzer, known).question).toBe("Что сказали о Zakharova?");
    expect(latinNames("Что сказал Путин с Захаровым?", engine.index.analyzer, known).question).toBe("Что сказал Putin с Zakharov?");
    // Ukrainian cases: "-ові" (dative), "-і" (locative), "-ою" (instrumental).
    expect(latinNames("Що сказав Путін Трампові?", engine.index.analyzer, known).question).toBe("Що сказав Putin Tramp?");
    expect(latinNames("Коли Путін був у Москві?", engine.index.analyzer, known).question).toBe(latinNames("Коли Путін був у Москве?", engine.index.analyzer, known).question);
    expect(latinNames("Що буде з Україною?", engine.index.analyzer, known).question).toBe(latinNames("Що буде з Україна?", engine.index.analyzer, known).question);
    const a = answer(engine, "Что сказал Путин о Трампе?");
    expect(a.abstained).toBe(false);
    expect(a.results[0]!.passage).toContain("Trump");
  });

  it("GIVEN a question word in a case's shape at the start (Почему → Почем → pochem, the stem of 'pochte') THEN it is read as typed, no nominative", () => {
    expect(latinNames("Почему Киев против?", engine.index.analyzer, known).question).toMatch(/^Почему /);
    const terms = parseQuery("Почему Киев против?", engine.index.analyzer, engine.lexicon, known).concepts.flatMap((c) => c.alts.map((a) => a.term));
    expect(terms).not.toContain("poch");
  });

  it("GIVEN a Russian or Ukrainian question word that transcribes to a German stem (Зачем → Sachem) THEN it is read as typed, no noun", async () => {
    // A corpus that writes "Sache", the stem "Sachem" meets, and "pro-ukrainisch", which "Про" would meet as "pro".
    const local = await engineOf({ "s.txt": "Trump rief Putin an. Die Sache sei ernst, sagte er zur Sache. Die pro-ukrainische Seite schwieg." });
    const localKnown = (term: string) => local.index.df.has(term);
    for (const q of ["Зачем Трамп звонил Путину?", "Навіщо Трамп дзвонив Путіну?", "Сколько солдат?", "Про що говорили Рубіо і Лавров?"]) {
      expect(latinNames(q, local.index.analyzer, localKnown).question, q).toMatch(/^\p{Script=Cyrillic}/u);
      const parsed = parseQuery(q, local.index.analyzer, local.lexicon, localKnown);
      expect(parsed.concepts.filter((c) => c.noun).map((c) => c.label), q).not.toContain("Sachem");
    }
    // A name that opens a question is still read in its German transcription.
    expect(latinNames("Путин сказал что?", local.index.analyzer, localKnown).question).toMatch(/^Putin /);
  });

  it("GIVEN a Russian question whose name the corpus writes as an English word would (Москве → Moskva) THEN the question stays German, its question word no noun", () => {
    const parsed = parseQuery("Что сказал Уиткофф в Москве?", engine.index.analyzer, engine.lexicon, known);
    expect(parsed.language).toBe("de");
    expect(parsed.concepts.filter((c) => c.noun).map((c) => c.label)).not.toContain("Что");
  });

  it("GIVEN the Russian words of a question beside its name THEN none is a noun (none can make the question unknown)", () => {
    const parsed = parseQuery("что сказал лавров о переговорах", engine.index.analyzer, engine.lexicon, known);
    const nouns = parsed.concepts.filter((c) => c.noun).map((c) => c.label);
    expect(nouns.every((label) => !/\p{Script=Cyrillic}/u.test(label))).toBe(true);
  });
});
