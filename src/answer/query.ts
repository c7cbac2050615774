/**
 * Question → concepts. A concept is one thing the question asks about ("Waffenruhe", "Kellogg"),
 * with the alternative index terms that count as finding it: the stem itself, stems of compound parts,
 * German synonyms, and for English words their German glossary translations.
 *
 * The pipeline: glued question words spaced, names written in Cyrillic spelled as the corpus does (cyrillicNames.ts), the
 * language detected, months (questionMonths.ts) and answer types (questionIntent.ts), the words of a German (germanQuestion.ts) or English
 * question (englishQuestion.ts), duplicates merged.
 */
import type { Analyzer } from "../analysis/analyzer.js";
import type { Lexicon } from "../analysis/lexicon.js";
import { foldWord } from "../analysis/normalize.js";
import { ENGLISH_STOPWORDS, GERMAN_STOPWORDS } from "../analysis/stopwords.js";
import { addCapitalsNamedByCountry } from "./capitalPhrase.js";
import type { Concept, KnownTerm, ParseContext } from "./concepts.js";
import { latinNames } from "./cyrillicNames.js";
import { englishConcepts } from "./englishQuestion.js";
import { germanConcepts } from "./germanQuestion.js";
import { addPlacesNamedByWater } from "./placeByWater.js";
import { COUNT_WORD, intentConcepts } from "./questionIntent.js";
import { monthConcepts } from "./questionMonths.js";
import { DEFAULT_RANKING, type RankingConfig } from "./ranking.js";

export interface ParsedQuery {
  language: "de" | "en";
  concepts: Concept[];
}

const GERMAN_MARKERS = new Set(["der", "die", "das", "und", "ist", "wer", "was", "wie", "wann", "warum", "hat", "mit", "von", "den", "dem", "sich", "nicht", "ein", "eine", "welche", "welcher", "gibt", "sagte", "über", "uber", "für", "fur", "zu", "im", "auf"]);

export function parseQuery(asked: string, analyzer: Analyzer, lexicon: Lexicon, known: KnownTerm = () => true, cfg: RankingConfig = DEFAULT_RANKING, capitalised?: (term: string) => boolean): ParsedQuery {
  const typed = spacedQuestionWords(shouted(asked) ? asked.toLowerCase() : asked);
  const { question, written } = latinNames(typed, analyzer, known);
  const tokens = analyzer.tokens(question);
  // The language of the words as typed: a Cyrillic name written in Latin letters is no word of either ("Маск" → Mask,
  // "Москве" → Moskva are English words, and made "Что сказал Маск?" English and "Что" an unknown noun).
  const language = detectLanguage((question === typed ? tokens : analyzer.tokens(typed)).map((t) => t.raw), lexicon);
  const ctx: ParseContext = { analyzer, lexicon, known, weights: cfg.alternatives, translation: cfg.translation, monthWeight: cfg.monthWeight, quotationType: cfg.quotationType, capitalised };
  const { concepts: months, taken } = monthConcepts(tokens, analyzer, language, cfg.monthWeight, question, known);
  const rest = taken.size > 0 ? tokens.filter((t) => !taken.has(t)) : tokens;
  const concepts = [...months, ...(language === "en" ? englishConcepts(question, rest, ctx) : germanConcepts(question, rest, ctx))];
  // A Cyrillic name written in Latin letters only for the typo fallback keeps its label as typed (cyrillicNames.ts).
  // The English path writes its labels in lower case ("What did Трамп say?" → "tramp"), so each word is looked up as
  // the romanisation is kept (cyrillicNames.ts: capitalised).
  const asTyped = (text: string) => text.replace(/\p{L}+/gu, (w) => written.get(w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()) ?? w);
  if (written.size > 0) {
    for (const c of concepts) {
      c.label = asTyped(c.label);
      c.written = asTyped(c.written);
    }
  }
  // "die russische Hauptstadt" also finds "Moskau" (capitalPhrase.ts).
  addCapitalsNamedByCountry(concepts, ctx, question);
  // "die Gespräche am Golf" also find "Saudi-Arabien" (placeByWater.ts).
  addPlacesNamedByWater(concepts, ctx, question);
  return { language, concepts: [...mergeDuplicates(concepts), ...intentConcepts(question, cfg.answerTypeWeight, cfg.quotationType)] };
}

/** Words of two letters or more, at least this many, all in capitals make a question typed with caps lock on. */
const SHOUTED_WORDS = 3;

/**
 * A question typed in capitals ("WER HAT IN DSCHIDDA VERHANDELT"): its capitals tell no nouns (every word, verbs too,
 * would count as a noun the passage must hold), so it is read as one typed in lower case is. An acronym in a question
 * otherwise typed ("Was plant die NATO?") leaves it as it is.
 */
function shouted(question: string): boolean {
  const words = question.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= SHOUTED_WORDS && words.every((w) => w === w.toUpperCase() && w !== w.toLowerCase());
}

/**
 * "wieviele", "wievielen", "wielange" (the spelling before 1996, and a common slip), "das Wievielfache", "der
 * Wievielte": the question word and its quantifier.
 */
const GLUED_QUESTION_WORD = new RegExp(`\\b(wie)(${COUNT_WORD}|lange?)\\b`, "giu");

function spacedQuestionWords(question: string): string {
  return question.replace(GLUED_QUESTION_WORD, "$1 $2");
}

/**
 * German or English, by the function words ("der", "und" against "the", "and"). Where they tie, a keyword query is
 * English when most of its words are keys of the domain glossary ("rare earths agreement"); else the general
 * dictionaries decide: words only the English-German dictionary knows against words only the German thesaurus or
 * lemma list knows ("was germanys chancellor in starmers video call": "was" and "in" are both, "chancellor" and
 * "call" English).
 */
function detectLanguage(raws: string[], lexicon: Lexicon): "de" | "en" {
  let en = 0;
  let de = 0;
  let glossaryOnly = 0;
  const lowers: Array<{ lower: string; folded: string }> = [];
  for (const raw of raws) {
    const lower = raw.toLowerCase().replace(/['’]s$/, "");
    const folded = foldWord(lower);
    lowers.push({ lower, folded });
    const isEn = ENGLISH_STOPWORDS.has(lower);
    const isDe = GERMAN_MARKERS.has(folded) || GERMAN_STOPWORDS.has(folded);
    if (isEn && !isDe) en++;
    if (isDe && !isEn) de++;
    if (!isDe && lexicon.glossary.has(lower) && !/[äöüß]/.test(lower)) glossaryOnly++;
  }
  if (en !== de) return en > de ? "en" : "de";
  if (glossaryOnly * 2 > raws.length) return "en";
  let english = 0;
  let german = 0;
  for (const { lower, folded } of lowers) {
    const isEnglish = lexicon.general.englishGerman.has(lower);
    const isGerman = lexicon.general.spellings(folded).length > 0 || lexicon.general.lemmas.has(folded);
    if (isEnglish && !isGerman) english++;
    if (isGerman && !isEnglish) german++;
  }
  return english > german ? "en" : "de";
}

function mergeDuplicates(concepts: Concept[]): Concept[] {
  const seen = new Map<string, Concept>();
  for (const c of concepts) {
    const key = c.alts[0]!.term;
    const prior = seen.get(key);
    if (prior) prior.noun ||= c.noun;
    else seen.set(key, c);
  }
  return [...seen.values()];
}
