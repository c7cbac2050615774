/** Escaping: corpus text and user input render literally, never as markdown, mentions or disguised links. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeText, escapeWithBold, unescapeText } from "../../../src/render/discord/escape.js";
import { shorten } from "../../../src/util/text.js";

describe("escapeText", () => {
  it("GIVEN markdown THEN every marker is escaped", () => {
    expect(escapeText("Bürger*innen und __init__ und ~~weg~~ und ||spoiler|| und `code`")).toBe(
      "Bürger\\*innen und \\_\\_init\\_\\_ und \\~\\~weg\\~\\~ und \\|\\|spoiler\\|\\| und \\`code\\`",
    );
    expect(escapeText("# Titel\n- Punkt\n1. Eins\n> Zitat\n-# klein")).toBe("\\# Titel\n\\- Punkt\n1\\. Eins\n\\> Zitat\n\\-# klein");
  });

  it("GIVEN mentions THEN none survives as a mention", () => {
    const out = escapeText("@everyone @here <@123> <@!1> <@&5> <#7> </ask:1> <:emo:9>");
    expect(out).not.toMatch(/@everyone|@here|<[@#:/]/);
  });

  it("GIVEN URLs THEN they stay intact, underscores included", () => {
    expect(escapeText("Siehe https://example.com/a_b_c?x=1. Danke_schön")).toBe("Siehe https://example.com/a_b_c?x=1. Danke\\_schön");
  });

  it("GIVEN a masked link THEN it shows as typed, not as a link", () => {
    expect(escapeText("[Hier klicken](https://evil.example/x)")).toBe("\\[Hier klicken](https://evil.example/x)");
    expect(escapeWithBold("[Waffenruhe](https://evil.example)", [[1, 11]])).toBe("\\[**Waffenruhe**](https://evil.example)");
  });

  it("GIVEN any text THEN no mention survives and the bot can read it back (unescapeText)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("@", "<", ">", "#", "*", "_", "\\", "`", "~", "|", "e", "veryone", "here", "1", " ", "\n", "[", "]", "(", ")") }), (text) => {
        const out = escapeText(text);
        expect(out).not.toMatch(/@(everyone|here)|<[@#:/]/);
        if (!/https?:/.test(text)) expect(unescapeText(out)).toBe(text);
      }),
    );
  });
});

/** Reads markdown the way Discord does: "\\x" is a literal x, an unescaped "**" is a bold marker. */
function stripBold(markdown: string): { text: string; markers: number } {
  let text = "";
  let markers = 0;
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] === "\\") {
      text += markdown.slice(i, i + 2);
      i++;
    } else if (markdown.startsWith("**", i)) {
      markers++;
      i++;
    } else {
      text += markdown[i];
    }
  }
  return { text, markers };
}

describe("escapeWithBold", () => {
  it("GIVEN overlapping and touching marks THEN one bold run each, without spaces inside the markers", () => {
    expect(escapeWithBold("Keith Kellogg ist 80", [[0, 5], [6, 13], [4, 13]])).toBe("**Keith Kellogg** ist 80");
    expect(escapeWithBold("a  b", [[0, 3]])).toBe("**a**  b");
  });

  it("GIVEN any marks THEN the visible text is the quote and bold markers balance", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.tuple(fc.nat(70), fc.nat(70))), (quote, marks) => {
        const out = escapeWithBold(quote, marks.map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]));
        const { text, markers } = stripBold(out);
        expect(unescapeText(text)).toBe(quote);
        expect(markers % 2).toBe(0);
      }),
    );
  });
});

describe("shorten", () => {
  it("GIVEN text over the limit THEN at most max characters, ending in …, cut at a word", () => {
    expect(shorten("Sergej Lawrow telefoniert mit Marco Rubio", 20)).toBe("Sergej Lawrow…");
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 2, max: 50 }), (s, max) => {
        expect(shorten(s, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});
