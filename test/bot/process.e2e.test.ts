/**
 * The bot process from its first moment (src/main.ts against the fake Discord): SIGHUP while the corpus is
 * still loading queues a reload instead of killing the process, SIGTERM then exits cleanly; an empty corpus
 * keeps the bot from starting unless ALLOW_EMPTY_CORPUS=true; the token is never printed, even at
 * LOG_LEVEL=trace with a token discord.js does not censor (one without dots).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { EMBEDDED_CORPUS_DIR, PACKAGE_ROOT } from "../../src/config/paths.js";
import { FILES, SEED_FILES } from "../fixtures/corpus.js";
import { type BotProcess, isReady, isReloaded, seedFolder, spawnBot } from "./botProcess.js";

let bot: BotProcess | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

/** Enough articles that loading and indexing them takes a while (the index is built at every start: no cache). */
let big: string;
beforeAll(() => {
  big = mkdtempSync(path.join(tmpdir(), "vb-big-corpus-"));
  for (let i = 0; i < 1000; i++) {
    const seed = SEED_FILES[i % SEED_FILES.length]!;
    copyFileSync(path.join(EMBEDDED_CORPUS_DIR, seed), path.join(big, `${String(i).padStart(4, "0")}_${seed}`));
  }
});
afterAll(() => rmSync(big, { recursive: true, force: true }));

describe("signals while the corpus loads", () => {
  let small: { dir: string; cleanup: () => void };
  beforeAll(() => {
    small = seedFolder([SEED_FILES[0]!]);
  });
  afterAll(() => small.cleanup());

  it("GIVEN the bot is still loading its corpus WHEN SIGHUP arrives THEN it does not die: it starts and then reloads once", async () => {
    bot = await spawnBot({ corpusDir: big });
    await bot.waitForStderr("corpus: loading");
    bot.child.kill("SIGHUP");
    await bot.waitForStderr("SIGHUP during start-up");
    await bot.waitForLog(isReady);
    await bot.waitForLog(isReloaded);
    expect(bot.child.exitCode).toBeNull();
  });

  it("GIVEN the bot's own modules are still loading (loadCore.ts, after the entry's signal handlers) WHEN SIGHUP arrives THEN it does not die: it starts and then reloads once", async () => {
    // Module hooks on the loader's thread send the SIGHUP as loadCore.ts starts to load: deterministic, no timing.
    const hook = pathToFileURL(path.join(PACKAGE_ROOT, "test/bot/fixtures/hangupWhileLoading.mjs")).href;
    // The module compiled (dist/src/core/loadCore.js) or not (src/core/loadCore.ts), whichever the launcher runs.
    bot = await spawnBot({ corpusDir: small.dir, nodeArgs: ["--import", hook], env: { VB_HANGUP_WHILE_LOADING: "/src/core/loadCore" } });
    await bot.waitForStderr("SIGHUP during start-up");
    await bot.waitForLog(isReady);
    await bot.waitForLog(isReloaded);
    expect(bot.child.exitCode).toBeNull();
    expect(bot.child.signalCode).toBeNull();
  });

  it("GIVEN the bot is still loading its corpus WHEN SIGTERM arrives THEN it exits 0, not killed by the signal", async () => {
    bot = await spawnBot({ corpusDir: big });
    await bot.waitForStderr("corpus: loading");
    bot.child.kill("SIGTERM");
    expect(await bot.exited()).toEqual({ code: 0, signal: null });
    expect(bot.stderr()).toContain("SIGTERM during start-up: exiting");
  });
});

describe("an empty corpus", () => {
  let empty: { dir: string; cleanup: () => void };
  beforeAll(() => {
    empty = seedFolder([]);
  });
  afterAll(() => empty.cleanup());

  it("GIVEN a corpus folder without articles THEN the bot does not start: exit 1, naming the folder's state and ALLOW_EMPTY_CORPUS", async () => {
    bot = await spawnBot({ corpusDir: empty.dir });
    expect((await bot.exited()).code).toBe(1);
    expect(bot.stderr()).toContain("no articles: the folder holds no *.txt files");
    expect(bot.stderr()).toContain("ALLOW_EMPTY_CORPUS=true");
    expect(bot.logs.some(isReady)).toBe(false);
  });

  it("GIVEN ALLOW_EMPTY_CORPUS=true THEN it starts anyway (and says the corpus is empty)", async () => {
    bot = await spawnBot({ corpusDir: empty.dir, env: { ALLOW_EMPTY_CORPUS: "true" } });
    await bot.waitForLog(isReady);
    expect(bot.stderr()).toContain("no articles");
  });
});

