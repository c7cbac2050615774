/**
 * One person per person: the spellings of one name are one person with each spelling as alias
 * (src/timeline/discoveryMerge.ts), a byline's next word is no surname (nameRuns.ts), and a noun before a given name
 * does not swallow the name it stands before (discoverActors.ts). Names and sentences are made up.
 */
import { describe, expect, it } from "vitest";
import { generalDictionaries } from "../../src/analysis/lexicon.js";
import type { Article } from "../../src/corpus/types.js";
import { discoverActors } from "../../src/timeline/discoverActors.js";
import { discoveryOptions } from "../../src/timeline/discoveryInput.js";
import { SHORT_FORMS } from "../../src/timeline/givenNames.js";

const options = discoveryOptions({ variants: new Map(), curated: [] }, generalDictionaries());
const article = (text: string, k: number): Article => ({ id: `s${k}`, file: `s${k}.txt`, title: "T", date: "2025-11", meta: { published: "2025-11-20" }, text });
const discover = (...texts: string[]) => discoverActors(texts.map(article), options);
const people = (...texts: string[]) => discover(...texts).map((a) => ({ name: a.name, aliases: a.aliases, evidence: a.evidence }));

describe("discoverActors: the spellings of one name are one person", () => {
  it("GIVEN a short given name beside the full one, with the same surname THEN one person with both full names", () => {
    const found = people(
      "Der US-Heeresstaatssekretär Dan Brackwell habe die Beratungen geleitet.",
      "Man traf sich mit Daniel Brackwell, dem für das Heer zuständigen Staatssekretär.",
      "Daniel Brackwell reiste danach weiter nach Genf.",
    );
    expect(found).toEqual([{ name: "Daniel Brackwell", aliases: ["Dan Brackwell", "Brackwell"], evidence: 3 }]);
  });

  it("GIVEN a masculine and a feminine given name with the same surname THEN two people", () => {
    const found = people("Der Minister Daniel Brackwell sprach.", "Die Ministerin Daniela Brackwell schwieg.").map((p) => p.name);
    expect(found).toEqual(["Daniel Brackwell", "Daniela Brackwell"]);
  });

  it.each([
    ["Julia", "Julian"],
    ["Franz", "Franziska"],
    ["Leon", "Leonie"],
    ["Alex", "Alexandra"],
    ["Sam", "Samantha"],
  ])("GIVEN %s and %s with the same surname (one name feminine, the other not) THEN two people", (short, long) => {
    const found = people(`Die Ministerin ${short} Brackwell sprach.`, `Der Minister ${long} Brackwell schwieg.`, `Der Minister ${long} Brackwell ging.`);
    expect(found.map((p) => p.name).sort()).toEqual([`${short} Brackwell`, `${long} Brackwell`].sort());
  });

  it.each([
    ["Leo", "Leonid"],
    ["Max", "Maxim"],
    ["Anna", "Annalena"],
    ["Mario", "Marion"],
    ["Mark", "Markus"],
  ])("GIVEN %s and %s with the same surname (a name beginning another, no short form of it) THEN two people", (short, long) => {
    const found = people(`Der Minister ${short} Brackwell sprach.`, `Der Minister ${long} Brackwell schwieg.`, `Der Minister ${long} Brackwell ging.`);
    expect(found.map((p) => p.name).sort()).toEqual([`${short} Brackwell`, `${long} Brackwell`].sort());
  });

  it("GIVEN the list of short forms THEN every pair is read, also one at a line's end (Fred, Kate, Sepp)", () => {
    expect(SHORT_FORMS.get("fred")).toEqual(new Set(["frederick"]));
    expect(SHORT_FORMS.get("kate")).toEqual(new Set(["katherine"]));
    expect(SHORT_FORMS.get("sepp")).toEqual(new Set(["josef"]));
    expect(SHORT_FORMS.get("steve")).toEqual(new Set(["steven", "stephen"]));
    expect([...SHORT_FORMS.values()].reduce((n, fulls) => n + fulls.size, 0)).toBe(31);
  });

  it("GIVEN a short form that does not begin its full name (Bill for William) THEN one person", () => {
    const found = people("Der Gesandte Bill Brackwell sprach.", "Der Gesandte William Brackwell schwieg.", "William Brackwell ging.");
    expect(found.map((p) => p.name)).toEqual(["William Brackwell"]);
  });

  it("GIVEN a short given name that begins two full ones THEN no guess: three people", () => {
    const found = people("Berater Alex Brackwell sprach.", "Berater Alexander Brackwell sprach.", "Berater Alexej Brackwell sprach.").map((p) => p.name);
    expect(found).toEqual(["Alex Brackwell", "Alexander Brackwell", "Alexej Brackwell"]);
  });

  it.each([
    ["Dmitrijew / Dmitriew", "Kirill Tomaschijew", "Kirill Tomaschiew"],
    ["Medinski / Medinskij", "Wladimir Kasinski", "Wladimir Kasinskij"],
    ["Umerow / Umerov", "Rustem Pawlow", "Rustem Pavlov"],
  ])("GIVEN a surname transcribed two ways (%s) THEN one person named by the spelling written most", (_, usual, rare) => {
    const found = people(`Der Unterhändler ${usual} sprach.`, `Danach sagte ${usual}, man sei bereit.`, `Der Gesandte ${rare} reiste ab.`);
    expect(found).toEqual([{ name: usual, aliases: [rare, usual.split(" ")[1], rare.split(" ")[1]], evidence: 3 }]);
  });

  it("GIVEN a surname alone in the rarer transcription THEN it joins the person of the usual one", () => {
    const found = people("Der Berater Wladimir Kasinski sprach.", "Der Chefunterhändler Kasinskij teilte mit, man sei bereit.");
    expect(found).toEqual([{ name: "Wladimir Kasinski", aliases: ["Kasinski", "Kasinskij"], evidence: 2 }]);
  });

  it("GIVEN initials with and without dots and spaces THEN one person", () => {
    const found = people("US-Vizepräsident J. D. Brackwell sprach.", "Vizepräsident J.D. Brackwell sprach.", "Senator JD Brackwell schwieg.").map((p) => p.name);
    expect(found).toHaveLength(1);
  });
});

