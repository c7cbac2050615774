/**
 * The feedback log: one JSON line per 👍 / 👎 in `<DATA_DIR>/feedback.jsonl`, with the time, the question, the
 * passages shown and a salted hash of the user id (HMAC-SHA-256; the raw id is never written). The salt is
 * FEEDBACK_SALT, else a random one kept in `<DATA_DIR>/feedback-salt` (created once, atomically, mode 0600: salt.ts).
 *
 * One vote per user and answer (the answer is the message the buttons are on). Votes are handled one at a
 * time per process; each line goes out in one append (O_APPEND) so lines from several processes never interleave,
 * and before each append the lines other processes added are read, so a second vote is refused there too.
 * The report counts only the first vote per user and answer, whatever happens.
 */
import { createHmac } from "node:crypto";
import { appendFile, mkdir, open } from "node:fs/promises";
import path from "node:path";
import { FeedbackStoreError, folderSalt } from "./salt.js";

export { FeedbackStoreError, SALT_FILE, SALT_REPAIR_FILE } from "./salt.js";

export const FEEDBACK_FILE = "feedback.jsonl";
export type Vote = "up" | "down";

export interface FeedbackRecord {
  /** ISO time of the vote. */
  time: string;
  /** The answer voted on: the id of the Discord message the buttons are attached to. */
  answer: string;
  question: string;
  /** Passage ids shown in the answer, in order. */
  passages: string[];
  vote: Vote;
  /** Salted hash of the Discord user id. */
  user: string;
}

export interface VoteInput {
  answer: string;
  question: string;
  /**
   * The passages the answer shows; a function is called only for a vote that is recorded (the bot asks the question
   * again to know them, which a repeated click need not cost).
   */
  passages: readonly string[] | (() => Promise<readonly string[]>);
  vote: Vote;
  /** The raw Discord user id; only its salted hash is stored. */
  userId: string;
}

export interface FeedbackStore {
  readonly file: string;
  /**
   * Appends the vote unless this user has voted on this answer already. Rejects with a {@link FeedbackStoreError}
   * when the data folder cannot take it (a failure of `input.passages` is passed on as it is).
   */
  vote(input: VoteInput): Promise<"recorded" | "duplicate">;
  /** Whether votes can be saved (the folder, the salt, the log): null, or why not. The bot asks once at start. */
  check(): Promise<FeedbackStoreError | null>;
}

export interface FeedbackStoreOptions {
  dataDir: string;
  /** FEEDBACK_SALT; without it a random salt is kept in the data folder. */
  salt?: string;
  now?: () => Date;
}


export function hashUser(userId: string, salt: string): string {
  return createHmac("sha256", salt).update(userId, "utf8").digest("base64url").slice(0, 22);
}

/** Parses log lines; lines that are not feedback records (a torn write, an edit by hand) are skipped. */
export function parseFeedback(text: string): FeedbackRecord[] {
  const records: FeedbackRecord[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      const r = JSON.parse(line) as Partial<FeedbackRecord>;
      if (typeof r.answer === "string" && typeof r.user === "string" && (r.vote === "up" || r.vote === "down")) {
        records.push({
          time: String(r.time ?? ""),
          answer: r.answer,
          question: String(r.question ?? ""),
          passages: Array.isArray(r.passages) ? r.passages.map(String) : [],
          vote: r.vote,
          user: r.user,
        });
      }
    } catch {
      // not a record
    }
  }
  return records;
}

export function createFeedbackStore(opts: FeedbackStoreOptions): FeedbackStore {
  const file = path.join(opts.dataDir, FEEDBACK_FILE);
  const now = opts.now ?? (() => new Date());
  const seen = new Set<string>();
  let offset = 0;
  let salt: Promise<string> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const key = (answer: string, user: string) => `${answer}\u0000${user}`;

  /** Reads the lines appended since the last read (by this or another process). */
  async function catchUp(): Promise<void> {
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(file, "r");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      if (size <= offset) return;
      const buffer = Buffer.alloc(size - offset);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      const complete = buffer.subarray(0, bytesRead).lastIndexOf(0x0a) + 1;
      for (const r of parseFeedback(buffer.subarray(0, complete).toString("utf8"))) seen.add(key(r.answer, r.user));
      offset += complete;
    } finally {
      await handle.close();
    }
  }

  /** The salt, found (or created) once; a failure is not kept, so the next vote tries again. */
  async function saltOnce(): Promise<string> {
    salt ??= opts.salt ? Promise.resolve(opts.salt) : folderSalt(opts.dataDir);
    const pending = salt;
    try {
      return await pending;
    } catch (error) {
      if (salt === pending) salt = undefined;
      throw error;
    }
  }

  /** A step on the data folder; its failure is a {@link FeedbackStoreError}. */
  async function stored<T>(step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      if (error instanceof FeedbackStoreError) throw error;
      throw new FeedbackStoreError(`feedback: votes cannot be saved in ${opts.dataDir} (${(error as Error).message})`, { cause: error });
    }
  }

  async function record(input: VoteInput): Promise<"recorded" | "duplicate"> {
    const user = await stored(async () => {
      await mkdir(opts.dataDir, { recursive: true });
      return hashUser(input.userId, await saltOnce());
    });
    await stored(catchUp);
    if (seen.has(key(input.answer, user))) return "duplicate";
    const passages = typeof input.passages === "function" ? await input.passages() : input.passages;
    const entry: FeedbackRecord = {
      time: now().toISOString(),
      answer: input.answer,
      question: input.question,
      passages: [...passages],
      vote: input.vote,
      user,
    };
    // One write of one whole line with O_APPEND: never interleaved with another writer's line.
    await stored(() => appendFile(file, `${JSON.stringify(entry)}\n`, { flag: "a", mode: 0o600 }));
    seen.add(key(input.answer, user));
    return "recorded";
  }

  /** One at a time, in order: votes and checks. */
  function queued<T>(run: () => Promise<T>): Promise<T> {
    const task = queue.then(run);
    queue = task.catch(() => undefined);
    return task;
  }

  return {
    file,
    vote: (input) => queued(() => record(input)),
    check: () =>
      queued(async () => {
        try {
          await stored(async () => {
            await mkdir(opts.dataDir, { recursive: true });
            await saltOnce();
            // Opened for appending as a vote is (and created, empty, if new): a folder in its place fails here.
            await (await open(file, "a", 0o600)).close();
          });
          return null;
        } catch (error) {
          return error as FeedbackStoreError;
        }
      }),
  };
}
