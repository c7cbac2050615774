/** Button custom ids: state round-trips, stays within 100 characters, forged ids are rejected. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ButtonId, buttonId, parseButtonId } from "../../../src/render/discord/customId.js";

describe("custom ids", () => {
  it("GIVEN each kind THEN build and parse agree", () => {
    const ids: ButtonId[] = [
      { kind: "tl", actorId: "lawrow", page: 3 },
      { kind: "tl", actorId: "juri-uschakow", page: 0, with: "lawrow", from: "2025-03", to: "2025-04-15" },
      { kind: "tl", actorId: "trump", page: 12, from: "2025-08" },
      { kind: "tl", actorId: "rubio", page: 1, with: "lawrow" },
      { kind: "src", articleId: "000_4a36d75bdf1d0814", page: 0 },
      { kind: "open", articleId: "a:b", page: 12 },
      { kind: "txt", articleId: "004_caddd746febfda94" },
      { kind: "more", key: "abcDEF123_-x" },
      { kind: "ctx", articleId: "000_4a36d75bdf1d0814", start: 952, length: 199, check: "3QYBMx" },
      { kind: "ctx", articleId: "a:b", start: 0, length: 1, check: "abc-_Z" },
      { kind: "fb", vote: "up" },
      { kind: "fb", vote: "down" },
      { kind: "run", target: { kind: "tl", actorId: "lawrow", page: 0 } },
      { kind: "run", target: { kind: "src", articleId: "003_d4ca25cd25f33b7d", page: 0 } },
      { kind: "run", target: { kind: "ask", example: 2 } },
      { kind: "nop", tag: "page" },
    ];
    for (const id of ids) expect(parseButtonId(buttonId(id)!)).toEqual(id);
  });

  it("GIVEN any reference THEN the id is ≤ 100 characters or not built at all", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(9999), (ref, page) => {
        const id = buttonId({ kind: "src", articleId: ref, page });
        if (id === undefined) expect(`src:${ref}:${page}`.length).toBeGreaterThan(100);
        else expect(id.length).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("GIVEN forged or foreign ids THEN undefined", () => {
    for (const id of ["", "tl:lawrow", "tl:lawrow+:1", "tl:lawrow@x..y:1", "tl:Lawrow:1", "tl:lawrow:-1", "tl:lawrow:10000", "tl::1", "src:x:1e3", "more:", "more:<@1>", "open:x:", "kaputt:x:1", "ctx:a:1:0:abcdef", "ctx:a:1:2:abc", "ctx:a:x:2:abcdef", "fb:maybe", "run:more:abcdef", "run:run:ask:1", "run:fb:up", "ask:12", "x".repeat(101)]) {
      expect(parseButtonId(id)).toBeUndefined();
    }
  });
});