describe("a corpus folder that is missing, or holds links and subfolders", () => {
  let odd: { dir: string; cleanup: () => void };
  beforeAll(() => {
    odd = seedFolder([FILES.f000]);
    mkdirSync(path.join(odd.dir, "archiv"));
    writeFileSync(path.join(odd.dir, "archiv", "005_alt.txt"), "Ein alter Artikel.");
    symlinkSync(path.join(EMBEDDED_CORPUS_DIR, FILES.f001), path.join(odd.dir, FILES.f001));
  });
  afterAll(() => odd.cleanup());

  it("GIVEN CORPUS_DIR names no folder THEN the bot does not start: exit 1, one line saying the folder does not exist, never ready", async () => {
    const missing = path.join(odd.dir, "gibt-es-nicht");
    bot = await spawnBot({ corpusDir: missing });
    expect((await bot.exited()).code).toBe(1);
    expect(bot.stderr()).toContain(`corpus: ${missing}: cannot read folder: it does not exist (set CORPUS_DIR to the folder of article files)`);
    expect(bot.logs.some(isReady)).toBe(false);
  });

  it("GIVEN a symbolic link and a subfolder beside an article THEN start reports each as skipped and serves the article", async () => {
    bot = await spawnBot({ corpusDir: odd.dir });
    await bot.waitForLog(isReady);
    expect(bot.stderr()).toContain(`corpus: ${FILES.f001}: skipped: a symbolic link`);
    expect(bot.stderr()).toContain("corpus: archiv/: skipped: a subfolder");
    expect(JSON.stringify((await bot.command("source", [{ name: "article", type: 3, value: FILES.f000 }])).data)).toContain("Kellogg");
  });
});

describe("stopping", () => {
  /** The log line of a core worker that died while serving, which has the bot reload the whole corpus. */
  const workerDied = (l: { msg: string }) => l.msg.startsWith("core worker ended");

  it("GIVEN a token Discord refuses THEN the bot exits 1 saying it did not start, without reloading the corpus on its way out", async () => {
    bot = await spawnBot({ corpusDir: EMBEDDED_CORPUS_DIR, acceptedToken: "a-token-the-fake-discord-expects-instead" });
    expect((await bot.exited()).code).toBe(1);
    expect(bot.stderr()).toContain("Discord bot did not start");
    expect(bot.logs.filter(workerDied)).toEqual([]);
    expect(bot.logs.some(isReloaded)).toBe(false);
  });

  it("GIVEN a running bot WHEN SIGTERM arrives THEN it exits 0 without reloading the corpus", async () => {
    bot = await spawnBot({ corpusDir: EMBEDDED_CORPUS_DIR });
    await bot.waitForLog(isReady);
    bot.child.kill("SIGTERM");
    expect(await bot.exited()).toEqual({ code: 0, signal: null });
    expect(bot.logs.filter(workerDied)).toEqual([]);
    expect(bot.logs.some(isReloaded)).toBe(false);
  });
});

describe("the token in the logs", () => {
  /** discord.js censors what follows the second dot; a token without dots it logs whole at trace level. */
  const DOTLESS = "VGhpc0lzQVRva2VuV2l0aG91dERvdHNGb3JUZXN0czEyMzQ1Njc4OTBhYmNkZWY";
  let folder: { dir: string; cleanup: () => void };
  beforeAll(() => {
    folder = seedFolder([SEED_FILES[0]!]);
  });
  afterAll(() => folder.cleanup());

  it("GIVEN LOG_LEVEL=trace and a token without dots THEN the bot runs, and no output of the process holds the token in any form", async () => {
    bot = await spawnBot({ corpusDir: folder.dir, token: DOTLESS, env: { LOG_LEVEL: "trace" } });
    await bot.waitForLog(isReady);
    await bot.waitForLog((l) => String(l.message ?? "").startsWith("Provided token"));
    const all = bot.stdout() + bot.stderr();
    expect(all).toContain("Provided token: [redacted]");
    for (const form of [DOTLESS, DOTLESS.slice(0, 30), Buffer.from(DOTLESS).toString("base64").slice(0, 40)]) expect(all).not.toContain(form);
  });

  it("GIVEN the token pasted into CORPUS_DIR and INDEX_CACHE_DIR THEN the bot does not start, names both settings, and no output holds the token", async () => {
    bot = await spawnBot({ corpusDir: path.join(folder.dir, DOTLESS), token: DOTLESS, env: { LOG_LEVEL: "trace", INDEX_CACHE_DIR: `./cache/${DOTLESS}` } });
    expect((await bot.exited()).code).toBe(2);
    const all = bot.stdout() + bot.stderr();
    expect(all).toContain("env: CORPUS_DIR: looks like a Discord bot token");
    expect(all).toContain("env: INDEX_CACHE_DIR: looks like a Discord bot token");
    for (const form of [DOTLESS, DOTLESS.slice(0, 30), DOTLESS.slice(-30)]) expect(all).not.toContain(form);
  });
});
