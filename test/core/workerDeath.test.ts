/**
 * A core worker that dies while serving (out of memory, a crash) while the corpus folder holds a broken data file:
 * the reload that replaces it must not keep the dead worker just because the data file would be rejected against it.
 */
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EMBEDDED_CORPUS_DIR } from "../../src/config/paths.js";
import { type ReloadOutcome, type ReloadingCore, reloadingCore } from "../../src/core/reloadingCore.js";
import { startCoreWorker, type WorkerCore } from "../../src/core/workerCore.js";

/** Every worker thread started, so a test can end one the way a crash would (not through the handle). */
const threads = vi.hoisted(() => ({ started: [] as Worker[] }));
vi.mock("node:worker_threads", async (importOriginal) => {
  const wt = await importOriginal<typeof import("node:worker_threads")>();
  class RecordedWorker extends wt.Worker {
    constructor(...args: ConstructorParameters<typeof wt.Worker>) {
      super(...args);
      threads.started.push(this);
    }
  }
  return { ...wt, Worker: RecordedWorker, default: { ...wt, Worker: RecordedWorker } };
});

let dir: string;
let core: ReloadingCore<WorkerCore>;
const workers: WorkerCore[] = [];
const outcomes: ReloadOutcome[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "vb-death-"));
  for (const f of ["000_4a36d75bdf1d0814.txt", "002_bdd157e6eb167cd2.txt", "articles.json"]) await cp(path.join(EMBEDDED_CORPUS_DIR, f), path.join(dir, f));
  const load = async () => {
    const w = await startCoreWorker({
      corpusDir: dir,
      cacheDir: null,
      timelineBudgetMs: 0,
      // As the bot does (src/app.ts): a worker that dies while serving is replaced by a reload.
      onExit: () => {
        void core.reload().then((o) => outcomes.push(o));
      },
    });
    workers.push(w);
    return w;
  };
  core = reloadingCore(await load(), load, dir);
});
afterEach(async () => {
  await Promise.all(workers.map((w) => w.terminate()));
  workers.length = 0;
  outcomes.length = 0;
  threads.started.length = 0;
  await rm(dir, { recursive: true, force: true });
});

describe("GIVEN a serving core worker and an articles.json broken since it loaded", () => {
  it("WHEN the worker dies THEN the reload that replaces it serves the folder (with the problem reported), not the dead worker", async () => {
    await writeFile(path.join(dir, "articles.json"), "{ not json");
    const serving = threads.started.at(-1)!;
    await serving.terminate();
    await expect.poll(() => outcomes.length).toBe(1);
    expect(outcomes[0]).toMatchObject({ ok: true });
    const answer = await core.ask("Wie alt ist Keith Kellogg?");
    expect(answer.results[0]?.quote).toContain("80-Jährige");
  });
});
