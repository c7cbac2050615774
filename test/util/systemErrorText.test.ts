/** A file-system error in words, without the path Node adds (the message names the user's file itself). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { systemErrorText } from "../../src/util/systemErrorText.js";

const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error("did not throw");
};

describe("systemErrorText", () => {
  it("GIVEN an error of a call on a path THEN its code and words, without the call and the path", () => {
    expect(systemErrorText(thrown(() => readFileSync("/no/such/file.tmp-1-abc")))).toBe("ENOENT: no such file or directory");
    expect(systemErrorText(thrown(() => readFileSync("/")))).toBe("EISDIR: illegal operation on a directory");
  });

  it("GIVEN another error THEN its message as it is", () => {
    expect(systemErrorText(new Error("bad, open 'x'"))).toBe("bad, open 'x'");
    expect(systemErrorText("text")).toBe("text");
  });
});
