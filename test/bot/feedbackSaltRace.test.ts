/**
 * The feedback salt file is never seen half-written: every exclusive write here is made slow (the file is created,
 * then written a moment later), as a busy disk or a second process can make it. A store that reads the salt in that
 * moment must not find an empty file (it did when the salt file itself was created with "wx" and then written).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type * as FsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

/** How long a slowed write leaves its file created but empty: a widened window, not a time limit. */
const WRITE_DELAY_MS = 50;

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  // A file opened exclusively (the salt's temporary: util/durableFile.ts) is written a moment after it is created.
  const open = (async (file: Parameters<typeof actual.open>[0], flags?: string, mode?: number) => {
    const handle = await actual.open(file, flags, mode);
    if (flags !== "wx") return handle;
    const writeFile = handle.writeFile.bind(handle);
    return Object.assign(handle, {
      writeFile: async (data: string | Uint8Array) => {
        await new Promise((resolve) => setTimeout(resolve, WRITE_DELAY_MS));
        return writeFile(data);
      },
    });
  }) as typeof actual.open;
  // The same for writeFile with "wx" (how the salt file itself was once created, then written).
  const writeFile = (async (file: Parameters<typeof actual.writeFile>[0], data: string, options?: { flag?: string; mode?: number }) => {
    if (options?.flag !== "wx") return actual.writeFile(file, data, options as never);
    const handle = await open(file as string, "wx", options.mode);
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  }) as typeof actual.writeFile;
  return { ...actual, default: { ...actual, open, writeFile }, open, writeFile };
});

const { createFeedbackStore, FEEDBACK_FILE, parseFeedback } = await import("../../src/feedback/log.js");

const dir = mkdtempSync(path.join(tmpdir(), "feedback-race-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the feedback salt, created while other stores read it", () => {
  it("GIVEN eight stores voting at once on a fresh folder, each salt write slow THEN all record, under one salt", async () => {
    const stores = Array.from({ length: 8 }, () => createFeedbackStore({ dataDir: dir }));
    const outcomes = await Promise.allSettled(
      stores.map((store, i) => store.vote({ answer: `a${i}`, question: "q", passages: ["p"], vote: "up", userId: "1300000000000000042" })),
    );
    expect(outcomes.filter((o) => o.status === "rejected").map((o) => String((o as PromiseRejectedResult).reason))).toEqual([]);
    expect(new Set(parseFeedback(readFileSync(path.join(dir, FEEDBACK_FILE), "utf8")).map((r) => r.user)).size).toBe(1);
  });
});
