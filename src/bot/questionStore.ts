/**
 * Questions behind "Weitere Treffer" buttons. A question (≤ 300 chars) does not fit into a custom id
 * (≤ 100), so the button carries a short hash and this LRU maps it back. After a restart the LRU is empty;
 * the button handler then reads the question from the message the button is attached to.
 */
import { createHash } from "node:crypto";

export interface QuestionStore {
  /** Remembers the question; returns the key for the button. */
  remember(question: string): string;
  recall(key: string): string | undefined;
  size(): number;
}

/** 12 characters of base64url SHA-256: collisions among a few thousand questions are out of the question. */
export function questionKey(question: string): string {
  return createHash("sha256").update(question, "utf8").digest("base64url").slice(0, 12);
}

export function createQuestionStore(capacity = 5000): QuestionStore {
  // A Map iterates in insertion order; re-inserting on use makes the first key the least recently used.
  const entries = new Map<string, string>();
  return {
    remember(question) {
      const key = questionKey(question);
      entries.delete(key);
      entries.set(key, question);
      while (entries.size > capacity) entries.delete(entries.keys().next().value!);
      return key;
    },
    recall(key) {
      const question = entries.get(key);
      if (question !== undefined) {
        entries.delete(key);
        entries.set(key, question);
      }
      return question;
    },
    size: () => entries.size,
  };
}
