import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileActorMatcher } from "../../src/timeline/actorMatch.js";
import { editDistance, prefixDistance } from "../../src/analysis/similarity.js";
import { foldName, skeleton } from "../../src/timeline/nameFolding.js";
import { type Actor, loadActors, parseActors } from "../../src/timeline/actorsFile.js";

const loaded = loadActors("corpus/actors.json");
if (!loaded.ok) throw new Error(loaded.error);
const actors: Actor[] = loaded.actors;
const matcher = compileActorMatcher(actors);

/** "actorId:via:matched text" for compact assertions. */
function found(text: string, date?: string): string[] {
  return matcher.mentions(text, date).map((m) => `${m.actorId}:${m.via}:${text.slice(m.start, m.end)}`);
}
const ids = (text: string, date?: string) => matcher.mentions(text, date).map((m) => m.actorId);

describe("folding and distance helpers", () => {
  it("GIVEN German and typographic variants THEN they fold to one key", () => {
    expect(foldName("  Außenminister  Sergej\u00A0Lawrow ")).toBe("aussenminister sergej lawrow");
    expect(foldName("Pra\u0308sident")).toBe(foldName("Präsident"));
    expect(foldName("Putin\u2019s")).toBe("putin's");
  });

  it("GIVEN transliterations THEN their skeletons coincide", () => {
    expect(skeleton("Selenskyj")).toBe(skeleton("Zelenskyy"));
    expect(skeleton("Lawrow")).toBe(skeleton("Lavrov"));
    expect(skeleton("Kelog")).toBe(skeleton("Kellogg"));
    expect(skeleton("Merz")).not.toBe(skeleton("März"));
  });

  it("GIVEN a transposition THEN it costs one edit", () => {
    expect(editDistance("selenksyj", "selenskyj")).toBe(1);
    expect(editDistance("lawro", "lawrow")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("GIVEN a misspelt beginning THEN its distance to the closest prefix is small", () => {
    expect(prefixDistance("selnsk", "selenskyj")).toBe(1);
    expect(prefixDistance("xyz", "selenskyj")).toBe(3);
  });
});

describe("mentions: names and spellings", () => {
  it("GIVEN English and German spellings THEN each maps to the same actor", () => {
    expect(ids("Lavrov met Rubio.")).toEqual(["lawrow", "rubio"]);
    expect(ids("Zelensky, Zelenskyy, Zelenskiy, Selenskij und Selenskyj")).toEqual(Array(5).fill("selenskyj"));
    expect(ids("Kremlin spokesman Dmitry Peskov said")).toEqual(["peskow"]);
    expect(ids("Peskow")).toEqual(["peskow"]);
    expect(ids("Sybiga und Palisa")).toEqual(["sybiha", "palissa"]);
    expect(ids("Путин и Лавров")).toEqual(["putin", "lawrow"]);
  });

  it("GIVEN a full name THEN one mention spans first and last name", () => {
    expect(found("Der Präsident Wladimir Putin sagte")).toEqual(["putin:alias:Wladimir Putin"]);
  });

  it("GIVEN upper case or diacritics THEN matching is insensitive to them", () => {
    expect(ids("PUTIN UND SELENSKYJ")).toEqual(["putin", "selenskyj"]);
    expect(found("der russische Aussenminister")).toEqual(["lawrow:role:russische Aussenminister"]);
  });

  it("GIVEN genitive endings THEN the inflected name counts and the span covers it", () => {
    expect(found("Putins Antwort")).toEqual(["putin:alias:Putins"]);
    expect(found("Lawrows Worte")).toEqual(["lawrow:alias:Lawrows"]);
    expect(found("Selenskyjs Kritik")).toEqual(["selenskyj:alias:Selenskyjs"]);
    expect(found("Merz' Kurs")).toEqual(["merz:alias:Merz'"]);
    expect(found("Putin\u2019s answer")).toEqual(["putin:alias:Putin\u2019s"]);
  });

  it("GIVEN a name in a hyphen compound THEN it counts", () => {
    expect(found("die Putin-Regierung")).toEqual(["putin:alias:Putin"]);
    expect(found("die Trump-Administration")).toEqual(["trump:alias:Trump"]);
    expect(found("Anti-Trump-Proteste")).toEqual(["trump:alias:Trump"]);
    expect(found("Kreml-Sprecher Peskow")).toEqual(["peskow:role:Kreml-Sprecher", "peskow:alias:Peskow"]);
  });

  it("GIVEN a name inside a longer word THEN there is no match", () => {
    expect(ids("Rubiosa, Merzig, Trumpf, Putinismus, Waltzer, Startmerkmal, Montmerzy")).toEqual([]);
    expect(ids("Im März")).toEqual([]);
    expect(ids("Rasputin, Kommerz und E-Kommerz")).toEqual([]);
  });

  it("GIVEN invisible or decomposed characters THEN offsets still point into the original text", () => {
    const text = "Der ukrainische Pra\u0308sident \u200BSelenskyj";
    expect(found(text)).toEqual(["selenskyj:role:ukrainische Pra\u0308sident", "selenskyj:alias:Selenskyj"]);
  });

  it("GIVEN only a first name THEN nothing matches (first names are ambiguous)", () => {
    expect(ids("Olaf hat wirklich sehr geholfen")).toEqual([]);
  });
});

describe("mentions: role titles", () => {
  it("GIVEN an unambiguous role THEN it names its holder, also inflected", () => {
    expect(found("Der russische Außenminister reiste ab", "2025-03")).toEqual(["lawrow:role:russische Außenminister"]);
    expect(found("mit dem russischen Präsidenten", "2025-03")).toEqual(["putin:role:russischen Präsidenten"]);
    expect(found("Der ukrainische Präsident lobt", "2025-02")).toEqual(["selenskyj:role:ukrainische Präsident"]);
    expect(found("Kreml-Chef", "2025-02")).toEqual(["putin:role:Kreml-Chef"]);
    expect(found("NATO-Generalsekretär", "2025-02")).toEqual(["rutte:role:NATO-Generalsekretär"]);
    expect(found("des britischen Premierministers", "2025-03")).toEqual(["starmer:role:britischen Premierministers"]);
    expect(found("US-Chefdiplomat", "2025-03")).toEqual(["rubio:role:US-Chefdiplomat"]);
  });

  it("GIVEN an ambiguous title THEN no actor is attributed", () => {
    expect(ids("Der Außenminister sagte", "2025-03")).toEqual([]);
    expect(ids("Der US-Sondergesandte sagte", "2025-03")).toEqual([]);
    expect(ids("der nationale Sicherheitsberater sagte", "2025-03")).toEqual([]);
    expect(ids("Präsident sagte", "2025-03")).toEqual([]);
  });

  it("GIVEN a role outside its period THEN it does not match; without a date any single holder counts", () => {
    expect(ids("US-Präsident", "2025-03")).toEqual(["trump"]);
    expect(ids("US-Präsident", "2023-06")).toEqual([]);
    expect(ids("US-Präsident")).toEqual(["trump"]);
  });

  it("GIVEN a title held by successive actors THEN the date decides, and an overlap month is ambiguous", () => {
    expect(ids("Bundeskanzler", "2025-02")).toEqual(["scholz"]);
    expect(ids("Bundeskanzler", "2025-06")).toEqual(["merz"]);
    expect(ids("Bundeskanzler", "2025-05")).toEqual([]);
    expect(ids("Bundeskanzler", "2025-05-05")).toEqual(["scholz"]);
    expect(ids("Bundeskanzler")).toEqual([]);
  });

  it("GIVEN 'Ex-', 'frühere' or 'künftige' before a role THEN it is somebody else's", () => {
    expect(ids("Ex-US-Präsident", "2025-03")).toEqual([]);
    expect(ids("der frühere Bundeskanzler", "2025-06")).toEqual([]);
    expect(ids("der künftige Bundeskanzler", "2025-02")).toEqual([]);
    expect(ids("Noch-Bundeskanzler", "2025-02")).toEqual(["scholz"]);
  });

  it("GIVEN an institution that starts like a role THEN it is not a person", () => {
    expect(ids("teilte das US-Außenministerium mit", "2025-03")).toEqual([]);
    expect(ids("die US-Außenministerin", "2025-03")).toEqual([]);
  });

  it("GIVEN a malformed date THEN it is treated as no date instead of failing", () => {
    expect(ids("Putin und Bundeskanzler", "März 2025")).toEqual(["putin"]);
    expect(ids("US-Präsident", "2023-6")).toEqual(["trump"]);
  });
});

describe("resolve: a user's query", () => {
  const resolved = (q: string) => {
    const r = matcher.resolve(q);
    return r.ok ? r.actor.id : `${r.code}:${r.suggestions.join("|")}`;
  };

  it("GIVEN exact names, aliases or inflections THEN the actor is found", () => {
    expect(resolved("Lavrov")).toBe("lawrow");
    expect(resolved("  putin ")).toBe("putin");
    expect(resolved("Putins")).toBe("putin");
    expect(resolved("Wolodymyr Selenskyj")).toBe("selenskyj");
    expect(resolved("Peskov")).toBe("peskow");
    expect(matcher.resolve("Lavrov")).toMatchObject({ ok: true, match: "exact" });
  });

  it("GIVEN typos, truncations and missing diacritics THEN the actor is still found", () => {
    expect(resolved("Lawro")).toBe("lawrow");
    expect(resolved("Zelenski")).toBe("selenskyj");
    expect(resolved("selensky")).toBe("selenskyj");
    expect(resolved("Sélenskyj")).toBe("selenskyj");
    expect(resolved("Selenksyj")).toBe("selenskyj");
    expect(resolved("Lavrow")).toBe("lawrow");
    expect(resolved("Kelog")).toBe("kellogg");
    expect(resolved("Meloney")).toBe("meloni");
    expect(matcher.resolve("Meloney")).toMatchObject({ ok: true, match: "fuzzy" });
  });

  it("GIVEN a distinctive first name THEN it resolves; a shared one asks", () => {
    expect(resolved("Olaf")).toBe("scholz");
    expect(resolved("Mike")).toBe("unknown_actor:Michael McCaul|Mike Waltz");
  });

  it("GIVEN an unambiguous role title THEN its holder is found; a shared title lists the holders", () => {
    expect(resolved("Kreml-Sprecher")).toBe("peskow");
    expect(resolved("NATO-Generalsekretär")).toBe("rutte");
    expect(resolved("Bundeskanzler")).toBe("unknown_actor:Friedrich Merz|Olaf Scholz");
  });

  it("GIVEN an empty query THEN the code is 'empty'", () => {
    expect(matcher.resolve("")).toEqual({ ok: false, code: "empty", suggestions: [] });
    expect(matcher.resolve("  „ “ ")).toEqual({ ok: false, code: "empty", suggestions: [] });
  });

  it("GIVEN a word that merely resembles a name THEN it is not resolved but the closest names are suggested", () => {
    const r = matcher.resolve("März");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe("unknown_actor");
      expect(r.suggestions[0]).toBe("Friedrich Merz");
      expect(r.suggestions.length).toBeLessThanOrEqual(5);
    }
  });

  it("GIVEN two letters shared by several names THEN they are offered, not guessed", () => {
    const r = matcher.resolve("Ma");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.suggestions).toEqual(expect.arrayContaining(["Marco Rubio", "Mark Rutte", "Emmanuel Macron"]));
  });

  it("GIVEN a name that starts like somebody's first name THEN it is not that person, nor suggested", () => {
    expect(resolved("Dmitrijew")).toBe("unknown_actor:");
    expect(resolved("Dmitriev")).toBe("unknown_actor:");
  });

  it("GIVEN a name that shares letters with others THEN they are not offered as a match", () => {
    expect(resolved("Medinski")).toBe("unknown_actor:");
  });

  it("GIVEN an actor's id as autocomplete sends it THEN that actor", () => {
    expect(resolved("mccaul")).toBe("mccaul");
    expect(matcher.resolve("palissa")).toMatchObject({ ok: true, match: "exact" });
  });

  it("GIVEN nothing similar THEN there are no suggestions", () => {
    expect(matcher.resolve("xyzzy")).toEqual({ ok: false, code: "unknown_actor", suggestions: [] });
  });
});

describe("suggest: closest display names", () => {
  it("GIVEN misspellings THEN the intended person comes first", () => {
    expect(matcher.suggest("Lavrow")[0]).toBe("Sergej Lawrow");
    expect(matcher.suggest("Kelog")[0]).toBe("Keith Kellogg");
    expect(matcher.suggest("Meloney")[0]).toBe("Giorgia Meloni");
    expect(matcher.suggest("Pesckow")[0]).toBe("Dmitri Peskow");
  });

  it("GIVEN any query THEN at most five names come back, and a limit is respected", () => {
    expect(matcher.suggest("Ma").length).toBeLessThanOrEqual(5);
    expect(matcher.suggest("Rutin", 2)).toHaveLength(2);
    expect(matcher.suggest("")).toEqual([]);
  });
});

describe("choices: autocomplete", () => {
  const choiceIds = (p: string) => matcher.choices(p).map((c) => c.id);

  it("GIVEN an empty prefix THEN every actor is listed alphabetically by display name", () => {
    const all = matcher.choices("");
    expect(all.length).toBe(Math.min(25, actors.length));
    expect(all.map((c) => c.name)).toEqual([...actors.map((a) => a.name)].sort((a, b) => a.localeCompare(b, "de")));
    expect(all[0]).toEqual({ id: "sybiha", name: "Andrij Sybiha" });
  });

  it("GIVEN the start of an alias THEN that actor comes first", () => {
    expect(choiceIds("Sel")[0]).toBe("selenskyj");
    expect(choiceIds("Zel")[0]).toBe("selenskyj");
    expect(choiceIds("lav")[0]).toBe("lawrow");
    expect(choiceIds("Peskov")).toEqual(["peskow"]);
  });

  it("GIVEN a prefix of a display name and of another actor's alias THEN the display-name match ranks first", () => {
    expect(choiceIds("Ma").slice(0, 3)).toEqual(["rubio", "rutte", "macron"]);
  });

  it("GIVEN a substring THEN it is found after prefix matches", () => {
    expect(choiceIds("enskyj")).toContain("selenskyj");
  });

  it("GIVEN part of a role title THEN its holders are offered", () => {
    expect(choiceIds("Kreml").sort()).toEqual(["peskow", "putin"]);
  });

  it("GIVEN a misspelt prefix THEN fuzzy matching still offers the actor", () => {
    expect(choiceIds("Selnsk")).toContain("selenskyj");
    expect(choiceIds("Lavrw")).toContain("lawrow");
  });

  it("GIVEN nonsense THEN nothing is offered", () => {
    expect(matcher.choices("qqqq")).toEqual([]);
  });

  it("GIVEN more than 25 matching actors THEN only 25 are returned", () => {
    const many = parseActors({
      version: 1,
      actors: Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, name: `Person ${String(i).padStart(2, "0")}` })),
    });
    if (!many.ok) throw new Error(many.error);
    const m = compileActorMatcher(many.actors);
    expect(m.choices("")).toHaveLength(25);
    expect(m.choices("Pers")).toHaveLength(25);
  });
});

