/** checkPayload knows Discord's limits, for both discord.js options and raw API bodies. */
import { describe, expect, it } from "vitest";
import { checkPayload } from "../../../src/render/discord/limits.js";
import { MAX_CUSTOM_ID, MAX_EMBED_TOTAL } from "../../../src/util/discordLimits.js";

const ok = { allowedMentions: { parse: [] } };

describe("checkPayload", () => {
  it("GIVEN a small message THEN no problems", () => {
    expect(checkPayload({ ...ok, content: "Hallo" })).toEqual([]);
    expect(checkPayload({ allowed_mentions: { parse: [] }, embeds: [{ description: "x" }] })).toEqual([]);
  });

  it("GIVEN each limit exceeded THEN each is named", () => {
    const problems = checkPayload({
      content: "x".repeat(2001),
      embeds: [
        {
          title: "t".repeat(257),
          description: "d".repeat(4097),
          fields: Array.from({ length: 26 }, () => ({ name: "n", value: "v".repeat(1025) })),
        },
      ],
      components: [{ type: 1, components: [{ type: 2, custom_id: "c".repeat(MAX_CUSTOM_ID + 1) }, { type: 2, custom_id: "dup" }, { type: 2, custom_id: "dup" }] }],
    });
    expect(problems.join("\n")).toMatch(/content: 2001/);
    expect(problems.join("\n")).toMatch(/title: 257/);
    expect(problems.join("\n")).toMatch(/description: 4097/);
    expect(problems.join("\n")).toMatch(/fields: 26/);
    expect(problems.join("\n")).toMatch(/fields\[0\]\.value/);
    expect(problems.join("\n")).toMatch(/custom_id: length 101/);
    expect(problems.join("\n")).toMatch(/duplicate "dup"/);
    expect(problems.join("\n")).toMatch(new RegExp(`> ${MAX_EMBED_TOTAL}`));
    expect(problems.join("\n")).toMatch(/allowed_mentions/);
  });

  it("GIVEN mentions allowed THEN a problem", () => {
    expect(checkPayload({ content: "x", allowedMentions: { parse: ["everyone"] } })).toEqual(["allowed_mentions: must be { parse: [] }"]);
  });

  it("GIVEN autocomplete choices THEN count, name and value lengths are checked", () => {
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: i === 0 ? "n".repeat(101) : "n", value: i === 1 ? "v".repeat(101) : "v" }));
    expect(checkPayload({ choices })).toEqual(["choices: 26 > 25", "choices[0].name: length 101", "choices[1].value: length 101"]);
  });
});
