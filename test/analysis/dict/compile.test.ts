import { describe, expect, it } from "vitest";
import { compileCapitals } from "../../../src/analysis/dict/compileCapitals.js";
import { compileEnglishGerman, dingVersion, isRegularInflection, parseDingAlternative, tagWeight } from "../../../src/analysis/dict/compileDing.js";
import { compileLemmas, paradigmsOf } from "../../../src/analysis/dict/compileLemmas.js";
import { compileRanks } from "../../../src/analysis/dict/compileRanks.js";
import { splitTopLevel } from "../../../src/analysis/dict/compileText.js";
import { cleanSynset, compileSynsets } from "../../../src/analysis/dict/compileThesaurus.js";

/** A few lines in the format of Ding's de-en file (wording shortened). */
const DING = [
  "# Version :: devel 2023-01-30",
  "Sauerstoff {m} /O/ [chem.] | flüssiger Sauerstoff :: oxygen | liquid oxygen",
  "Gegenvorschlag {m} | Gegenvorschläge {pl} :: counter-proposal; counterproposal | counter-proposals; counterproposals",
  "negoziieren {vt} | negoziierend | negoziiert :: to negotiate | negotiating | negotiated",
  "(über etw. mit jdm.) verhandeln {vi} | verhandelnd | verhandelt :: to negotiate (about; on; for) (with sb.) | negotiating | negotiated",
  "Tarif {m} | über Tarife verhandeln :: tariff | to negotiate tariffs",
  "Regierung {f} [pol.] | Regierungen {pl} | Exilregierung {f} :: government /Gov.; Govt./; administration [Am.] | governments; administrations | government in exile",
  "Dampfmaschine {f} [techn.] [hist.] | Dampfmaschinen {pl} :: steam engine | steam engines",
  "sich gegen etw. stellen {vr}; etw. ablehnen {vt} :: to oppose sth.",
  "Verhandlung {f} | Verhandlungen {pl} | Verhandlungen führen :: negotiation | negotiations | to negotiate; to conduct negotiations",
  "Theorie {f} | Theorien {pl} :: theory | theories",
  "Pestilenz {f} [obs.]; Pest {f} [med.] :: plague",
].join("\n");

