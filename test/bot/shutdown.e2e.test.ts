/** Ending the bot: SIGTERM to a real bot process exits 0 by itself; stop() closes the gateway; signal wiring. */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createBotLogger } from "../../src/bot/logger.js";
import { installShutdownHandlers } from "../../src/bot/signals.js";
import { PACKAGE_ROOT } from "../../src/config/paths.js";
import { type FakeDiscord, startFakeDiscord } from "../support/fakeDiscord.js";
import { HANG_GUARD_MS } from "../support/hangGuard.js";
import { startHarness, TOKEN } from "./harness.js";

let fake: FakeDiscord | undefined;
let child: ChildProcess | undefined;

afterEach(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await fake?.close();
  fake = undefined;
});

function waitForLine(stream: NodeJS.ReadableStream, text: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`no "${text}" within ${timeoutMs} ms; got: ${seen}`)), timeoutMs);
    stream.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

describe("shutdown", () => {
  it("GIVEN a running bot process WHEN it gets SIGTERM THEN it logs out, flushes its logs and exits 0 by itself", async () => {
    fake = await startFakeDiscord({ token: TOKEN });
    child = spawn(process.execPath, ["--import", "tsx", path.join("test", "bot", "fixtures", "signalBot.ts")], {
      cwd: PACKAGE_ROOT,
      env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.api, LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    await waitForLine(child.stderr!, "SIGNALBOT-READY", HANG_GUARD_MS);
    child.kill("SIGTERM");
    const [code, signal] = (await once(child, "exit")) as [number | null, string | null];
    expect({ code, signal, stderr }).toMatchObject({ code: 0, signal: null });
    expect(stdout).toContain('"msg":"bot stopped"');
    expect(stdout).not.toContain(TOKEN);
  });

  it("GIVEN a started bot WHEN stop() is called twice THEN the client is destroyed and the second call is harmless", async () => {
    const h = await startHarness();
    await Promise.all([h.bot.stop(), h.bot.stop()]);
    expect(h.bot.client.isReady()).toBe(false);
    await h.fake.close();
  });

  it("GIVEN the signal wiring WHEN the signal arrives THEN stop runs, then exit(0); a second signal exits 1", async () => {
    const exits: number[] = [];
    let stopped = 0;
    const uninstall = installShutdownHandlers({
      stop: async () => {
        stopped++;
      },
      logger: createBotLogger({ level: "silent" }),
      signals: ["SIGUSR2"],
      exit: (code) => exits.push(code),
    });
    try {
      process.emit("SIGUSR2", "SIGUSR2");
      await expect.poll(() => exits).toEqual([0]);
      process.emit("SIGUSR2", "SIGUSR2");
      expect(exits).toEqual([0, 1]);
      expect(stopped).toBe(1);
    } finally {
      uninstall();
    }
  });

  it("GIVEN a stop that hangs THEN exit(1) after the timeout", async () => {
    const exits: number[] = [];
    const uninstall = installShutdownHandlers({
      stop: () => new Promise(() => {}),
      logger: createBotLogger({ level: "silent" }),
      signals: ["SIGUSR2"],
      timeoutMs: 50,
      exit: (code) => exits.push(code),
    });
    try {
      process.emit("SIGUSR2", "SIGUSR2");
      await expect.poll(() => exits).toEqual([1]);
    } finally {
      uninstall();
    }
  });
});
