/** /ask through the real discord.js client and the fake Discord: quotes, citations, abstentions, buttons, feedback. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FEEDBACK_FILE, parseFeedback } from "../../src/feedback/log.js";
import { checkPayload } from "../../src/render/discord/limits.js";
import type { InteractionReply } from "../support/fakeDiscord.js";
import { buttonIds, componentsOf, type Harness, isEphemeral, replyText, startHarness } from "./harness.js";
import { testCore } from "./testCore.js";

let h: Harness;

/** The engine is tuned by others; pick a question that currently has more results than the public ones. */
async function questionWithMoreResults(): Promise<string> {
  const core = await testCore();
  const candidates = ["Was sagte Selenskyj in München?", "Worüber sprachen Rubio und Lawrow?", "Waffenruhe", "Wie reagierte Putin auf den Vorschlag der USA?"];
  const found = candidates.find((q) => core.ask(q).results.length > 3);
  if (!found) throw new Error("no test question with several results");
  return found;
}

function description(reply: InteractionReply): string {
  const embeds = (reply.data?.embeds ?? []) as Array<{ description?: string }>;
  return embeds[0]?.description ?? "";
}

function footer(reply: InteractionReply): string {
  const embeds = (reply.data?.embeds ?? []) as Array<{ footer?: { text?: string } }>;
  return embeds[0]?.footer?.text ?? "";
}

/** The quotes of an answer: block-quote paragraphs, each with its citation subtext line. */
function quoteBlocks(text: string): Array<{ quote: string; citation: string }> {
  return text.split("\n\n").map((block) => {
    const lines = block.split("\n");
    return { quote: lines.filter((l) => l.startsWith("> ")).join("\n"), citation: lines.find((l) => l.startsWith("-# [")) ?? "" };
  });
}

function feedbackLines(): string[] {
  try {
    return readFileSync(path.join(h.dataDir, FEEDBACK_FILE), "utf8").split("\n").filter(Boolean);
  } catch {
    return [];
  }
}

beforeAll(async () => {
  h = await startHarness({ cooldown: { count: 2, seconds: 60 } });
});

afterAll(async () => {
  await h?.close();
});

