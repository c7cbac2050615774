/** /timeline and /source end to end: autocomplete, month order, own pagers, clickable suggestions, the .txt attachment. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPayload } from "../../src/render/discord/limits.js";
import type { InteractionReply } from "../support/fakeDiscord.js";
import { buttonIds, componentsOf, type Harness, isEphemeral, replyText, startHarness } from "./harness.js";

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const choicesOf = (reply: { data?: Record<string, unknown> }) => (reply.data?.choices ?? []) as Array<{ name: string; value: string }>;
const userOf = (reply: InteractionReply) => String((reply.interaction.payload.user as { id: string }).id);

/** Requests that could change a message someone already sees: edits, deletes, or an update callback. */
function messageChanges(since: number): string[] {
  return h.fake.requests
    .slice(since)
    .filter((r) => r.method === "PATCH" || r.method === "DELETE" || (r.path.endsWith("/callback") && (r.body as { type?: number }).type === 7))
    .map((r) => `${r.method} ${r.path}`);
}

describe("/timeline", () => {
  it("GIVEN 'Sel' typed in the actor field THEN autocomplete offers Selenskyj within limits", async () => {
    const reply = await h.autocomplete("timeline", "actor", "Sel");
    expect(reply.type).toBe(8);
    expect(choicesOf(reply)).toContainEqual({ name: "Wolodymyr Selenskyj", value: "selenskyj" });
    expect(checkPayload(reply.data)).toEqual([]);
  });

  it("GIVEN actor 'Lavrov' THEN February, March and April 2025 appear in that order with quotes and numbered sources, and the picture is attached", async () => {
    const reply = await h.command("timeline", [{ name: "actor", type: 3, value: "Lavrov" }]);
    expect(reply.type).toBe(4);
    const text = replyText(reply);
    expect(text).toContain("Zeitleiste: Sergej Lawrow");
    const months = ["Februar 2025", "März 2025", "April 2025"].map((m) => text.indexOf(`__**${m}**__`));
    expect(months.every((i) => i >= 0)).toBe(true);
    expect([...months].sort((a, b) => a - b)).toEqual(months);
    expect(text).toContain("Telefonat");
    expect(text).toContain("Quellen: [1]");
    expect(text).not.toMatch(/\.txt/);
    expect(reply.request.files).toEqual([expect.objectContaining({ name: "zeitleiste-lawrow.png", size: expect.any(Number) })]);
    expect(reply.request.files[0]!.size).toBeLessThan(1_000_000);
    expect(checkPayload(reply.data)).toEqual([]);
  });

  it("GIVEN English THEN the person's English name and English month headers", async () => {
    const reply = await h.command("timeline", [{ name: "actor", type: 3, value: "Lawrow" }], { locale: "en-GB" });
    const text = replyText(reply);
    expect(text).toContain("Timeline: Sergey Lavrov");
    expect(text).toMatch(/__\*\*(February|March|April) 2025\*\*__/);
    expect(text).not.toMatch(/__\*\*(Februar|März) 2025/);
  });

  it("GIVEN an unknown actor without close names THEN privately the people the bot knows, and picking one runs /timeline", async () => {
    const reply = await h.command("timeline", [{ name: "actor", type: 3, value: "Xyzzy Plugh" }]);
    expect(isEphemeral(reply)).toBe(true);
    expect(replyText(reply)).toContain("Diese Person kenne ich nicht");
    expect(replyText(reply)).toContain("Diese Personen kenne ich:");
    const menu = componentsOf(reply).find((c) => c.custom_id === "runm:tl");
    expect(menu?.options?.map((o) => o.value)).toEqual(expect.arrayContaining(["lawrow", "selenskyj", "rubio"]));
    expect(checkPayload(reply.data)).toEqual([]);
    const picked = await h.select(reply, "runm:tl", ["lawrow"]);
    expect(picked.type).toBe(4);
    expect(isEphemeral(picked)).toBe(false);
    expect(replyText(picked)).toContain("Zeitleiste: Sergej Lawrow");
  });

  it("GIVEN a long timeline THEN it opens on the newest page and ◀ turns back in place (callback type 7) without sending the picture again", async () => {
    const first = await h.command("timeline", [{ name: "actor", type: 3, value: "rubio" }]);
    const ids = buttonIds(first).filter((id) => !id.startsWith("nop:"));
    expect(ids).toHaveLength(2);
    const [back, forward] = ids.map((id) => Number(id.split(":").pop()));
    expect(forward).toBe(back! + 1);
    expect(replyText(first)).toMatch(new RegExp(`Seite ${forward! + 1}/${forward! + 1}`));
    const reply = await h.clickOn(first, ids[0]!, { userId: userOf(first) });
    expect(reply.type).toBe(7);
    expect(replyText(reply)).toMatch(new RegExp(`Seite ${back! + 1}/${forward! + 1}`));
    expect(reply.request.files).toEqual([]);
    expect(checkPayload(reply.data)).toEqual([]);
  });

  it("GIVEN actor, with and a period THEN only the encounters in that period, and the buttons keep them", async () => {
    const reply = await h.command("timeline", [
      { name: "actor", type: 3, value: "rubio" },
      { name: "with", type: 3, value: "lawrow" },
      { name: "from", type: 3, value: "2025-03" },
      { name: "to", type: 3, value: "2025-04" },
    ]);
    const text = replyText(reply);
    expect(text).toContain("Zeitleiste: Marco Rubio mit Sergej Lawrow");
    // The picture's alt text names both people, as its title does.
    expect((reply.data?.["attachments"] as Array<{ description?: string }> | undefined)?.[0]?.description).toBe("Ereignisse pro Woche: Marco Rubio · Sergej Lawrow");
    expect(text).not.toContain("Februar 2025");
    expect(text).toContain("März 2025");
    for (const id of buttonIds(reply)) expect(id).toMatch(/^tl:rubio\+lawrow@2025-03\.\.2025-04:\d+$/);
  });

  it("GIVEN a period that is no date THEN a private message saying how to write one", async () => {
    const reply = await h.command("timeline", [
      { name: "actor", type: 3, value: "rubio" },
      { name: "from", type: 3, value: "März" },
    ]);
    expect(isEphemeral(reply)).toBe(true);
    expect(replyText(reply)).toContain("Diesen Zeitraum verstehe ich nicht");
  });
});

