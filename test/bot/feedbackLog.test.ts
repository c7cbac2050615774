/** The feedback log: one line per vote, hashed users, one vote per user and answer, concurrent votes, the report. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createFeedbackStore, FEEDBACK_FILE, FeedbackStoreError, parseFeedback, SALT_FILE, SALT_REPAIR_FILE, type VoteInput } from "../../src/feedback/log.js";
import { formatFeedbackSummary, summarizeFeedback } from "../../src/feedback/report.js";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "feedback-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const vote = (over: Partial<VoteInput> = {}): VoteInput => ({
  answer: "1400000000000000001",
  question: "Wie alt ist Keith Kellogg?",
  passages: ["000#2"],
  vote: "up",
  userId: "1300000000000000042",
  ...over,
});

const lines = (dir: string) => readFileSync(path.join(dir, FEEDBACK_FILE), "utf8").split("\n").filter(Boolean);

describe("feedback log", () => {
  it("GIVEN a vote THEN one JSON line with time, question, passages, vote and a salted hash instead of the user id", async () => {
    const dir = tempDir();
    const store = createFeedbackStore({ dataDir: dir, now: () => new Date("2025-04-01T12:00:00Z") });
    expect(await store.vote(vote())).toBe("recorded");
    const [line] = lines(dir);
    expect(line).not.toContain("1300000000000000042");
    expect(JSON.parse(line!)).toEqual({
      time: "2025-04-01T12:00:00.000Z",
      answer: "1400000000000000001",
      question: "Wie alt ist Keith Kellogg?",
      passages: ["000#2"],
      vote: "up",
      user: expect.stringMatching(/^[\w-]{22}$/),
    });
  });

  it("GIVEN the passages as a function THEN it is called for a recorded vote only, not for a repeated click", async () => {
    const dir = tempDir();
    const store = createFeedbackStore({ dataDir: dir });
    let asked = 0;
    const passages = async () => {
      asked++;
      return ["000#2", "001#4"];
    };
    expect(await store.vote(vote({ passages }))).toBe("recorded");
    expect(await store.vote(vote({ passages }))).toBe("duplicate");
    expect(await store.vote(vote({ passages, vote: "down" }))).toBe("duplicate");
    expect(asked).toBe(1);
    expect(parseFeedback(readFileSync(path.join(dir, FEEDBACK_FILE), "utf8"))[0]!.passages).toEqual(["000#2", "001#4"]);
  });

  it("GIVEN no FEEDBACK_SALT THEN a random salt is kept in the data folder and reused after a restart", async () => {
    const dir = tempDir();
    await createFeedbackStore({ dataDir: dir }).vote(vote({ answer: "a1" }));
    const salt = readFileSync(path.join(dir, SALT_FILE), "utf8");
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(path.join(dir, SALT_FILE)).mode & 0o077).toBe(0);
    await createFeedbackStore({ dataDir: dir }).vote(vote({ answer: "a2" }));
    const [first, second] = parseFeedback(readFileSync(path.join(dir, FEEDBACK_FILE), "utf8"));
    expect(first!.user).toBe(second!.user);
    // Another salt, another hash: the hash is not a plain digest of the id.
    const other = tempDir();
    await createFeedbackStore({ dataDir: other, salt: "another-salt-0123456789" }).vote(vote());
    expect(parseFeedback(readFileSync(path.join(other, FEEDBACK_FILE), "utf8"))[0]!.user).not.toBe(first!.user);
  });

  it("GIVEN a second vote of the same user on the same answer THEN refused, also after a restart; other answers and users count", async () => {
    const dir = tempDir();
    const store = createFeedbackStore({ dataDir: dir, salt: "test-salt-0123456789" });
    expect(await store.vote(vote())).toBe("recorded");
    expect(await store.vote(vote({ vote: "down" }))).toBe("duplicate");
    expect(await store.vote(vote({ answer: "other" }))).toBe("recorded");
    expect(await store.vote(vote({ userId: "1300000000000000043" }))).toBe("recorded");
    const restarted = createFeedbackStore({ dataDir: dir, salt: "test-salt-0123456789" });
    expect(await restarted.vote(vote())).toBe("duplicate");
    expect(lines(dir)).toHaveLength(3);
  });

  it("GIVEN 200 concurrent votes, 20 of them repeats THEN 180 whole lines, each valid JSON, no repeat", async () => {
    const dir = tempDir();
    const store = createFeedbackStore({ dataDir: dir, salt: "test-salt-0123456789" });
    const inputs = Array.from({ length: 200 }, (_, i) => vote({ userId: `13000000000000${String(i % 180).padStart(5, "0")}`, question: `Frage ${i % 180} ${"x".repeat(i * 40)}` }));
    const outcomes = await Promise.all(inputs.map((input) => store.vote(input)));
    expect(outcomes.filter((o) => o === "recorded")).toHaveLength(180);
    const written = lines(dir);
    expect(written).toHaveLength(180);
    for (const line of written) expect(() => JSON.parse(line)).not.toThrow();
    expect(new Set(written.map((l) => (JSON.parse(l) as { user: string }).user)).size).toBe(180);
  });

  it("GIVEN two processes' stores on one folder THEN a vote appended by one is refused by the other", async () => {
    const dir = tempDir();
    const a = createFeedbackStore({ dataDir: dir, salt: "test-salt-0123456789" });
    const b = createFeedbackStore({ dataDir: dir, salt: "test-salt-0123456789" });
    expect(await b.vote(vote({ answer: "warm-up" }))).toBe("recorded");
    expect(await a.vote(vote())).toBe("recorded");
    expect(await b.vote(vote())).toBe("duplicate");
  });

  it("GIVEN many stores on a fresh folder voting at once THEN every vote is recorded under one salt, and no temporary is left", async () => {
    const dir = tempDir();
    const stores = Array.from({ length: 48 }, () => createFeedbackStore({ dataDir: dir }));
    const outcomes = await Promise.allSettled(stores.map((store, i) => store.vote(vote({ answer: `a${i}` }))));
    expect(outcomes.filter((o) => o.status === "rejected")).toEqual([]);
    expect(new Set(parseFeedback(readFileSync(path.join(dir, FEEDBACK_FILE), "utf8")).map((r) => r.user)).size).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([FEEDBACK_FILE, SALT_FILE].sort());
  });

  it("GIVEN an empty salt file (a crash between creating and writing it) THEN it is replaced by a salt that every store then uses", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, SALT_FILE), "");
    const stores = Array.from({ length: 8 }, () => createFeedbackStore({ dataDir: dir }));
    expect(await Promise.all(stores.map((store, i) => store.vote(vote({ answer: `a${i}` }))))).toEqual(Array(8).fill("recorded"));
    const salt = readFileSync(path.join(dir, SALT_FILE), "utf8");
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(path.join(dir, SALT_FILE)).mode & 0o077).toBe(0);
    expect(await createFeedbackStore({ dataDir: dir }).vote(vote({ answer: "after" }))).toBe("recorded");
    expect(new Set(parseFeedback(readFileSync(path.join(dir, FEEDBACK_FILE), "utf8")).map((r) => r.user)).size).toBe(1);
    expect(readFileSync(path.join(dir, SALT_FILE), "utf8")).toBe(salt);
  });

  it("GIVEN an empty salt file and an empty repair file beside it (a crash during the repair) THEN both are repaired and votes are recorded", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, SALT_FILE), "");
    writeFileSync(path.join(dir, SALT_REPAIR_FILE), "");
    expect(await createFeedbackStore({ dataDir: dir }).vote(vote({ answer: "a" }))).toBe("recorded");
    expect(readFileSync(path.join(dir, SALT_FILE), "utf8")).toMatch(/^[0-9a-f]{64}$/);
    expect(await createFeedbackStore({ dataDir: dir }).vote(vote({ answer: "b" }))).toBe("recorded");
    expect(new Set(parseFeedback(readFileSync(path.join(dir, FEEDBACK_FILE), "utf8")).map((r) => r.user)).size).toBe(1);
  });

  it("GIVEN a salt that cannot be read THEN that vote fails as FeedbackStoreError, and once it can the same store records again", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, SALT_FILE));
    const store = createFeedbackStore({ dataDir: dir });
    await expect(store.vote(vote({ answer: "a1" }))).rejects.toThrow();
    rmSync(path.join(dir, SALT_FILE), { recursive: true });
    expect(await store.vote(vote({ answer: "a2" }))).toBe("recorded");
  });

  it("GIVEN DATA_DIR is a file THEN check() says why, and a vote fails as FeedbackStoreError; GIVEN a usable folder THEN check() is null", async () => {
    const file = path.join(tempDir(), "a-file");
    writeFileSync(file, "x");
    const store = createFeedbackStore({ dataDir: file });
    expect(await store.check()).toBeInstanceOf(FeedbackStoreError);
    await expect(store.vote(vote())).rejects.toMatchObject({ name: "FeedbackStoreError", code: "feedback_unavailable" });
    const logIsFolder = tempDir();
    mkdirSync(path.join(logIsFolder, FEEDBACK_FILE));
    expect(await createFeedbackStore({ dataDir: logIsFolder, salt: "test-salt-0123456789" }).check()).toBeInstanceOf(FeedbackStoreError);
    expect(await createFeedbackStore({ dataDir: path.join(tempDir(), "new") }).check()).toBeNull();
  });

  it("GIVEN the passages cannot be found THEN that error is passed on as it is, not as a storage failure", async () => {
    const store = createFeedbackStore({ dataDir: tempDir(), salt: "test-salt-0123456789" });
    const lost = new Error("core gone");
    await expect(store.vote(vote({ passages: () => Promise.reject(lost) }))).rejects.toBe(lost);
  });

  it("GIVEN a torn or foreign line in the log THEN it is skipped", () => {
    expect(parseFeedback('{"answer":"a","user":"u","vote":"up","question":"q","passages":[]}\n{"answer":\nnot json\n{"x":1}\n')).toHaveLength(1);
  });
});

describe("feedback report", () => {
  it("GIVEN votes THEN votes per question and the passages voted down, first vote per user and answer only", () => {
    const records = [
      { time: "t", answer: "m1", question: "Wie alt ist Kellogg?", passages: ["000#2"], vote: "up" as const, user: "u1" },
      { time: "t", answer: "m1", question: "Wie alt ist Kellogg?", passages: ["000#2"], vote: "down" as const, user: "u1" },
      { time: "t", answer: "m2", question: "Waffenruhe", passages: ["002#3", "000#9"], vote: "down" as const, user: "u1" },
      { time: "t", answer: "m3", question: "Waffenruhe", passages: ["002#3"], vote: "down" as const, user: "u2" },
      { time: "t", answer: "m3", question: "Waffenruhe", passages: ["002#3"], vote: "up" as const, user: "u3" },
    ];
    const summary = summarizeFeedback(records);
    expect(summary.votes).toBe(4);
    expect(summary.questions).toEqual([
      { question: "Waffenruhe", up: 1, down: 2 },
      { question: "Wie alt ist Kellogg?", up: 1, down: 0 },
    ]);
    expect(summary.votedDown).toEqual([
      { passage: "002#3", down: 2, questions: ["Waffenruhe"] },
      { passage: "000#9", down: 1, questions: ["Waffenruhe"] },
    ]);
    expect(formatFeedbackSummary(summary)).toContain("  2×  002#3  (Waffenruhe)");
    expect(formatFeedbackSummary(summarizeFeedback([]))).toBe("No feedback yet.");
  });

  it("GIVEN the report script on a log THEN it prints the summary", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, FEEDBACK_FILE), `${JSON.stringify({ time: "t", answer: "m", question: "Q?", passages: ["p#1"], vote: "down", user: "u" })}\n`);
    const { execFileSync } = await import("node:child_process");
    const out = execFileSync(process.execPath, ["--import", "tsx", "src/cli/feedbackReport.ts", "--file", path.join(dir, FEEDBACK_FILE)], { encoding: "utf8" });
    expect(out).toContain("1×  p#1  (Q?)");
  });
});
