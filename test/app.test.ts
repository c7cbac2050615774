/** `npm start` without a token: the local console says which corpus folder it serves. */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../src/config/paths.js";
import { SEED_FILES, tempCorpus } from "./fixtures/corpus.js";
import { HANG_GUARD_MS } from "./support/hangGuard.js";

const run = promisify(execFile);
const env = { ...process.env, DISCORD_TOKEN: "", INDEX_CACHE_DIR: "off", LOG_LEVEL: "silent", NO_COLOR: "1" };

async function consoleFirstLine(corpusDir: string): Promise<string> {
  const child = run(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: PACKAGE_ROOT, env: { ...env, CORPUS_DIR: corpusDir }, timeout: HANG_GUARD_MS });
  child.child.stdin?.end();
  const { stdout } = await child;
  return stdout.split("\n")[0]!;
}

describe("the console's first line", () => {
  it("GIVEN CORPUS_DIR outside the project THEN it names that folder; GIVEN the embedded corpus THEN its relative path", async () => {
    const corpus = tempCorpus(SEED_FILES.slice(0, 2));
    try {
      expect(await consoleFirstLine(corpus.dir)).toContain(`Korpus im Ordner „${corpus.dir}“.`);
    } finally {
      corpus.cleanup();
    }
    expect(await consoleFirstLine(path.join(PACKAGE_ROOT, "corpus"))).toContain("Korpus im Ordner „corpus“.");
  });
});

describe("the console with an INDEX_CACHE_DIR that is a file", () => {
  it("THEN one warning that the snapshot was not saved, and the question is answered (exit 0)", async () => {
    const corpus = tempCorpus(SEED_FILES.slice(0, 2));
    try {
      const cacheDir = path.join(corpus.dir, SEED_FILES[0]!);
      const child = run(process.execPath, ["--import", "tsx", "src/main.ts"], {
        cwd: PACKAGE_ROOT,
        env: { ...env, CORPUS_DIR: corpus.dir, INDEX_CACHE_DIR: cacheDir },
        timeout: HANG_GUARD_MS,
      });
      child.child.stdin?.end("Lawrow\n");
      const { stdout, stderr } = await child;
      expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(/^index: snapshot not saved \(/)]);
      expect(stdout).toContain("Lawrow");
    } finally {
      corpus.cleanup();
    }
  });
});
