/**
 * scripts/launch.mjs: the CLI's npm scripts run the compiled entry in dist/ only while no source changed since its
 * build started, else the TypeScript through tsx. Run against a throwaway package root holding copies of the launcher,
 * one entry in both forms, and a link to this checkout's node_modules (for tsx).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT } from "../fixtures/corpus.js";

let root: string;

function write(rel: string, text: string, mtime: Date): void {
  const full = path.join(root, rel);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  utimesSync(full, mtime, mtime);
}

function launch(): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [path.join(root, "scripts", "launch.mjs"), "src/entry.ts", "--flag", "x"], { cwd: root, encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const earlier = new Date(Date.now() - 60_000);
const built = new Date(Date.now() - 30_000);
const later = new Date(Date.now() - 10_000);
/** An entry that prints `label` (a JavaScript expression), its own path as argv[1] has it, and its arguments. */
const entry = (label: string) => `const own = process.argv[1].split(/[\\\\/]/).slice(-2).join("/");\nconsole.log(${label}, own, JSON.stringify(process.argv.slice(2)));\n`;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "vb-launch-"));
  for (const f of ["launch.mjs", "compiled.mjs"]) write(path.join("scripts", f), "", earlier);
  for (const f of ["launch.mjs", "compiled.mjs"]) copyFileSync(path.join(ROOT, "scripts", f), path.join(root, "scripts", f));
  symlinkSync(path.join(ROOT, "node_modules"), path.join(root, "node_modules"));
  write("package.json", '{ "type": "module" }\n', earlier);
  write("src/entry.ts", `const typed: string = "ts";\n${entry("typed")}`, earlier);
  write("dist/src/entry.js", entry('"js"'), built);
  utimesSync(path.join(root, "src"), earlier, earlier); // a folder's time changes with what it holds: it counts too
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("launch.mjs", () => {
  it("GIVEN a build stamped after every source THEN it runs dist's JavaScript, as argv[1], with the arguments after it", () => {
    write("dist/.built", "", built);
    expect(launch()).toEqual({ stdout: 'js src/entry.js ["--flag","x"]\n', stderr: "", status: 0 });
  });

  it("GIVEN a source changed after the build started THEN it runs the TypeScript through tsx", () => {
    write("dist/.built", "", built);
    write("src/other.ts", "export {};\n", later);
    expect(launch()).toEqual({ stdout: 'ts src/entry.ts ["--flag","x"]\n', stderr: "", status: 0 });
  });

  it("GIVEN dist/ without a build stamp (a failed or interrupted build) THEN it runs the TypeScript", () => {
    expect(launch().stdout).toBe('ts src/entry.ts ["--flag","x"]\n');
  });

  it("GIVEN a changed tsconfig THEN the build counts as stale", () => {
    write("dist/.built", "", built);
    write("tsconfig.json", "{}\n", later);
    expect(launch().stdout).toMatch(/^ts /);
  });

  it("GIVEN no entry THEN it prints its usage and exits 2", () => {
    const r = spawnSync(process.execPath, [path.join(root, "scripts", "launch.mjs")], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});
