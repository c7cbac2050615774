/**
 * Helpers the actor matcher (actorMatch.ts) ranks names with: the order of names and the thresholds for correcting
 * a typo and for suggesting a name.
 */
import type { Actor } from "./actorsFile.js";

export interface Ranked {
  actor: Actor;
  dist: number;
  score: number;
  /** First letter of the closest spelling's skeleton. */
  firstLetter: string | undefined;
}

/** Letters (of the spelling skeleton) a query needs before a typo in it is corrected without asking. */
export const MIN_TYPO_LENGTH = 6;

/** Share of differing letters up to which a name is suggested. */
export const SUGGEST_SCORE = 0.4;

export function byName(a: Actor, b: Actor): number {
  return a.name.localeCompare(b.name, "de") || a.id.localeCompare(b.id);
}

/** Edits tolerated when auto-resolving a query of this (skeleton) length. */
export function maxEdits(len: number): number {
  if (len <= 3) return 0;
  if (len <= 5) return 1;
  if (len <= 8) return 2;
  return 3;
}
