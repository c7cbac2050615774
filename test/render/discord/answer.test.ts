/** /ask rendering: quote with bold marks, "[1] Title — März 2025", "auch in", footer, buttons, abstention. */
import { describe, expect, it } from "vitest";
import { questionFromMessage, questionLine, renderAnswer, renderMoreResults } from "../../../src/render/discord/answer.js";
import { checkPayload } from "../../../src/render/discord/limits.js";
import { answer, result } from "./models.js";

describe("renderAnswer", () => {
  it("GIVEN a result THEN quote with bold marks, citation with month, footer with what was searched", () => {
    const reply = renderAnswer(answer({ results: [result({ marks: [[4, 14]] })] }), { lang: "de" });
    expect(reply.embeds![0]!.description).toBe(
      "„Der **80-Jährige** werde künftig ausschließlich für die Ukraine zuständig sein.“\n[1] Außenminister beraten — März 2025",
    );
    expect(reply.embeds![0]!.footer!.text).toBe("5 Artikel, 54 Passagen durchsucht");
    expect(reply.content).toBe("❓ Wie alt ist Keith Kellogg?");
    expect(checkPayload(reply)).toEqual([]);
  });

  it("GIVEN the same report in other articles THEN 'auch in [2] …' with their dates", () => {
    const alsoIn = [{ articleId: "001_b", file: "001_b.txt", title: "Telefonat", date: null }];
    const reply = renderAnswer(answer({ results: [result({ alsoIn })] }), { lang: "de" });
    expect(reply.embeds![0]!.description).toContain("\nauch in [2] Telefonat — undatiert");
  });

  it("GIVEN English THEN the bot's words are English and the quote stays German", () => {
    const reply = renderAnswer(answer(), { lang: "en" });
    expect(reply.embeds![0]!.description).toContain("— March 2025");
    expect(reply.embeds![0]!.footer!.text).toBe("searched 5 articles, 54 passages");
    expect(reply.embeds![0]!.description).toContain("Der 80-Jährige");
  });

  it("GIVEN a source page and a question key THEN 'Quelle öffnen' and 'Weitere Treffer' carry their state", () => {
    const reply = renderAnswer(answer({ results: [result(), result({ passageId: "x#2" })] }), { lang: "de", sourcePageOf: () => 2, questionKey: "abcDEF123456" });
    const buttons = reply.components![0]!.components;
    expect(buttons.map((b) => [b.custom_id, b.label])).toEqual([
      ["open:000_a:2", "Quelle öffnen"],
      ["more:abcDEF123456", "Weitere Treffer"],
    ]);
  });

  it("GIVEN only one result THEN no 'Weitere Treffer' button", () => {
    const reply = renderAnswer(answer(), { lang: "de", questionKey: "abcDEF123456" });
    expect(reply.components).toEqual([]);
  });

  it("GIVEN an abstention THEN what the corpus covers and example questions, with the question echoed safely", () => {
    const corpus = { articles: 5, from: "2025-02", to: "2025-04", people: ["Marco Rubio"], topics: ["Waffenruhe"], examples: { de: ["Was sagte Rubio?"], en: ["What did Rubio say?"] } };
    const reply = renderAnswer(answer({ abstained: true, reason: "not_covered", results: [], question: "@everyone **WM**?", corpus }), { lang: "de" });
    expect(reply.embeds![0]!.title).toBe("Dazu finde ich nichts in den Artikeln.");
    expect(reply.embeds![0]!.description).toContain("von Februar 2025 bis April 2025");
    expect(reply.embeds![0]!.description).toContain("Zum Beispiel: „Was sagte Rubio?“");
    expect(reply.content).toBe("❓ @\u200beveryone \\*\\*WM\\*\\*?");
    expect(checkPayload(reply)).toEqual([]);
  });

  it("GIVEN an empty question THEN a private hint", () => {
    expect(renderAnswer(answer({ abstained: true, reason: "empty", results: [], question: "" }), { lang: "de" })).toMatchObject({
      content: "Bitte stelle eine Frage.",
      ephemeral: true,
    });
  });

  it("GIVEN the longest quotes and titles THEN still within Discord's limits", () => {
    const long = result({ quote: "*_`|~>".repeat(66) + "x", title: "T".repeat(400), marks: [[0, 400]] });
    const alsoIn = Array.from({ length: 10 }, (_, i) => ({ articleId: `a${i}`, file: `a${i}.txt`, title: "U".repeat(300), date: "2025-04" }));
    const reply = renderAnswer(answer({ question: "@".repeat(300), results: [{ ...long, alsoIn }] }), { lang: "de", sourcePageOf: () => 999, questionKey: "k".repeat(12) });
    expect(checkPayload(reply)).toEqual([]);
    expect(checkPayload(renderMoreResults(answer({ results: Array(5).fill({ ...long, alsoIn }) }), { lang: "de", sourcePageOf: () => 1 }))).toEqual([]);
  });
});

describe("renderMoreResults", () => {
  it("GIVEN five results THEN results 2–5 privately, numbered after the first reply's references", () => {
    const results = [1, 2, 3, 4, 5].map((n) => result({ passageId: `p${n}`, articleId: `a${n}`, title: `Artikel ${n}` }));
    const reply = renderMoreResults(answer({ results }), { lang: "de", sourcePageOf: () => 0 });
    expect(reply.ephemeral).toBe(true);
    const description = reply.embeds![0]!.description!;
    expect(description).toContain("[2] Artikel 2");
    expect(description).toContain("[5] Artikel 5");
    expect(description).not.toContain("Artikel 1");
    expect(reply.components![0]!.components.map((b) => b.custom_id)).toEqual(["open:a2:0", "open:a3:0", "open:a4:0", "open:a5:0"]);
  });

  it("GIVEN one result THEN 'Keine weiteren Treffer.'", () => {
    expect(renderMoreResults(answer(), { lang: "de" }).content).toBe("Keine weiteren Treffer.");
  });
});

describe("question round trip", () => {
  it("GIVEN any question THEN the message content gives it back (buttons work after a restart)", () => {
    for (const q of ["Wie alt ist Keith Kellogg?", "@everyone <@1> **x** _y_ \\z [a](b)", "# Titel?"]) {
      expect(questionFromMessage(questionLine(q))).toBe(q);
    }
    expect(questionFromMessage("irgendetwas")).toBeUndefined();
  });
});