describe("Ding → English-German", () => {
  const dict = compileEnglishGerman(DING);

  it("reads the version line", () => {
    expect(dingVersion(DING)).toBe("devel 2023-01-30");
  });

  it("splits on separators outside brackets only", () => {
    expect(splitTopLevel("a {prp; +Dat.}; b (x; y) | c", ";")).toEqual(["a {prp; +Dat.}", "b (x; y) | c"]);
    expect(splitTopLevel("a | b (c | d)", "|")).toEqual(["a", "b (c | d)"]);
  });

  it("drops annotations and placeholders but keeps their tags", () => {
    expect(parseDingAlternative("Sauerstoff {m} [chem.]", "de")).toEqual({ text: "Sauerstoff", tags: ["chem."], grammar: ["m"] });
    expect(parseDingAlternative("(über etw. mit jdm.) verhandeln {vi}", "de").text).toBe("verhandeln");
    expect(parseDingAlternative("etw. ablehnen {vt}", "de").text).toBe("ablehnen");
    expect(parseDingAlternative("sich gegen etw. stellen {vr}", "de").text).toBe("");
    expect(parseDingAlternative("to give sth. up", "en").text).toBe("to give up");
    expect(parseDingAlternative("tranquillity [Br.]", "en")).toMatchObject({ text: "tranquillity", tags: ["Br."] });
  });

  it("weighs rare, regional and colloquial alternatives down", () => {
    expect(tagWeight([])).toBe(1);
    expect(tagWeight(["pol."])).toBe(1);
    expect(tagWeight(["Br."])).toBe(1);
    expect(tagWeight(["zool."])).toBeLessThan(1);
    expect(tagWeight(["obs."])).toBeLessThan(tagWeight(["zool."]));
    expect(tagWeight(["Schw."])).toBeLessThan(tagWeight(["ugs."]));
  });

  it("recognises regular English inflections", () => {
    expect(isRegularInflection("treaties", "treaty")).toBe(true);
    expect(isRegularInflection("negotiating", "negotiate")).toBe(true);
    expect(isRegularInflection("stopped", "stop")).toBe(true);
    expect(isRegularInflection("peace treaties", "peace treaty")).toBe(true);
    expect(isRegularInflection("gives up", "give up")).toBe(true);
    expect(isRegularInflection("accommodates", "accommodate yourself to")).toBe(true);
    expect(isRegularInflection("went", "go")).toBe(false);
    expect(isRegularInflection("peace", "peace treaty")).toBe(false);
  });

  it("builds ranked, annotation-free translations", () => {
    expect(dict.get("oxygen")).toEqual(["Sauerstoff"]);
    expect(dict.get("counter-proposal")).toEqual(["Gegenvorschlag"]);
    expect(dict.get("counterproposal")).toEqual(["Gegenvorschlag"]);
    expect(dict.get("government")).toEqual(["Regierung"]);
    expect(dict.get("administration")).toEqual(["Regierung"]);
    expect(dict.get("government in exile")).toEqual(["Exilregierung"]);
    expect(dict.get("steam engine")).toEqual(["Dampfmaschine"]);
    expect(dict.get("theory")).toEqual(["Theorie"]);
    expect(dict.get("oppose")).toEqual(["ablehnen"]);
    // Used in more lines, "verhandeln" ranks above the rarer "negoziieren", though listed later.
    expect(dict.get("negotiate")).toEqual(["verhandeln", "negoziieren", "Verhandlungen führen"]);
    // Obsolete words rank last.
    expect(dict.get("plague")).toEqual(["Pest", "Pestilenz"]);
  });

  it("leaves out inflected keys, abbreviations and phrases translated only by phrases", () => {
    for (const key of ["negotiate tariffs", "counter-proposals", "negotiating", "negotiated", "theories", "gov.", "govt.", "liquid oxygen", "to negotiate"]) {
      expect(dict.has(key), key).toBe(false);
    }
  });
});

describe("Ding → capitals", () => {
  const GEOGRAPHY = [
    "Rom (Hauptstadt von Italien) [geogr.] :: Rome (capital of Italy)",
    "Washington, D.C. (Hauptstadt der USA) [geogr.] :: Washington, D.C. (capital of the USA)",
    "Tokyo; Tokio (Hauptstadt von Japan) [geogr.] :: Tokyo (capital of Japan)",
    "Brasilia (Hauptstadt Brasiliens) [geogr.] :: Brasilia (capital of Brazil)",
    "London (Hauptstadt von Großbritannien und Nordirland) [geogr.] :: London",
    "Prag (Hauptstadt der Tschechischen Republik) [geogr.] :: Prague",
    "Südaustralien {n} (Bundesstaat Australiens) (Hauptstadt: Adelaide) [geogr.] :: South Australia",
    "Neu Delhi (Hauptstadt von Indien) [geogr.] :: New Delhi (capital of India)",
    "Victoria (Hauptstadt der Seychellen) [geogr.] :: Victoria",
    "Hauptstadt {f} | Hauptstädte {pl} :: capital | capitals",
  ].join("\n");

  it("pairs one-word capitals with one-word countries, as written, from geographic entries only", () => {
    // A genitive loses its "s"; a phrase ("der Tschechischen Republik"), a region named before its capital, a capital
    // of two words and one that is also a common name (Victoria) are left out; of "A und B" the first is kept.
    expect(compileCapitals(GEOGRAPHY)).toEqual([
      ["Brasilia", "Brasilien"],
      ["London", "Großbritannien"],
      ["Rom", "Italien"],
      ["Tokio", "Japan"],
      ["Tokyo", "Japan"],
      ["Washington", "USA"],
    ]);
  });
});

