import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { actorsFileSchema, loadActors, parseActors, parseActorsJson } from "../../src/timeline/actorsFile.js";
import { formatPath } from "../../src/util/text.js";

const ACTORS_PATH = "corpus/actors.json";

const REQUIRED_IDS = [
  "rubio",
  "lawrow",
  "putin",
  "selenskyj",
  "trump",
  "kellogg",
  "waltz",
  "witkoff",
  "peskow",
  "starmer",
  "scholz",
  "macron",
  "meloni",
  "merz",
  "rutte",
  "sybiha",
  "mccaul",
  "palissa",
];

const actor = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Name ${id}`, aliases: [], roles: [], ...extra });
const file = (actors: unknown[]) => ({ version: 1, actors });

const tmp = mkdtempSync(join(tmpdir(), "actors-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the shipped actors file", () => {
  it("GIVEN corpus/actors.json WHEN loaded THEN it validates", () => {
    const r = loadActors(ACTORS_PATH);
    expect(r.ok ? "ok" : r.error).toBe("ok");
  });

  it("GIVEN the shipped file THEN it lists every person the corpus names, by stable id", () => {
    const r = loadActors(ACTORS_PATH);
    if (!r.ok) throw new Error(r.error);
    expect(r.actors.map((a) => a.id).sort()).toEqual([...REQUIRED_IDS].sort());
  });

  it("GIVEN the shipped file THEN every actor has a German description and at least one alias", () => {
    const r = loadActors(ACTORS_PATH);
    if (!r.ok) throw new Error(r.error);
    for (const a of r.actors) {
      expect(a.description, a.id).toBeTruthy();
      expect(a.aliases.length, a.id).toBeGreaterThan(0);
    }
  });

  it("GIVEN the shipped file THEN the listed English and transliterated spellings are present", () => {
    const r = loadActors(ACTORS_PATH);
    if (!r.ok) throw new Error(r.error);
    const aliases = (id: string) => r.actors.find((a) => a.id === id)!.aliases;
    expect(aliases("lawrow")).toEqual(expect.arrayContaining(["Lawrow", "Lavrov", "Sergei Lawrow", "Sergey Lavrov"]));
    expect(aliases("selenskyj")).toEqual(expect.arrayContaining(["Selenskyj", "Selenskij", "Zelensky", "Zelenskyy", "Zelenskiy"]));
    expect(aliases("peskow")).toEqual(expect.arrayContaining(["Peskow", "Peskov"]));
    expect(aliases("sybiha")).toEqual(expect.arrayContaining(["Sybiha", "Sybiga"]));
    expect(aliases("palissa")).toEqual(expect.arrayContaining(["Palissa", "Palisa"]));
  });

  it("GIVEN the shipped file THEN 'Außenminister' without a country is not offered as an unambiguous role", () => {
    const r = loadActors(ACTORS_PATH);
    if (!r.ok) throw new Error(r.error);
    const unambiguousTitles = r.actors.flatMap((a) => a.roles.filter((ro) => ro.unambiguous).flatMap((ro) => [ro.title, ...ro.aliases]));
    expect(unambiguousTitles).not.toContain("Außenminister");
    expect(unambiguousTitles).not.toContain("US-Sondergesandter");
    expect(unambiguousTitles).toContain("US-Außenminister");
    expect(unambiguousTitles).toContain("Kreml-Sprecher");
  });
});

describe("validation errors name the file, the path and the problem", () => {
  it("GIVEN the fourth actor has no id THEN the error reads 'actors: <file>: actors[3].id: Required'", () => {
    const { id: _omit, ...noId } = actor("dd");
    const r = parseActors(file([actor("aa"), actor("bb"), actor("cc"), noId]), "corpus/actors.json");
    expect(r).toEqual({ ok: false, error: "actors: corpus/actors.json: actors[3].id: Required" });
  });

  it("GIVEN a role without the unambiguous flag THEN the error points at it", () => {
    const r = parseActors(file([actor("aa", { roles: [{ title: "Kreml-Chef" }] })]), "x.json");
    expect(r).toEqual({ ok: false, error: "actors: x.json: actors[0].roles[0].unambiguous: Required" });
  });

  it("GIVEN a misspelt key ('alias') THEN it is rejected rather than silently ignored", () => {
    const r = parseActors(file([actor("aa", { alias: ["A"] })]), "x.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^actors: x\.json: actors\[0\]: Unrecognized key: "alias"/);
  });

  it("GIVEN version 2 THEN the file is rejected", () => {
    const r = parseActors({ version: 2, actors: [actor("aa")] }, "x.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^actors: x\.json: version: /);
  });

  it("GIVEN an id that is not a lower-case slug THEN the error says what is expected", () => {
    const r = parseActors(file([actor("Lawrow")]), "x.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^actors: x\.json: actors\[0\]\.id: expected a lower-case slug/);
  });

  it("GIVEN two actors with the same id THEN the duplicate is reported", () => {
    const r = parseActors(file([actor("aa"), actor("aa", { name: "Other" })]), "x.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('actors: x.json: actors[1].id: duplicate id "aa" (also actors[0])');
  });

  it("GIVEN one spelling claimed by two actors (after case and umlaut folding) THEN it is reported", () => {
    const r = parseActors(file([actor("aa", { aliases: ["Müller"] }), actor("bb", { aliases: ["MULLER"] })]), "x.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('actors: x.json: actors[1].aliases[0]: "MULLER" is already a name or alias of "aa"');
  });

  it("GIVEN a role period with an impossible date THEN it is rejected", () => {
    const role = { title: "T", unambiguous: true, from: "2025-02-30" };
    const r = parseActors(file([actor("aa", { roles: [role] })]), "x.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe("actors: x.json: actors[0].roles[0].from: expected YYYY-MM or YYYY-MM-DD");
  });

  it("GIVEN a role that ends before it starts THEN 'to' is blamed", () => {
    const role = { title: "T", unambiguous: true, from: "2025-03", to: "2025-02-28" };
    const r = parseActors(file([actor("aa", { roles: [role] })]), "x.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe("actors: x.json: actors[0].roles[0].to: from must not be after to");
  });

  it("GIVEN a role starting and ending in the same month at different precisions THEN it is accepted", () => {
    const role = { title: "T", unambiguous: true, from: "2025-05", to: "2025-05-06" };
    expect(parseActors(file([actor("aa", { roles: [role] })])).ok).toBe(true);
  });

  it("GIVEN an actor with only id and name THEN aliases and roles default to empty lists", () => {
    const r = parseActors(file([{ id: "ab", name: "A B" }]));
    expect(r).toEqual({ ok: true, actors: [{ id: "ab", name: "A B", aliases: [], roles: [] }] });
  });

  it("GIVEN many problems THEN at most three are listed and the rest counted", () => {
    const r = parseActors(file([{}, {}]), "x.json");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const lines = r.error.split("\n");
      expect(lines).toHaveLength(4);
      expect(lines.slice(0, 3).every((l) => l.startsWith("actors: x.json: actors["))).toBe(true);
      expect(lines[3]).toMatch(/^actors: x\.json: \.\.\. and \d+ more problems$/);
    }
  });

  it("GIVEN a path with numbers and keys THEN it is rendered like JavaScript access", () => {
    expect(formatPath(["actors", 3, "roles", 0, "from"])).toBe("actors[3].roles[0].from");
    expect(formatPath([])).toBe("");
  });

  it("GIVEN the exported schema THEN a maintainer tool can validate with it directly", () => {
    expect(actorsFileSchema.safeParse(file([actor("ab")])).success).toBe(true);
    expect(actorsFileSchema.safeParse(file([])).success).toBe(false);
  });
});

describe("loading from disk", () => {
  it("GIVEN a missing file THEN the error names the path and the reason", () => {
    const path = join(tmp, "missing.json");
    expect(loadActors(path)).toEqual({ ok: false, error: `actors: ${path}: cannot read file (ENOENT)` });
  });

  it("GIVEN a file that is not JSON THEN the error says so, prefixed with the path", () => {
    const path = join(tmp, "broken.json");
    writeFileSync(path, "{ version: 1,");
    const r = loadActors(path);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.startsWith(`actors: ${path}: invalid JSON: `)).toBe(true);
  });

  it("GIVEN a valid file with a byte-order mark THEN it loads", () => {
    const path = join(tmp, "bom.json");
    writeFileSync(path, `\uFEFF${JSON.stringify(file([actor("ab")]))}`);
    expect(loadActors(path).ok).toBe(true);
  });

  it("GIVEN JSON text THEN parseActorsJson validates it like a file", () => {
    expect(parseActorsJson(JSON.stringify(file([actor("ab")]))).ok).toBe(true);
    expect(parseActorsJson("[]", "t.json")).toEqual({ ok: false, error: "actors: t.json: Invalid input: expected object, received array" });
  });
});
