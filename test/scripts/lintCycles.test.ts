/** The import-cycle check: finds file and folder cycles, passes over the allow-listed ones, and no others. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CORE_FOLDERS, check, cyclesOf, folderOf, importGraph, KNOWN_CYCLES, layerViolations, report, unplacedFolders } from "../../scripts/lintCycles.js";
import { PACKAGE_ROOT } from "../../src/config/paths.js";

const graphOf = (edges: Record<string, string[]>) => new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));

describe("cycle detection", () => {
  it("finds each strongly connected component once, with the imports inside it", () => {
    const cycles = cyclesOf(graphOf({ a: ["b"], b: ["c"], c: ["a", "d"], d: [], e: ["e"] }), "file");
    expect(cycles).toEqual([{ kind: "file", members: ["a", "b", "c"], edges: ["a → b", "b → c", "c → a"] }]);
  });

  it("assigns files to their top folder under src/", () => {
    expect(folderOf("src/search/snapshot/codec.ts")).toBe("src/search");
    expect(folderOf("src/main.ts")).toBe("src");
    expect(folderOf("commands/ask.ts")).toBe("commands");
  });

  it("reports a folder cycle made of files that form no file cycle", () => {
    const files = graphOf({ "src/x/a.ts": ["src/y/b.ts"], "src/y/c.ts": ["src/x/d.ts"], "src/y/b.ts": [], "src/x/d.ts": [] });
    const result = check(files, []);
    expect(result.cycles.map((c) => [c.kind, c.members])).toEqual([["folder", ["src/x", "src/y"]]]);
    expect(report(result).ok).toBe(false);
  });

  it("passes a listed cycle, fails when it grows and when a listed one is gone", () => {
    const known = [{ kind: "file" as const, members: ["src/x/b.ts", "src/x/a.ts"], why: "test" }];
    expect(report(check(graphOf({ "src/x/a.ts": ["src/x/b.ts"], "src/x/b.ts": ["src/x/a.ts"] }), known)).ok).toBe(true);
    const grown = check(graphOf({ "src/x/a.ts": ["src/x/b.ts"], "src/x/b.ts": ["src/x/c.ts"], "src/x/c.ts": ["src/x/a.ts"] }), known);
    expect(report(grown).ok).toBe(false);
    expect(grown.stale).toEqual(known);
    expect(report(check(graphOf({ "src/x/a.ts": [] }), known)).ok).toBe(false);
  });
});

describe("layering", () => {
  it("fails when a core folder imports a face, or a folder is in neither list; a face may import the core", () => {
    const files = graphOf({ "src/core/a.ts": ["src/render/b.ts"], "src/render/b.ts": ["src/answer/c.ts"], "src/answer/c.ts": [] });
    expect(layerViolations(files)).toEqual(["src/core/a.ts → src/render/b.ts"]);
    expect(report(check(files, [])).ok).toBe(false);
    expect(report(check(files, [])).text).toMatch(/LAYER: the core imports a face: src\/core\/a.ts → src\/render\/b.ts/);
    expect(report(check(graphOf({ "src/render/b.ts": ["src/answer/c.ts"], "src/answer/c.ts": [] }), [])).ok).toBe(true);
    const stray = graphOf({ "src/newfolder/x.ts": [], "src/answer/c.ts": [], "commands/ask.ts": [] });
    expect(unplacedFolders(stray)).toEqual(["src/newfolder"]);
    const strayReport = report(check(stray, []), unplacedFolders(stray));
    expect(strayReport.ok).toBe(false);
    expect(strayReport.text.split("\n").pop()).toMatch(/1 folder\(s\) in neither list/);
  });
});

describe("this repository", () => {
  let graph: Map<string, Set<string>>;
  beforeAll(async () => {
    graph = await importGraph();
  });

  it("reads the imports of src/ and commands/, type-only imports included", () => {
    expect(graph.get("src/app.ts")?.has("src/core/loadCore.ts")).toBe(true);
    // `import type { Answer } from "../answer/types.js"`
    expect(graph.get("src/core/core.ts")?.has("src/answer/types.ts")).toBe(true);
    expect(graph.has("commands/ask.ts")).toBe(true);
  });

  it("has no cycles at all and an empty allow-list", () => {
    const result = check(graph);
    expect(report(result).text).toMatch(/no new import cycles/);
    expect(result.cycles.map((c) => c.members.join(" ↔ "))).toEqual([]);
    expect(KNOWN_CYCLES).toEqual([]);
    expect(result.layers).toEqual([]);
    expect(unplacedFolders(graph)).toEqual([]);
  });

  it("keeps discord.js out of the core: no file of a core folder imports it", () => {
    const core = [...graph.keys()].filter((f) => CORE_FOLDERS.has(folderOf(f)));
    expect(core.length).toBeGreaterThan(100);
    const importsDiscord = (text: string) => /(?:\bfrom\s+|\bimport\s*\(?\s*)["'](?:discord\.js|@discordjs\/[^"']+)["']/.test(text);
    for (const line of ['import { Client } from "discord.js";', 'import "discord.js";', 'await import("@discordjs/rest")', "export { x } from 'discord.js'"]) expect(importsDiscord(line), line).toBe(true);
    expect(importsDiscord('const s = "discord.js";')).toBe(false);
    expect(core.filter((f) => importsDiscord(readFileSync(path.join(PACKAGE_ROOT, f), "utf8")))).toEqual([]);
  });

  it("fails when the core's English profile imports a renderer again", () => {
    const withFace = new Map(graph);
    withFace.set("src/core/profileEnglish.ts", new Set([...(graph.get("src/core/profileEnglish.ts") ?? []), "src/render/locale.ts"]));
    expect(layerViolations(withFace)).toEqual(["src/core/profileEnglish.ts → src/render/locale.ts"]);
    expect(report(check(withFace)).ok).toBe(false);
  });

  it("fails when src/search imports the answer engine back", () => {
    const withCycle = new Map(graph);
    withCycle.set("src/search/passageIndex.ts", new Set([...(graph.get("src/search/passageIndex.ts") ?? []), "src/answer/answer.ts"]));
    const result = check(withCycle);
    expect(report(result).ok).toBe(false);
    expect(result.cycles.filter((c) => !c.known).map((c) => c.kind)).toEqual(["file", "folder"]);
  });
});
