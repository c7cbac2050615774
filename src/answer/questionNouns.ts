/**
 * Which words of a German question are nouns when its case does not tell: a question typed all in lower case, and its
 * first word, capitalised as every first word is (germanQuestion.ts). A noun the corpus lacks counts as a missing topic
 * (evidence.ts), so a verb, an adjective or a greeting taken for one would make the engine decline.
 */
import { foldWord } from "../analysis/normalize.js";
import { CYRILLIC } from "../analysis/transliteration.js";
import type { ParseContext } from "./concepts.js";

/** Inflected attributes ("französische", "neuen", "viele"). */
export const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/;
/** A superlative's "st" before an adjective ending ("wichtig|st|e"). */
const SUPERLATIVE = new RegExp(`st(?=${ADJECTIVE_ENDING.source})`);

/** "voneinander", "miteinander", "zueinander": adverbs of a closed class, never nouns, and the thesaurus lacks some. */
const RECIPROCAL_ADVERB = /einander$/iu;

/**
 * In a question typed all in lower case, a word counts as a noun when the corpus does not use it (a verb it does not
 * use is rarer than a topic it does not cover), unless it is a verb form (also an infinitive in -ieren: "reparieren"), an
 * adverb in -einander, a word the thesaurus writes in lower case, or, after the first word, an inflected adjective ("nordkoreanischen",
 * "intensiver": as typed properly, an adjective the corpus lacks is no missing topic; the first word is read as
 * firstWordNoun reads it, "Grüne fordern …"). A Cyrillic word is none: Russian and Ukrainian write nouns in lower case,
 * and those words are unread, as unknown verbs are (a name the corpus uses is spelled the German way before:
 * cyrillicNames.ts).
 */
export function lowerCaseNoun(word: string, previous: string | undefined, ctx: ParseContext): boolean {
  return word.length >= 4 && !CYRILLIC.test(word) && !RECIPROCAL_ADVERB.test(word) && !ctx.known(ctx.analyzer.headTerm(word) ?? "") && !looksLikeVerbForm(word, previous, ctx) && !writtenInLowerCase(word, ctx) && (previous === undefined || !attributiveAdjective(word, ctx));
}

/**
 * Whether the question's first word, capitalised as every first word is, is a noun or a name all the same: no verb form
 * ({@link looksLikeVerbForm}: "Stimmt", "Hat", "Sagte"), no word the thesaurus writes in lower case only, and not
 * Cyrillic (a Russian question opens with its question word: "Что сказал …"), and no inflected adjective before a
 * capitalised word ("Neue Sanktionen …", "Ehemalige Berater …", "Ukrainische Soldaten …"; "Grüne fordern …" is a
 * noun). "Jermak wurde … genannt" asks about Jermak: as a noun, a passage that names him gives evidence (evidence.ts). Only a word the
 * corpus uses: an unknown first word is more often a greeting, an imperative or an adverb ("Hallo, …", "Moin, …",
 * "Erkläre …", "Kürzlich …") than a name, and as a noun the corpus lacks it would count as a missing topic ("Hallo, mit wem
 * telefonierte Rubio?" abstained). Tune splits: hit@1 +1, hit@3 +1, one wrong abstention fewer (news); held-out unchanged.
 */
export function firstWordNoun(word: string, next: string | undefined, ctx: ParseContext): boolean {
  if (next !== undefined && /^\p{Lu}/u.test(next) && attributiveAdjective(word, ctx)) return false;
  return /^\p{Lu}/u.test(word) && word.length >= 3 && !CYRILLIC.test(word) && ctx.known(ctx.analyzer.headTerm(word) ?? "") && !looksLikeVerbForm(word, undefined, ctx) && !writtenInLowerCase(word, ctx);
}

/**
 * An inflected adjective: its stem without the ending ("neu|e", "ehemalig|en", "wichtig|ste") is written in lower case
 * by the thesaurus, or ends like an adjective ("ukrainisch|e", "westlich|en"; not "Fisch|er").
 */
function attributiveAdjective(word: string, ctx: ParseContext): boolean {
  const lower = word.toLowerCase();
  if (!ADJECTIVE_ENDING.test(lower)) return false;
  // "wichtig|ste" and "wichtigs|te": the superlative's "st" taken off with the ending or kept.
  const superlative = SUPERLATIVE.exec(lower);
  const stems = new Set([lower.replace(ADJECTIVE_ENDING, ""), ...(superlative ? [lower.slice(0, superlative.index)] : [])]);
  return [...stems].some((stem) => stem.length >= 2 && (/^\p{L}{2,}(?:isch|lich|ig)$/u.test(stem) || ctx.lexicon.general.spellings(foldWord(stem)).includes(stem)));
}

/**
 * In a question typed all in lower case, a word the corpus uses and writes capitalised (corpusCase.ts: "rubio" →
 * Rubio, "dschidda" → Dschidda) is a noun, as the question typed properly would have it. Lower-case forms of the news
 * tune questions lost 8 of their 283 hits against the questions as typed and now 4 (.scratch/robust.ts); tune splits:
 * hit@3 −1, wrong abstentions −2; held-out: hit@3 +3, wrong abstentions −2, out of scope −2 (questions answered typed
 * properly too).
 */
export function capitalisedInCorpus(word: string, ctx: ParseContext): boolean {
  const { capitalised } = ctx;
  if (capitalised === undefined) return false;
  const term = ctx.analyzer.headTerm(word);
  return term !== null && ctx.known(term) && capitalised(term);
}

/**
 * A lower-case word that is a verb form, not a noun typed in lower case: the dictionary gives it an infinitive it does
 * not start with ("fällte" → fällen, "bombardiert" → bombardieren; "konzerne" starts with its lemma "konzern", a noun),
 * or it ends like a form of a verb in -ieren ("bombadiert", typo and all). After an article or a determiner it is a noun
 * all the same ("die delegierten").
 */
export function looksLikeVerbForm(word: string, previous: string | undefined, ctx: ParseContext): boolean {
  if (previous !== undefined && BEFORE_NOUN.has(foldWord(previous))) return false;
  const folded = foldWord(word);
  const lemma = ctx.lexicon.general.lemmas.get(folded);
  if (lemma !== undefined && /(?:e|[lr])n$/.test(lemma) && !folded.startsWith(lemma)) return true;
  return /iert(?:e[mnrst]?|est|et)?$|ieren$/.test(folded);
}

/** Words after which a lower-case word is a noun, whatever its ending: articles and determiners (folded). */
const BEFORE_NOUN: ReadonlySet<string> = new Set(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "viele", "vielen", "welche", "welcher", "welchen", "welches", "welchem", "alle", "beide", "beiden", "keine", "mehrere", "einige"]);

/**
 * Whether the thesaurus writes the word as typed only in lower case: no noun ("einfach", "hergeben"). Spellings are
 * compared unfolded ("russen" is not "rußen").
 */
function writtenInLowerCase(word: string, ctx: ParseContext): boolean {
  const lower = word.toLowerCase();
  const spellings = ctx.lexicon.general.spellings(foldWord(word)).filter((w) => w.toLowerCase() === lower);
  return spellings.length > 0 && spellings.every((w) => w === lower);
}
