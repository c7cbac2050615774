import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EMBEDDED_CORPUS_DIR } from "../../src/config/paths.js";
import { loadCore } from "../../src/core/loadCore.js";
import { type ReloadingCore, reloadingCore } from "../../src/core/reloadingCore.js";

let dir: string;
let core: ReloadingCore;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "vb-reload-"));
  for (const f of ["000_4a36d75bdf1d0814.txt", "002_bdd157e6eb167cd2.txt"]) await cp(path.join(EMBEDDED_CORPUS_DIR, f), path.join(dir, f));
  core = reloadingCore(await loadCore(dir), () => loadCore(dir), dir);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("reloading the corpus while serving", () => {
  it("GIVEN a new good article THEN a reload swaps it in and it answers", async () => {
    await cp(path.join(EMBEDDED_CORPUS_DIR, "003_d4ca25cd25f33b7d.txt"), path.join(dir, "003_d4ca25cd25f33b7d.txt"));
    const outcome = await core.reload();
    expect(outcome).toMatchObject({ ok: true, articles: 3 });
    expect(core.ask("Wer ist der Kreml-Sprecher?").results[0]?.file).toBe("003_d4ca25cd25f33b7d.txt");
  });

  it("GIVEN a serving article emptied by a broken edit THEN the reload is rejected naming the file AND the old index still answers", async () => {
    await writeFile(path.join(dir, "000_4a36d75bdf1d0814.txt"), "");
    const outcome = await core.reload();
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.rejected.join("\n")).toContain("000_4a36d75bdf1d0814.txt: empty file");
    expect(core.ask("Wie alt ist Keith Kellogg?").results[0]?.quote).toContain("80-Jährige");
  });

  it("GIVEN a new bad file beside good ones THEN the reload goes through and reports the bad file", async () => {
    await writeFile(path.join(dir, "009_bad.txt"), " date 2025-13 Text");
    const outcome = await core.reload();
    expect(outcome).toMatchObject({ ok: true, articles: 2 });
    if (outcome.ok) expect(outcome.problems.join("\n")).toMatch(/009_bad\.txt: impossible date 2025-13/);
  });

  it("GIVEN the folder is deleted THEN the reload fails with a reason and the serving core is kept", async () => {
    await rm(dir, { recursive: true, force: true });
    const outcome = await core.reload();
    expect(outcome.ok).toBe(false);
    expect(core.engine.index.articles).toHaveLength(2);
  });

  it("GIVEN the watcher runs THEN a file change triggers one reload after the debounce", async () => {
    const outcomes: unknown[] = [];
    const stop = core.watch((o) => outcomes.push(o), 50);
    await cp(path.join(EMBEDDED_CORPUS_DIR, "004_caddd746febfda94.txt"), path.join(dir, "004_caddd746febfda94.txt"));
    await new Promise((r) => setTimeout(r, 600));
    stop();
    expect(outcomes.length).toBeGreaterThanOrEqual(1);
    expect(core.engine.index.articles).toHaveLength(3);
  });
});
