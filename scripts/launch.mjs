/**
 * `node scripts/launch.mjs <entry.ts> [args…]`: runs an entry script (the CLI, eval, check) from its fresh compiled
 * copy in dist/ when there is one, else from the TypeScript source through tsx (see compiled.mjs). Either way the
 * entry sees itself as `process.argv[1]` and its own arguments after it, as if node had been started with it.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { compiledEntry, ROOT } from "./compiled.mjs";

const entry = process.argv[2];
if (!entry?.endsWith(".ts")) {
  process.stderr.write("usage: node scripts/launch.mjs <entry.ts> [args…]\n");
  process.exit(2);
}
const compiled = compiledEntry(entry);
const script = compiled ?? path.join(ROOT, entry);
if (!compiled) (await import("tsx/esm/api")).register();
process.argv.splice(1, 2, script);
await import(pathToFileURL(script).href);
