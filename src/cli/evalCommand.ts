/** `cli eval`: scores on the shared dev set and the project's own sets, as a table. */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../config/paths.js";
import { evaluate, formatScores, readEvalFile } from "../eval/evaluate.js";
import type { Engine } from "../search/engine.js";
import type { CliArgs } from "./args.js";

/** The shared development set beside the checkout, and the project's own sets in test/eval. */
export function evalSets(): Array<{ name: string; file: string }> {
  const sets: Array<{ name: string; file: string }> = [];
  const dev = path.resolve(PACKAGE_ROOT, "../shared/eval/dev.jsonl");
  if (existsSync(dev)) sets.push({ name: "shared dev", file: dev });
  const own = path.join(PACKAGE_ROOT, "test/eval");
  if (existsSync(own)) {
    for (const f of readdirSync(own).filter((n) => n.endsWith(".jsonl")).sort()) sets.push({ name: f.replace(/\.jsonl$/, ""), file: path.join(own, f) });
  }
  return sets;
}

export async function runEval(engine: Engine, args: CliArgs): Promise<number> {
  const rows = [];
  for (const set of evalSets()) rows.push(evaluate(engine, set.name, await readEvalFile(set.file)));
  if (args.json) {
    process.stdout.write(`${JSON.stringify(rows)}\n`);
  } else {
    process.stdout.write(`${formatScores(rows)}\n`);
    for (const r of rows) for (const f of r.failures) process.stdout.write(`  ${r.name}: ${f.q} → ${f.why}\n`);
  }
  return 0;
}
