/**
 * The feedback log's salt in the data folder (`feedback-salt`, mode 0600): created once, written whole to a temporary
 * file and flushed before it is linked into place, so that no process ever reads a part of it; an unusable one
 * repaired. Its failures are {@link FeedbackStoreError}s.
 */
import { randomBytes } from "node:crypto";
import { link, readFile, rename } from "node:fs/promises";
import path from "node:path";
import { MIN_SALT_LENGTH } from "../config/env.js";
import { discardFile } from "../util/discardFile.js";
import { tempBeside, writeDurably } from "../util/durableFile.js";

/** A vote that cannot be saved: the data folder or a file in it is unusable (a file as DATA_DIR, no permission). */
export class FeedbackStoreError extends Error {
  override readonly name = "FeedbackStoreError";
  readonly code = "feedback_unavailable";
}

export const SALT_FILE = "feedback-salt";
/**
 * The salt that replaces an unusable salt file (empty or short: an older version left it so when it crashed between
 * creating the file and writing it), beside it; written once and kept, so every repair installs the same salt.
 */
export const SALT_REPAIR_FILE = "feedback-salt.repair";

/**
 * The salt from the data folder, created on first use. It is written whole to a temporary file and linked into place,
 * so a reader never sees a part of it and concurrent creators agree on the first one linked. A file that holds no
 * usable salt is replaced (renamed over) by the salt of {@link SALT_REPAIR_FILE}, which is itself linked into place
 * once: processes repairing at the same moment all install that one salt, and none replaces a usable salt by another.
 */
export async function folderSalt(dataDir: string): Promise<string> {
  const file = path.join(dataDir, SALT_FILE);
  const found = await readSalt(file);
  if (found !== null) return found;
  // Null: another process linked its salt first (use it), or the file is there and unusable (repair it).
  const created = (await linkNewSalt(file)) ?? (await readSalt(file));
  if (created !== null) return created;
  const repairFile = path.join(dataDir, SALT_REPAIR_FILE);
  const repair = (await linkNewSalt(repairFile)) ?? (await readSalt(repairFile)) ?? (await replaceSalt(repairFile));
  const temp = tempBeside(file);
  try {
    await writeDurably(temp, repair, "wx", 0o600);
    await rename(temp, file);
  } catch (error) {
    await discardFile(temp);
    throw error;
  }
  return repair;
}

/**
 * A new salt renamed over an unusable `file` (the repair file itself left empty by a crash), read back: of processes
 * doing so at once, the last rename wins and all read that one.
 */
async function replaceSalt(file: string): Promise<string> {
  const temp = tempBeside(file);
  try {
    await writeDurably(temp, randomBytes(32).toString("hex"), "wx", 0o600);
    await rename(temp, file);
  } catch (error) {
    await discardFile(temp);
    throw error;
  }
  const salt = await readSalt(file);
  if (salt === null) throw new FeedbackStoreError(`feedback: ${file} holds no usable salt`);
  return salt;
}

/** The salt in `file`, or null when there is none (missing) or it is unusable (empty, short). */
async function readSalt(file: string): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const salt = text.trim();
  return salt.length >= MIN_SALT_LENGTH ? salt : null;
}

/** Links a new random salt into place as `file`; its salt, or null when `file` exists already (it is left alone). */
async function linkNewSalt(file: string): Promise<string | null> {
  const salt = randomBytes(32).toString("hex");
  const temp = tempBeside(file);
  try {
    await writeDurably(temp, salt, "wx", 0o600);
    await link(temp, file);
    return salt;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return null;
    throw error;
  } finally {
    await discardFile(temp);
  }
}

