/**
 * Specification of "the same report": near-duplicate quotes (five-word shingles over the quoted text) merge
 * into one result citing every article; articles that only name the same people and topic do not.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/analysis/lexicon.js";
import { shingles } from "../../src/analysis/similarity.js";
import { DUPLICATE_SCORE_TIE, mergeDuplicates } from "../../src/answer/duplicates.js";
import type { LoadedCore } from "../../src/core/loadCore.js";
import { type Engine, engineFromArticles } from "../../src/search/engine.js";
import { loadSuites } from "../../src/eval/sets.js";
import { CORPUS_DIR, seedCore } from "../fixtures/corpus.js";
import { testArticle } from "../fixtures/engines.js";

const CALL =
  "Der US-Außenminister Marco Rubio und sein russischer Amtskollege Sergej Lawrow haben am Samstag über eine Waffenruhe in der Ukraine telefoniert. Beide Seiten wollen die Gespräche in Saudi-Arabien fortsetzen, teilte das Außenministerium in Washington mit.";
/** The same paragraph as printed by another outlet: a word changed, one added. */
const SYNDICATED =
  "Der US-Außenminister Marco Rubio und sein russischer Kollege Sergej Lawrow haben am Samstag über eine Waffenruhe in der Ukraine telefoniert. Beide Seiten wollen die Gespräche in Saudi-Arabien bald fortsetzen, teilte das Außenministerium in Washington mit.";
/** Same people, same day, same topic, same words, other sentences. */
const SAME_PEOPLE =
  "Mit Sergej Lawrow telefonierte Marco Rubio am Samstag; über die Ukraine und eine Waffenruhe sei gesprochen worden, hieß es aus dem Außenministerium. Gespräche in Saudi-Arabien sollen folgen, sagte der russische Amtskollege des US-Außenministers.";
/** 004's lead repeats its first report further down with a few words changed; so does this one. */
const CALL_AGAIN =
  "Der russische Außenminister Sergej Lawrow und sein US-Amtskollege Marco Rubio haben am Samstag über eine Waffenruhe in der Ukraine telefoniert. Beide Seiten wollen die Gespräche in Saudi-Arabien fortsetzen, teilte das Außenministerium in Washington mit.";
/** A long paragraph: its sentence windows overlap, and one starts with "Es brauche", referring back. */
const G7 =
  "Die Außenminister der G-7-Länder bekräftigen nach einem Treffen in München ihre Unterstützung für die Ukraine. Es brauche jetzt robuste Sicherheitsgarantien für die Ukraine. Bei dem Treffen war auch der ukrainische Außenminister zugegen.";
const FILLER = "In Berlin berieten die Minister am Dienstag über den Haushalt des kommenden Jahres und über neue Straßen.";

let engine: Engine;
beforeAll(async () => {
  const { lexicon } = await loadLexicon(CORPUS_DIR);
  engine = engineFromArticles(
    [
      testArticle("200_call.txt", `date 2025-03\n${CALL}`),
      testArticle("201_syndicated.txt", `date 2025-03\n${SYNDICATED}`),
      testArticle("202_same_people.txt", `date 2025-03\n${SAME_PEOPLE}`),
      testArticle("203_repeat.txt", `date 2025-03\n${CALL}\n\n${FILLER}\n\n${CALL_AGAIN}`),
      testArticle("204_filler.txt", `date 2025-03\n${FILLER}`),
      testArticle("205_g7.txt", `date 2025-03\n${G7}`),
    ],
    lexicon,
  );
});

const passageOf = (file: string, startsWith: string, nth = 0): number => {
  const ids = engine.index.passages.flatMap((p, id) => (`${p.articleId}.txt` === file && p.text.startsWith(startsWith) ? [id] : []));
  expect(ids.length, `${file}: ${startsWith}`).toBeGreaterThan(nth);
  return ids[nth]!;
};
const candidate = (id: number, score: number, window: { start: number; end: number } | null = null) => ({ id, score, window });
const files = (group: { primary: { id: number }; others: Array<{ id: number }> }) =>
  [group.primary, ...group.others].map((c) => engine.index.passages[c.id]!.articleId);

