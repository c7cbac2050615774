/**
 * Cyrillic words in a question ("Was sagte Лавров?", "Что сказал Лавров о переговорах?"): a name the corpus writes in
 * German transcription is read as that spelling ("Лавров" → Lawrow, "Зеленский" → Selenskyj); the other Cyrillic
 * words stay as written, words the corpus does not use and no nouns (germanQuestion.ts `lowerCaseNoun`), so a Russian
 * question is answered by its names. The transcription is transliteration.ts's, which also gives names written the
 * English way their German spellings (evidence.ts `addFuzzyAlternatives`).
 */
import type { Analyzer } from "../analysis/analyzer.js";
import { CYRILLIC, cyrillicSpellings } from "../analysis/transliteration.js";
import type { KnownTerm } from "./concepts.js";

const CYRILLIC_WORD = /\p{Script=Cyrillic}[\p{Script=Cyrillic}'’ʼ]*/gu;

/**
 * A lower-case Cyrillic word is read as a name only from this many letters: Russian writes its nouns in lower case,
 * and a short function word may transcribe to a German word ("тот" → tot). A capitalised word (a name, or the first
 * word) is read at any length.
 */
const MIN_LOWER_CASE_NAME = 5;

/** The question with each Cyrillic word the corpus uses in German transcription spelled so, its case kept. */
export function withLatinNames(question: string, analyzer: Analyzer, known: KnownTerm): string {
  if (!CYRILLIC.test(question)) return question;
  return question.replace(CYRILLIC_WORD, (word) => {
    const capitalised = /^\p{Lu}/u.test(word);
    if (!capitalised && word.length < MIN_LOWER_CASE_NAME) return word;
    for (const spelling of cyrillicSpellings(word)) {
      const term = analyzer.headTerm(spelling);
      if (term !== null && known(term)) return capitalised ? spelling.charAt(0).toUpperCase() + spelling.slice(1) : spelling;
    }
    return word;
  });
}
