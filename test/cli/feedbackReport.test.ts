/** `npm run feedback`: its options are read strictly, and a relative --file is where the user ran npm. */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/config/paths.js";
import { HANG_GUARD_MS } from "../support/hangGuard.js";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "vb-feedback-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, "votes.jsonl"), `${JSON.stringify({ time: "2025-04-01T12:00:00.000Z", answer: "a1", question: "Wer ist Keith Kellogg?", passages: ["000#2"], vote: "down", user: "u1" })}\n`);

function report(args: string[]) {
  return run(process.execPath, ["--import", "tsx", "src/cli/feedbackReport.ts", ...args], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, INIT_CWD: dir, DATA_DIR: path.join(dir, "none") },
    timeout: HANG_GUARD_MS,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

describe("npm run feedback", () => {
  it("GIVEN --file=NAME relative to where npm ran THEN that log is read, as with --file NAME", async () => {
    for (const args of [["--json", "--file=votes.jsonl"], ["--file", "votes.jsonl", "--json"]]) {
      const { code, stdout } = await report(args);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ votes: 1, questions: [{ question: "Wer ist Keith Kellogg?", down: 1 }] });
    }
  });

  it("GIVEN a mistyped option THEN exit 2 naming it, no report", async () => {
    const { code, stdout, stderr } = await report(["--jsno"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--jsno");
    expect(stdout).toBe("");
  });

  it("GIVEN a log that cannot be read (a folder) THEN exit 1 with one line naming that file and why", async () => {
    const folder = path.join(dir, "a-folder.jsonl");
    mkdirSync(folder);
    const { code, stdout, stderr } = await report(["--file", folder]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(`feedback: cannot read ${folder}: EISDIR: illegal operation on a directory\n`);
  });
});
