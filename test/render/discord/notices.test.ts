/** Private notices: the live cooldown, clickable suggestions, the people the bot knows. */
import { describe, expect, it } from "vitest";
import { checkPayload } from "../../../src/render/discord/limits.js";
import { renderCooldown, renderFeedbackReceipt, renderLookupError } from "../../../src/render/discord/notices.js";
import { componentIds, componentLabels } from "./models.js";

describe("notices", () => {
  it("GIVEN a cooldown THEN Discord's relative timestamp of the moment the user may ask again", () => {
    expect(renderCooldown(8_200, "de", 1_750_000_000_000)).toMatchObject({
      content: "Langsam bitte: du kannst <t:1750000009:R> wieder fragen.",
      ephemeral: true,
    });
    expect(renderCooldown(8_200, "en", 1_750_000_000_000).content).toBe("Easy there: you can ask again <t:1750000009:R>.");
  });

  it("GIVEN an unknown actor with suggestions THEN 'Meintest du' buttons that run /timeline, English names in English", () => {
    const error = { code: "unknown_actor" as const, message: "", suggestions: ["Sergej Lawrow", "Wladimir Putin"] };
    const known = [
      { name: "Sergej Lawrow", value: "lawrow" },
      { name: "Wladimir Putin", value: "putin" },
    ];
    const de = renderLookupError(error, "Sergej Putin", "de", { known });
    expect(de.content).toBe("Diese Person kenne ich nicht: „Sergej Putin“.\nMeintest du eine dieser Möglichkeiten?");
    expect(componentIds(de)).toEqual(["run:tl:lawrow:0", "run:tl:putin:0"]);
    const en = renderLookupError(error, "Sergej Putin", "en", { known });
    expect(en.content).toBe("I don't know that person: “Sergej Putin”.\nDid you mean one of these?");
    expect(componentLabels(en)).toEqual(["Sergey Lavrov", "Vladimir Putin"]);
  });

  it("GIVEN an unknown actor without suggestions THEN the people the bot knows, listed and in a menu", () => {
    const known = Array.from({ length: 30 }, (_, i) => ({ name: `Person ${i}`, value: `p${i}` }));
    const reply = renderLookupError({ code: "unknown_actor", message: "", suggestions: [] }, "Xyzzy", "de", { known });
    expect(reply.content).toContain("Diese Personen kenne ich: Person 0, Person 1");
    expect(componentIds(reply)).toEqual(["runm:tl"]);
    expect(checkPayload(reply)).toEqual([]);
  });

  it("GIVEN a suggested title too long for a button THEN it is named in the text instead", () => {
    const long = "T".repeat(120);
    const reply = renderLookupError({ code: "unknown_article", message: "", suggestions: ["Kurz", long] }, "x", "de", { articleIds: new Map([["Kurz", "003_a"]]) });
    expect(componentIds(reply)).toEqual(["run:src:003_a:0"]);
    expect(reply.content).toContain("Meintest du: „TTT");
  });

  it("GIVEN feedback THEN thanks, or a polite note that this person has voted already", () => {
    expect(renderFeedbackReceipt("up", "de").content).toContain("Danke");
    expect(renderFeedbackReceipt("duplicate", "en")).toMatchObject({ content: "You have already voted on this answer. Thank you!", ephemeral: true });
  });
});
