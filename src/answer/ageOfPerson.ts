/**
 * An age answers "Wie alt ist X?" only beside X: in the sentence that names X, in the sentence after it ("Keith
 * Kellogg … . Der 80-Jährige …", "… Er ist 80 Jahre alt."), or first in the paragraph after one that names X; not when
 * that later sentence gives the age of someone it names ("Die Schülerin Arina Petrenko (9) …", "der dreijährige
 * Tymofij" after a sentence about Selenskyj). A passage that names Putin and, further on, "der 80-Jährige" Kellogg
 * does not tell Putin's age (RankingConfig `ageBesidePerson`). Only for a question about someone's age ("Wie alt
 * ist/war/wurde …", "Weiß jemand, wie alt Putin ist?", "How old is …"), not an age required of anyone ("Wie alt muss
 * man sein …", "Wie alt muss der Bundespräsident mindestens sein?", "Ab welchem Alter …").
 */
import type { Analyzer } from "../analysis/analyzer.js";
import type { GeneralDictionaries } from "../analysis/lexicon.js";
import { foldWord } from "../analysis/normalize.js";
import type { PassageIndex } from "../search/passageIndex.js";
import type { Concept } from "./concepts.js";
import { conceptDegrees } from "./features.js";
import { AGE_TERM } from "./numberKinds.js";
import { passageTerms } from "./passageTerms.js";

/** "Wie alt ist/war/wurde …", "… wie alt Putin ist?", "How old is/was …": the age someone has. */
const AGE_OF_SOMEONE = /\bwie alt (?:ist|war|wird|wurde|wäre|sind|waren)\b|\bwie alt\b.*\b(?:ist|war|wurde|sind|waren)\W*$|\bhow old (?:is|was|will|would|are|were)\b|\bhow old\b.*\b(?:is|was|are|were)\W*$/iu;
/** A modal or a minimum: an age anyone must (or may) have ("Wie alt muss der Bundespräsident mindestens sein?"). */
const AGE_REQUIRED = /\b(?:muss|müssen|musste|mussten|darf|dürfen|durfte|kann|können|soll|sollte|sollten|mindestens|höchstens|must|can|could|may|should|have to|has to|need to|at least)\b/iu;

/**
 * The concept of the age answer type and those of the persons whose age the question asks for: the names among its nouns
 * ("Putin" in "Wie alt ist der russische Präsident Putin?", {@link isName}), else all its nouns ("Wie alt ist der
 * US-Sondergesandte?"); null for no question about someone's age, or no noun.
 */
export function agedConcepts(question: string, concepts: readonly Concept[], analyzer: Analyzer, general: GeneralDictionaries): { at: number; persons: number[] } | null {
  const at = concepts.findIndex((c) => c.alts[0]!.term === AGE_TERM);
  if (at < 0 || !AGE_OF_SOMEONE.test(question) || AGE_REQUIRED.test(question)) return null;
  const nouns = concepts.flatMap((c, i) => (c.noun && c.weight === undefined && !c.framing ? [i] : []));
  const names = nouns.filter((i) => isName(concepts[i]!, analyzer, general));
  const persons = names.length > 0 ? names : nouns;
  return persons.length > 0 ? { at, persons } : null;
}

/** An English word the glossary writes as it is ("putin" → Putin; not "president" → Präsident), else a German {@link looksLikeName}. */
function isName(c: Concept, analyzer: Analyzer, general: GeneralDictionaries): boolean {
  return c.translated ? analyzer.headTerm(c.label) === c.alts[0]!.term : looksLikeName(c.label, analyzer, general);
}

/** The thesaurus knows a word (folded), inflected as a noun or a nominalised adjective ("Gesandte" as "Gesandter"). */
function inThesaurus(folded: string, general: GeneralDictionaries, noun = false): boolean {
  const lemma = general.lemmas.get(folded);
  return [folded, `${folded}r`, folded.replace(/(?:e?n|s)$/u, ""), ...(lemma ? [lemma] : [])].some((w) => general.spellings(w).some((s) => !noun || /^\p{Lu}/u.test(s)));
}

/** Shortest last part of a compound looked up as a noun ("Kremlchef" → Chef). */
const MIN_HEAD_NOUN = 4;

/**
 * A German word that is no word of the language: neither it nor a noun it ends with is a thesaurus word ("Putin",
 * "Tymofij"; not "Sondergesandte", a Gesandter, nor "Immobilienunternehmer", an Unternehmer). Every ending is tried, as
 * the decompounder splits only at words the corpus uses.
 */
function looksLikeName(word: string, analyzer: Analyzer, general: GeneralDictionaries): boolean {
  const folded = foldWord(word);
  if (inThesaurus(folded, general)) return false;
  for (let i = 2; i <= folded.length - MIN_HEAD_NOUN; i++) if (inThesaurus(folded.slice(i), general, true)) return false;
  return !analyzer.compoundSplits(word).some((parts) => parts.length > 1 && inThesaurus(foldWord(parts[parts.length - 1]!), general));
}

/** Whether the passage before `id`, in the same article and under the same heading, holds one of the `persons` concepts. */
export function personBefore(index: PassageIndex, id: number, concepts: Concept[], persons: readonly number[], intent: boolean): boolean {
  const passage = index.passages[id]!;
  const previous = index.passages[id - 1];
  if (!previous || previous.articleId !== passage.articleId || previous.heading !== passage.heading) return false;
  const degrees = conceptDegrees(concepts, passageTerms(index, id - 1, intent).all);
  return persons.some((i) => degrees[i]! > 0);
}

/** "Arina Petrenko (9)": a name with its age in brackets. */
const NAME_WITH_AGE = /\p{Lu}\p{L}+\s\(\d{1,3}\)/u;
/** An age as an attribute, and the word after it ("der dreijährige Tymofij", "die 9-jährige Arina", "der 80 Jahre alte Politiker"). */
const AGE_ATTRIBUTE = /\b(?:\d{1,3}-|\p{Ll}+)jährige[nmrs]?\s+(\p{Lu}\p{L}+)|\b\d{1,3}\s+Jahre\s+alte[nmrs]?\s+(\p{Lu}\p{L}+)/gu;

/**
 * Whether a sentence gives the age of someone it names: a name with its age in brackets, or an age attribute before a
 * name (a word the thesaurus does not know: "Tymofij", not "Immobilienunternehmer").
 */
export function agesSomeoneNamed(sentence: string, analyzer: Analyzer, general: GeneralDictionaries): boolean {
  if (NAME_WITH_AGE.test(sentence)) return true;
  for (const m of sentence.matchAll(AGE_ATTRIBUTE)) if (looksLikeName(m[1] ?? m[2]!, analyzer, general)) return true;
  return false;
}

/**
 * Whether sentence k holds one of the `persons` concepts (by the sentences' degrees), or follows one that does (for the
 * first sentence, `before`: the previous passage) without naming whose age it gives (`ofAnother`).
 */
export function besidePerson(sentenceDegrees: readonly Float32Array[], persons: readonly number[], k: number, before: boolean, ofAnother: boolean): boolean {
  if (persons.some((i) => sentenceDegrees[k]![i]! > 0)) return true;
  if (ofAnother) return false;
  return k > 0 ? persons.some((i) => sentenceDegrees[k - 1]![i]! > 0) : before;
}
