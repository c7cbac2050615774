/** /ask rendering: public quotes as block quotes, stable article numbers, source buttons, feedback, abstention. */
import fc from "fast-check";
import { MAX_QUOTE_LENGTH } from "../../../src/answer/quote.js";
import { describe, expect, it } from "vitest";
import { articleNumbers, questionFromMessage, questionLine, renderAnswer, renderMoreResults } from "../../../src/render/discord/answer.js";
import { contentMarks, publicResults } from "../../../src/render/discord/publicResults.js";
import { quoteCheck } from "../../../src/render/discord/customId.js";
import { checkPayload } from "../../../src/render/discord/limits.js";
import { answer, article, componentIds, componentLabels, result } from "./models.js";

const ref = (id: string, title = `Artikel ${id}`) => ({ articleId: id, file: `${id}.txt`, title, date: "2025-03" });
const marked = (quote: string, ...words: string[]) => words.map((w): [number, number] => [quote.indexOf(w), quote.indexOf(w) + w.length]);

describe("renderAnswer", () => {
  it("GIVEN a result THEN a block quote with bold content words, the citation as subtext, the count in the footer", () => {
    const quote = "Der 80-Jährige werde künftig ausschließlich für die Ukraine zuständig sein.";
    const reply = renderAnswer(answer({ results: [result({ quote, marks: marked(quote, "80-Jährige", "werde") })] }), { lang: "de" });
    expect(reply.embeds![0]!.description).toBe(
      "> Der **80-Jährige** werde künftig ausschließlich für die Ukraine zuständig sein.\n-# [1] Außenminister beraten · März 2025",
    );
    expect(reply.embeds![0]!.footer!.text).toBe("Treffer 1 von 1 · 5 Artikel durchsucht");
    expect(reply.content).toBe("❓ Wie alt ist Keith Kellogg?");
    expect(checkPayload(reply)).toEqual([]);
  });

  it("GIVEN a quote from a hard-wrapped article (line breaks in the passage) THEN one block-quote line, the bold marks in place", () => {
    const quote = "Der 80-Jährige werde künftig\nausschließlich für die Ukraine\nzuständig sein.";
    const reply = renderAnswer(answer({ results: [result({ quote, marks: marked(quote, "80-Jährige", "Ukraine") })] }), { lang: "de" });
    expect(reply.embeds![0]!.description).toBe(
      "> Der **80-Jährige** werde künftig ausschließlich für die **Ukraine** zuständig sein.\n-# [1] Außenminister beraten · März 2025",
    );
  });

  it("GIVEN citation fields on the model (outlet, url, published) THEN outlet, linked headline and day", () => {
    const cited = { ...result(), outlet: "Tagesschau", url: "https://example.com/a_(b)", published: "2025-03-16" };
    const reply = renderAnswer(answer({ results: [cited] }), { lang: "en" });
    expect(reply.embeds![0]!.description).toContain("\n-# [1] Tagesschau · [Außenminister beraten](https://example.com/a_%28b%29) · 16 March 2025");
  });

  it("GIVEN three results that answer THEN all three public with '1–3 von 5'; the others wait for 'Weitere Treffer'", () => {
    const q = "Die Waffenruhe gilt.";
    const results = [1, 0.95, 0.9, 0.85, 0.8].map((score, i) => result({ passageId: `p${i}`, articleId: `a${i}`, quote: q, marks: marked(q, "Waffenruhe"), score }));
    const a = answer({ results });
    expect(publicResults(a)).toHaveLength(3);
    const reply = renderAnswer(a, { lang: "de", questionKey: "abcDEF123456" });
    expect(reply.embeds![0]!.description!.match(/^> /gm)).toHaveLength(3);
    expect(reply.embeds![0]!.footer!.text).toBe("Treffer 1–3 von 5 · 5 Artikel durchsucht");
    const more = renderMoreResults(a, { lang: "de" });
    expect(more.embeds![0]!.description).toContain("-# [4] Außenminister beraten");
    expect(more.embeds![0]!.footer!.text).toBe("Treffer 4–5 von 5 · 5 Artikel durchsucht");
  });

  it("GIVEN a further result far below the best or without the question's content words THEN it stays private", () => {
    const q = "Keith Kellogg ist 80.";
    const top = result({ quote: q, marks: marked(q, "Keith", "Kellogg"), score: 1 });
    const weak = result({ passageId: "p2", quote: q, marks: marked(q, "Keith", "Kellogg"), score: 0.5 });
    const offTopic = result({ passageId: "p3", quote: "Er sagte das.", marks: [[3, 8]], score: 0.95 });
    expect(publicResults(answer({ results: [top, weak] }))).toHaveLength(1);
    expect(publicResults(answer({ results: [top, offTopic] }))).toHaveLength(1);
  });

  it("GIVEN the same article in several results and 'auch in' lists THEN one number per article, everywhere", () => {
    const results = [
      result({ passageId: "a#1", articleId: "a", title: "A", alsoIn: [ref("b", "B")] }),
      result({ passageId: "c#1", articleId: "c", title: "C" }),
      result({ passageId: "a#2", articleId: "a", title: "A", alsoIn: [ref("b", "B"), ref("d", "D")] }),
    ];
    expect([...articleNumbers(answer({ results }))]).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 3],
      ["d", 4],
    ]);
  });

  it("GIVEN an 'auch in' article at hand THEN its button opens the copy of the quote there; without it, its first page", () => {
    const quote = "Putin reagierte am Donnerstag reserviert.";
    const copy = article(["Einleitung.", `Wie berichtet: ${quote} Mehr dazu später.`], { articleId: "b" });
    const cited = result({ quote, quoteStart: 7, alsoIn: [ref("b"), ref("z")] });
    const reply = renderAnswer(answer({ results: [cited] }), { lang: "de", articles: new Map([["b", copy]]) });
    const start = copy.text.indexOf(quote);
    expect(componentIds(reply).slice(0, 3)).toEqual([
      `ctx:000_a:7:${quote.length}:${quoteCheck(quote)}`,
      `ctx:b:${start}:${quote.length}:${quoteCheck(quote)}`,
      "src:z:0",
    ]);
    expect(componentLabels(reply).slice(0, 3)).toEqual(["[1]", "[2]", "[3]"]);
  });

  it("GIVEN more than five cited articles THEN one select menu lists them all", () => {
    const results = [0, 1, 2].map((i) => result({ passageId: `p${i}`, articleId: `a${i}`, score: 1, alsoIn: [ref(`b${i}`), ref(`c${i}`)] }));
    const reply = renderAnswer(answer({ results }), { lang: "de" });
    const menu = reply.components![0]!.components[0] as { custom_id: string; options: Array<{ label: string }> };
    expect(menu.custom_id).toBe("ctxm");
    expect(menu.options.map((o) => o.label.slice(0, 3))).toEqual(["[1]", "[2]", "[3]", "[4]", "[5]", "[6]", "[7]", "[8]", "[9]"]);
    expect(checkPayload(reply)).toEqual([]);
  });

  it("GIVEN a public answer THEN 'Weitere Treffer' when there are more, and 'Hilfreich? 👍 👎'", () => {
    const reply = renderAnswer(answer({ results: [result(), result({ passageId: "x#2", score: 0.1 })] }), { lang: "de", questionKey: "abcDEF123456" });
    expect(componentIds(reply).slice(1)).toEqual(["more:abcDEF123456", "nop:fb", "fb:up", "fb:down"]);
    expect(componentLabels(reply)[2]).toBe("Hilfreich?");
  });

  it("GIVEN only public results THEN no 'Weitere Treffer' button", () => {
    const reply = renderAnswer(answer(), { lang: "de", questionKey: "abcDEF123456" });
    expect(componentIds(reply)).not.toContain("more:abcDEF123456");
  });

  it("GIVEN English THEN the bot's words are English and the quote stays German", () => {
    const reply = renderAnswer(answer(), { lang: "en" });
    expect(reply.embeds![0]!.description).toContain(" · March 2025");
    expect(reply.embeds![0]!.footer!.text).toBe("Results 1 of 1 · searched 5 articles");
    expect(reply.embeds![0]!.description).toContain("Der 80-Jährige");
    expect(componentLabels(reply)).toContain("Helpful?");
  });

  it("GIVEN an abstention THEN what the corpus covers and example questions as buttons, with the question echoed safely", () => {
    const examples = ["Was sagte Erdoğan?", "Was berichten die Artikel über Getreideexporte?", "Was sagte Guterres?", "Eine vierte?"];
    const reply = renderAnswer(answer({ abstained: true, reason: "not_covered", results: [], question: "@everyone **WM**?" }), { lang: "de", examples });
    expect(reply.embeds![0]!.title).toBe("Dazu finde ich nichts in den Artikeln.");
    expect(reply.ephemeral).toBeUndefined();
    expect(componentIds(reply)).toEqual(["run:ask:0", "run:ask:1", "run:ask:2"]);
    expect(JSON.stringify(reply.components)).toContain("Getreideexporte");
    expect(reply.content).toBe("❓ @\u200beveryone \\*\\*WM\\*\\*?");
    expect(checkPayload(reply)).toEqual([]);
  });

  it("GIVEN an abstention that names the question's words the corpus lacks THEN the reply says so, escaped, at most three", () => {
    const reply = renderAnswer(answer({ abstained: true, reason: "not_covered", results: [], question: "Wetter?", unknownWords: ["Wetter", "WM_*x*", "Bus", "Bahn"] }), { lang: "de" });
    const description = reply.embeds![0]!.description!;
    expect(description).toContain("Die Artikel erwähnen „Wetter“, „WM\\_\\*x\\*“ und „Bus“ nicht.");
    expect(description).not.toContain("Bahn");
    const en = renderAnswer(answer({ abstained: true, reason: "not_covered", results: [], question: "weather?", unknownWords: ["weather"] }), { lang: "en" });
    expect(en.embeds![0]!.description).toContain("The articles never mention “weather”.");
    expect(renderAnswer(answer({ abstained: true, reason: "not_covered", results: [], question: "WM?" }), { lang: "de" }).embeds![0]!.description).not.toContain("erwähnen");
  });

  it("GIVEN an empty question or junk THEN a short private hint with the examples", () => {
    expect(renderAnswer(answer({ abstained: true, reason: "empty", results: [], question: "" }), { lang: "de", examples: ["Was sagte Rubio?"] })).toMatchObject({
      content: "Bitte stelle eine Frage. Probier zum Beispiel:",
      ephemeral: true,
    });
    const junk = renderAnswer(answer({ abstained: true, reason: "no_content", results: [], question: "???" }), { lang: "en", examples: ["What did Rubio say?"] });
    expect(junk).toMatchObject({ content: "I couldn't read that as a question. Try for example:", ephemeral: true });
    expect(junk.embeds).toBeUndefined();
  });

  it("GIVEN a corpus without example questions THEN no buttons and no 'try these'", () => {
    const junk = renderAnswer(answer({ abstained: true, reason: "no_content", results: [], question: "???" }), { lang: "de", examples: [] });
    expect(junk).toMatchObject({ content: "Das habe ich nicht als Frage erkannt.", ephemeral: true });
    expect(componentIds(junk)).toEqual([]);
    const none = renderAnswer(answer({ abstained: true, reason: "not_covered", results: [], question: "WM?" }), { lang: "de" });
    expect(none.embeds![0]!.description).not.toContain("Probier");
  });

  it("GIVEN the longest quotes and titles THEN still within Discord's limits", () => {
    // A quote of MAX_QUOTE_LENGTH characters, each of which Discord markdown escapes.
    const long = result({ quote: "*_`|~>".repeat(Math.floor(MAX_QUOTE_LENGTH / 6)).padEnd(MAX_QUOTE_LENGTH, "x"), title: "T".repeat(400), marks: [[0, 400]] });
    const alsoIn = Array.from({ length: 10 }, (_, i) => ({ articleId: `a${i}`, file: `a${i}.txt`, title: "U".repeat(300), date: "2025-04" }));
    const reply = renderAnswer(answer({ question: "@".repeat(300), results: [{ ...long, alsoIn }] }), { lang: "de", questionKey: "k".repeat(12) });
    expect(checkPayload(reply)).toEqual([]);
    const many = Array.from({ length: 5 }, (_, i) => ({ ...long, passageId: `p${i}`, articleId: `x${i}`, score: 0.1, alsoIn }));
    expect(checkPayload(renderMoreResults(answer({ results: [result(), ...many] }), { lang: "de" }))).toEqual([]);
  });
});