describe("GIVEN quotes of two different articles", () => {
  it("WHEN one is a syndicated copy of the other (a word changed, one added) THEN they merge into one group citing both", () => {
    const groups = mergeDuplicates(engine.index, [candidate(passageOf("200_call.txt", "Der US"), 0.9), candidate(passageOf("201_syndicated.txt", "Der US"), 0.8)], 5);
    expect(groups).toHaveLength(1);
    expect(files(groups[0]!)).toEqual(["200_call", "201_syndicated"]);
  });

  it("WHEN both name the same people, day and topic in their own sentences THEN they stay two results", () => {
    const groups = mergeDuplicates(engine.index, [candidate(passageOf("200_call.txt", "Der US"), 0.9), candidate(passageOf("202_same_people.txt", "Mit Sergej"), 0.8)], 5);
    expect(groups.map(files)).toEqual([["200_call"], ["202_same_people"]]);
  });

  it("WHEN the shorter quote has fewer than seven words in common THEN they do not merge (too short to judge)", () => {
    const call = passageOf("200_call.txt", "Der US");
    const copy = passageOf("201_syndicated.txt", "Der US");
    const text = engine.index.articleById.get("200_call")!.text;
    const shortWindow = { start: text.indexOf("Marco Rubio"), end: text.indexOf("Marco Rubio") + "Marco Rubio und sein".length };
    const groups = mergeDuplicates(engine.index, [candidate(call, 0.9, shortWindow), candidate(copy, 0.8)], 5);
    expect(groups).toHaveLength(2);
  });

  it("WHEN the copy is undated and scores within a tie of a dated one THEN the dated article stays primary", async () => {
    const { lexicon } = await loadLexicon(CORPUS_DIR);
    const local = engineFromArticles([testArticle("210_undated.txt", CALL), testArticle("211_dated.txt", `date 2025-03\n${SYNDICATED}`), testArticle("212.txt", FILLER)], lexicon);
    const undated = local.index.passages.findIndex((p) => p.articleId === "210_undated");
    const dated = local.index.passages.findIndex((p) => p.articleId === "211_dated");
    const groups = mergeDuplicates(local.index, [candidate(undated, 0.9), candidate(dated, 0.9 - DUPLICATE_SCORE_TIE / 2)], 5);
    expect(groups).toHaveLength(1);
    expect(local.index.passages[groups[0]!.primary.id]!.articleId).toBe("211_dated");
  });

  it("WHEN the undated copy scores clearly higher than the dated one THEN it stays primary and cites the dated one", async () => {
    const { lexicon } = await loadLexicon(CORPUS_DIR);
    const local = engineFromArticles([testArticle("210_undated.txt", CALL), testArticle("211_dated.txt", `date 2025-03\n${SYNDICATED}`), testArticle("212.txt", FILLER)], lexicon);
    const undated = local.index.passages.findIndex((p) => p.articleId === "210_undated");
    const dated = local.index.passages.findIndex((p) => p.articleId === "211_dated");
    const groups = mergeDuplicates(local.index, [candidate(undated, 0.9), candidate(dated, 0.86)], 5);
    expect(groups).toHaveLength(1);
    expect(local.index.passages[groups[0]!.primary.id]!.articleId).toBe("210_undated");
    expect(groups[0]!.others.map((o) => local.index.passages[o.id]!.articleId)).toEqual(["211_dated"]);
  });
});

describe("GIVEN quotes of one article", () => {
  it("WHEN their windows overlap THEN the second is dropped (never the same quote twice, and no self-citation)", () => {
    const id = passageOf("200_call.txt", "Der US");
    const text = engine.index.articleById.get("200_call")!.text;
    const end = text.indexOf("telefoniert.") + "telefoniert.".length;
    const groups = mergeDuplicates(engine.index, [candidate(id, 0.9, { start: 0, end }), candidate(id, 0.5, { start: 0, end: text.length })], 5);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.others).toEqual([]);
  });

  it("WHEN the better-ranked quote starts with \"Es brauche\" and an overlapping one also holds the sentence it refers to THEN the group shows that one at the better rank", () => {
    const id = passageOf("205_g7.txt", "Die Außenminister");
    const text = engine.index.articleById.get("205_g7")!.text;
    const es = text.indexOf("Es brauche");
    const treffen = text.indexOf("Bei dem Treffen");
    const dangling = candidate(id, 0.9, { start: es, end: text.length });
    const resolved = candidate(id, 0.7, { start: text.indexOf("Die Außenminister"), end: treffen - 1 });
    const groups = mergeDuplicates(engine.index, [dangling, resolved], 5);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.primary).toEqual({ ...resolved, score: 0.9 });
    expect(groups[0]!.others).toEqual([]);
  });

  it("WHEN the article repeats a paragraph almost word for word further down THEN only the first is kept", () => {
    const first = passageOf("203_repeat.txt", "Der US", 0);
    const again = passageOf("203_repeat.txt", "Der russische");
    const filler = passageOf("203_repeat.txt", "In Berlin");
    const groups = mergeDuplicates(engine.index, [candidate(first, 0.9), candidate(filler, 0.6), candidate(again, 0.5)], 5);
    expect(groups.map((g) => g.primary.id)).toEqual([first, filler]);
    expect(groups[0]!.others).toEqual([]);
  });
});

describe("GIVEN the seed corpus and every eval question", () => {
  let core: LoadedCore;
  beforeAll(async () => {
    core = await seedCore();
  });

  it("THEN every \"auch in …\" article prints at least one five-word run of the quote", async () => {
    const questions = (await loadSuites()).suites.filter((s) => s.corpus === "seed").flatMap((s) => s.cases.map((c) => c.q));
    expect(questions.length).toBeGreaterThan(25);
    const dishonest: string[] = [];
    let references = 0;
    for (const q of questions) {
      for (const r of core.ask(q).results) {
        const quoted = shingles(r.quote);
        for (const other of r.alsoIn) {
          references++;
          const printed = shingles(core.engine.index.articleById.get(other.articleId)!.text);
          if (![...quoted].some((s) => printed.has(s))) dishonest.push(`${q} → ${r.file} also in ${other.file}: ${r.quote.slice(0, 60)}`);
        }
      }
    }
    expect(references).toBeGreaterThan(10);
    expect(dishonest).toEqual([]);
  });
});