describe("coverage of the corpus", () => {
  const dir = "corpus";
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      return { file: f, text, date: /^\s*date (\d{4}-\d{2}(?:-\d{2})?)/u.exec(text)?.[1] };
    });

  it("GIVEN the five corpus files THEN they are all read", () => {
    expect(articles).toHaveLength(5);
    expect(articles.filter((a) => a.date === undefined).map((a) => a.file)).toEqual(["001_c8bbdfa5d8bd8dbb.txt"]);
  });

  it("GIVEN every article THEN every actor in the actors file is mentioned at least once", () => {
    const seen = new Set(articles.flatMap((a) => matcher.mentions(a.text, a.date).map((m) => m.actorId)));
    expect(actors.map((a) => a.id).filter((id) => !seen.has(id))).toEqual([]);
  });

  /** How each person is written in the corpus → the actor it must resolve to. */
  const SURNAMES: Record<string, string> = {
    Rubio: "rubio",
    Lawrow: "lawrow",
    Putin: "putin",
    Putins: "putin",
    Selenskyj: "selenskyj",
    Selenskij: "selenskyj",
    Trump: "trump",
    Kellogg: "kellogg",
    Waltz: "waltz",
    Witkoff: "witkoff",
    Peskow: "peskow",
    Starmer: "starmer",
    Scholz: "scholz",
    Macron: "macron",
    Meloni: "meloni",
    Merz: "merz",
    Rutte: "rutte",
    Sybiha: "sybiha",
    McCaul: "mccaul",
    Palissa: "palissa",
  };

  it("GIVEN each surname as the corpus writes it THEN every occurrence is covered by a mention of that actor", () => {
    for (const [surname, id] of Object.entries(SURNAMES)) {
      const hits = articles.flatMap((a) =>
        [...a.text.matchAll(new RegExp(`(?<!\\p{L})${surname}(?!\\p{L})`, "gu"))].map((m) => ({ a, at: m.index })),
      );
      expect(hits.length, `${surname} occurs in the corpus`).toBeGreaterThan(0);
      for (const { a, at } of hits) {
        const covering = matcher.mentions(a.text, a.date).filter((m) => m.start <= at && at < m.end);
        expect(covering.map((m) => m.actorId), `${surname} at ${a.file}:${at}`).toEqual([id]);
      }
    }
  });

  /** Given names seen in German news; any "<given name> <Surname>" pair in the corpus must be an actor. */
  const GIVEN_NAMES =
    "Andrii Andrij Andriy Annalena Antony Boris Christian Dmitri Dmitrij Dmitry Donald Emmanuel Friedrich Giorgia Jake Joe Jonathan Kaja Keir Keith Kamala Lars Marco Mark Michael Mike Nancy Olaf Pawlo Pavlo Robert Rustem Saul Sergej Sergei Sergey Steve Steven Ursula Wladimir Wolodymyr Volodymyr Xi Juri Jurij Kirill Robert Pete Tulsi JD".split(
      " ",
    );
  /** Persons the corpus names who are deliberately not actors. */
  const NOT_ACTORS = ["Saul Loeb"]; // photo credit "(Quelle: Saul Loeb)", not a participant

  it("GIVEN any '<given name> <Surname>' in the corpus THEN it is an actor's mention or a documented exclusion", () => {
    const re = new RegExp(`(?<!\\p{L})(?:${GIVEN_NAMES.join("|")})\\s+\\p{Lu}[\\p{L}-]+`, "gu");
    const uncovered = new Set<string>();
    for (const a of articles) {
      const ms = matcher.mentions(a.text, a.date).filter((m) => m.via === "alias");
      for (const hit of a.text.matchAll(re)) {
        const end = hit.index + hit[0].length;
        const covered = ms.some((m) => m.start <= hit.index && end <= m.end);
        if (!covered) uncovered.add(hit[0]);
      }
    }
    expect([...uncovered].sort()).toEqual([...NOT_ACTORS].sort());
  });

  it("GIVEN the role-only sentence in the undated article THEN the US foreign minister is still attributed to Rubio", () => {
    const a = articles.find((x) => x.file.startsWith("001_"))!;
    const sentence = "Der US-Außenminister „betonte, dass fortgesetzte Angriffe der Houthis auf das US-Militär nicht toleriert werden“.";
    expect(a.text).toContain(sentence);
    expect(ids(sentence, a.date)).toEqual(["rubio"]);
  });
});