describe("discoverActors: a byline runs into the next word", () => {
  it("GIVEN a byline name followed by a participle of the dictionaries THEN the name ends before it", () => {
    const found = people("Martin Kuhlow Aktualisiert am 20.11.2025, 18:04 Uhr. Die Gespräche in Genf dauern an.");
    expect(found).toEqual([{ name: "Martin Kuhlow", aliases: ["Kuhlow"], evidence: 1 }]);
  });

  it("GIVEN a three-word name whose last word is also a word, written as a surname after a role elsewhere THEN it stays whole", () => {
    expect(people("Die Sprecherin Anna Maria Hart sagte das.", "Ministerin Hart widersprach.").map((p) => p.name)).toEqual(["Anna Maria Hart"]);
  });

  it.each(["Koch", "Fischer"])("GIVEN a double given name before a surname that is also a word (Hans Peter %s) THEN the surname stays", (surname) => {
    const found = people(`Der Sprecher Hans Peter ${surname} sagte das.`, `Danach sagte Hans Peter ${surname}, man sei bereit.`);
    expect(found).toEqual([{ name: `Hans Peter ${surname}`, aliases: [surname], evidence: 2 }]);
  });

  it("GIVEN a byline whose second word is a listed given name the corpus writes as a surname THEN the byline still ends before the participle", () => {
    const found = people("Der Berater Michael Anton sagte das.", "Michael Anton Aktualisiert am 20.11.2025, 18:04 Uhr.").map((p) => p.name);
    expect(found).toEqual(["Michael Anton"]);
  });

  it("GIVEN a byline whose surname is a listed given name THEN it still ends before the participle", () => {
    expect(people("Von Marie Martin Aktualisiert am 20.11.2025, 18:04 Uhr.").map((p) => p.name)).toEqual(["Marie Martin"]);
  });

  it("GIVEN a two-word name whose surname is also a word THEN it stays a name", () => {
    expect(people("Die Sprecherin Allison Hart sagte, man sei bereit.").map((p) => p.name)).toEqual(["Allison Hart"]);
  });
});

describe("discoverActors: a noun before a given name opens no name", () => {
  it.each([
    ["Der Sprecher des Staatsoberhaupts Wladimir Pawlenko sagte das.", "Wladimir Pawlenko"],
    ["Das hatte schon das Team des Vorgängers Olaf Kranich versucht.", "Olaf Kranich"],
    ["Auch der Brite Keir Lindqvist war in Genf.", "Keir Lindqvist"],
  ])("GIVEN %j THEN %s, nothing else", (text, name) => {
    expect(people(text).map((p) => p.name)).toEqual([name]);
  });
});
