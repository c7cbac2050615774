/** `cli --help`, `cli ask --help`: the usage on stdout, exit 0; after a bare "--" it is text. */
import { describe, expect, it } from "vitest";
import { runCli } from "../support/runCli.js";

describe("cli --help", () => {
  it("GIVEN --help as the command or after one THEN the usage on stdout and exit 0", async () => {
    for (const args of [["--help"], ["ask", "--help"], ["timeline", "Lawrow", "--help"]]) {
      const run = await runCli(args, {});
      expect(run.code, args.join(" ")).toBe(0);
      expect(run.stdout).toContain("Usage: npm run --silent cli --");
    }
  });

  it("GIVEN --help after a bare -- THEN it is text of the question", async () => {
    const run = await runCli(["ask", "--json", "--", "--help"], {});
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).question).toBe("--help");
  });
});