describe("/ask", () => {
  it("GIVEN 'Wie alt ist Keith Kellogg?' THEN one direct public reply: a block quote, names in bold, the citation as subtext, the count", async () => {
    const reply = await h.ask("Wie alt ist Keith Kellogg?");
    expect(reply.type).toBe(4);
    const text = description(reply);
    expect(text).toMatch(/^> Der US-Sondergesandte \*\*Keith Kellogg\*\* dürfte/);
    expect(text).toContain("**80-Jährige**");
    expect(text).not.toContain("**teilte**");
    expect(text).toMatch(/\n-# \[1\] Epoch Times · \[Rubio und Lawrow beraten über nächste Schritte[^\]]*\]\(https:\/\/[^)]+\) · März 2025$/);
    expect(footer(reply)).toMatch(/^Treffer 1 von \d · 5 Artikel durchsucht$/);
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
    expect(checkPayload(reply.data)).toEqual([]);
    expect(isEphemeral(reply)).toBe(false);
    expect(reply.interaction.callbackAttempts()).toHaveLength(1);
    expect(reply.interaction.webhookRequests()).toHaveLength(0);
  });

  it("GIVEN a question several results answer THEN up to three public quotes, each with title and day, and '1–n von m'", async () => {
    const reply = await h.ask("Waffenruhe");
    const blocks = quoteBlocks(description(reply));
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    expect(blocks.length).toBeLessThanOrEqual(3);
    for (const block of blocks) {
      expect(block.quote).toContain("**Waffenruhe");
      expect(block.citation).toMatch(/^-# \[\d\] .+ · (März|Februar|April) 2025$/);
    }
    const count = /^Treffer 1–(\d) von (\d) · /.exec(footer(reply));
    expect(Number(count?.[1])).toBe(blocks.length);
    expect(Number(count?.[2])).toBeGreaterThanOrEqual(blocks.length);
    expect(checkPayload(reply.data)).toEqual([]);
  });

  it("GIVEN an English question in locale en-US THEN Starmer's video conference, English labels, German quotes", async () => {
    const reply = await h.ask("Which leaders joined Starmer's video conference?", { locale: "en-US" });
    const text = description(reply);
    expect(text).toContain("**Starmer**");
    expect(text.replaceAll("**", "")).toMatch(/Videokonferenz|virtuellen Gipfels/);
    expect(footer(reply)).toMatch(/^Results 1(–\d)? of \d · searched 5 articles$/);
    expect(text).toContain("March 2025");
    expect(replyText(reply)).not.toMatch(/Treffer|durchsucht|Quelle öffnen|Hilfreich/);
    expect(checkPayload(reply.data)).toEqual([]);
  });

  it("GIVEN a hostile question with mentions and markdown THEN nothing pings, the echo is escaped, no quote, example questions as buttons", async () => {
    const reply = await h.ask("@everyone <@123> **bold** Fußball WM Ergebnis?");
    const text = replyText(reply);
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
    expect(text).not.toContain("@everyone");
    expect(text).not.toContain("<@123>");
    expect(text).not.toContain("**bold**");
    expect(text).toContain("Dazu finde ich nichts in den Artikeln.");
    expect(text).not.toMatch(/\[1\]/);
    expect(buttonIds(reply)).toEqual(["run:ask:0", "run:ask:1", "run:ask:2"]);
    expect(checkPayload(reply.data)).toEqual([]);
  });

  it("GIVEN junk input ('???') THEN a short private refusal with example buttons", async () => {
    const reply = await h.ask("???");
    expect(isEphemeral(reply)).toBe(true);
    expect(String(reply.data?.content).length).toBeLessThan(100);
    expect(reply.data?.embeds ?? []).toEqual([]);
    expect(buttonIds(reply)).toEqual(["run:ask:0", "run:ask:1", "run:ask:2"]);
  });

  it("GIVEN an example question button THEN it is one of the corpus's own examples and runs /ask as a new public message for the clicker", async () => {
    const junk = await h.ask("???");
    const labels = componentsOf(junk).map((c) => c.label);
    const second = labels[1]!;
    expect((await testCore()).profile().examples.de).toContain(second);
    const reply = await h.clickOn(junk, "run:ask:1");
    expect(reply.type).toBe(4);
    expect(isEphemeral(reply)).toBe(false);
    expect(reply.data?.content).toBe(`❓ ${second}`);
    expect(replyText(reply)).not.toContain("Dazu finde ich nichts");
  });

  it("GIVEN a question longer than 300 characters THEN a private 'too long' message", async () => {
    const reply = await h.ask("Wie alt ist Keith Kellogg? ".repeat(20));
    expect(isEphemeral(reply)).toBe(true);
    expect(replyText(reply)).toContain("höchstens 300 Zeichen");
  });

  it("GIVEN a user over the cooldown THEN a private message with Discord's live countdown, other users still get answers", async () => {
    const userId = "1300000000000099999";
    await h.ask("Wie alt ist Keith Kellogg?", { userId });
    await h.ask("Wie alt ist Keith Kellogg?", { userId });
    const limited = await h.ask("Wie alt ist Keith Kellogg?", { userId });
    expect(isEphemeral(limited)).toBe(true);
    const when = /^Langsam bitte: du kannst <t:(\d+):R> wieder fragen\.$/.exec(String(limited.data?.content));
    expect(when).not.toBeNull();
    expect(Number(when![1]) * 1000).toBeGreaterThan(Date.now());
    expect(description(await h.ask("Wie alt ist Keith Kellogg?"))).toContain("80-Jährige");
  });
});

describe("/ask sources", () => {
  it("GIVEN an answer THEN 'Quelle öffnen' replies privately with the paragraph around the quote, the quote marked", async () => {
    const answer = await h.ask("Wie alt ist Keith Kellogg?");
    const open = buttonIds(answer).find((id) => id.startsWith("ctx:000_4a36d75bdf1d0814:"));
    expect(open).toBeDefined();
    const reply = await h.clickOn(answer, open!);
    expect(reply.type).toBe(4);
    expect(isEphemeral(reply)).toBe(true);
    const text = description(reply);
    expect(text).toContain("**Der US-Sondergesandte Keith Kellogg dürfte dabei keine Rolle mehr spielen. Der 80-Jährige werde künftig");
    expect(text).toContain("Kellogg war bislang Sondergesandter für die Ukraine und Russland.");
    expect(text.length).toBeLessThan(1700);
    const whole = componentsOf(reply).find((c) => c.label === "Ganzer Artikel");
    expect(whole?.custom_id).toMatch(/^src:000_4a36d75bdf1d0814:\d+$/);
    expect(checkPayload(reply.data)).toEqual([]);

    // "Ganzer Artikel" turns the private message into the article page, in place.
    const page = await h.clickOn(reply, whole!.custom_id!, { userId: String((reply.interaction.payload.user as { id: string }).id) });
    expect(page.type).toBe(7);
    expect(description(page)).toContain("Der 80-Jährige werde künftig ausschließlich für die Ukraine zuständig sein");
  });

  it("GIVEN an answer citing an 'auch in' article THEN every cited article has a button, and each opens at the quote", async () => {
    const answer = await h.ask("Wie reagierte Putin auf den Vorschlag der USA?");
    const text = description(answer);
    const cited = [...new Set([...text.matchAll(/\[(\d)\]/g)].map((m) => Number(m[1])))];
    expect(cited.length).toBeGreaterThanOrEqual(2);
    const labels = componentsOf(answer)
      .filter((c) => c.custom_id?.startsWith("ctx:") || c.custom_id?.startsWith("src:"))
      .map((c) => Number(/\[(\d)\]/.exec(c.label ?? "")?.[1]));
    expect(labels.sort()).toEqual(cited.sort());

    const reprint = buttonIds(answer).find((id) => id.startsWith("ctx:001_c8bbdfa5d8bd8dbb:"));
    expect(reprint).toBeDefined();
    const reply = await h.clickOn(answer, reprint!);
    expect(description(reply)).toContain("**Putin reagierte am Donnerstag reserviert auf den US-Vorschlag");
  });

  it("GIVEN 'Quelle öffnen …' picked in the menu THEN the same private paragraph", async () => {
    const answer = await h.ask("Wie alt ist Keith Kellogg?");
    const open = buttonIds(answer).find((id) => id.startsWith("ctx:"))!;
    const reply = await h.select(answer, "ctxm", [open]);
    expect(isEphemeral(reply)).toBe(true);
    expect(description(reply)).toContain("**Der US-Sondergesandte Keith Kellogg");
  });

  it("GIVEN more results than the public ones THEN 'Weitere Treffer' shows the rest privately, with the same number per article", async () => {
    const question = await questionWithMoreResults();
    const answer = await h.ask(question);
    const more = buttonIds(answer).find((id) => id.startsWith("more:"));
    expect(more).toBeDefined();
    const reply = await h.clickOn(answer, more!);
    expect(reply.type).toBe(4);
    expect(isEphemeral(reply)).toBe(true);
    expect(replyText(reply)).toContain("Weitere Treffer zu deiner Frage");
    expect(footer(reply)).toMatch(/^Treffer \d(–\d)? von \d/);
    // An article's number is the same in both messages.
    const numbersOf = (r: InteractionReply) =>
      new Map([...description(r).matchAll(/-# (?:auch in )?\[(\d)\] (.+?) · /g)].map((m) => [m[2]!, m[1]!]));
    const first = numbersOf(answer);
    for (const [title, n] of numbersOf(reply)) if (first.has(title)) expect(first.get(title)).toBe(n);
    // Every article cited there has its own button (or menu entry).
    const cited = new Set([...description(reply).matchAll(/\[(\d)\]/g)].map((m) => m[1]));
    const offered = new Set(
      componentsOf(reply).flatMap((c) => (c.options ? c.options.map((o) => /\[(\d)\]/.exec(o.label)?.[1]) : [/\[(\d)\]/.exec(c.label ?? "")?.[1]])),
    );
    for (const n of cited) expect(offered).toContain(n);
    expect(checkPayload(reply.data)).toEqual([]);
  });

  it("GIVEN a user over the cooldown THEN 'Weitere Treffer', which asks again, gets the cooldown notice; a vote still counts", async () => {
    const userId = "1300000000000088888";
    const answer = await h.ask(await questionWithMoreResults(), { userId });
    const more = buttonIds(answer).find((id) => id.startsWith("more:"))!;
    expect(replyText(await h.clickOn(answer, more, { userId }))).toContain("Weitere Treffer zu deiner Frage");
    const limited = await h.clickOn(answer, more, { userId });
    expect(isEphemeral(limited)).toBe(true);
    expect(String(limited.data?.content)).toMatch(/^Langsam bitte: du kannst <t:\d+:R> wieder fragen\.$/);
    // Someone else still gets them; the limited user's vote is recorded.
    expect(replyText(await h.clickOn(answer, more))).toContain("Weitere Treffer zu deiner Frage");
    const before = feedbackLines().length;
    expect(String((await h.clickOn(answer, "fb:up", { userId })).data?.content)).toContain("Danke");
    expect(feedbackLines()).toHaveLength(before + 1);
  });

  it("GIVEN a 'Weitere Treffer' button the bot no longer remembers (restart) THEN the question is read from the message", async () => {
    const answer = await h.ask(await questionWithMoreResults());
    const reply = await h.click("more:unbekannt1234", { messageContent: String(answer.data?.content) });
    expect(replyText(reply)).toContain("Weitere Treffer zu deiner Frage");
  });

  it("GIVEN a forged button id THEN a private 'stale button' message", async () => {
    const reply = await h.click("src:../../etc/passwd:x");
    expect(isEphemeral(reply)).toBe(true);
    expect(replyText(reply)).toContain("älteren Antwort");
  });

  it("GIVEN a context button whose quote no longer matches the article THEN 'stale', never wrong words in bold", async () => {
    const reply = await h.click("ctx:000_4a36d75bdf1d0814:952:199:AAAAAA");
    expect(isEphemeral(reply)).toBe(true);
    expect(replyText(reply)).toContain("älteren Antwort");
  });

  it("GIVEN a context button pointing beyond the article's end, with the check of an empty quote THEN 'stale', not an empty context", async () => {
    const { quoteCheck } = await import("../../src/render/discord/customId.js");
    const reply = await h.click(`ctx:000_4a36d75bdf1d0814:99999999:1:${quoteCheck("")}`);
    expect(isEphemeral(reply)).toBe(true);
    expect(replyText(reply)).toContain("älteren Antwort");
  });
});

describe("/ask feedback", () => {
  it("GIVEN 👍 THEN one JSONL line with a hashed user id; a second 👍 from the same user adds none and is refused politely", async () => {
    const answer = await h.ask("Wie alt ist Keith Kellogg?");
    expect(buttonIds(answer)).toEqual(expect.arrayContaining(["fb:up", "fb:down"]));
    const voter = "1300000000000077777";
    const before = feedbackLines().length;

    const first = await h.clickOn(answer, "fb:up", { userId: voter });
    expect(isEphemeral(first)).toBe(true);
    expect(String(first.data?.content)).toContain("Danke");
    const lines = feedbackLines();
    expect(lines).toHaveLength(before + 1);
    const [record] = parseFeedback(lines.at(-1)!);
    expect(record).toMatchObject({ question: "Wie alt ist Keith Kellogg?", vote: "up", passages: ["000_4a36d75bdf1d0814#2"] });
    expect(record!.user).toMatch(/^[\w-]{22}$/);
    expect(lines.at(-1)).not.toContain(voter);
    expect(Date.parse(record!.time)).not.toBeNaN();

    const second = await h.clickOn(answer, "fb:up", { userId: voter });
    expect(isEphemeral(second)).toBe(true);
    expect(String(second.data?.content)).toContain("schon abgestimmt");
    expect(feedbackLines()).toHaveLength(before + 1);

    // Someone else's vote on the same answer counts.
    await h.clickOn(answer, "fb:down", { userId: "1300000000000077778" });
    expect(feedbackLines()).toHaveLength(before + 2);
  });
});

describe("/ask feedback when DATA_DIR cannot be used (a file)", () => {
  it("THEN one warning at start, and a vote is told, in the voter's language, that it was not saved (not to try again)", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "verhandlungsbot-data-file-"));
    const dataDir = path.join(folder, "a-file");
    writeFileSync(dataDir, "not a folder\n");
    const own = await startHarness({ dataDir });
    try {
      const warnings = own.logs.filter((l) => l.msg === "feedback votes cannot be saved until DATA_DIR is a writable folder");
      expect(warnings).toHaveLength(1);
      const answer = await own.ask("Wie alt ist Keith Kellogg?");
      const de = await own.clickOn(answer, "fb:up");
      expect(isEphemeral(de)).toBe(true);
      expect(String(de.data?.content)).toContain("nicht gespeichert");
      expect(String(de.data?.content)).not.toContain("noch einmal");
      const en = await own.clickOn(answer, "fb:down", { locale: "en-US" });
      expect(String(en.data?.content)).toContain("could not be saved");
      expect(own.logs.filter((l) => l.msg === "feedback not saved")).toHaveLength(2);
    } finally {
      await own.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
