/**
 * Cyrillic words in a question ("Was sagte Лавров?", "Что сказал Лавров о переговорах?"): a name the corpus writes in
 * German transcription is read as that spelling ("Лавров" → Lawrow, "Зеленский" → Selenskyj); the other Cyrillic
 * words stay as written, words the corpus does not use and no nouns (questionNouns.ts `lowerCaseNoun`), so a Russian
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
  return latinNames(question, analyzer, known).question;
}

/**
 * {@link withLatinNames}, and a capitalised Cyrillic word after the first whose transcriptions the corpus does not use
 * is written in its press romanisation ("Трамп" → Tramp, "Уиткофф" → Uitkoff: Russian transcribes English names by
 * their sound), so that the typo fallback can find the name the corpus writes (Trump, Witkoff; evidence.ts
 * `addFuzzyAlternatives`). `written` maps such a romanisation back to the word as typed, for the words the answer
 * names as unknown. The first word stays: a Russian question opens with its question word ("Что", "Кто"). A name in
 * a case after it ("о Лаврове", "про Зеленского") is tried in its nominative too ({@link nominatives}).
 */
export function latinNames(question: string, analyzer: Analyzer, known: KnownTerm): { question: string; written: Map<string, string> } {
  const written = new Map<string, string>();
  if (!CYRILLIC.test(question)) return { question, written };
  let first = true;
  const spelled = question.replace(CYRILLIC_WORD, (word, offset: number) => {
    const opens = first && !/\p{L}/u.test(question.slice(0, offset));
    first = false;
    const capitalised = /^\p{Lu}/u.test(word);
    if ((!capitalised && word.length < MIN_LOWER_CASE_NAME) || QUESTION_WORDS.has(word.toLowerCase())) return word;
    // The word as typed, then its nominative when it has a case ending ("Лаврова", "о Трампе", "Зеленского"); not the
    // first word's, a question word ("Почему" → Почем → pochem, the stem of "pochte").
    const forms = [word, ...(capitalised && !opens ? nominatives(word) : [])];
    for (const form of forms) {
      for (const spelling of cyrillicSpellings(form)) {
        const term = analyzer.headTerm(spelling);
        if (term !== null && known(term)) return capitalised ? upperFirst(spelling) : spelling;
      }
    }
    const romanised = cyrillicSpellings(forms[1] ?? word).at(-1)!;
    // Not an acronym ("ЕС" → yes, "США"): its letters are no sounds of a name.
    if (!capitalised || opens || ACRONYM.test(word) || !/^[a-z]{3,}$/.test(romanised)) return word;
    written.set(upperFirst(romanised), word);
    return upperFirst(romanised);
  });
  return { question: spelled, written };
}

/**
 * Russian and Ukrainian question words and prepositions (lower case): never a name, though a transcription may meet a
 * German stem ("Зачем" → Sachem, the stem of "Sache"; "Про" → pro, as in "pro-ukrainisch"). The first word of a German
 * question may be a name ("Лавров сказал …").
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  ...["что", "кто", "где", "когда", "почему", "зачем", "как", "сколько", "какой", "какая", "какое", "какие", "каким", "какую", "чей", "чья", "чьё", "чьи", "куда", "откуда", "отчего", "чем", "кого", "кому", "ли"],
  ...["що", "хто", "де", "коли", "чому", "навіщо", "як", "скільки", "який", "яка", "яке", "які", "чий", "чия", "куди", "звідки", "кого", "кому", "чи"],
  ...["про", "о", "об", "обо", "с", "со", "за", "в", "во", "на", "из", "к", "ко", "по", "у", "от", "до", "для", "при", "между", "после", "перед", "без"],
  ...["від", "з", "із", "зі", "між", "після", "перед", "біля", "через"],
]);

/** A word in capitals only ("США", "ЕС", "НАТО"). */
const ACRONYM = /^\p{Lu}{2,}$/u;

const upperFirst = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Russian and Ukrainian case endings of names and what the nominative ends in instead, the longer first: "-ого" of
 * "Зеленского" was "-ий", "-е" of "о Трампе" nothing, "-е" of "в Москве" "-а", "-і" of "у Москві" "-а", "-ові" of
 * "Трампові" nothing. Only tried when the word as typed is no
 * name the corpus writes.
 */
const CASE_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  // Ukrainian: "Трампові", "Зеленському"'s "-ові"/"-еві" (dative), "з Україною" (instrumental), "у Москві" (locative).
  ["ові", [""]],
  ["еві", [""]],
  ["ою", ["а"]],
  ["ею", ["я"]],
  ["ого", ["ий", "ой", ""]],
  ["ому", ["ий", ""]],
  ["ым", ["", "ий"]],
  ["им", ["ий", ""]],
  ["ом", ["", "ий"]],
  ["ем", ["", "ий"]],
  ["ой", ["а", ""]],
  ["ей", ["", "я"]],
  ["а", [""]],
  ["я", ["", "й"]],
  ["у", ["", "а"]],
  ["ю", ["", "я", "й"]],
  ["е", ["", "а", "й"]],
  ["ы", ["а"]],
  ["и", ["я", "а", ""]],
  ["і", ["а", "", "я"]],
  ["ї", ["я"]],
];

/** A name's candidate nominatives ("Трампе" → Трамп, Трампа, …; "Зеленского" → Зеленский, …), the stem kept at 3+ letters. */
function nominatives(word: string): string[] {
  const lower = word.toLowerCase();
  for (const [ending, replacements] of CASE_ENDINGS) {
    if (!lower.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, word.length - ending.length);
    return replacements.map((r) => stem + r);
  }
  return [];
}
