/** /ask through the real discord.js client and the fake Discord: quotes, citations, abstentions, buttons. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPayload } from "../../src/render/discord/limits.js";
import { buttonIds, type Harness, isEphemeral, replyText, startHarness } from "./harness.js";
import { testCore } from "./testCore.js";

let h: Harness;

/** The engine is tuned by others; pick a question that currently has more than one result. */
async function questionWithSeveralResults(): Promise<string> {
  const core = await testCore();
  const candidates = ["Was sagte Selenskyj in München?", "Worüber sprachen Rubio und Lawrow?", "Waffenruhe", "Wie alt ist Keith Kellogg?"];
  const found = candidates.find((q) => core.ask(q).results.length > 1);
  if (!found) throw new Error("no test question with several results");
  return found;
}

beforeAll(async () => {
  h = await startHarness({ cooldown: { count: 2, seconds: 60 } });
});

afterAll(async () => {
  await h?.close();
});

describe("/ask", () => {
  it("GIVEN 'Wie alt ist Keith Kellogg?' THEN one direct reply quotes '80-Jährige' with citation, date and no pings", async () => {
    const reply = await h.ask("Wie alt ist Keith Kellogg?");
    expect(reply.type).toBe(4);
    const text = replyText(reply);
    expect(text).toContain("80-Jährige");
    expect(text).toContain("[1] Rubio und Lawrow beraten über nächste Schritte");
    expect(text).toContain("März 2025");
    expect(text).toContain("**Keith**");
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
    expect(checkPayload(reply.data)).toEqual([]);
    expect(isEphemeral(reply)).toBe(false);
    expect(reply.interaction.callbackAttempts()).toHaveLength(1);
    expect(reply.interaction.webhookRequests()).toHaveLength(0);
  });

  it("GIVEN an English question in locale en-US THEN it finds Starmer's video conference and speaks English", async () => {
    const reply = await h.ask("Which leaders joined Starmer's video conference?", { locale: "en-US" });
    const text = replyText(reply);
    expect(text).toContain("Starmer");
    expect(text.replaceAll("**", "")).toMatch(/Videokonferenz|virtuellen Gipfels/);
    expect(text).toMatch(/searched \d+ articles/);
    expect(text).toContain("March 2025");
    expect(checkPayload(reply.data)).toEqual([]);
  });

  it("GIVEN a hostile question with mentions and markdown THEN nothing pings, the echo is escaped and no quote is made up", async () => {
    const reply = await h.ask("@everyone <@123> **bold** Fußball WM Ergebnis?");
    const text = replyText(reply);
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
    expect(text).not.toContain("@everyone");
    expect(text).not.toContain("<@123>");
    expect(text).not.toContain("**bold**");
    expect(text).toContain("Dazu finde ich nichts in den Artikeln.");
    expect(text).not.toMatch(/\[1\]/);
    expect(checkPayload(reply.data)).toEqual([]);
  });

  it("GIVEN a question longer than 300 characters THEN a private 'too long' message", async () => {
    const reply = await h.ask("Wie alt ist Keith Kellogg? ".repeat(20));
    expect(isEphemeral(reply)).toBe(true);
    expect(replyText(reply)).toContain("höchstens 300 Zeichen");
  });

  it("GIVEN a user over the cooldown THEN a polite private message, other users still get answers", async () => {
    const userId = "1300000000000099999";
    await h.ask("Wie alt ist Keith Kellogg?", { userId });
    await h.ask("Wie alt ist Keith Kellogg?", { userId });
    const limited = await h.ask("Wie alt ist Keith Kellogg?", { userId });
    expect(isEphemeral(limited)).toBe(true);
    expect(replyText(limited)).toMatch(/Langsam bitte: du kannst in \d+ s wieder fragen/);
    expect(replyText(await h.ask("Wie alt ist Keith Kellogg?"))).toContain("80-Jährige");
  });
});

describe("/ask buttons", () => {
  it("GIVEN an answer THEN 'Quelle öffnen' opens the cited article privately at the page with the quote", async () => {
    const answer = await h.ask("Wie alt ist Keith Kellogg?");
    const open = buttonIds(answer).find((id) => id.startsWith("open:"));
    expect(open).toBe("open:000_4a36d75bdf1d0814:0");
    const reply = await h.click(open!);
    expect(reply.type).toBe(4);
    expect(isEphemeral(reply)).toBe(true);
    expect(replyText(reply)).toContain("Der 80-Jährige werde künftig ausschließlich für die Ukraine zuständig sein");
    expect(checkPayload(reply.data)).toEqual([]);
  });

  it("GIVEN an answer with several results THEN 'Weitere Treffer' shows results 2–5 privately", async () => {
    const question = await questionWithSeveralResults();
    const answer = await h.ask(question);
    const more = buttonIds(answer).find((id) => id.startsWith("more:"));
    expect(more).toBeDefined();
    const reply = await h.click(more!);
    expect(reply.type).toBe(4);
    expect(isEphemeral(reply)).toBe(true);
    expect(replyText(reply)).toContain("Weitere Treffer zu deiner Frage");
    expect(replyText(reply)).toContain("[2]");
    expect(checkPayload(reply.data)).toEqual([]);
  });

  it("GIVEN a 'Weitere Treffer' button the bot no longer remembers (restart) THEN the question is read from the message", async () => {
    const answer = await h.ask(await questionWithSeveralResults());
    const reply = await h.click("more:unbekannt1234", { messageContent: String(answer.data?.content) });
    expect(replyText(reply)).toContain("Weitere Treffer zu deiner Frage");
  });

  it("GIVEN a forged button id THEN a private 'stale button' message", async () => {
    const reply = await h.click("src:../../etc/passwd:x");
    expect(isEphemeral(reply)).toBe(true);
    expect(replyText(reply)).toContain("älteren Antwort");
  });
});
