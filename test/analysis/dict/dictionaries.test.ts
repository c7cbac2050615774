import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { germanStem } from "../../../src/analysis/germanStemmer.js";
import { describe, expect, it } from "vitest";
import {
  capitalsAndCountries,
  capitalsOfCountries,
  dictionaryDir,
  englishToGerman,
  germanLemmas,
  germanRanks,
  germanSynsets,
  synsetsByWord,
} from "../../../src/analysis/dict/dictionaries.js";
import {
  indexSynsets,
  parseEnglishGerman,
  parseCapitals,
  parseGermanLemmas,
  parseRanks,
  parseSynsets,
  SortedLinesMap,
} from "../../../src/analysis/dict/parsers.js";
import { CAPITALS_FILE, EN_DE_FILE, LEMMAS_FILE, RANKS_FILE, MAX_CHARS, MAX_SYNSET_SIZE, MAX_TRANSLATIONS, MAX_WORDS, THESAURUS_FILE } from "../../../src/analysis/dict/lineFormats.js";
import { foldWord } from "../../../src/analysis/normalize.js";

const MB = 1024 * 1024;

/** The index term the analyzer derives through the lemma table: the lemma's stem where there is one. */
function lemmaStem(word: string): string {
  const folded = foldWord(word);
  return germanStem(germanLemmas().get(folded) ?? folded);
}

function synsetsOf(word: string): string[][] {
  return (synsetsByWord().get(foldWord(word)) ?? []).map((i) => [...germanSynsets()[i]!]);
}

function words(s: string): number {
  return s.split(" ").length;
}

