/**
 * The bot process from its first moment (src/main.ts against the fake Discord): an empty corpus keeps the bot
 * from starting unless ALLOW_EMPTY_CORPUS=true.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type BotProcess, isReady, seedFolder, spawnBot } from "./botProcess.js";

let bot: BotProcess | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
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
  }, 90_000);

  it("GIVEN ALLOW_EMPTY_CORPUS=true THEN it starts anyway (and says the corpus is empty)", async () => {
    bot = await spawnBot({ corpusDir: empty.dir, env: { ALLOW_EMPTY_CORPUS: "true" } });
    await bot.waitForLog(isReady);
    expect(bot.stderr()).toContain("no articles");
  }, 90_000);
});
