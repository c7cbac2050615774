/**
 * English questions → concepts: the domain glossary first, then the general English→German dictionary (all
 * translations of one English word are one concept), names and German words through German analysis.
 */
import type { Analyzer } from "../analysis/analyzer.js";
import { foldWord } from "../analysis/normalize.js";
import { joinLetterCodes } from "../analysis/tokens.js";
import { ENGLISH_STOPWORDS } from "../analysis/stopwords.js";
import { type Alternative, type Concept, isCapitalised, isYear, makeAlternative, makeConcept, type ParseContext } from "./concepts.js";
import { addTranslations, dictionaryMatch, longestMatch, type Match } from "./englishTranslation.js";
import { characterisingVerbAt, ENGLISH_PRECISE_WORDS, ENGLISH_TIME_NOUNS, isKeywordQuery, isKeywordTypeWord } from "./questionIntent.js";
import { wordConcept } from "./wordConcept.js";

export function englishConcepts(question: string, tokens: ReturnType<Analyzer["tokens"]>, ctx: ParseContext): Concept[] {
  const { lexicon } = ctx;
  // "80-year-old", "Italy's": English pieces are looked up one by one.
  const words = tokens.flatMap((t) => {
    const base = t.raw.replace(/['’]s$/, "").replace(/[‐‑]/g, "-");
    // A hyphenated word the dictionaries know stays whole ("U-turn" → Kehrtwende, "cease-fire").
    const whole = base.toLowerCase();
    if (base.includes("-") && (lexicon.glossary.has(whole) || lexicon.general.englishGerman.has(whole))) return [{ ...t, raw: base, lower: whole }];
    // "Su-34" is one name ("Su34"), as in German questions (tokens.ts joinLetterCodes).
    const split = base.split("-").filter(Boolean);
    const pieces = joinLetterCodes(split);
    return pieces.map((piece) => ({ ...t, raw: split.length > 1 ? piece : t.raw, lower: piece.toLowerCase() }));
  });
  const concepts: Concept[] = [];
  // "What role does X play …?", "What is the role of X?" ask about X: the role and the playing only frame it (as
  // "Welche Rolle spielt …").
  const roleAt = roleFrame(words.map((w) => w.lower));
  if (roleAt > 0) words.splice(0, words.length, ...words.filter((w, k) => k !== roleAt && !(k > roleAt && PLAY_FORMS.has(w.lower))));
  // "How long …" asks for a duration, "How soon …" for a time: the answer type stands for "long" and "soon"
  // (questionIntent.ts).
  const adverbAt = words.findIndex((w, k) => k > 0 && (w.lower === "long" || w.lower === "soon") && words[k - 1]!.lower === "how" && words[k + 1]?.lower !== "ago");
  if (adverbAt > 0) words.splice(adverbAt, 1);
  // "How much time …" asks for a duration as "how long" does: "time" only names the kind.
  const timeAt = words.findIndex((w, k) => k > 1 && w.lower === "time" && words[k - 1]!.lower === "much" && words[k - 2]!.lower === "how");
  if (timeAt > 0) words.splice(timeAt, 1);
  // "On what date …", "On which exact (precise) day …": the noun asks for a time (the answer type stands for it), as German
  // "An welchem Datum …" does (germanQuestion.ts `timeNounAsked`).
  const timeNounAt = words.findIndex((w, k) => ENGLISH_TIME_NOUNS.has(w.lower) && k > 0 && (WHICH.has(words[k - 1]!.lower) || (ENGLISH_PRECISE_WORDS.has(words[k - 1]!.lower) && WHICH.has(words[k - 2]?.lower ?? ""))));
  if (timeNounAt > 0) {
    const exact = ENGLISH_PRECISE_WORDS.has(words[timeNounAt - 1]!.lower);
    words.splice(exact ? timeNounAt - 1 : timeNounAt, exact ? 2 : 1);
  } else if (words[0]?.lower === "what") {
    // "What is the (exact) date of …", "What's the date …": the date asked for, as "On what date" (questionIntent.ts);
    // not "the date's significance".
    const the = /^(?:is|was)$/.test(words[1]?.lower ?? "") ? 2 : /['’]s$/.test(words[0]!.raw) ? 1 : -1;
    const at = the > 0 && words[the]?.lower === "the" ? (ENGLISH_PRECISE_WORDS.has(words[the + 1]?.lower ?? "") ? the + 2 : the + 1) : -1;
    if (at > 0 && words[at]?.lower === "date" && !/['’]s$/.test(words[at]!.raw)) words.splice(the + 1, at - the);
  }
  // "Kellogg age", "number of troops …": in a question typed as keywords the noun asks for the kind of answer (the
  // answer type stands for it).
  if (isKeywordQuery(question.toLowerCase())) words.splice(0, words.length, ...words.filter((w) => !isKeywordTypeWord(w.raw, true)));
  // "How did Zelensky describe Putin's answer?": the verb asks for someone's quoted words (the answer type stands for it).
  const characterising = ctx.quotationType ? characterisingVerbAt(words.map((w) => w.lower)) : -1;
  if (characterising > 0) words.splice(characterising, 1);
  const lower = words.map((w) => w.lower);
  for (let i = 0; i < words.length; ) {
    // The domain glossary first (curated for the negotiations), then the general dictionary for content words.
    // A capitalised word the corpus uses as it is written is a name ("Ford", "Victoria"; "Ford's" too), not a word for
    // the general dictionary to translate (the domain glossary still applies: "Italy" → Italien).
    const bare = words[i]!.raw.replace(/['’]s$/u, "");
    const term = i > 0 && /^\p{Lu}/u.test(bare) ? ctx.analyzer.headTerm(bare) : null;
    const name = term !== null && ctx.known(term);
    const match = longestMatch(lower, i, lexicon.glossary, lexicon.maxPhraseWords) ?? (name || ENGLISH_STOPWORDS.has(lower[i]!) ? null : dictionaryMatch(lower, i, ctx));
    if (match) {
      i += match.length;
      if (match.german.length === 0) continue;
      const alts: Alternative[] = [];
      addTranslations(alts, match, 1, ctx);
      // A name the corpus uses as written is also itself, after the glossary's words for it ("in England" → Großbritannien
      // and England; "on Meet the Press" → treffen and Meet). A word the German stemmer changes weighs less, as a name's
      // translation does: "Side" of "West Side" meets the text's "Side" (stem "sid"), but "Siege", "Plane", "Offer" also
      // meet Sieg, Plan, "off".
      if (name && match.length === 1) {
        const weight = term === foldWord(bare) ? 1 : ctx.weights.nameTranslation;
        const at = alts.findIndex((a) => a.term === term);
        // As a word of its own, not only as part of a translation ("Saudi" in saudi-arabisch).
        if (at < 0) alts.push(makeAlternative(term, weight));
        else if (alts[at]!.weight < weight) alts[at] = makeAlternative(term, weight);
      }
      if (!match.ranked && !name) addDictionaryBesideGlossary(alts, match, lower, i - match.length, ctx);
      if (!name) addAsWritten(alts, words.slice(i - match.length, i), ctx);
      if (match.length === 1 && i - 1 > 0) addPlaceOfAdjective(alts, words[i - 1]!.raw, ctx);
      // A term whose German words are all nouns ("stock market" → Börse, Aktienmarkt) is a noun concept.
      const noun = match.german.every((g) => /^\p{Lu}/u.test(g)) || isCapitalised(question, words[i - match.length]!.start, words[i - match.length]!.raw);
      const first = words[i - match.length]!;
      const last = words[i - 1]!;
      // As typed, without a possessive's "'s" ("Greenland's" → Greenland): the word an abstention names.
      const written = question.slice(first.start, last.start + last.raw.length).replace(/['’]s$/u, "");
      if (alts.length > 0) concepts.push(makeConcept(match.key, alts, noun, { translated: true, written }));
      continue;
    }
    const w = words[i]!;
    i++;
    if (ENGLISH_STOPWORDS.has(w.lower)) continue;
    // Names and German words in an English question ("Kellogg", "Selenskyj") go through German analysis. A name the
    // corpus may use only by its stem ("Summer" meets "Summe") keeps its translations beside it, weighing less.
    const translations = name ? dictionaryMatch(lower, i - 1, ctx) : null;
    for (const piece of w.raw.replace(/['’]s$/, "").split(/[-‐‑'’]/).filter(Boolean)) {
      const c = wordConcept(piece, ctx, /^\p{Lu}/u.test(piece) || isYear(piece));
      if (c && translations?.length === 1) addTranslations(c.alts, translations, ctx.weights.nameTranslation, ctx);
      if (c) concepts.push(c);
    }
  }
  return concepts;
}

/**
 * The general dictionary's best translations of a glossary term (RankingConfig.translation `besideGlossary`): the
 * glossary has the senses of the negotiations, the question may mean another ("common" → gemeinsam; üblich). Only for
 * the words as written (an inflected form's base has senses of its own: "hosted" → host → aufnehmen, Menge), not for
 * a name (englishConcepts' `name`, or an entry that only spells the word as German does: "trump" → Trump, no Trumpf)
 * nor for a place the glossary translates ("turkey" → Türkei, not Truthahn; "china" → China, not Porzellan).
 */
function addDictionaryBesideGlossary(alts: Alternative[], glossary: Match, lower: string[], at: number, ctx: ParseContext): void {
  const { besideGlossary, besideGlossaryMax, max } = ctx.translation;
  if (besideGlossary <= 0 || besideGlossaryMax <= 0) return;
  const key = lower.slice(at, at + glossary.length).join(" ");
  const general = ctx.lexicon.general;
  const own = ctx.analyzer.headTerm(key);
  const respelled = glossary.german.every((g) => ctx.analyzer.headTerm(g) === own);
  if (respelled || glossary.german.some((g) => general.capitalOrCountry(foldWord(g)).length > 0)) return;
  const german = general.englishGerman.get(key)?.slice(0, Math.min(besideGlossaryMax, max));
  if (german && german.length > 0) addTranslations(alts, { key, length: glossary.length, german, ranked: true }, besideGlossary, ctx);
}

/** The question words before a noun that asks for a time (questionIntent.ts `ENGLISH_TIME_NOUNS`). */
const WHICH: ReadonlySet<string> = new Set(["what", "which"]);

/** The place of "role" in "(…,) what/which role …" or "what is/was the role of …" among the first words; else −1. */
function roleFrame(lower: readonly string[]): number {
  for (let k = 1; k < Math.min(lower.length, 6); k++) {
    if (lower[k] !== "role" && lower[k] !== "roles") continue;
    if (/^(?:what|which)$/.test(lower[k - 1]!)) return k;
    if (lower[k - 1] === "the" && /^(?:is|was|are|were)$/.test(lower[k - 2] ?? "") && /^what$/.test(lower[k - 3] ?? "") && lower[k + 1] === "of") return k;
  }
  return -1;
}

/** The forms of "play" in "What role does X play". */
const PLAY_FORMS = new Set(["play", "plays", "played", "playing"]);

/**
 * An English adjective of a place ("Victorian", "Mongolian", "American") names the place: the corpus writes
 * "Victoria", "Mongolei", "Amerika". Its base ("-an" without the "n") joins the concept as the name the corpus uses, or
 * through the glossary and the dictionary, weighing `nameTranslation`.
 */
function addPlaceOfAdjective(alts: Alternative[], raw: string, ctx: ParseContext): void {
  if (!/^\p{Lu}\p{Ll}{3,}an$/u.test(raw)) return;
  const base = raw.slice(0, -1);
  const weight = ctx.weights.nameTranslation;
  const push = (term: string | null) => {
    if (term !== null && ctx.known(term) && !alts.some((a) => a.term === term)) alts.push(makeAlternative(term, weight));
  };
  push(ctx.analyzer.headTerm(base));
  const key = [base.toLowerCase()];
  const match = longestMatch(key, 0, ctx.lexicon.glossary, 1) ?? dictionaryMatch(key, 0, ctx);
  for (const g of match?.german ?? []) if (/^\p{Lu}/u.test(g) && !/\s/.test(g)) push(ctx.analyzer.headTerm(g));
}

/**
 * An English phrase of the domain glossary inside a German question, starting at token `at`, as a translated concept,
 * with the number of tokens it spans: German news writes "Außenministerium", a German reader often writes "Hat das
 * State Department …". The phrase has at least two words; the corpus uses none of its content words (so no German
 * phrase is taken for English), and the glossary does not spell it the same in German (a name: "Xi Jinping"). `lower`: the
 * words in lower case.
 */
export function glossaryPhraseConcept(raws: readonly string[], lower: string[], at: number, ctx: ParseContext): { concept: Concept; length: number } | null {
  const match = longestMatch(lower, at, ctx.lexicon.glossary, ctx.lexicon.maxPhraseWords);
  if (!match || match.length < 2 || match.german.length === 0) return null;
  // A name the glossary spells the same in German ("xi jinping" → Xi Jinping) is no English to translate.
  if (match.german.some((g) => foldWord(g) === foldWord(match.key))) return null;
  for (let k = at; k < at + match.length; k++) if (!ENGLISH_STOPWORDS.has(lower[k]!) && ctx.known(ctx.analyzer.headTerm(raws[k]!) ?? "")) return null;
  const alts: Alternative[] = [];
  addTranslations(alts, match, 1, ctx);
  if (alts.length === 0) return null;
  return { concept: makeConcept(match.key, alts, match.german.every((g) => /^\p{Lu}/u.test(g)), { translated: true }), length: match.length };
}

/**
 * The English words themselves, where the corpus uses them and they are no German words (RankingConfig
 * `translation.asWritten`): "air" and "force" of "air force base" meet "Elmendorf Air Force Base" in a German text;
 * "base" does not, a word the thesaurus knows ("Base", a cousin), nor "rates", whose stem is "Rat".
 */
function addAsWritten(alts: Alternative[], words: ReadonlyArray<{ raw: string; lower: string }>, ctx: ParseContext): void {
  const weight = ctx.translation.asWritten;
  if (weight <= 0) return;
  for (const w of words) {
    if (ENGLISH_STOPWORDS.has(w.lower) || ctx.lexicon.general.spellings(w.lower).length > 0) continue;
    const own = ctx.analyzer.headTerm(w.raw);
    // Nor a German word once stemmed: "rates" → Rat, "arms" → Arm.
    if (own === null || !ctx.known(own) || ctx.lexicon.general.spellings(own).length > 0 || alts.some((a) => a.term === own)) continue;
    alts.push(makeAlternative(own, weight));
  }
}
