/** Secrets never reach the log: redacted fields, masked URL tokens, masked token strings in errors. */
import { DiscordAPIError } from "discord.js";
import { describe, expect, it } from "vitest";
import { describeError } from "../../src/bot/errors.js";
import { createBotLogger, maskUrlTokens } from "../../src/bot/logger.js";

const TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.secret-token-value";

function capture() {
  const lines: string[] = [];
  const logger = createBotLogger({ level: "debug", secrets: [TOKEN], destination: { write: (l: string) => void lines.push(l) } });
  return { logger, text: () => lines.join("") };
}

describe("logger", () => {
  it("GIVEN token and authorization fields THEN they are redacted", () => {
    const { logger, text } = capture();
    logger.info({ token: TOKEN, env: { DISCORD_TOKEN: TOKEN }, req: { headers: { authorization: `Bot ${TOKEN}` } } }, "x");
    expect(text()).not.toContain(TOKEN);
    expect(text()).toContain("[redacted]");
  });

  it("GIVEN an Error that mentions the token THEN the serialized error masks it", () => {
    const { logger, text } = capture();
    logger.error({ err: new Error(`failed with ${TOKEN}`) }, "boom");
    expect(text()).not.toContain(TOKEN);
    expect(text()).toContain("failed with [redacted]");
  });

  it("GIVEN a Discord API error THEN its description keeps code and route but not the interaction token", () => {
    const url = "https://discord.com/api/v10/interactions/123/aW50ZXJhY3Rpb24tdG9rZW4/callback";
    const error = new DiscordAPIError({ code: 10062, message: "Unknown interaction" }, 10062, 404, "POST", url, { body: { secret: 1 } });
    const described = describeError(error);
    expect(described).toMatchObject({ code: 10062, status: 404, method: "POST", url: "https://discord.com/api/v10/interactions/123/[redacted]/callback" });
    expect(JSON.stringify(described)).not.toContain("aW50ZXJhY3Rpb24tdG9rZW4");
    expect(JSON.stringify(described)).not.toContain("secret");
  });

  it("GIVEN webhook URLs THEN the token part is masked", () => {
    expect(maskUrlTokens("/webhooks/1300/abc.def-ghi/messages/@original")).toBe("/webhooks/1300/[redacted]/messages/@original");
  });

  it("GIVEN the token anywhere (a deep field, an array, a key, the message, base64 in a Basic header) THEN no line holds it", () => {
    const { logger, text } = capture();
    const basic = `Basic ${Buffer.from(TOKEN).toString("base64")}`;
    logger.info({ a: { b: { c: [`x ${TOKEN} y`] } }, [TOKEN]: 1, headers: { proxy: basic } }, `sent ${TOKEN}`);
    logger.warn(`Provided token: ${TOKEN.split(".").slice(0, 2).join(".")}.*****`);
    expect(text()).not.toContain(TOKEN);
    expect(text()).not.toContain(Buffer.from(TOKEN).toString("base64").replace(/=+$/, ""));
    expect(text()).not.toContain(TOKEN.split(".")[0]);
    expect(text().match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it("GIVEN a token without dots (which discord.js prints whole at trace level) THEN it is masked too", () => {
    const dotless = "VGhpc0lzQVRva2VuV2l0aG91dERvdHM0NTY3ODkw";
    const lines: string[] = [];
    const logger = createBotLogger({ level: "trace", secrets: [dotless], destination: { write: (l: string) => void lines.push(l) } });
    logger.trace({ message: `Provided token: ${dotless}` }, "discord.js debug");
    expect(lines.join("")).not.toContain(dotless);
    expect(lines.join("")).toContain("Provided token: [redacted]");
  });
});