describe("data files", () => {
  it("are found next to the loader's source and start with a # line naming source and licence", () => {
    expect(dictionaryDir().replace(/\\/g, "/")).toMatch(/\/src\/analysis\/dict$/);
    const headers = {
      [EN_DE_FILE]: gunzipSync(readFileSync(join(dictionaryDir(), EN_DE_FILE))).toString("utf8").slice(0, 500),
      [LEMMAS_FILE]: readFileSync(join(dictionaryDir(), LEMMAS_FILE), "utf8").slice(0, 500),
      [THESAURUS_FILE]: readFileSync(join(dictionaryDir(), THESAURUS_FILE), "utf8").slice(0, 500),
    };
    expect(headers[EN_DE_FILE]).toMatch(/^# Ding .*GPL-2\.0-or-later/);
    expect(headers[LEMMAS_FILE]).toMatch(/^# LanguageTool german-pos-dict .*CC-BY-SA-4\.0/);
    expect(headers[THESAURUS_FILE]).toMatch(/^# OpenThesaurus .*LGPL-2\.1-or-later/);
  });

  it("stay within their size budgets", () => {
    expect(statSync(join(dictionaryDir(), EN_DE_FILE)).size).toBeLessThan(4 * MB);
    expect(statSync(join(dictionaryDir(), LEMMAS_FILE)).size).toBeLessThan(5 * MB);
    expect(statSync(join(dictionaryDir(), THESAURUS_FILE)).size).toBeLessThan(4 * MB);
  });

  it("all load, with plausible entry counts (the load time is printed, not tested)", () => {
    const start = performance.now();
    const enDe = englishToGerman();
    const lemmas = germanLemmas();
    const synsets = germanSynsets();
    const byWord = synsetsByWord();
    const ms = performance.now() - start;
    console.log(`dictionaries: ${enDe.size} English keys, ${lemmas.size} lemma forms, ${synsets.length} synsets (${byWord.size} words) loaded in ${ms.toFixed(0)} ms`);
    expect(enDe.size).toBeGreaterThan(150_000);
    expect(enDe.size).toBeLessThan(400_000);
    expect(lemmas.size).toBeGreaterThan(40_000);
    expect(lemmas.size).toBeLessThan(150_000);
    expect(synsets.length).toBeGreaterThan(20_000);
    expect(synsets.length).toBeLessThan(60_000);
  });

  it("load once: later calls return the same objects", () => {
    expect(englishToGerman()).toBe(englishToGerman());
    expect(germanLemmas()).toBe(germanLemmas());
    expect(germanSynsets()).toBe(germanSynsets());
    expect(synsetsByWord()).toBe(synsetsByWord());
  });
});

describe("capitalsAndCountries", () => {
  it("loads the shipped file (Ding's geographic entries): a capital's country and a country's capital, keyed by the folded word", () => {
    expect(readFileSync(join(dictionaryDir(), CAPITALS_FILE), "utf8")).toMatch(/^# Ding .*GPL-2\.0-or-later/);
    const places = capitalsAndCountries();
    expect(places.size).toBeGreaterThan(200);
    expect(places.get("rom")).toEqual(["Italien"]);
    expect(places.get("moskau")).toEqual(["Russland"]);
    expect(places.get("russland")).toContain("Moskau");
    expect(places.get("kiew")).toEqual(["Ukraine"]);
    expect(places.get("washington")).toEqual(["USA"]);
    expect(capitalsAndCountries()).toBe(places);
  });

  it("gives a country's capitals alone, one way (capitalsOfCountries): a capital names no country there", () => {
    const capitals = capitalsOfCountries();
    expect(capitals.get("russland")).toContain("Moskau");
    expect(capitals.get("usa")).toEqual(["Washington"]);
    expect(capitals.has("moskau")).toBe(false);
    expect(Object.fromEntries(parseCapitals("# src\nTokio\tJapan\nTokyo\tJapan\n").ofCountry)).toEqual({ japan: ["Tokio", "Tokyo"] });
    expect(capitalsOfCountries()).toBe(capitals);
  });

  it("rejects a malformed line, naming file and line", () => {
    expect(() => parseCapitals("# src\nRom\tItalien\nparis\tFrankreich\n")).toThrow(/capitals\.de\.tsv:3: expected capital<TAB>country/);
    expect(() => parseCapitals("# src\nPrag\tTschechische Republik\n")).toThrow(/capitals\.de\.tsv:2/);
    expect(Object.fromEntries(parseCapitals("# src\nTokio\tJapan\nTokyo\tJapan\n").bothWays)).toEqual({ tokio: ["Japan"], tokyo: ["Japan"], japan: ["Tokio", "Tokyo"] });
  });
});

describe("germanRanks", () => {
  it("loads the shipped file (zxcvbn-ts's lists): folded words of general German, the commonest first", () => {
    expect(readFileSync(join(dictionaryDir(), RANKS_FILE), "utf8")).toMatch(/^# zxcvbn-ts .*MIT/);
    const ranks = germanRanks();
    expect(ranks.size).toBeGreaterThan(50_000);
    expect(ranks.get("der")).toBeLessThanOrEqual(3);
    // Common words rank before rarer ones; folded ("über" → "uber"); words the lists lack are absent.
    expect(ranks.get("himmel")!).toBeLessThan(ranks.get("waffenruhe")!);
    expect(ranks.get("uber")).toBeLessThan(100);
    expect(ranks.has("über")).toBe(false);
    expect(ranks.has("rippenquallen")).toBe(false);
    expect(germanRanks()).toBe(ranks);
  });

  it("rejects a malformed or repeated line, naming file and line", () => {
    expect(() => parseRanks("# src\nder\nDie\n")).toThrow(/ranks\.de\.txt:3: expected one folded word/);
    expect(() => parseRanks("# src\nder\ndie\nder\n")).toThrow(/ranks\.de\.txt:4: word "der" repeats/);
    expect(Object.fromEntries(parseRanks("# src\nder\ndie\n"))).toEqual({ der: 1, die: 2 });
  });
});

describe("englishToGerman", () => {
  const enDe = () => englishToGerman();

  it("translates general English", () => {
    expect(enDe().get("oxygen")).toContain("Sauerstoff");
    expect(enDe().get("oxygen")![0]).toBe("Sauerstoff");
    expect(enDe().get("theory")![0]).toBe("Theorie");
    expect(enDe().get("percentage")).toContain("Prozentsatz");
    expect(enDe().get("golf club")).toEqual(expect.arrayContaining(["Golfclub", "Golfschläger"]));
    expect(enDe().get("counter-proposal")).toContain("Gegenvorschlag");
    expect(enDe().get("counterproposal")).toContain("Gegenvorschlag");
    expect(enDe().get("steam engine")![0]).toBe("Dampfmaschine");
    expect(enDe().get("plague")).toContain("Pest");
    expect(enDe().get("ceasefire")).toContain("Waffenruhe");
    expect(enDe().get("government")![0]).toBe("Regierung");
    expect(enDe().get("negotiate")).toContain("verhandeln");
  });

  it("has uninflected keys: verbs without 'to', no regular plurals or -ing forms from inflection lines", () => {
    expect(enDe().get("say")).toContain("sagen");
    expect(enDe().has("to say")).toBe(false);
    expect(enDe().has("negotiating")).toBe(false);
    expect(enDe().has("counter-proposals")).toBe(false);
  });

  it("has lower-case keys and short, unique, annotation-free translations", () => {
    let checked = 0;
    for (const [key, list] of enDe()) {
      checked++;
      if (key !== key.toLowerCase() || words(key) > MAX_WORDS || key.length > MAX_CHARS) throw new Error(`bad key ${JSON.stringify(key)}`);
      if (list.length === 0 || list.length > MAX_TRANSLATIONS || new Set(list).size !== list.length) {
        throw new Error(`bad list for ${JSON.stringify(key)}: ${JSON.stringify(list)}`);
      }
      for (const german of list) {
        if (german.length > MAX_CHARS || words(german) > MAX_WORDS || /[{}[\]()<>/]/.test(german)) {
          throw new Error(`bad translation of ${JSON.stringify(key)}: ${JSON.stringify(german)}`);
        }
      }
    }
    expect(checked).toBe(enDe().size);
  });
});

describe("germanLemmas", () => {
  it("maps strong verb forms, irregular plurals and inflected adjectives to folded lemmas", () => {
    const lemmas = germanLemmas();
    expect(lemmas.get("sprach")).toBe("sprechen");
    expect(lemmas.get("gesprochen")).toBe("sprechen");
    expect(lemmas.get("gab")).toBe("geben");
    expect(lemmas.get("flog")).toBe("fliegen");
    expect(lemmas.get("ging")).toBe("gehen");
    expect(lemmas.get("mitnahm")).toBe("mitnehmen");
    expect(lemmas.get("museen")).toBe("museum");
    expect(lemmas.get("hohen")).toBe("hoch");
  });

  it("gives every form the index term of its lemma, umlaut plurals included (those need no entry)", () => {
    const pairs = [
      ["sprach", "sprechen"],
      ["Brüder", "Bruder"],
      ["Länder", "Land"],
      ["Verträge", "Vertrag"],
      ["Museen", "Museum"],
      ["gab", "geben"],
      ["flog", "fliegen"],
    ];
    for (const [form, lemma] of pairs) expect(lemmaStem(form!), form).toBe(lemmaStem(lemma!));
    expect(germanLemmas().has("bruder")).toBe(false);
  });

  it("only lists forms whose Snowball stem differs from their lemma's", () => {
    for (const [form, lemma] of germanLemmas()) {
      if (!/^[a-z]+$/.test(form) || !/^[a-z]+$/.test(lemma) || germanStem(form) === germanStem(lemma)) {
        throw new Error(`${form} → ${lemma} should not be listed`);
      }
    }
  });

  it("leaves out participles whose adjective sense is unrelated", () => {
    expect(germanLemmas().has("verschieden")).toBe(false);
    expect(germanLemmas().has("bekannt")).toBe(false);
  });
});

describe("germanSynsets and synsetsByWord", () => {
  it("puts Kernkraftwerk and Atomkraftwerk in one synset, spelled as written", () => {
    const shared = synsetsOf("Kernkraftwerk").filter((s) => s.includes("Atomkraftwerk"));
    expect(shared.length).toBeGreaterThan(0);
    expect(shared[0]).toEqual(expect.arrayContaining(["Kernkraftwerk", "Atomkraftwerk", "AKW"]));
    // Broader terms ("Kraftwerk (Oberbegriff)") are not synonyms.
    expect(shared[0]).not.toContain("Kraftwerk");
  });

  it("finds synsets by folded word: umlauts, ß and capitals folded", () => {
    expect(synsetsOf("Waffenruhe").some((s) => s.includes("Feuerpause"))).toBe(true);
    expect(synsetsByWord().get("waffenruhe")).toEqual(synsetsByWord().get(foldWord("Waffenruhe")));
    expect(synsetsOf("Außenminister").length + synsetsOf("größer").length).toBeGreaterThan(0);
  });

  it("has synsets of 2 to 12 annotation-free members, and an index that points into them", () => {
    for (const synset of germanSynsets()) {
      if (synset.length < 2 || synset.length > MAX_SYNSET_SIZE || new Set(synset).size !== synset.length) {
        throw new Error(`bad synset ${JSON.stringify(synset)}`);
      }
      for (const w of synset) if (/[()|]/.test(w) || words(w) > MAX_WORDS) throw new Error(`bad member ${JSON.stringify(w)}`);
    }
    for (const [word, indexes] of synsetsByWord()) {
      for (const i of indexes) {
        if (!germanSynsets()[i]!.some((w) => foldWord(w) === word)) throw new Error(`${word} → ${i}`);
      }
    }
  });
});

describe("parsers", () => {
  it("reject files without the # header", () => {
    expect(() => parseEnglishGerman("oxygen\tSauerstoff\n")).toThrow(/en-de\.tsv\.gz:1: expected a '#' line/);
  });

  it("report the file and line of a malformed English-German line", () => {
    expect(() => parseEnglishGerman("# h\noxygen\tSauerstoff\nTheory\tTheorie\n", "x.tsv")).toThrow(/^x\.tsv:3: /);
    expect(() => parseEnglishGerman("# h\noxygen\t\n")).toThrow(/:2: /);
    expect(() => parseEnglishGerman("# h\noxygen\tSauerstoff||O\n")).toThrow(/:2: /);
    expect(() => parseEnglishGerman("# h\noxygen\ta|b|c|d|e|f|g|h|i\n")).toThrow(/:2: /);
    expect(() => parseEnglishGerman("# h\noxygen\tdas ist zu lang\n")).toThrow(/:2: /);
    expect(() => parseEnglishGerman(`# h\noxygen\t${"x".repeat(MAX_CHARS + 1)}\n`)).toThrow(/:2: /);
  });

  it("require English keys sorted and unique", () => {
    expect(() => parseEnglishGerman("# h\ntheory\tTheorie\noxygen\tSauerstoff\n")).toThrow(/:3: key "oxygen" is out of order/);
    expect(() => parseEnglishGerman("# h\noxygen\tSauerstoff\noxygen\tO\n")).toThrow(/:3: key "oxygen" repeats/);
  });

  it("give a map that behaves like a Map", () => {
    const text = "# h\ngolf club\tGolfclub|Golfschläger\noxygen\tSauerstoff\ntheory\tTheorie\n";
    const map = parseEnglishGerman(text);
    const plain = new Map([
      ["golf club", ["Golfclub", "Golfschläger"]],
      ["oxygen", ["Sauerstoff"]],
      ["theory", ["Theorie"]],
    ]);
    expect(map).toBeInstanceOf(SortedLinesMap);
    expect(map.size).toBe(3);
    expect([...map]).toEqual([...plain]);
    expect([...map.keys()]).toEqual([...plain.keys()]);
    expect([...map.values()]).toEqual([...plain.values()]);
    for (const key of ["golf club", "oxygen", "theory", "golf", "a", "zzz", ""]) {
      expect(map.get(key), key).toEqual(plain.get(key));
      expect(map.has(key), key).toBe(plain.has(key));
    }
    expect(map.get("oxygen")).toBe(map.get("oxygen"));
    const seen: string[] = [];
    map.forEach((value, key) => {
      seen.push(`${key}=${value.join("|")}`);
    });
    expect(seen).toEqual(["golf club=Golfclub|Golfschläger", "oxygen=Sauerstoff", "theory=Theorie"]);
  });

  it("check lemma lines: folded words, no repeats, form differs from lemma", () => {
    expect(parseGermanLemmas("# h\nsprach\tsprechen\n").get("sprach")).toBe("sprechen");
    expect(() => parseGermanLemmas("# h\nsprach\tsprechen\nbrüder\tbruder\n", "l.tsv")).toThrow(/^l\.tsv:3: /);
    expect(() => parseGermanLemmas("# h\nSprach\tsprechen\n")).toThrow(/:2: /);
    expect(() => parseGermanLemmas("# h\nsprach\tsprach\n")).toThrow(/:2: form equals lemma/);
    expect(() => parseGermanLemmas("# h\nsprach\tsprechen\nsprach\tsprechen\n")).toThrow(/:3: form "sprach" repeats/);
  });

  it("check synset lines: 2 to 12 members, no repeats", () => {
    expect(parseSynsets("# h\nAKW|Atomkraftwerk|Kernkraftwerk\n")).toEqual([["AKW", "Atomkraftwerk", "Kernkraftwerk"]]);
    expect(() => parseSynsets("# h\nAKW\n")).toThrow(/:2: /);
    expect(() => parseSynsets("# h\nAKW|AKW\n")).toThrow(/:2: a member repeats/);
    expect(() => parseSynsets(`# h\n${Array.from({ length: 13 }, (_, i) => `w${i}`).join("|")}\n`)).toThrow(/:2: /);
  });

  it("index synsets by folded word", () => {
    const index = indexSynsets([
      ["Außenminister", "Chefdiplomat"],
      ["Chefdiplomat", "Größe"],
    ]);
    expect(index.get("aussenminister")).toEqual([0]);
    expect(index.get("chefdiplomat")).toEqual([0, 1]);
    expect(index.get("grosse")).toEqual([1]);
  });
});