describe("contentMarks", () => {
  it("GIVEN marks on verbs and time words THEN bold only on names, nouns and numbers; a phrase stays one", () => {
    const quote = "Putin reagierte in den kommenden Tagen auf Meet the Press, sagt der 80-Jährige.";
    const marks = marked(quote, "Putin", "reagierte", "Tagen", "Meet", "the", "Press", "sagt", "80-Jährige");
    expect(contentMarks(quote, marks).map(([s, e]) => quote.slice(s, e))).toEqual(["Putin", "Meet the Press", "80-Jährige"]);
  });
});

describe("renderMoreResults", () => {
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

  it("GIVEN a question with links THEN the echo shows no link preview and still gives the question back", () => {
    const q = "Stimmt https://example.com/a_b?x=1. und <https://example.org> und https://x.example> und <http://*>?";
    const line = questionLine(q);
    expect(line).toContain("<https://example.com/a_b?x=1>.");
    expect(line).toContain("\\<<https://example.org>");
    // Every URL Discord would unfurl stands in angle brackets.
    expect(line.replace(/<https?:\/\/[^\s<>]+>/g, "")).not.toMatch(/https?:\/\/[^.\s<>]/);
    expect(questionFromMessage(line)).toBe(q);
    // A "[…](" inside a link: no backslash goes into the wrapped link, which is read back as written.
    for (const linked of ["Stimmt https://example.com/[a](b)c?", "[hier https://example.com/x](https://example.org) bitte"]) {
      expect(questionFromMessage(questionLine(linked))).toBe(linked);
    }
    expect(questionLine("[hier](https://example.org)")).toBe("❓ \\[hier](<https://example.org>)");
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("<", ">", "https://", "http://", "a.b", "_", "*", "\\", " ", ".", "x", "@", "#", "[", "](", ")") }), (text) => {
        const question = text.trim();
        fc.pre(question !== "");
        expect(questionFromMessage(questionLine(question))).toBe(question);
      }),
    );
  });
});
