/**
 * Where a name ends when German sentences set two names side by side (subject, then object): "… hatte Präsident
 * Wladimir Putin Kellogg kritisiert" names Putin, not a person "Wladimir Putin Kellogg"; a name the corpus
 * consistently writes in three words ("Recep Tayyip Erdoğan") stays whole.
 */
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/types.js";
import { discoverActors } from "../../src/timeline/discoverActors.js";
import { fold } from "../../src/timeline/discoveryWords.js";
import { GIVEN_NAMES } from "../../src/timeline/givenNames.js";
import { NameRuns } from "../../src/timeline/nameRuns.js";

const article = (text: string, k: number): Article => ({ id: `n${k}`, file: `n${k}.txt`, title: "T", date: "2025-10", meta: { published: "2025-10-17" }, text });
const names = (...texts: string[]) => discoverActors(texts.map(article)).map((a) => a.name);

describe("discoverActors: a name followed by another person's surname", () => {
  it("GIVEN a role, a full name and then the object's surname THEN the full name and the other person, no three-word person", () => {
    const found = names(
      "Kremlchef Wladimir Putin empfing am Montag eine Delegation.",
      "Am Dienstag telefonierte Wladimir Putin mit Ankara.",
      "Der US-Sondergesandte Keith Kellogg reiste nach Kiew.",
      "Zuvor hatte Präsident Wladimir Putin Kellogg als einseitig bezeichnet.",
    );
    expect(found).toEqual(["Keith Kellogg", "Wladimir Putin"]);
  });

  it("GIVEN a given name, a surname and then the object's surname, without a role THEN the same", () => {
    const found = names("Wladimir Putin schwieg dazu.", "Keith Kellogg widersprach am Abend.", "Am Mittwoch hatte Wladimir Putin Kellogg scharf kritisiert.");
    expect(found).toEqual(["Keith Kellogg", "Wladimir Putin"]);
  });

  it("GIVEN a role, a surname and then the object's surname THEN the surname is no given name, there or elsewhere", () => {
    const found = names(
      "Präsident Putin sprach von Fortschritten.",
      "Der Sondergesandte Steve Witkoff landete in Moskau.",
      "Es hieß, dass Präsident Putin Witkoff am Abend empfange.",
      "Danach dankte Putin Trump für den Anruf.",
    );
    expect(found).toEqual(["Putin", "Steve Witkoff"]);
  });

  it("GIVEN a full name and then a noun the sentence goes on with THEN the full name alone", () => {
    const found = names("US-Präsident Donald Trump sagte das am Montag.", "Donald Trump reiste ab.", "Für Moskau bleibt US-Präsident Donald Trump Ansprechpartner.");
    expect(found).toEqual(["Donald Trump"]);
  });

  it.each([
    [["Der türkische Präsident Recep Tayyip Erdoğan empfing die Gäste.", "Recep Tayyip Erdoğan sprach von Frieden."], ["Recep Tayyip Erdoğan"]],
    [["Verteidigungsminister Troels Lund Poulsen sagte das.", "Später nannte Minister Poulsen keine Zahlen."], ["Troels Lund Poulsen"]],
    [["Premierminister Bart De Wever forderte Garantien."], ["Bart De Wever"]],
  ])("GIVEN a name the corpus writes in three words %j THEN it stays whole", (texts, expected) => {
    expect(names(...texts)).toEqual(expected);
  });
});

describe("NameRuns: how many words of a run are the name", () => {
  const runs = (add: (r: NameRuns) => void) => {
    const r = new NameRuns(() => true, (w) => GIVEN_NAMES.has(fold(w)));
    add(r);
    return r;
  };

  it("GIVEN no shorter name standing alone THEN every word", () => {
    const r = runs((r) => r.add(["Recep", "Tayyip", "Erdogan"], "given", 3));
    expect(r.length(["Recep", "Tayyip", "Erdogan"])).toBe(3);
  });

  it("GIVEN the shorter name written more often than the run THEN the run ends before its last word", () => {
    const r = runs((r) => {
      r.add(["Wladimir", "Putin"], "given", 2);
      r.add(["Wladimir", "Putin", "Frieden"], "given");
    });
    expect(r.length(["Wladimir", "Putin", "Frieden"])).toBe(2);
  });

  it("GIVEN the run written at least as often as the shorter name THEN every word, unless the last word is someone else's surname", () => {
    const consistent = runs((r) => {
      r.add(["Maria", "Luisa", "Vega"], "given", 3);
      r.add(["Maria", "Luisa"], "given");
    });
    expect(consistent.length(["Maria", "Luisa", "Vega"])).toBe(3);
    const other = runs((r) => {
      r.add(["Wladimir", "Putin"], "given");
      r.add(["Wladimir", "Putin", "Kellogg"], "role");
      r.add(["Keith", "Kellogg"], "given");
    });
    expect(other.length(["Wladimir", "Putin", "Kellogg"])).toBe(2);
  });

  it("GIVEN a listed given name first THEN a two-word run is never cut to it", () => {
    const r = runs((r) => {
      r.add(["Putin"], "role", 5);
      r.add(["Wladimir", "Putin"], "role");
    });
    expect(r.length(["Wladimir", "Putin"])).toBe(2);
  });

  it("GIVEN a surname first, written alone after roles THEN a two-word run is cut to it; accents do not matter", () => {
    const r = runs((r) => {
      r.add(["Péter", "Szijjártó"], "given");
      r.add(["Szijjarto", "Putin"], "role");
      r.add(["Wladimir", "Putin"], "given");
    });
    expect(r.length(["Szijjarto", "Putin"])).toBe(1);
  });
});
