/**
 * Actor discovery scans word ids in typed arrays instead of token objects and strings: it must find exactly what it
 * found before (the reference, test/timeline/discoverActorsBefore.ts), on random texts made of the pieces its rules
 * look at and on the corpora.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticArticles } from "../../bench/synthetic.js";
import { generalDictionaries } from "../../src/analysis/lexicon.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import type { Article } from "../../src/corpus/types.js";
import { loadActors } from "../../src/timeline/actorsFile.js";
import { discoverActors } from "../../src/timeline/discoverActors.js";
import { discoveryOptions } from "../../src/timeline/discoveryInput.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";
import { TIMELINE_CORPUS_DIR } from "../fixtures/timelineCorpus.js";
import { discoverActors as discoverActorsBefore } from "./discoverActorsBefore.js";

const curated = (() => {
  const loaded = loadActors(`${CORPUS_DIR}/actors.json`);
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.actors;
})();
const options = discoveryOptions({ variants: new Map([["umerov", "umerow"], ["umjerow", "umerow"], ["lavrov", "lawrow"]]), curated }, generalDictionaries());

/** Words and separators of the rules: roles, given names, surnames, initials, determiners, adjectives, places, nouns, punctuation. */
const PIECES = [
  "Verteidigungsminister", "Verteidigungsministers", "Kremlberater", "US-Vizepräsident", "Präsidenten", "Sondergesandte", "Sondergesandter",
  "Außenbeauftragte", "Chef", "Kollege", "Journalisten", "Regierungschef", "Ministerin", "Rustem", "Umerow", "Umerov", "Umjerow", "Juri",
  "Uschakow", "Kirill", "Dmitrijew", "JD", "J.D.", "J. D.", "Vance", "Recep", "Tayyip", "Erdoğan", "Lawrow", "Sergej", "Peskow", "Orbán",
  "Viktor", "Kramp-Karrenbauer", "O'Brien", "McCaul", "Ungarns", "Russlands", "Moskau", "Kreml", "Regierung", "Freiheit", "Partnerschaft",
  "Auskunft", "Montag", "Mai", "der", "die", "des", "den", "dem", "ein", "Der", "Die", "von", "mit", "laut", "ukrainische", "ukrainischen",
  "russischer", "früherer", "gehörte", "sagte", "umerow", "uschakow", "und", "Staatsfonds", "RDIF", "Trump", "Putins", "Schwiegersohn",
  "Jared", "Kushner", "Dan", "Daniel", "Daniela", "Driscoll", "Dmitriew", "Medinski", "Medinskij", "Wladimir", "Martin", "Aktualisiert", "Brite", "Keir", "Staatsoberhaupts", "7", "2025", ",", ".", ";", ":", ")", "(", "„", "“", "-", "’", "\n\n", "\n",
];
/** Whole phrases the rules are written for, so that random texts reach every rule often. */
const PHRASES = [
  "Kirill Dmitrijew, Chef des russischen Staatsfonds RDIF", "den Schwiegersohn von Trump, Jared Kushner", "der ukrainische Verteidigungsminister Rustem Umerow",
  "Ungarns Regierungschef Viktor Orbán", "Kremlberater Uschakow", "Dmitrijew, der Sondergesandte Putins", "des ukrainischen Verteidigungsministers Umerow",
  "gehörte Kremlberater Juri Uschakow", "die EU-Außenbeauftragte Kaja Kallas", "Recep Tayyip Erdoğan", "US-Vizepräsident JD Vance",
  "früherer Minister Sergej Lawrow", "den Journalisten Auskunft", "dem Sondergesandten Steve Witkoff",
  // Two names side by side, subject and object (nameRuns.ts): the first name ends before the second.
  "hatte Präsident Sergej Lawrow Kushner", "dass Kremlberater Uschakow Vance",
  // Spellings of one person (discoveryMerge.ts).
  "Heeresstaatssekretär Dan Driscoll", "Daniel Driscoll, der Staatssekretär", "Kirill Dmitriew", "Berater Wladimir Medinskij", "Kremlberater Medinski",
  // A byline's next word (nameRuns.ts); a noun before a given name (discoverActors.ts).
  "Martin Küper Aktualisiert am", "des Staatsoberhaupts Wladimir Medinski", "der Brite Keir Lindqvist",
];
const SEPARATORS = [" ", " ", " ", "", "\n", "  ", "\t"];

const article = (text: string, k: number, published: string): Article => ({
  id: `r${k}`, file: `r${k}.txt`, title: "T", date: published.slice(0, 7), meta: { published }, text,
});
const same = (articles: Article[]) => expect(JSON.stringify(discoverActors(articles, options))).toBe(JSON.stringify(discoverActorsBefore(articles, options)));

describe("discoverActors equals the implementation before word ids", () => {
  it("GIVEN random articles of names, roles, determiners, places and punctuation THEN the same actors", () => {
    const text = fc.array(fc.tuple(fc.oneof({ arbitrary: fc.constantFrom(...PIECES), weight: 4 }, { arbitrary: fc.constantFrom(...PHRASES), weight: 1 }), fc.constantFrom(...SEPARATORS)), { maxLength: 60 }).map((parts) => parts.map(([w, s]) => w + s).join(""));
    const day = fc.constantFrom("2025-02-18", "2025-03-11", "2025-05-16", "2025-08-15");
    fc.assert(
      fc.property(fc.array(fc.tuple(text, day), { minLength: 1, maxLength: 8 }), (texts) => {
        same(texts.map(([t, d], k) => article(t, k, d)));
      }),
      { numRuns: 1_500 },
    );
  });

  it("GIVEN random Unicode texts THEN the same actors", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 80 }), { minLength: 1, maxLength: 4 }), (texts) => {
        same(texts.map((t, k) => article(t, k, "2025-03-12")));
      }),
      { numRuns: 500 },
    );
  });

  it("GIVEN the seed corpus, the timeline corpus and 400 synthetic articles THEN the same actors", async () => {
    const seed = (await loadCorpus(CORPUS_DIR)).articles;
    const timeline = (await loadCorpus(TIMELINE_CORPUS_DIR)).articles;
    same(seed);
    same(timeline);
    same([...seed, ...timeline, ...syntheticArticles(400)]);
    // Texts of both corpora in one article each: names across article boundaries do not exist.
    const joined = [...readdirSync(TIMELINE_CORPUS_DIR)].filter((n) => n.endsWith(".txt")).map((n) => readFileSync(path.join(TIMELINE_CORPUS_DIR, n), "utf8"));
    same([article(joined.join("\n\n"), 0, "2025-06-01")]);
  });
});
