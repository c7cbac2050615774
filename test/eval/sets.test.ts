/** Where the evaluation finds ../shared: SHARED_DIR when set, beside the checkout when unset or empty. */
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PACKAGE_ROOT } from "../../src/config/paths.js";
import { sharedDir } from "../../src/eval/sets.js";

afterEach(() => vi.unstubAllEnvs());

describe("sharedDir", () => {
  it("GIVEN SHARED_DIR empty or blank (SHARED_DIR= in a shell or .env) THEN the folder beside the checkout, not the working directory", () => {
    for (const value of ["", "  "]) {
      vi.stubEnv("SHARED_DIR", value);
      expect(sharedDir()).toBe(path.resolve(PACKAGE_ROOT, "../shared"));
    }
  });

  it("GIVEN SHARED_DIR set THEN that folder, a relative one against the project folder", () => {
    vi.stubEnv("SHARED_DIR", "/data/shared");
    expect(sharedDir()).toBe("/data/shared");
    vi.stubEnv("SHARED_DIR", "elsewhere/shared");
    expect(sharedDir()).toBe(path.resolve(PACKAGE_ROOT, "elsewhere/shared"));
  });
});