describe("german-pos-dict → lemmas", () => {
  const verbs = {
    sprechen: {
      INF: "sprechen",
      PA1: "sprechend",
      PA2: ["gesprochen"],
      PRÄ: { S: { 1: "spreche", 2: "sprichst", 3: "spricht" }, P: { 1: "sprechen", 2: "sprecht", 3: "sprechen" } },
      PRT: { S: { 1: "sprach", 2: "sprachst", 3: "sprach" }, P: { 1: "sprachen", 2: "spracht", 3: "sprachen" } },
    },
    mitnehmen: { hasPrefix: true, INF: "mitnehmen", PA2: ["mitgenommen"], PRT: { S: { 1: ["nahm", "mit"] } } },
    verscheiden: { INF: "verscheiden", PA2: ["verschieden"] },
    denken: { INF: "denken", PA2: ["gedacht"], PRT: { S: { 1: "dachte" } } },
    gedenken: { INF: "gedenken", PA2: ["gedacht"] },
  };
  const nouns = {
    Bruder: { NOM: { SIN: "Bruder", PLU: "Brüder" }, DAT: { PLU: "Brüdern" }, G: "M" },
    Museum: { NOM: { SIN: "Museum", PLU: "Museen" }, G: "N" },
    "3D-Film": { NOM: { SIN: "3D-Film", PLU: "3D-Filme" }, G: "M" },
  };
  const adjectives = { hoch: { NOM: { DEF: { P: "hohen", M: "hohe", F: "hohe", N: "hohe" } } } };
  const lemmas = compileLemmas([...paradigmsOf(verbs), ...paradigmsOf(nouns), ...paradigmsOf(adjectives)]);

  it("keeps exactly the forms whose stems differ from their lemma's", () => {
    expect(Object.fromEntries(lemmas)).toEqual({
      sprichst: "sprechen",
      spricht: "sprechen",
      sprecht: "sprechen",
      sprach: "sprechen",
      sprachst: "sprechen",
      spracht: "sprechen",
      sprachen: "sprechen",
      sprechend: "sprechen",
      gesprochen: "sprechen",
      mitgenommen: "mitnehmen",
      mitnahm: "mitnehmen",
      museen: "museum",
      hohen: "hoch",
      hohe: "hoch",
      dachte: "denken",
    });
  });

  it("leaves out forms of several lemmas with different stems, and unrelated adjective senses", () => {
    expect(lemmas.has("gedacht")).toBe(false);
    expect(lemmas.has("verschieden")).toBe(false);
  });
});

describe("OpenThesaurus → synsets", () => {
  const DAT = [
    "UTF-8",
    "kernkraftwerk|1",
    "-|AKW|Atomkraftwerk|Kernkraftwerk|Meiler (fig.)|Kraftwerk (Oberbegriff)",
    "akw|2",
    "-|AKW|Atomkraftwerk|Kernkraftwerk|Meiler (fig.)|Nuklearanlage (Oberbegriff)",
    "-|Akw (ugs.)|AKW",
    "lachen|1",
    "-|lachen (Hauptform)|(sich) kaputtlachen (ugs.)|... ist zum Lachen",
  ].join("\n");

  it("keeps synset members only, main form first, annotations dropped, each synset once", () => {
    expect(compileSynsets(DAT)).toEqual([
      ["AKW", "Atomkraftwerk", "Kernkraftwerk", "Meiler"],
      ["Akw", "AKW"],
      ["lachen", "kaputtlachen"],
    ]);
  });

  it("drops synsets too small or too large", () => {
    expect(cleanSynset(["Wort"])).toBeNull();
    expect(cleanSynset(Array.from({ length: 13 }, (_, i) => `Wort${String.fromCharCode(97 + i)}`))).toBeNull();
  });
});

describe("zxcvbn-ts lists → general German ranks", () => {
  it("merges the lists by each word's best place, folds, drops what is not a word of letters, ties by word", () => {
    const lists = { wikipedia: ["der", "und", "Über", "2024", "straße", "apfel"], commonWords: ["ich", "der", "apfel", "o'neill", "zebra"] };
    expect(compileRanks(lists)).toEqual(["der", "ich", "und", "apfel", "uber", "strasse", "zebra"]);
  });
});
