/**
 * `npm run lint:cycles` (part of `npm run lint`, hence of `npm test`): fails on an import cycle under src/ and commands/,
 * between files or between folders.
 *
 * The import graph comes from dpdm (it parses TypeScript and resolves the `.js` specifiers of NodeNext to the `.ts`
 * files). Every import counts, `import type` included: a type import is a dependency of the layering too.
 *
 * - A file cycle is a strongly connected component of the file graph (two or more files that reach each other).
 * - A folder cycle is one of the graph of folders, where a file's folder is the first level under src/
 *   (`src/search/snapshot/codec.ts` belongs to `src/search`), `commands` for commands/, and `src` for the files
 *   directly in src/ (the composition root).
 *
 * Known cycles that are someone else's to fix are listed in {@link KNOWN_CYCLES}, each with the exact members of its
 * component: the check passes over them but fails when such a component grows, and when a listed cycle is gone
 * (remove it from the list then). `--list` prints every cycle and its status without failing.
 *
 * It also checks the layering the cycles leave open: the core ({@link CORE_FOLDERS}: plain data, one core for two faces)
 * never imports a face ({@link FACE_FOLDERS}: the renderers, the bot, the CLI, the slash commands, the composition root).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type DependencyTree, parseDependencyTree } from "dpdm";
import { isEntryScript, runMain } from "../src/util/runMain.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ENTRIES = ["src/**/*.ts", "commands/**/*.ts"];

interface KnownCycle {
  kind: "file" | "folder";
  /** The component's members (repository-relative paths or folder names), in any order. */
  members: string[];
  /** Why it is tolerated for now: the issue or the owner. */
  why: string;
}

/**
 * The allow-list: cycles tolerated for now, each with the exact members of its component. Empty since issue 14
 * removed the last three (actorMatch ↔ actorsFile, src/analysis ↔ src/corpus, commands ↔ src/bot); an entry needs a
 * reason and an owner.
 */
export const KNOWN_CYCLES: readonly KnownCycle[] = [];

export interface Cycle {
  kind: "file" | "folder";
  members: string[];
  /** One import per edge inside the component, e.g. "src/a.ts → src/b.ts". */
  edges: string[];
}

/** The files under src/ and commands/ and, for each, the files there it imports. */
export async function importGraph(root = ROOT): Promise<Map<string, Set<string>>> {
  const tree: DependencyTree = await parseDependencyTree(ENTRIES, {
    cwd: root,
    context: root,
    transform: false,
    skipDynamicImports: false,
  });
  const graph = new Map<string, Set<string>>();
  const local = (file: string) => /^(?:src|commands)\//.test(file) && !file.includes("node_modules");
  for (const [file, deps] of Object.entries(tree)) {
    const from = relative(root, file);
    if (!local(from)) continue;
    const targets = graph.get(from) ?? new Set<string>();
    graph.set(from, targets);
    for (const d of deps ?? []) {
      if (d.id === null) continue;
      const to = relative(root, d.id);
      if (local(to) && to !== from) targets.add(to);
    }
  }
  return graph;
}

function relative(root: string, file: string): string {
  return path.relative(root, path.resolve(root, file)).split(path.sep).join("/");
}

/** `src/search/snapshot/codec.ts` → `src/search`; `commands/ask.ts` → `commands`; `src/main.ts` → `src`. */
export function folderOf(file: string): string {
  const parts = file.split("/");
  if (parts[0] === "src") return parts.length > 2 ? `src/${parts[1]}` : "src";
  return parts[0]!;
}

/** The cycles of a graph: its strongly connected components of more than one node (Tarjan). */
export function cyclesOf(graph: ReadonlyMap<string, ReadonlySet<string>>, kind: Cycle["kind"]): Cycle[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components.map((members) => {
    const inside = new Set(members);
    const edges = members.flatMap((m) => [...(graph.get(m) ?? [])].filter((t) => inside.has(t)).map((t) => `${m} → ${t}`));
    return { kind, members, edges };
  });
}

/** Collapses the file graph to folders (see {@link folderOf}), keeping for each folder edge the file imports behind it. */
export function folderGraph(files: ReadonlyMap<string, ReadonlySet<string>>): { graph: Map<string, Set<string>>; via: Map<string, string[]> } {
  const graph = new Map<string, Set<string>>();
  const via = new Map<string, string[]>();
  for (const [from, targets] of files) {
    const a = folderOf(from);
    if (!graph.has(a)) graph.set(a, new Set());
    for (const to of targets) {
      const b = folderOf(to);
      if (a === b) continue;
      graph.get(a)!.add(b);
      const key = `${a} → ${b}`;
      via.set(key, [...(via.get(key) ?? []), `${from} → ${to}`]);
    }
  }
  return { graph, via };
}

