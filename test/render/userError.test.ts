import { describe, expect, it } from "vitest";
import { renderUserError } from "../../src/render/discord/notices.js";
import type { Lang } from "../../src/render/locale.js";
import { renderUserErrorText } from "../../src/render/text/errorText.js";
import { USER_ERROR_CODES, UserError, type UserErrorCode, type UserErrorContexts } from "../../src/util/userError.js";

const CONTEXTS: { [C in UserErrorCode]: UserErrorContexts[C] } = { too_long: { max: 300 }, invalid_input: {}, button_stale: {}, interaction_unknown: {} };

describe("user errors: a code and its context, worded by the renderers", () => {
  it.each(USER_ERROR_CODES.flatMap((code) => (["de", "en"] as Lang[]).map((lang) => [code, lang] as const)))(
    "GIVEN %s in %s THEN both renderers word it, every placeholder filled, privately on Discord",
    (code, lang) => {
      const error = new UserError(code, CONTEXTS[code]);
      const text = renderUserErrorText(error, lang);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toContain(code);
      const reply = renderUserError(error, lang);
      expect(reply.content).toBe(text);
      expect(reply.ephemeral).toBe(true);
    },
  );

  it("GIVEN too_long THEN the limit from the context is in the words, in each language", () => {
    expect(renderUserErrorText(new UserError("too_long", { max: 300 }), "de")).toBe("Die Eingabe ist zu lang (höchstens 300 Zeichen).");
    expect(renderUserErrorText(new UserError("too_long", { max: 300 }), "en")).toMatch(/300/);
  });

  it("GIVEN a user error THEN it carries no rendered reply, only code and context", () => {
    const error = new UserError("too_long", { max: 12 });
    expect(Object.keys(error).sort()).toEqual(["code", "context", "name"]);
  });
});
