/**
 * People found in the corpus: everyone the articles introduce with a full name or a role becomes an actor
 * with the aliases readers use and the role as description; names that match nobody never resolve to
 * somebody else.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/core.js";
import type { Article } from "../../src/corpus/types.js";
import { compileActorMatcher } from "../../src/timeline/actorMatch.js";
import { loadActors } from "../../src/timeline/actorsFile.js";
import { discoverActors } from "../../src/timeline/discoverActors.js";
import type { Timeline } from "../../src/timeline/types.js";
import { CORPUS_DIR, seedCore } from "../fixtures/corpus.js";
import { timelineCore } from "../fixtures/timelineCorpus.js";

const curated = (() => {
  const loaded = loadActors(`${CORPUS_DIR}/actors.json`);
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.actors;
})();

function article(text: string, published = "2025-03-12"): Article {
  return { id: `a${text.length}`, file: `a${text.length}.txt`, title: "T", date: published.slice(0, 7), meta: { published }, text };
}

const discover = (...texts: string[]) =>
  discoverActors(texts.map((t) => article(t)), { curated: compileActorMatcher(curated), takenIds: curated.map((a) => a.id) });

describe("discoverActors: who counts as a person", () => {
  it("GIVEN a role before a full name THEN a person with the surname as alias and the role, in the nominative, as description", () => {
    const found = discover("Das sagte der ukrainische Verteidigungsminister Rustem Umerow am Dienstag.");
    expect(found).toEqual([expect.objectContaining({ id: "rustem-umerow", name: "Rustem Umerow", aliases: ["Umerow"], description: "ukrainischer Verteidigungsminister" })]);
  });

  it.each([
    ["Kremlberater Juri Uschakow sagte, man sei bereit.", "Juri Uschakow", "Kremlberater"],
    ["Auch US-Vizepräsident JD Vance nahm teil.", "JD Vance", "US-Vizepräsident"],
    ["Ungarns Regierungschef Viktor Orbán begrüßte das.", "Viktor Orbán", "Ungarns Regierungschef"],
    ["Das Memorandum des russischen Chefunterhändlers Wladimir Medinski liegt vor.", "Wladimir Medinski", "russischer Chefunterhändler"],
    ["Kirill Dmitrijew, Chef des russischen Staatsfonds RDIF, sprach von Vertrauen.", "Kirill Dmitrijew", "Chef des russischen Staatsfonds RDIF"],
    ["Die EU-Außenbeauftragte Kaja Kallas widersprach.", "Kaja Kallas", "EU-Außenbeauftragte"],
    ["Er traf den Schwiegersohn von Trump, Jared Kushner.", "Jared Kushner", "Schwiegersohn von Trump"],
    ["Der Kreml-Gesandte Kirill Dmitrijew reiste ab.", "Kirill Dmitrijew", "Kreml-Gesandter"],
  ])("GIVEN %j THEN %s, described as %j", (text, name, description) => {
    expect(discover(text)).toEqual([expect.objectContaining({ name, description })]);
  });

  it("GIVEN a role and a surname alone, twice THEN a person named by the surname", () => {
    expect(discover("Kremlberater Uschakow widersprach.", "Kremlberater Uschakow schwieg.").map((a) => a.name)).toEqual(["Uschakow"]);
  });

  it("GIVEN a given name from the list without any role THEN the full name is a person", () => {
    expect(discover("Danach sprach Kirill Dmitrijew mit Journalisten.").map((a) => a.name)).toEqual(["Kirill Dmitrijew"]);
  });

  it("GIVEN a role teaching a given name THEN the same full name elsewhere counts too", () => {
    const found = discover("Verteidigungsminister Rustem Umerow reiste ab.", "Am Abend sagte Rustem Umerow, man sei bereit.");
    expect(found).toEqual([expect.objectContaining({ name: "Rustem Umerow", evidence: 2 })]);
  });

  it.each([
    ["a place after a role", "Der Präsident Russlands und der Präsident Frankreichs telefonierten. Präsident Russlands sagte das."],
    ["a common noun after a role", "Das sagte der Sprecher Journalisten in Moskau. Der Minister gab den Journalisten Auskunft. Sprecher Journalisten."],
    ["capitalised words that are no names", "In Sankt Petersburg und im Weißen Haus, im Schwarzen Meer und im Oval Office wurde verhandelt."],
    ["a first name alone after a role", "Präsident Wladimir sagte das. Präsident Wladimir schwieg."],
    ["a curated person", "Kreml-Sprecher Dmitri Peskow sagte, US-Außenminister Marco Rubio sei willkommen."],
  ])("GIVEN %s THEN no person is found", (_, text) => {
    expect(discover(text)).toEqual([]);
  });

  it("GIVEN a curated surname with another given name THEN the other person keeps only the full name", () => {
    const found = discover(
      "US-Präsident Donald Trump sagte, Präsident Donald Trump sei bereit.",
      "Auch Trumps Schwiegertochter, die Politikerin Lara Trump, war dabei.",
      "Politikerin Lara Trump sprach. Präsident Trump schwieg.",
    );
    expect(found).toEqual([expect.objectContaining({ name: "Lara Trump", aliases: [] })]);
  });

  it("GIVEN spelling variants from the corpus variants file THEN they become aliases", () => {
    const variants = new Map([
      ["umjerow", "umjerow"],
      ["umerow", "umjerow"],
      ["umerov", "umjerow"],
    ]);
    const [umerow] = discoverActors([article("Verteidigungsminister Rustem Umerow reiste ab.")], { variants });
    expect(umerow!.aliases).toEqual(expect.arrayContaining(["Umerow", "Umjerow", "Umerov"]));
  });
});

describe("GIVEN the timeline corpus", () => {
  let core: Core;
  beforeAll(async () => {
    core = await timelineCore();
  });
  const timelineOf = (q: string): Timeline => {
    const r = core.timeline(q);
    if (!r.ok) throw new Error(`${q}: ${r.error.code} ${r.error.suggestions.join(", ")}`);
    return r.timeline;
  };

  it("THEN exactly the people it introduces beyond actors.json are discovered", () => {
    const names = core.actorChoices("").map((c) => c.name);
    for (const name of ["Alexander Stubb", "Andrij Jermak", "Jared Kushner", "JD Vance", "Juri Uschakow"]) expect(names).toContain(name);
    const all = ["Kaja Kallas", "Kirill Dmitrijew", "Michael Anton", "Rustem Umerow", "Viktor Orbán", "Wladimir Medinski"];
    for (const name of all) expect(core.timeline(name)).toMatchObject({ ok: true, timeline: { actor: { name } } });
  });

  /** Per person: the query, the display name, and an independent pattern for "the quote names the person". */
  const PEOPLE = [
    ["Uschakow", "Juri Uschakow", /Uschakow|Ushakov/, 8],
    ["Medinski", "Wladimir Medinski", /Medinski/, 5],
    ["Umerow", "Rustem Umerow", /Umerow|Umerov/, 8],
    ["Vance", "JD Vance", /Vance/, 4],
    ["Dmitrijew", "Kirill Dmitrijew", /Dmitrijew/, 6],
    ["Orbán", "Viktor Orbán", /Orbán|Orban/, 4],
  ] as const;

  it.each(PEOPLE)("GIVEN %j THEN the timeline of %s, every event naming the person", (query, name, names, atLeast) => {
    const t = timelineOf(query);
    expect(t.actor.name).toBe(name);
    expect(t.actor.description).toBeTruthy();
    expect(t.events.length).toBeGreaterThanOrEqual(atLeast);
    for (const e of t.events) expect(e.quote).toMatch(names);
  });

  it("GIVEN 'Dmitrijew' THEN Kirill Dmitrijew, never Dmitri Peskow", () => {
    expect(timelineOf("Dmitrijew").actor.id).toBe("kirill-dmitrijew");
    expect(timelineOf("Dmitriev").actor.id).toBe("kirill-dmitrijew");
    expect(timelineOf("Peskow").actor.id).toBe("peskow");
  });

  it("GIVEN reader spellings (genitive, transliteration, no accent) THEN the same person", () => {
    expect(timelineOf("Ushakov").actor.id).toBe("juri-uschakow");
    expect(timelineOf("Uschakows").actor.id).toBe("juri-uschakow");
    expect(timelineOf("Umerov").actor.id).toBe("rustem-umerow");
    expect(timelineOf("Orban").actor.id).toBe("viktor-orban");
    expect(timelineOf("juri-uschakow").actor.id).toBe("juri-uschakow");
  });

  it("GIVEN the genitive and the transliteration in the articles THEN their sentences are events", () => {
    const quotes = timelineOf("Uschakow").events.map((e) => e.quote);
    expect(quotes).toContainEqual(expect.stringContaining("Nach Uschakows Angaben"));
    expect(quotes).toContainEqual(expect.stringContaining("Ushakov widersprach"));
  });

  it("GIVEN autocomplete THEN discovered people are offered by name and by role", () => {
    expect(core.actorChoices("Usch")).toContainEqual({ name: "Juri Uschakow", value: "juri-uschakow" });
    expect(core.actorChoices("Medins")).toContainEqual({ name: "Wladimir Medinski", value: "wladimir-medinski" });
    expect(core.actorChoices("Kremlberater").map((c) => c.value)).toContain("juri-uschakow");
  });
});

describe("GIVEN the seed corpus, where these people do not appear", () => {
  let core: Core;
  beforeAll(async () => {
    core = await seedCore();
  });

  it("THEN 'Dmitrijew' is unknown and Peskow is not offered", () => {
    const r = core.timeline("Dmitrijew");
    expect(r).toMatchObject({ ok: false, error: { code: "unknown_actor" } });
    if (!r.ok) expect(r.error.suggestions).not.toContain("Dmitri Peskow");
  });

  it("THEN 'Medinski' is unknown and neither Selenskyj nor Meloni is suggested", () => {
    const r = core.timeline("Medinski");
    expect(r).toMatchObject({ ok: false, error: { code: "unknown_actor" } });
    if (!r.ok) expect(r.error.suggestions).not.toEqual(expect.arrayContaining([expect.stringMatching(/Selenskyj|Meloni/)]));
  });
});
