/** Specification of German sentence splitting: news-specific boundaries, always verbatim spans. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/analysis/sentences.js";
import { SEED_FILES, seedBody } from "../fixtures/corpus.js";

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("what is NOT a sentence end", () => {
  it.each([
    ["an ordinal date", "Das Treffen ist am 15. März in Riad geplant. Danach reist er ab.", ["Das Treffen ist am 15. März in Riad geplant.", "Danach reist er ab."]],
    ["an ordinal before an inflected noun", "Sie begann Mitte des 18. Jahrhunderts in London. Danach nicht.", ["Sie begann Mitte des 18. Jahrhunderts in London.", "Danach nicht."]],
    ["an abbreviated month", "Am 3. Okt. war er dort. Danach nicht.", ["Am 3. Okt. war er dort.", "Danach nicht."]],
    ["a photo position marker (M.)", "Russlands Außenminister Sergej Lawrow (M.) spricht mit Marco Rubio. Das Treffen war in Riad.", ["Russlands Außenminister Sergej Lawrow (M.) spricht mit Marco Rubio.", "Das Treffen war in Riad."]],
    ["a photo position marker (l.)", "Die US-Unterhändler Mike Waltz (l.) und Marco Rubio. Zweiter Satz.", ["Die US-Unterhändler Mike Waltz (l.) und Marco Rubio.", "Zweiter Satz."]],
    ["z. B.", "Es geht um Themen wie z. B. Sanktionen. Das ist klar.", ["Es geht um Themen wie z. B. Sanktionen.", "Das ist klar."]],
    ["u. a.", "Es sprachen u. a. Rubio und Waltz. Das ist klar.", ["Es sprachen u. a. Rubio und Waltz.", "Das ist klar."]],
    ["Dr.", "Es sprach Dr. Müller über die Lage. Das ist klar.", ["Es sprach Dr. Müller über die Lage.", "Das ist klar."]],
    ["a domain t-online.de", "Das berichtet t-online.de unter Berufung auf Diplomaten. Das ist klar.", ["Das berichtet t-online.de unter Berufung auf Diplomaten.", "Das ist klar."]],
    ["a URL", "Mehr unter https://www.t-online.de/nachrichten/ausland/id_100.html im Liveblog. Das ist klar.", ["Mehr unter https://www.t-online.de/nachrichten/ausland/id_100.html im Liveblog.", "Das ist klar."]],
    ["a question in quotes continued by the speech tag", "„Sind Sie bereit?“, sagte er. Dann ging er.", ["„Sind Sie bereit?“, sagte er.", "Dann ging er."]],
    ["an exclamation in quotes continued by the speech tag", "„Das reicht!“, rief er. Dann ging er.", ["„Das reicht!“, rief er.", "Dann ging er."]],
    ["a decimal or dotted date", "Er kam am 1.3.2025 an und blieb 2.5 Tage. Dann ging er.", ["Er kam am 1.3.2025 an und blieb 2.5 Tage.", "Dann ging er."]],
    ["an initial", "Donald J. Trump sprach lange. Dann ging er.", ["Donald J. Trump sprach lange.", "Dann ging er."]],
    ["an ellipsis followed by lower case", "Putin sagte etwas … und dann nichts. Das ist klar.", ["Putin sagte etwas … und dann nichts.", "Das ist klar."]],
  ])("GIVEN %s THEN it does not split there", (_label, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe("what IS a sentence end", () => {
  it.each([
    ["a year before a plural of time", "Er starb 2024. Wochen später kam die Nachricht.", ["Er starb 2024.", "Wochen später kam die Nachricht."]],
    ["a year before \"Tage\"", "Das galt ab 1991. Tage danach kam die Wende.", ["Das galt ab 1991.", "Tage danach kam die Wende."]],
  ])("GIVEN %s THEN it splits", (_, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it("GIVEN 004's glued sentences \"…hieß es weiter.Nato-Generalsekretär Mark Rutte…\" THEN they split into two", () => {
    const text = "„Es wurde vereinbart“, hieß es in der Erklärung des Ministeriums weiter.Nato-Generalsekretär Mark Rutte hat die Europäer aufgefordert.";
    expect(split(text)).toEqual(["„Es wurde vereinbart“, hieß es in der Erklärung des Ministeriums weiter.", "Nato-Generalsekretär Mark Rutte hat die Europäer aufgefordert."]);
  });

  it("GIVEN 004 itself THEN the glued boundary before \"Nato-Generalsekretär\" and before \"Die Außenminister der G-7-Länder\" are sentence starts", () => {
    const body = seedBody("004_caddd746febfda94.txt");
    const sentences = split(body);
    expect(sentences.some((s) => s.startsWith("Nato-Generalsekretär Mark Rutte hat die Europäer aufgefordert"))).toBe(true);
    expect(sentences.some((s) => s.startsWith("Die Außenminister der G-7-Länder bekräftigen"))).toBe(true);
  });

  it("GIVEN a quote ending in a full stop inside the quote marks THEN the closing mark belongs to the sentence", () => {
    expect(split("Er sagte: „Wir sind bereit.“ Dann ging er.")).toEqual(["Er sagte: „Wir sind bereit.“", "Dann ging er."]);
  });

  it("GIVEN a question and an exclamation THEN each ends a sentence", () => {
    expect(split("Was nun? Das ist klar! Gut.")).toEqual(["Was nun?", "Das ist klar!", "Gut."]);
  });

  it("GIVEN a blank line without final punctuation THEN the paragraph break ends the sentence", () => {
    expect(split("Der Ball liegt bei Russland\n\nDie Unterstützer berieten.")).toEqual(["Der Ball liegt bei Russland", "Die Unterstützer berieten."]);
  });
});

describe("spans are verbatim", () => {
  it("GIVEN every seed article THEN every span is a trimmed, non-empty, ordered, non-overlapping slice of the text", () => {
    for (const f of SEED_FILES) {
      const text = seedBody(f);
      let last = 0;
      for (const s of splitSentences(text)) {
        const slice = text.slice(s.start, s.end);
        expect(slice.length).toBeGreaterThan(0);
        expect(slice).toBe(slice.trim());
        expect(s.start).toBeGreaterThanOrEqual(last);
        last = s.end;
      }
    }
  });

  it("GIVEN any text (property, 200 runs) THEN spans are trimmed, ordered, non-overlapping and together hold every non-space character", () => {
    const pieces = fc.constantFrom("Rubio", "sagte", "am", "15.", "März", "(M.)", "z. B.", "t-online.de", ".", "?“,", "!", "…", "„", "“", " ", " ", "\n", "\n\n", "Dr.", "weiter.Nato", "U.S.", "1.3.2025");
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const spans = splitSentences(text);
        let last = 0;
        let covered = "";
        for (const s of spans) {
          const slice = text.slice(s.start, s.end);
          if (slice.length === 0 || slice !== slice.trim() || s.start < last) return false;
          last = s.end;
          covered += slice;
        }
        return covered.replace(/\s/g, "") === text.replace(/\s/g, "");
      }),
      { numRuns: 200 },
    );
  });
});
