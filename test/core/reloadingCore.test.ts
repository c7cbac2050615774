import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EMBEDDED_CORPUS_DIR } from "../../src/config/paths.js";
import { type LoadedCore, loadCore } from "../../src/core/loadCore.js";
import { type ReloadingCore, reloadingCore } from "../../src/core/reloadingCore.js";
import { ignoredByWatcher } from "../../src/core/watchedNames.js";

/** A file to delete right before the loader opens it: "listed, then deleted before it was read", on cue. */
const race = vi.hoisted(() => ({ deleteOnOpen: undefined as string | undefined }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  // Article files are opened synchronously (loadCorpus.ts): the victim is deleted just before its open.
  const openSync = ((file: Parameters<typeof fs.openSync>[0], ...rest: unknown[]) => {
    if (race.deleteOnOpen !== undefined && String(file) === race.deleteOnOpen) {
      race.deleteOnOpen = undefined;
      fs.unlinkSync(String(file));
    }
    return (fs.openSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.openSync;
  return { ...fs, openSync, default: { ...fs, openSync } };
});

let dir: string;
let core: ReloadingCore<LoadedCore>;

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
    expect(core.current.ask("Wer ist der Kreml-Sprecher?").results[0]?.file).toBe("003_d4ca25cd25f33b7d.txt");
  });

  it("GIVEN a serving article emptied by a broken edit THEN the reload is rejected naming the file AND the old index still answers", async () => {
    await writeFile(path.join(dir, "000_4a36d75bdf1d0814.txt"), "");
    const outcome = await core.reload();
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.rejected.join("\n")).toContain("000_4a36d75bdf1d0814.txt: empty file");
    expect(core.current.ask("Wie alt ist Keith Kellogg?").results[0]?.quote).toContain("80-Jährige");
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
    expect(core.current.engine.index.articles).toHaveLength(2);
  });

  it("GIVEN the watcher runs THEN a file change triggers one reload after the debounce", async () => {
    const outcomes: unknown[] = [];
    const stop = core.watch((o) => outcomes.push(o), 50);
    await cp(path.join(EMBEDDED_CORPUS_DIR, "004_caddd746febfda94.txt"), path.join(dir, "004_caddd746febfda94.txt"));
    await expect.poll(() => core.current.engine.index.articles.length).toBe(3);
    stop();
    expect(outcomes.length).toBeGreaterThanOrEqual(1);
  });
});

describe("what the watcher ignores", () => {
  it.each([".ingest.lock", ".000_x.txt.abc123.tmp", ".articles.json.abc.restore.tmp", "x.tmp", "002.txt.swp", ".002.txt.swp", "notes.txt~", "#002.txt#", "4913", "articles.json.part"])(
    "GIVEN %s THEN it is ignored",
    (name) => expect(ignoredByWatcher(name)).toBe(true),
  );
  it.each(["005_neu.txt", "articles.json", "actors.json", null])("GIVEN %s THEN it reloads", (name) => expect(ignoredByWatcher(name)).toBe(false));

  it("GIVEN the watcher runs WHEN only a lock, temp and swap files come and go THEN no reload; a real file then reloads", async () => {
    const outcomes: unknown[] = [];
    const stop = core.watch((o) => outcomes.push(o), 20);
    try {
      for (const name of [".ingest.lock", ".005_neu.txt.abc.tmp", "x.tmp", ".000_4a36d75bdf1d0814.txt.swp"]) {
        await writeFile(path.join(dir, name), "temp");
        await rm(path.join(dir, name));
      }
      // Ten times the debounce: a reload for these would have happened by now.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(outcomes).toEqual([]);
      await cp(path.join(EMBEDDED_CORPUS_DIR, "003_d4ca25cd25f33b7d.txt"), path.join(dir, "003_d4ca25cd25f33b7d.txt"));
      await expect.poll(() => outcomes.length).toBe(1);
    } finally {
      stop();
    }
  });
});

describe("reloads that overlap with changes", () => {
  it("GIVEN a file added while a reload runs (after it read the folder) THEN one more reload follows and serves it; every request meanwhile shares that one", async () => {
    let loads = 0;
    let readDone!: () => void;
    const read = new Promise<void>((resolve) => {
      readDone = resolve;
    });
    let release: (() => void) | undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const load = async (): Promise<LoadedCore> => {
      loads++;
      const loaded = await loadCore(dir);
      if (loads === 1) {
        readDone();
        await gate;
      }
      return loaded;
    };
    const gated = reloadingCore(await loadCore(dir), load, dir);
    const first = gated.reload();
    await read;
    await cp(path.join(EMBEDDED_CORPUS_DIR, "003_d4ca25cd25f33b7d.txt"), path.join(dir, "003_d4ca25cd25f33b7d.txt"));
    const second = gated.reload();
    const third = gated.reload();
    release?.();
    expect(await first).toMatchObject({ ok: true, articles: 2 });
    expect(await second).toMatchObject({ ok: true, articles: 3 });
    expect(await third).toBe(await second);
    expect(loads).toBe(2);
    expect(gated.current.engine.index.articles.map((a) => a.file)).toContain("003_d4ca25cd25f33b7d.txt");
  });

  it("GIVEN a serving article deleted after the folder was listed and before it was read THEN the reload goes through without it", async () => {
    const victim = path.join(dir, "002_bdd157e6eb167cd2.txt");
    race.deleteOnOpen = victim;
    const outcome = await core.reload();
    expect(race.deleteOnOpen).toBeUndefined();
    expect(outcome).toMatchObject({ ok: true, articles: 1 });
    expect(core.current.engine.index.articles.map((a) => a.file)).toEqual(["000_4a36d75bdf1d0814.txt"]);
  });
});

describe("the watcher and the corpus folder itself", () => {
  it("GIVEN the folder is removed and created again (the new one may get the old inode number) THEN the watcher follows and the new files serve", async () => {
    const stop = core.watch(() => {}, 20, 50);
    try {
      await rm(dir, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 20));
      await cp(path.join(EMBEDDED_CORPUS_DIR, "004_caddd746febfda94.txt"), path.join(dir, "004_caddd746febfda94.txt"));
      await expect.poll(() => core.current.engine.index.articles.map((a) => a.file)).toEqual(["004_caddd746febfda94.txt"]);
      // And it keeps watching the new folder.
      await cp(path.join(EMBEDDED_CORPUS_DIR, "003_d4ca25cd25f33b7d.txt"), path.join(dir, "003_d4ca25cd25f33b7d.txt"));
      await expect.poll(() => core.current.engine.index.articles.length).toBe(2);
    } finally {
      stop();
    }
  });
});
