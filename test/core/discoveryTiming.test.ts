/**
 * When a core discovers its actors: at load (the bot) or on demand (the CLI's ask, source and console). On demand,
 * nothing is discovered while nothing needs the actors; the first timeline, actor lookup or abstention's profile
 * discovers them, the same actors and profile as at load, and caches them beside the snapshot for the next start.
 */
import { readdirSync } from "node:fs";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { loadCore } from "../../src/core/loadCore.js";
import { type DiscoveryThread, startDiscoveryThread } from "../../src/core/discoveryThread.js";
import { createEngine } from "../../src/search/engine.js";
import { parseArgs } from "../../src/cli/args.js";
import { runAsk } from "../../src/cli/ask.js";
import { tempDirs } from "../support/tempDirs.js";
import { CORPUS_DIR } from "../fixtures/corpus.js";

const freshCache = tempDirs("vb-discovery-timing-");

const derivedFiles = (dir: string) => readdirSync(dir).filter((f) => f.startsWith("derived-")).map((f) => f.split("-")[1]).sort();
const names = (core: Awaited<ReturnType<typeof loadCore>>) => core.actorChoices("").map((c) => c.value);
const OUT_OF_SCOPE = "Wer gewann die Fußball-Weltmeisterschaft 2014 in Brasilien?";

describe("loadCore: discovery on demand", () => {
  it("GIVEN on demand THEN a load and an answered question discover nothing, and an abstention's profile discovers actors and facts equal to the ones found at load", async () => {
    const atLoad = await loadCore(CORPUS_DIR);
    const cacheDir = await freshCache();
    const started: string[] = [];
    const startDiscovery = (): DiscoveryThread => {
      started.push("start");
      return startDiscoveryThread();
    };
    const build = (dir: string, hooks: object) => createEngine(dir, { cacheDir, ...hooks });
    // The thread would be used from one article on: on demand it is not started at all.
    const core = await loadCore(CORPUS_DIR, build, { discovery: "on-demand", discoveryThreadFrom: 1, startDiscovery });
    expect(started).toEqual([]);
    expect(derivedFiles(cacheDir)).toEqual([]);
    expect(core.ask("Was sagte Rubio?").abstained).toBe(false);
    expect(derivedFiles(cacheDir)).toEqual([]);

    const abstained = core.ask(OUT_OF_SCOPE);
    expect(abstained.abstained).toBe(true);
    expect(derivedFiles(cacheDir)).toEqual(["actors", "facts"]);
    expect(abstained.abstained && abstained.corpus).toEqual(atLoad.profile());
    expect(names(core)).toEqual(names(atLoad));
  });

  it("GIVEN on demand THEN the first actor lookup discovers the actors, and the next start reads them from the cache", async () => {
    const atLoad = await loadCore(CORPUS_DIR);
    const cacheDir = await freshCache();
    const build = (dir: string, hooks: object) => createEngine(dir, { cacheDir, ...hooks });
    const core = await loadCore(CORPUS_DIR, build, { discovery: "on-demand" });
    expect(derivedFiles(cacheDir)).toEqual([]);
    expect(names(core)).toEqual(names(atLoad));
    expect(derivedFiles(cacheDir)).toEqual(["actors", "facts"]);
    const timeline = core.timeline("Putin");
    expect(timeline.ok && timeline.timeline.events.length).toBeGreaterThan(0);

    const warm = await loadCore(CORPUS_DIR, build, { discovery: "on-demand" });
    expect(names(warm)).toEqual(names(atLoad));
    expect(warm.profile()).toEqual(atLoad.profile());
  });

  it("GIVEN at load (the default) THEN the actors and the facts found with them are cached before anything asks", async () => {
    const cacheDir = await freshCache();
    await loadCore(CORPUS_DIR, (dir, hooks) => createEngine(dir, { cacheDir, ...hooks }));
    expect(derivedFiles(cacheDir)).toEqual(["actors", "facts"]);
  });
});

describe("cli ask batch: the profile discovered in a thread while the next questions are answered", () => {
  const QUESTIONS = ["Was sagte Rubio?", OUT_OF_SCOPE, "Wann stimmte die Ukraine der Waffenruhe zu?", "", "Wer ist Lawrow?", "Wie wird das Wetter morgen in Hamburg?", "Was sagte Trump?"];

  /** The JSON lines `cli ask --json` writes for `questions` on stdin. */
  async function batch(core: Awaited<ReturnType<typeof loadCore>>, questions: readonly string[]): Promise<string[]> {
    const parsed = parseArgs(["ask", "--json"]);
    if (!parsed.ok) throw new Error(parsed.error);
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on("data", (c: Buffer) => chunks.push(c.toString("utf8")));
    await runAsk(core, parsed.args, out, Readable.from([`${questions.join("\n")}\n`]));
    return chunks.join("").split("\n").filter(Boolean);
  }

  /** A core that discovers on demand, with a cache and a thread from one article on; `started` records the threads. */
  async function onDemandCore() {
    const started: string[] = [];
    const startDiscovery = (): DiscoveryThread => {
      started.push("start");
      return startDiscoveryThread();
    };
    const cacheDir = await freshCache();
    const build = (dir: string, hooks: object) => createEngine(dir, { cacheDir, ...hooks });
    return { core: await loadCore(CORPUS_DIR, build, { discovery: "on-demand", discoveryThreadFrom: 1, startDiscovery }), started, cacheDir };
  }

  it("GIVEN a batch with abstentions on a core that discovers on demand THEN one thread discovers the profile and the lines equal an at-load core's, in order", async () => {
    const reference = await batch(await loadCore(CORPUS_DIR), QUESTIONS);
    expect(reference).toHaveLength(QUESTIONS.length);
    const { core, started, cacheDir } = await onDemandCore();
    expect(await batch(core, QUESTIONS)).toEqual(reference);
    expect(started).toEqual(["start"]);
    expect(derivedFiles(cacheDir)).toEqual(["actors", "facts"]);
    // Known now: the next batch neither starts a thread nor holds a line.
    expect(core.profileAhead()).toBeUndefined();
  });

  it("GIVEN a discovery thread that fails THEN the held lines are still written, the same as an at-load core's (discovered on this thread)", async () => {
    const reference = await batch(await loadCore(CORPUS_DIR), QUESTIONS);
    const failing = (): DiscoveryThread => ({ discover: () => Promise.reject(new Error("worker crashed")), cancel: () => undefined });
    const core = await loadCore(CORPUS_DIR, undefined, { discovery: "on-demand", discoveryThreadFrom: 1, startDiscovery: failing });
    expect(await batch(core, QUESTIONS)).toEqual(reference);
  });

  it("GIVEN a batch without an abstention THEN no thread starts and nothing is discovered", async () => {
    const { core, started, cacheDir } = await onDemandCore();
    const lines = await batch(core, ["Was sagte Rubio?", "Was sagte Trump?"]);
    expect(lines.map((l) => (JSON.parse(l) as { abstained: boolean }).abstained)).toEqual([false, false]);
    expect(started).toEqual([]);
    expect(derivedFiles(cacheDir)).toEqual([]);
  });

  it("GIVEN a corpus below the thread's size THEN there is nothing ahead: the batch discovers on this thread when it must", async () => {
    const core = await loadCore(CORPUS_DIR, undefined, { discovery: "on-demand" });
    expect(core.profileAhead()).toBeUndefined();
  });
});
