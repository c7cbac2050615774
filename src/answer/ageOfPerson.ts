/**
 * An age answers "Wie alt ist …?" only beside the person asked about: in the sentence that names them, or in the one
 * right after it ("Keith Kellogg … . Der 80-Jährige …"). A passage that names Putin and, further on, "der 80-Jährige"
 * Kellogg does not tell Putin's age (RankingConfig `ageBesidePerson`). Only for a question about someone's age ("Wie
 * alt ist …", "How old was …"), not for an age required of anyone ("Wie alt muss man sein, um … zu werden?").
 */
import type { Concept } from "./concepts.js";
import { AGE_TERM } from "./numberKinds.js";

/** "Wie alt ist/war/wird …", "How old is/was/will …": the age of someone the question names. */
const AGE_OF_SOMEONE = /\b(?:wie alt (?:ist|war|wird|wäre)|how old (?:is|was|will|would))\b/iu;

/**
 * The concept of the age answer type, and the question's nouns and names whose age it asks for; null for no question
 * about someone's age, or no noun.
 */
export function agedConcepts(question: string, concepts: readonly Concept[]): { at: number; persons: number[] } | null {
  const at = concepts.findIndex((c) => c.alts[0]!.term === AGE_TERM);
  if (at < 0 || !AGE_OF_SOMEONE.test(question)) return null;
  const persons = concepts.flatMap((c, i) => (c.noun && c.weight === undefined && !c.framing ? [i] : []));
  return persons.length > 0 ? { at, persons } : null;
}

/** Whether sentence k, or the one before it, holds one of the `persons` concepts (by the sentences' degrees). */
export function besidePerson(sentenceDegrees: readonly Float32Array[], persons: readonly number[], k: number): boolean {
  return persons.some((i) => sentenceDegrees[k]![i]! > 0 || (k > 0 && sentenceDegrees[k - 1]![i]! > 0));
}
