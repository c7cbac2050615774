/**
 * Reloads of the running bot (the real `npm start` process against the fake Discord): a reload is
 * transactional for every file the corpus uses. A broken data file, or one the folder held before and does not
 * now, is rejected by file and reason while the old corpus keeps answering; once the files are right again the
 * next reload goes through. The watcher follows the corpus folder when it is swapped by a rename, or removed
 * and created again.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMBEDDED_CORPUS_DIR } from "../../src/config/paths.js";
import { FILES, SEED_FILES } from "../fixtures/corpus.js";
import { type BotProcess, isReady, isRejected, isReloaded, type LogLine, seedFolder, spawnBot, text } from "./botProcess.js";

const DATA = ["actors.json", "variants.json", "glossary.en-de.json", "synonyms.de.json"];
const OWN_TITLE = "Kellogg-Titel aus articles.json";
const METADATA = JSON.stringify({ version: 1, articles: { [FILES.f000]: { title: OWN_TITLE, published: "2025-03-16" } } });

describe("GIVEN a running bot with its own data files WHEN a data file breaks and SIGHUP asks for a reload", () => {
  let bot: BotProcess;
  let folder: { dir: string; cleanup: () => void };
  const file = (name: string) => path.join(folder.dir, name);
  const original = (name: string) => readFileSync(path.join(EMBEDDED_CORPUS_DIR, name), "utf8");

  beforeAll(async () => {
    folder = seedFolder([FILES.f000, FILES.f001, FILES.f002, FILES.f003, ...DATA]);
    writeFileSync(file("articles.json"), METADATA);
    bot = await spawnBot({ corpusDir: folder.dir });
    await bot.waitForLog(isReady);
  });
  afterAll(async () => {
    await bot?.close();
    folder?.cleanup();
  });

  /** SIGHUP, then the outcome's log line. */
  async function reload(): Promise<LogLine> {
    const from = bot.logs.length;
    bot.child.kill("SIGHUP");
    return bot.waitForLog((l) => isReloaded(l) || isRejected(l), { from });
  }

  /** After a rejection: put the file back and check the next reload goes through. */
  async function restoreAndReload(name: string, content: string): Promise<void> {
    writeFileSync(file(name), content);
    expect(await reload()).toMatchObject({ msg: "corpus reloaded" });
  }

  const timelineLawrow = async () => text(await bot.command("timeline", [{ name: "actor", type: 3, value: "Lawrow" }]));
  const sourceF000 = async () => text(await bot.command("source", [{ name: "article", type: 3, value: FILES.f000 }]));
  /** Without variants.json's "Lavrov" → "Lawrow", this question finds nobody (the articles spell it "Lawrow"). */
  const askLavrov = async () => text(await bot.command("ask", [{ name: "question", type: 3, value: "Was sagte Lavrov?" }]));

  it("THEN to begin with, the timeline knows Lawrow and /source shows the title from articles.json", async () => {
    expect(await timelineLawrow()).toContain("Sergej Lawrow");
    expect(await sourceF000()).toContain(OWN_TITLE);
  });

  it("GIVEN actors.json cut off in the middle THEN the reload is rejected naming actors.json AND /timeline still knows Lawrow", async () => {
    const actors = original("actors.json");
    writeFileSync(file("actors.json"), actors.slice(0, actors.length / 2));
    const line = await reload();
    expect(line.msg).toMatch(/^corpus reload rejected/);
    expect((line.rejected as string[]).join("\n")).toMatch(/actors: .*actors\.json: invalid JSON/);
    expect(await timelineLawrow()).toContain("Sergej Lawrow");
    await restoreAndReload("actors.json", actors);
  });

  it("GIVEN articles.json that is not valid THEN the reload is rejected naming articles.json AND the titles stay", async () => {
    writeFileSync(file("articles.json"), JSON.stringify({ version: 1, articles: { [FILES.f000]: { published: "16.03.2025" } } }));
    const line = await reload();
    expect(line.msg).toMatch(/^corpus reload rejected/);
    expect((line.rejected as string[]).join("\n")).toMatch(/corpus: articles\.json: .*published/);
    expect(await sourceF000()).toContain(OWN_TITLE);
    await restoreAndReload("articles.json", METADATA);
  });

  it("GIVEN variants.json that fails its schema THEN the reload is rejected naming variants.json AND 'Was sagte Lavrov?' still finds Lawrow", async () => {
    expect(await askLavrov()).toContain("Lawrow");
    writeFileSync(file("variants.json"), JSON.stringify({ version: 1, groups: [{ canonical: "Lawrow", variants: [] }] }));
    const line = await reload();
    expect(line.msg).toMatch(/^corpus reload rejected/);
    expect((line.rejected as string[]).join("\n")).toMatch(/variants: .*variants\.json: groups\[0\]\.variants: a group needs at least one variant/);
    expect(await askLavrov()).toContain("Lawrow");
    await restoreAndReload("variants.json", original("variants.json"));
  });

  it("GIVEN glossary.en-de.json cut off in the middle THEN the reload is rejected naming it AND the serving corpus still answers", async () => {
    const glossary = original("glossary.en-de.json");
    writeFileSync(file("glossary.en-de.json"), glossary.slice(0, glossary.length / 2));
    const line = await reload();
    expect(line.msg).toMatch(/^corpus reload rejected/);
    expect((line.rejected as string[]).join("\n")).toMatch(/glossary: .*glossary\.en-de\.json: invalid JSON/);
    expect(await sourceF000()).toContain(OWN_TITLE);
    expect(await askLavrov()).toContain("Lawrow");
    await restoreAndReload("glossary.en-de.json", glossary);
  });

  it("GIVEN synonyms.de.json that fails its schema THEN the reload is rejected naming it AND the serving corpus still answers", async () => {
    writeFileSync(file("synonyms.de.json"), JSON.stringify({ version: 1, groups: [["Waffenruhe"]] }));
    const line = await reload();
    expect(line.msg).toMatch(/^corpus reload rejected/);
    expect((line.rejected as string[]).join("\n")).toMatch(/synonyms\.de\.json: .*groups/);
    expect(await sourceF000()).toContain(OWN_TITLE);
    expect(await askLavrov()).toContain("Lawrow");
    await restoreAndReload("synonyms.de.json", original("synonyms.de.json"));
  });

  it("GIVEN a data file the folder had is deleted THEN the reload is rejected naming it as missing (the embedded one does not silently step in)", async () => {
    unlinkSync(file("glossary.en-de.json"));
    const line = await reload();
    expect(line.msg).toMatch(/^corpus reload rejected/);
    expect((line.rejected as string[]).join("\n")).toContain("corpus: glossary.en-de.json: missing");
    await restoreAndReload("glossary.en-de.json", original("glossary.en-de.json"));
  });

  it("GIVEN a data file over its cap (actors.json with an actor of 101 aliases) THEN the reload is rejected naming the file and the cap", async () => {
    const actors = JSON.parse(original("actors.json")) as { actors: Array<{ aliases: string[] }> };
    actors.actors[0]!.aliases = Array.from({ length: 101 }, (_, i) => `Alias Nummer ${i}`);
    writeFileSync(file("actors.json"), JSON.stringify(actors));
    const line = await reload();
    expect(line.msg).toMatch(/^corpus reload rejected/);
    expect((line.rejected as string[]).join("\n")).toMatch(/actors: .*actors\.json: actors\[0\]\.aliases: at most 100 aliases per actor/);
    await restoreAndReload("actors.json", original("actors.json"));
  });
});

