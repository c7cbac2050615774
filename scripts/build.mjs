/**
 * Compiles src/ and commands/ into dist/ (tsconfig.build.json) and stamps the build with the time it started, so that
 * scripts/launch.mjs and `npm start` use dist/ only while no source changed since (compiled.mjs).
 *
 *   node scripts/build.mjs             compile; exit 1 when tsc fails
 *   node scripts/build.mjs --if-stale  compile only when a source changed since the last build (`npm start`)
 *   node scripts/build.mjs --optional  never fail: without TypeScript, or when tsc fails, say so and leave dist/
 *                                      unused (`npm ci`'s prepare step; the entry scripts then run through tsx)
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { BUILD_STAMP, buildIsFresh, ROOT } from "./compiled.mjs";

const flags = new Set(process.argv.slice(2));
const optional = flags.has("--optional");

function giveUp(reason) {
  process.stderr.write(`build: ${reason}${optional ? "; the scripts run from the TypeScript sources through tsx" : ""}\n`);
  process.exit(optional ? 0 : 1);
}

if (flags.has("--if-stale") && buildIsFresh()) process.exit(0);

const stamp = path.join(ROOT, BUILD_STAMP);
rmSync(stamp, { force: true });
let tsc;
try {
  tsc = path.join(path.dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");
} catch {
  giveUp("TypeScript is not installed");
}
const started = new Date();
const run = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
if (run.status !== 0) giveUp(`tsc exited with ${run.status ?? run.signal}`);
mkdirSync(path.dirname(stamp), { recursive: true });
writeFileSync(stamp, `built from the sources as of ${started.toISOString()}\n`);
utimesSync(stamp, started, started);
