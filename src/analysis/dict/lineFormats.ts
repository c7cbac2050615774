/**
 * The compiled dictionaries' files and the shape of their lines: the file names, the limits the compilers write within
 * (compileText.ts, compileDing.ts, compileThesaurus.ts),
 * and per file a line format (a zod schema that explains a bad line, and the same checks as one plain test) that
 * parsers.ts checks every line with.
 */
import { z } from "zod";

/** Gzipped: its 10 MB of text pack to about 3.5 MB. The other files are small enough to keep as text. */
export const EN_DE_FILE = "en-de.tsv.gz";
export const LEMMAS_FILE = "lemmas.de.tsv";
export const THESAURUS_FILE = "thesaurus.de.tsv";
export const CAPITALS_FILE = "capitals.de.tsv";
/** General German word ranks, one folded word a line, most frequent first (compileRanks.ts). */
export const RANKS_FILE = "ranks.de.txt";
/** The MIT notice of the package `RANKS_FILE` is compiled from, shipped beside it. */
export const RANKS_LICENCE_FILE = "ranks.de.LICENSE.txt";

/** At most this many German translations per English key. */
export const MAX_TRANSLATIONS = 8;
/** English keys, German translations and synset members have at most this many words (single spaces)... */
export const MAX_WORDS = 3;
/** ...and at most this many characters. */
export const MAX_CHARS = 40;
/** Synsets have at least 2 and at most this many members: larger ones are too vague to widen a query with. */
export const MAX_SYNSET_SIZE = 12;

/**
 * One field: 1 to MAX_WORDS words of non-space characters other than `|`, single spaces between, at most
 * MAX_CHARS characters. `word` restricts the characters further (no upper case in English keys).
 */
function field(word: string): string {
  return `(?=[^\\t|]{1,${MAX_CHARS}}(?:[\\t|]|$))${word}(?: ${word}){0,${MAX_WORDS - 1}}`;
}
const TERM = field("[^\\s|]+");
/** No upper case A–Z (a Unicode-aware check makes loading three times slower; tests check the whole file). */
const ENGLISH_KEY = field("[^\\sA-Z|]+");

/** `english<TAB>german|german|...`: a lower-case key and 1 to MAX_TRANSLATIONS translations. */
export const EN_DE_LINE = new RegExp(`^${ENGLISH_KEY}\\t${TERM}(?:\\|${TERM}){0,${MAX_TRANSLATIONS - 1}}$`);
/** `form<TAB>lemma`, both folded words of the letters a–z. */
export const LEMMA_LINE = /^([a-z]+)\t([a-z]+)$/;
/** `word|word|...`: 2 to MAX_SYNSET_SIZE members. */
export const SYNSET_LINE = new RegExp(`^${TERM}(?:\\|${TERM}){1,${MAX_SYNSET_SIZE - 1}}$`);

/** `capital<TAB>country`: one capitalised word each, as written. */
export const CAPITAL_LINE = new RegExp(`^\\p{Lu}[^\\s|]{0,${MAX_CHARS - 1}}\\t\\p{Lu}[^\\s|]{0,${MAX_CHARS - 1}}$`, "u");

/** A ranks line: one folded word of the letters a–z. */
export const RANK_WORD = /^[a-z]+$/;

/** A lemma line's form is not its lemma. */
function formDiffers(line: string): boolean {
  return line.slice(0, line.indexOf("\t")) !== line.slice(line.indexOf("\t") + 1);
}

/** No member of a synset line repeats. */
function membersUnique(line: string): boolean {
  const members = line.split("|");
  return new Set(members).size === members.length;
}

export const EnglishGermanLineSchema = z.string().regex(EN_DE_LINE, "expected english<TAB>german|german|... (lower-case key, 1 to 8 translations of at most 3 words)");
export const LemmaLineSchema = z.string().regex(LEMMA_LINE, "expected form<TAB>lemma, both folded words of a-z").refine(formDiffers, "form equals lemma");
export const CapitalLineSchema = z.string().regex(CAPITAL_LINE, "expected capital<TAB>country (one capitalised word each)");
export const RankLineSchema = z.string().regex(RANK_WORD, "expected one folded word of a-z");
export const SynsetLineSchema = z.string().regex(SYNSET_LINE, "expected word|word|... (2 to 12 words or phrases of at most 3 words)").refine(membersUnique, "a member repeats");

/**
 * A data line's format: its schema, and the same checks as one plain test. Every line of a file is checked with
 * `accepts` (zod's bookkeeping per value made checking the three files ~0.3 s instead of ~0.15 s, paid by every
 * load and reload of the core); the schema explains a line that fails.
 */
export interface LineFormat {
  schema: z.ZodType<string>;
  accepts: (line: string) => boolean;
}

export const EN_DE_FORMAT: LineFormat = { schema: EnglishGermanLineSchema, accepts: (line) => EN_DE_LINE.test(line) };
export const LEMMA_FORMAT: LineFormat = { schema: LemmaLineSchema, accepts: (line) => LEMMA_LINE.test(line) && formDiffers(line) };
export const CAPITAL_FORMAT: LineFormat = { schema: CapitalLineSchema, accepts: (line) => CAPITAL_LINE.test(line) };
export const SYNSET_FORMAT: LineFormat = { schema: SynsetLineSchema, accepts: (line) => SYNSET_LINE.test(line) && membersUnique(line) };

/** A line of `ranks.de.txt`: one folded word. */
export const RANK_FORMAT: LineFormat = { schema: RankLineSchema, accepts: (line) => RANK_WORD.test(line) };
