/** /timeline and /source end to end: autocomplete, month order, paging buttons, the .txt attachment, lookup errors. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPayload } from "../../src/render/discord/limits.js";
import { buttonIds, type Harness, isEphemeral, replyText, startHarness } from "./harness.js";

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const choicesOf = (reply: { data?: Record<string, unknown> }) => (reply.data?.choices ?? []) as Array<{ name: string; value: string }>;

describe("/timeline", () => {
  it("GIVEN 'Sel' typed in the actor field THEN autocomplete offers Selenskyj within limits", async () => {
    const reply = await h.autocomplete("timeline", "actor", "Sel");
    expect(reply.type).toBe(8);
    expect(choicesOf(reply)).toContainEqual({ name: "Wolodymyr Selenskyj", value: "selenskyj" });
    expect(checkPayload(reply.data)).toEqual([]);
  });

  it("GIVEN actor 'Lavrov' THEN February, March and April 2025 appear in that order with quotes and citations", async () => {
    const reply = await h.command("timeline", [{ name: "actor", type: 3, value: "Lavrov" }]);
    expect(reply.type).toBe(4);
    const text = replyText(reply);
    expect(text).toContain("Zeitleiste: Sergej Lawrow");
    const months = ["Februar 2025", "März 2025", "April 2025"].map((m) => text.indexOf(`__**${m}**__`));
    expect(months.every((i) => i >= 0)).toBe(true);
    expect([...months].sort((a, b) => a - b)).toEqual(months);
    expect(text).toContain("Telefonat");
    expect(checkPayload(reply.data)).toEqual([]);
  });

  it("GIVEN a misspelt unknown actor THEN a private message with 'Meintest du …?' suggestions", async () => {
    const reply = await h.command("timeline", [{ name: "actor", type: 3, value: "Xyzzy Plugh" }]);
    expect(isEphemeral(reply)).toBe(true);
    expect(replyText(reply)).toContain("Diese Person kenne ich nicht");
  });

  it("GIVEN a long timeline THEN ◀ ▶ turn the page in place (callback type 7)", async () => {
    const first = await h.command("timeline", [{ name: "actor", type: 3, value: "rubio" }]);
    expect(buttonIds(first)).toEqual(["tl:rubio:0", "tl:rubio:1"]);
    const reply = await h.click("tl:rubio:1");
    expect(reply.type).toBe(7);
    expect(replyText(reply)).toMatch(/Seite 2\/\d+/);
    expect(checkPayload(reply.data)).toEqual([]);
  });
});

describe("/source", () => {
  it("GIVEN an article picked by autocomplete THEN its original text with metadata and a .txt button", async () => {
    const choices = choicesOf(await h.autocomplete("source", "article", "Waffenruhe"));
    expect(choices.length).toBeGreaterThan(0);
    const reply = await h.command("source", [{ name: "article", type: 3, value: choices[0]!.value }]);
    expect(reply.type).toBe(4);
    const text = replyText(reply);
    expect(text).toContain("002_bdd157e6eb167cd2.txt");
    expect(text).toContain("Bei den Gesprächen zwischen den USA und der Ukraine in Saudi-Arabien hat es offenbar Fortschritte gegeben.");
    expect(buttonIds(reply)).toContain("txt:002_bdd157e6eb167cd2");
    expect(checkPayload(reply.data)).toEqual([]);
  });

  it("GIVEN file:true THEN the whole text is attached as a .txt file", async () => {
    const reply = await h.command("source", [
      { name: "article", type: 3, value: "004_caddd746febfda94" },
      { name: "file", type: 5, value: true },
    ]);
    expect(reply.request.files).toEqual([expect.objectContaining({ name: "004_caddd746febfda94.txt", size: expect.any(Number) })]);
  });

  it("GIVEN the .txt button THEN the file arrives privately", async () => {
    const reply = await h.click("txt:003_d4ca25cd25f33b7d");
    expect(reply.type).toBe(4);
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.request.files.map((f) => f.name)).toEqual(["003_d4ca25cd25f33b7d.txt"]);
  });

  it("GIVEN a page button THEN the article page is turned in place (callback type 7)", async () => {
    const reply = await h.click("src:004_caddd746febfda94:1");
    expect(reply.type).toBe(7);
    expect(checkPayload(reply.data)).toEqual([]);
  });

  it("GIVEN an unknown article THEN a clear private message with suggestions", async () => {
    const reply = await h.command("source", [{ name: "article", type: 3, value: "gibt es nicht" }]);
    expect(isEphemeral(reply)).toBe(true);
    expect(replyText(reply)).toContain("Diesen Artikel gibt es nicht: „gibt es nicht“.");
    expect(replyText(reply)).toContain("Meintest du");
  });
});
