/**
 * An age answers "Wie alt ist …?" only beside the person asked about: in the sentence that names them, or in a sentence
 * that refers back to them by their age ("Der 80-Jährige …") right after one that names them, or first in the paragraph
 * after one that names them. Another sentence's ages are other people's ("Die Schülerin Arina Petrenko (9) …" after a
 * sentence about Selenskyj). A passage that names Putin and, further on, "der 80-Jährige" Kellogg does not tell Putin's
 * age (RankingConfig `ageBesidePerson`). Not for an age required of anyone ("Wie alt muss man sein, um … zu werden?").
 */
import type { GeneralDictionaries } from "../analysis/lexicon.js";
import { foldWord } from "../analysis/normalize.js";
import type { PassageIndex } from "../search/passageIndex.js";
import type { Concept } from "./concepts.js";
import { conceptDegrees } from "./features.js";
import { AGE_TERM } from "./numberKinds.js";
import { passageTerms } from "./passageTerms.js";

/** "Wie alt muss man sein", "How old do you have to be", "Mindestalter": an age anyone must have, no one's age. */
const AGE_REQUIRED = /\bwie alt (?:muss|müssen|musste|sollte|sollten|darf|dürfen|kann) (?:man|jemand|ein|eine)\b|\bhow old (?:do|does|did|must|should|can) (?:you|one|someone|a|an)\b|\bmindestalter\b|\bminimum age\b/iu;

/**
 * The concept of the age answer type and those of the persons whose age the question asks for: the names among its nouns
 * (words the thesaurus does not know: "Putin" in "Wie alt ist der russische Präsident Putin?"), else all its nouns ("Wie
 * alt ist der US-Sondergesandte?"); null for no age question, an age required of anyone, or no noun.
 */
export function agedConcepts(question: string, concepts: readonly Concept[], general: GeneralDictionaries): { at: number; persons: number[] } | null {
  const at = concepts.findIndex((c) => c.alts[0]!.term === AGE_TERM);
  if (at < 0 || AGE_REQUIRED.test(question)) return null;
  const nouns = concepts.flatMap((c, i) => (c.noun && c.weight === undefined && !c.framing ? [i] : []));
  const names = nouns.filter((i) => !concepts[i]!.translated && general.spellings(foldWord(concepts[i]!.label)).length === 0);
  const persons = names.length > 0 ? names : nouns;
  return persons.length > 0 ? { at, persons } : null;
}

/**
 * Whether the passage before `id`, in the same article, holds one of the `persons` concepts: a paragraph that opens with
 * "Der 80-Jährige" speaks of someone the paragraph before named.
 */
export function personBefore(index: PassageIndex, id: number, concepts: Concept[], persons: readonly number[], intent: boolean): boolean {
  const previous = index.passages[id - 1];
  if (!previous || previous.articleId !== index.passages[id]!.articleId) return false;
  const degrees = conceptDegrees(concepts, passageTerms(index, id - 1, intent).all);
  return persons.some((i) => degrees[i]! > 0);
}

/** A sentence that opens (after a dateline) by naming someone by their age: "Der 80-Jährige …", "Die 45-Jährige …". */
const AGE_ANAPHOR = /^(?:[^–—.]{0,40}\s[–—]\s)?(?:Der|Die)\s+\d{1,3}-Jährigen?\b/u;

/** Whether a sentence refers back to someone by their age ({@link AGE_ANAPHOR}). */
export function refersBackByAge(sentence: string): boolean {
  return AGE_ANAPHOR.test(sentence.trim());
}

/**
 * Whether sentence k holds one of the `persons` concepts (by the sentences' degrees), or refers back by age
 * (`byAge`) right after one that does (for the first sentence, `before`: the previous passage).
 */
export function besidePerson(sentenceDegrees: readonly Float32Array[], persons: readonly number[], k: number, before: boolean, byAge: boolean): boolean {
  if (persons.some((i) => sentenceDegrees[k]![i]! > 0)) return true;
  if (!byAge) return false;
  return k > 0 ? persons.some((i) => sentenceDegrees[k - 1]![i]! > 0) : before;
}