describe("GIVEN a running bot that watches its corpus folder", () => {
  const { dirs, serves } = watchingBot([FILES.f000, FILES.f002]);


  it("WHEN the folder is swapped for a new one by rename THEN the bot reloads from the new folder", async () => {
    const next = path.join(dirs.root, "corpus.next");
    mkdirSync(next);
    for (const f of [FILES.f000, FILES.f002, FILES.f003]) cpSync(path.join(EMBEDDED_CORPUS_DIR, f), path.join(next, f));
    renameSync(dirs.corpus, path.join(dirs.root, "corpus.old"));
    renameSync(next, dirs.corpus);
    await expect.poll(serves(FILES.f003, "Wichtigkeit unterstrichen"), { interval: 500 }).toBe(true);
    // And it watches the new folder, not the old one under its new name.
    cpSync(path.join(EMBEDDED_CORPUS_DIR, FILES.f004), path.join(dirs.corpus, `9${FILES.f004}`));
    await expect.poll(serves(`9${FILES.f004}`, "Rutte"), { interval: 500 }).toBe(true);
  });

  it("WHEN files change in bursts THEN after the last change the bot serves the last file too (the watcher sees every change; that none is lost to a running reload is the 1,000-article test below)", async () => {
    for (let round = 0; round < 5; round++) {
      for (const f of [FILES.f001, FILES.f002, FILES.f003]) cpSync(path.join(EMBEDDED_CORPUS_DIR, f), path.join(dirs.corpus, `${round}${f}`));
      // (One change every 150 ms: each lands before the debounce of the last one has run out, or during its reload.)
      await new Promise((r) => setTimeout(r, 150));
    }
    await expect.poll(serves(`4${FILES.f003}`, "Wichtigkeit unterstrichen"), { interval: 500 }).toBe(true);
  });
});