describe("/source", () => {
  it("GIVEN an article picked by autocomplete THEN its original text with metadata and a .txt button", async () => {
    const choices = choicesOf(await h.autocomplete("source", "article", "Fortschritte in Saudi-Arabien"));
    expect(choices.length).toBeGreaterThan(0);
    const reply = await h.command("source", [{ name: "article", type: 3, value: choices[0]!.value }]);
    expect(reply.type).toBe(4);
    const text = replyText(reply);
    expect(text).toContain("002_bdd157e6eb167cd2.txt");
    expect(text).toContain("Bei den Gesprächen zwischen den USA und der Ukraine in Saudi-Arabien hat es offenbar Fortschritte gegeben.");
    expect(buttonIds(reply)).toContain("txt:002_bdd157e6eb167cd2");
    expect(checkPayload(reply.data)).toEqual([]);
  });

  it("GIVEN 'Meet the Press' or 'ceasefire' typed THEN autocomplete offers the articles that report it, best first", async () => {
    const press = choicesOf(await h.autocomplete("source", "article", "Meet the Press"));
    expect(press[0]?.value).toBe("003_d4ca25cd25f33b7d");
    const ceasefire = choicesOf(await h.autocomplete("source", "article", "ceasefire", { locale: "en-US" })).map((c) => c.value);
    expect(ceasefire.slice(0, 3)).toEqual(expect.arrayContaining(["000_4a36d75bdf1d0814", "002_bdd157e6eb167cd2"]));
  });

  it("GIVEN English autocomplete THEN dates in English, never 'undatiert' or '2025-04'", async () => {
    const names = choicesOf(await h.autocomplete("source", "article", "", { locale: "en-US" })).map((c) => c.name);
    expect(names.length).toBe(5);
    expect(names.join("\n")).not.toMatch(/undatiert|\d{4}-\d{2}/);
    expect(names.join("\n")).toMatch(/ · (March|April|February) 2025/);
    expect(names.join("\n")).toContain(" · undated");
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

  it("GIVEN a public article THEN its owner turns the page in place, anyone else gets a private page", async () => {
    const owner = "1300000000000055601";
    const first = await h.command("source", [{ name: "article", type: 3, value: "004_caddd746febfda94" }], { userId: owner });
    expect(buttonIds(first)).toContain("src:004_caddd746febfda94:1");
    const since = h.fake.requests.length;
    const copy = await h.clickOn(first, "src:004_caddd746febfda94:1", { userId: "1300000000000055602" });
    expect(copy.type).toBe(4);
    expect(isEphemeral(copy)).toBe(true);
    expect(messageChanges(since)).toEqual([]);
    const turned = await h.clickOn(first, "src:004_caddd746febfda94:1", { userId: owner });
    expect(turned.type).toBe(7);
    expect(checkPayload(turned.data)).toEqual([]);
  });

  it("GIVEN an unknown article THEN a clear private message with suggestions as buttons that open the article", async () => {
    const reply = await h.command("source", [{ name: "article", type: 3, value: "gibt es nicht" }]);
    expect(isEphemeral(reply)).toBe(true);
    expect(replyText(reply)).toContain("Diesen Artikel gibt es nicht: „gibt es nicht“.");
    expect(replyText(reply)).toContain("Meintest du");
    const run = buttonIds(reply).filter((id) => id.startsWith("run:src:"));
    expect(run.length).toBeGreaterThan(0);
    expect(run.every((id) => /^run:src:\d{3}_[0-9a-f]{16}:0$/.test(id))).toBe(true);
    const opened = await h.clickOn(reply, run[0]!);
    expect(opened.type).toBe(4);
    expect(isEphemeral(opened)).toBe(false);
    expect(replyText(opened)).toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  });

  it("GIVEN a blank article or person THEN a private request to name one, not 'I don't know that person: “”'", async () => {
    const { t } = await import("../../src/render/messages.js");
    for (const lang of ["de", "en"] as const) {
      const locale = lang === "de" ? "de" : "en-US";
      const source = await h.command("source", [{ name: "article", type: 3, value: " " }], { locale });
      expect(isEphemeral(source)).toBe(true);
      expect(replyText(source)).toContain(t("empty_article", lang));
      const timeline = await h.command("timeline", [{ name: "actor", type: 3, value: " " }], { locale });
      expect(replyText(timeline)).toContain(t("empty_actor", lang));
      for (const reply of [source, timeline]) expect(replyText(reply)).not.toMatch(/kenne ich nicht|don't know that/);
    }
  });
});
