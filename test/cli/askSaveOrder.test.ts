/**
 * The CLI's cold start answers before it saves the snapshot (createEngine's `deferSave`, runAsk's `afterFirstAnswer`):
 * the first answer comes ~1 s sooner, and an abstention's actor discovery runs on the other core while the snapshot
 * is encoded. The snapshot is still saved, once.
 */
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { runAsk } from "../../src/cli/ask.js";
import { type DiscoveryThread, startDiscoveryThread } from "../../src/core/discoveryThread.js";
import { loadCore } from "../../src/core/loadCore.js";
import { createEngine } from "../../src/search/engine.js";
import { snapshotFiles } from "../support/cacheFiles.js";
import { tempDirs } from "../support/tempDirs.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

const freshCache = tempDirs("vb-ask-save-");
const snapshots = snapshotFiles;

describe("runAsk's first answer before the snapshot", () => {
  async function askCold(questions: string[]) {
    const cacheDir = await freshCache();
    const started: string[] = [];
    const startDiscovery = (): DiscoveryThread => {
      started.push("thread");
      return startDiscoveryThread();
    };
    const build = (dir: string, hooks: object) => createEngine(dir, { cacheDir, deferSave: true, ...hooks });
    const core = await loadCore(CORPUS_DIR, build, { discovery: "on-demand", discoveryThreadFrom: 1, startDiscovery });
    const chunks: string[] = [];
    // Each line is recorded as it is written (a write completes at once, so none waits in a buffer).
    const out = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    const seen: Array<{ lines: number; snapshots: number; threads: number }> = [];
    const parsed = parseArgs(["ask", "--json"]);
    if (!parsed.ok) throw new Error(parsed.error);
    await runAsk(core, parsed.args, out, Readable.from([`${questions.join("\n")}\n`]), {
      afterFirstAnswer: () => {
        seen.push({ lines: chunks.join("").split("\n").filter(Boolean).length, snapshots: snapshots(cacheDir).length, threads: started.length });
        void core.engine.saveSnapshot?.();
      },
    });
    await core.engine.saveSnapshot?.();
    return { seen, lines: chunks.join("").split("\n").filter(Boolean), saved: snapshots(cacheDir).length };
  }

  it("GIVEN an answered question THEN its line is written before the snapshot is saved, and the snapshot is saved after", async () => {
    const { seen, lines, saved } = await askCold(["Was sagte Rubio?", "Wer ist Keith Kellogg?"]);
    expect(seen).toEqual([{ lines: 1, snapshots: 0, threads: 0 }]);
    expect(lines).toHaveLength(2);
    expect(saved).toBe(1);
  });

  it("GIVEN an abstention first THEN the discovery thread has started before the snapshot is saved, and its line comes with the profile", async () => {
    const { seen, lines, saved } = await askCold(["Wer gewann die Fußball-Weltmeisterschaft 2014 in Brasilien?"]);
    expect(seen).toEqual([{ lines: 0, snapshots: 0, threads: 1 }]);
    const answer = JSON.parse(lines[0]!) as { abstained: boolean; corpus?: { people: string[]; english: { people: string[] } } };
    expect(answer.abstained).toBe(true);
    expect(answer.corpus?.people.length).toBeGreaterThan(0);
    // The German lists keep their shape (lists of names and nouns); the English forms stand beside them.
    expect(answer.corpus?.people.every((p) => typeof p === "string")).toBe(true);
    expect(answer.corpus?.english.people.length).toBeGreaterThan(0);
    expect(saved).toBe(1);
  });
});