describe("GIVEN a running bot that watches its corpus folder (a bot of its own, so this does not depend on the swap above)", () => {
  const { dirs, serves, bot } = watchingBot([FILES.f000, FILES.f003]);

  it("WHEN the folder is removed and created again THEN the bot keeps serving meanwhile and reloads from the new one", async () => {
    rmSync(dirs.corpus, { recursive: true, force: true });
    await bot().waitForLog((l) => isRejected(l) && String(l.reason).includes("does not exist"));
    expect(await serves(FILES.f003, "Wichtigkeit unterstrichen")()).toBe(true);
    mkdirSync(dirs.corpus);
    for (const f of [FILES.f000, FILES.f004]) cpSync(path.join(EMBEDDED_CORPUS_DIR, f), path.join(dirs.corpus, f));
    await expect.poll(serves(FILES.f004, "Rutte"), { interval: 500 }).toBe(true);
  });
});

describe("GIVEN a running bot that watches a corpus of 1,000 articles WHEN an article is added while a reload runs, after that reload read the folder", () => {
  let bot: BotProcess;
  let folder: { dir: string; cleanup: () => void };
  const ARTICLES = 1000;

  beforeAll(async () => {
    folder = seedFolder([]);
    // Enough articles that the reload's work after reading the folder (index, actors, timelines) outlasts the watcher's debounce.
    for (let i = 0; i < ARTICLES; i++) {
      const seed = SEED_FILES[i % SEED_FILES.length]!;
      cpSync(path.join(EMBEDDED_CORPUS_DIR, seed), path.join(folder.dir, `${String(i).padStart(4, "0")}_${seed}`));
    }
    bot = await spawnBot({ corpusDir: folder.dir, env: { CORPUS_WATCH: "true" } });
    await bot.waitForLog(isReady);
  });
  afterAll(async () => {
    await bot?.close();
    folder?.cleanup();
  });

  it("THEN that reload swaps in without it, and one more reload follows by itself (no SIGHUP, no further change) and serves it", async () => {
    const logsFrom = bot.logs.length;
    const stderrFrom = bot.stderr().length;
    bot.child.kill("SIGHUP");
    // The reload has read and indexed the folder: a file written now is not in it.
    await bot.waitForStderr("index: built", undefined, stderrFrom);
    const added = `9999_${FILES.f004}`;
    cpSync(path.join(EMBEDDED_CORPUS_DIR, FILES.f004), path.join(folder.dir, added));
    // The watcher's reload request came while that reload still ran (it is not one that merely follows it).
    const queued = await bot.waitForLog((l) => l.msg.startsWith("corpus reload asked for while one runs"), { from: logsFrom });
    const first = await bot.waitForLog((l) => isReloaded(l) || isRejected(l), { from: logsFrom });
    expect(bot.logs.indexOf(queued)).toBeLessThan(bot.logs.indexOf(first));
    expect(first).toMatchObject({ msg: "corpus reloaded", articles: ARTICLES });
    const second = await bot.waitForLog((l) => isReloaded(l) || isRejected(l), { from: bot.logs.indexOf(first) + 1 });
    expect(second).toMatchObject({ msg: "corpus reloaded", articles: ARTICLES + 1 });
    expect(text(await bot.command("source", [{ name: "article", type: 3, value: added }]))).toContain("Rutte");
    expect(bot.logs.filter((l) => l.msg === "SIGHUP: reloading the corpus")).toHaveLength(1);
  });
});

/** A bot watching a corpus folder of its own (under a fresh root) that starts with `files`; stopped after the block. */
function watchingBot(files: string[]) {
  const dirs = { root: "", corpus: "" };
  let spawned: BotProcess | undefined;
  beforeAll(async () => {
    dirs.root = mkdtempSync(path.join(tmpdir(), "vb-watch-"));
    dirs.corpus = path.join(dirs.root, "corpus");
    mkdirSync(dirs.corpus);
    for (const f of files) cpSync(path.join(EMBEDDED_CORPUS_DIR, f), path.join(dirs.corpus, f));
    spawned = await spawnBot({ corpusDir: dirs.corpus, env: { CORPUS_WATCH: "true" } });
    await spawned.waitForLog(isReady);
  });
  afterAll(async () => {
    await spawned?.close();
    rmSync(dirs.root, { recursive: true, force: true });
  });
  const bot = () => spawned!;
  const source = async (file: string) => text(await bot().command("source", [{ name: "article", type: 3, value: file }]));
  const serves = (file: string, phrase: string) => async () => (await source(file)).includes(phrase);
  return { dirs, bot, serves };
}
