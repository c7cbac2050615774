/**
 * Every cap on what the corpus folder may hold, in one place. A file over a cap is reported by name and reason
 * (`corpus: 005_x.txt: line 3 is longer than 100000 characters`) and left out; the rest of the corpus loads.
 * The caps keep one pasted data dump or a broken export from stalling a reload or filling the heap; real
 * news articles and the shipped data files stay far below them.
 */

/** An article file: a news article, not a data dump (the seed articles are 2–5 KB). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** A line of an article (a paragraph): the longest seed paragraph has 4,000 characters. */
export const MAX_LINE_CHARS = 100_000;

/** A data file (articles.json, actors.json, variants.json, glossary.en-de.json, synonyms.de.json); the glossary has 0.5 MB. */
export const MAX_DATA_FILE_BYTES = 8 * 1024 * 1024;

/** actors.json: people in one file (18 shipped). */
export const MAX_ACTORS_PER_FILE = 2_000;
/** actors.json: names and spellings of one person (at most 17 shipped). */
export const MAX_ALIASES_PER_ACTOR = 100;
/** actors.json: roles of one person, and other wordings of one role. */
export const MAX_ROLES_PER_ACTOR = 50;
export const MAX_ALIASES_PER_ROLE = 50;

/** articles.json: entries (one per article file). */
export const MAX_METADATA_ENTRIES = 200_000;

/** variants.json: spelling groups (141 shipped), spellings in one group (at most 12). */
export const MAX_VARIANT_GROUPS = 20_000;
export const MAX_VARIANTS_PER_GROUP = 100;

/** glossary.en-de.json: English entries (6,560 shipped), German words for one entry (at most 26). */
export const MAX_GLOSSARY_ENTRIES = 100_000;
export const MAX_TERMS_PER_GLOSSARY_ENTRY = 100;

/** synonyms.de.json: groups, words in one group, characters in one word. */
export const MAX_SYNONYM_GROUPS = 10_000;
export const MAX_SYNONYMS_PER_GROUP = 30;
export const MAX_SYNONYM_LENGTH = 60;

/** "larger than 2 MB (2097152 bytes): 3000000 bytes": why a file over its cap is left out. */
export function tooLarge(size: number, max = MAX_ARTICLE_BYTES): string {
  return `larger than ${max / (1024 * 1024)} MB (${max} bytes): ${size} bytes`;
}
