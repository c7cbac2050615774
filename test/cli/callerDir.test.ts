/**
 * File names on the command line are the caller's: `npm run` starts the CLI in the project's folder and keeps the
 * folder it was called from in INIT_CWD, and `ingest page.txt` and `timeline --png x.png` use that folder.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusCopy } from "../ingest/fixtures.js";
import { runCli } from "../support/runCli.js";

let caller: string;
let corpus: { dir: string; cleanup: () => void };

beforeAll(() => {
  caller = mkdtempSync(path.join(tmpdir(), "vb-caller-"));
  corpus = corpusCopy();
  const sentences = Array.from({ length: 6 }, (_, i) => `Die Fischer von Bergen verhandelten am ${i + 3}. Mai erneut über die Fangquoten im Nordmeer und vertagten sich.`);
  writeFileSync(path.join(caller, "bericht.txt"), `Fischer vertagen Gespräche über Fangquoten\n\n${sentences.join(" ")}\n`);
});

afterAll(() => {
  rmSync(caller, { recursive: true, force: true });
  corpus.cleanup();
});

describe("GIVEN the CLI called from another folder (INIT_CWD)", () => {
  it("THEN ingest reads a relative file name there and names it as given", async () => {
    const run = await runCli(["ingest", "--json", "bericht.txt"], { CORPUS_DIR: corpus.dir, INIT_CWD: caller });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ url: "bericht.txt", status: "added" });
  });

  it("THEN timeline --png writes a relative file name there, not into the project's folder", async () => {
    const run = await runCli(["timeline", "Lawrow", "--png", "lawrow-caller-test.png"], { INIT_CWD: caller });
    expect(run.code).toBe(0);
    expect(existsSync(path.join(caller, "lawrow-caller-test.png"))).toBe(true);
    expect(existsSync("lawrow-caller-test.png")).toBe(false);
  });
});