/** The folders of the faces: what renders the core's models and talks to Discord or a terminal. */
export const FACE_FOLDERS: ReadonlySet<string> = new Set(["src", "src/render", "src/bot", "src/cli", "commands"]);
/** The folders of the core (and the helpers below it), which import no face. */
export const CORE_FOLDERS: ReadonlySet<string> = new Set([
  "src/analysis",
  "src/answer",
  "src/config",
  "src/core",
  "src/corpus",
  "src/eval",
  "src/feedback",
  "src/ingest",
  "src/search",
  "src/source",
  "src/timeline",
  "src/util",
]);

/** Imports from a core folder into a face, e.g. "src/core/a.ts → src/render/b.ts". */
export function layerViolations(files: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const imports: string[] = [];
  for (const [from, targets] of files) {
    if (!CORE_FOLDERS.has(folderOf(from))) continue;
    for (const to of targets) if (FACE_FOLDERS.has(folderOf(to))) imports.push(`${from} → ${to}`);
  }
  return imports.sort();
}

/** Folders in neither {@link CORE_FOLDERS} nor {@link FACE_FOLDERS}: a new folder must be placed in one. */
export function unplacedFolders(files: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return [...new Set([...files.keys()].map(folderOf))].filter((f) => !CORE_FOLDERS.has(f) && !FACE_FOLDERS.has(f)).sort();
}

export interface CheckResult {
  cycles: Array<Cycle & { known: boolean }>;
  /** Allow-list entries whose cycle is gone. */
  stale: KnownCycle[];
  /** Core files that import a face ({@link layerViolations}). */
  layers: string[];
}

export function check(files: ReadonlyMap<string, ReadonlySet<string>>, known: readonly KnownCycle[] = KNOWN_CYCLES): CheckResult {
  const folders = folderGraph(files);
  const folderCycles = cyclesOf(folders.graph, "folder").map((c) => ({ ...c, edges: c.edges.flatMap((e) => folders.via.get(e) ?? [e]) }));
  const all = [...cyclesOf(files, "file"), ...folderCycles];
  const same = (c: Cycle, k: KnownCycle) => c.kind === k.kind && c.members.join("\n") === [...k.members].sort().join("\n");
  return {
    cycles: all.map((c) => ({ ...c, known: known.some((k) => same(c, k)) })),
    stale: known.filter((k) => !all.some((c) => same(c, k))),
    layers: layerViolations(files),
  };
}

/** The check's text and verdict; `unplaced` are folders in neither list ({@link unplacedFolders}), which fail too. */
export function report(result: CheckResult, unplaced: readonly string[] = []): { ok: boolean; text: string } {
  const lines: string[] = [];
  for (const f of unplaced) lines.push(`LAYER: folder ${f} is in neither CORE_FOLDERS nor FACE_FOLDERS (scripts/lintCycles.ts); place it`);
  for (const c of result.cycles) {
    lines.push(`${c.known ? "known" : "NEW"} ${c.kind} cycle: ${c.members.join(" ↔ ")}`);
    for (const e of c.edges) lines.push(`    ${e}`);
  }
  for (const k of result.stale) lines.push(`STALE allow-list entry (the cycle is gone; remove it from KNOWN_CYCLES): ${k.kind} ${k.members.join(" ↔ ")}`);
  for (const i of result.layers) lines.push(`LAYER: the core imports a face: ${i}`);
  const fresh = result.cycles.filter((c) => !c.known).length;
  const ok = fresh === 0 && result.stale.length === 0 && result.layers.length === 0 && unplaced.length === 0;
  const known = result.cycles.length - fresh;
  lines.push(
    ok
      ? `lint:cycles: no new import cycles (${known} known, see KNOWN_CYCLES in scripts/lintCycles.ts), the core imports no face`
      : `lint:cycles: ${fresh} new cycle(s), ${result.stale.length} stale allow-list entr(y/ies), ${result.layers.length} import(s) of a face by the core, ${unplaced.length} folder(s) in neither list`,
  );
  return { ok, text: lines.join("\n") };
}

async function main(argv: string[]): Promise<number> {
  const graph = await importGraph();
  const { ok, text } = report(check(graph), unplacedFolders(graph));
  const listAll = argv.includes("--list");
  // Quiet when all is well: only the summary line.
  process.stdout.write(`${ok && !listAll ? text.split("\n").pop() : text}\n`);
  return ok || listAll ? 0 : 1;
}

if (isEntryScript(import.meta.url)) runMain(main, "lint:cycles: ");
