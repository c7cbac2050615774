/**
 * The lexical data behind analysis, from maintainable files in the corpus folder:
 * spelling variants (variants.json), the English→German glossary (glossary.en-de.json)
 * and German synonym groups (synonyms.de.json). A broken file is reported and skipped; the bot still serves.
 */
import { dataFilePath } from "../config/paths.js";
import { loadGlossary, loadSynonyms, loadVariants } from "./lexiconFiles.js";
import { capitalsAndCountries, capitalsOfCountries, englishToGerman, germanLemmas, germanSynsets, synsetsByWord, germanRanks } from "./dict/dictionaries.js";
import { translationSiblings } from "./dict/translationSiblings.js";
import { foldWord } from "./normalize.js";
import { SYNONYMS_FILE } from "./synonymsFile.js";
import { MAX_SYNONYMS_PER_GROUP } from "../config/limits.js";

export const VARIANTS_FILE = "variants.json";
export const GLOSSARY_FILE = "glossary.en-de.json";

export interface Lexicon {
  /** Folded variant → folded canonical; canonical forms map to themselves. */
  variants: Map<string, string>;
  /** English term or phrase (lower case) → German words; [] marks an English word without content. */
  glossary: Map<string, string[]>;
  /** Longest glossary key, in words. */
  maxPhraseWords: number;
  /** Folded German word → folded words of its synonym groups. */
  synonyms: Map<string, string[]>;
  /** Folded name of two to four words ("europaische union") → its short forms, as written ("EU"); synonymsFile.ts `names`. */
  names: Map<string, string[]>;
  /** Files and versions, for the snapshot key. */
  sources: string[];
  /** The general dictionaries (src/analysis/dict), the same for every corpus. */
  general: GeneralDictionaries;
}

export interface GeneralDictionaries {
  /** English word or phrase (lower case) → German translations, best first. */
  readonly englishGerman: ReadonlyMap<string, readonly string[]>;
  /** Folded German form → folded lemma, where their stems differ. */
  lemmas: ReadonlyMap<string, string>;
  /** German synonyms of a folded word (OpenThesaurus), as written. */
  synonyms(folded: string): readonly string[];
  /** How OpenThesaurus writes a folded word: "erzahlen" → ["erzählen"], "pot" → ["Pot"]; [] for words it lacks. */
  spellings(folded: string): readonly string[];
  /** A capital's country and a country's capital, as written (Ding): "rom" → ["Italien"], "russland" → ["Moskau"]. */
  capitalOrCountry(folded: string): readonly string[];
  /** A country's capitals only, as written (Ding): "russland" → ["Moskau"]; [] for a capital or any other word. */
  capitalOf(folded: string): readonly string[];
  /** Nouns sharing a narrow English translation with a folded noun, as written (translationSiblings.ts): "wunsch" → ["Wille"]. */
  translationSiblings(folded: string): readonly string[];
  /** Folded word → its rank in general German (1 the most frequent; zxcvbn-ts's lists); rarer words are absent. */
  readonly germanRanks: ReadonlyMap<string, number>;
}

export const NO_GENERAL_DICTIONARIES: GeneralDictionaries = {
  englishGerman: new Map(),
  lemmas: new Map(),
  synonyms: () => [],
  spellings: () => [],
  capitalOrCountry: () => [],
  capitalOf: () => [],
  translationSiblings: () => [],
  germanRanks: new Map(),
};

export function emptyLexicon(general: GeneralDictionaries = NO_GENERAL_DICTIONARIES): Lexicon {
  return { variants: new Map(), glossary: new Map(), maxPhraseWords: 1, synonyms: new Map(), names: new Map(), sources: [], general };
}

/** Synsets larger than this are too vague to widen a question with. */
const MAX_SYNSET_SIZE = 12;

/**
 * The general dictionaries, loaded once per process. The English one on first use (English questions read it, a
 * question whose German and English function words tie: query.ts `detectLanguage`, and a German noun the corpus does
 * not use, for its translation siblings, which take another ~0.4 s to derive): they are not paid by a start that builds
 * or loads an index, nor by the discovery thread; the core's warm-up asks an English question and one with such a noun.
 */
export function generalDictionaries(): GeneralDictionaries {
  return {
    get englishGerman() {
      return englishToGerman();
    },
    lemmas: germanLemmas(),
    synonyms(folded) {
      const out = new Set<string>();
      const synsets = germanSynsets();
      for (const i of synsetsByWord().get(folded) ?? []) {
        const set = synsets[i]!;
        if (set.length <= MAX_SYNSET_SIZE) for (const w of set) if (foldWord(w) !== folded) out.add(w);
      }
      return [...out];
    },
    spellings(folded) {
      const out = new Set<string>();
      const synsets = germanSynsets();
      for (const i of synsetsByWord().get(folded) ?? []) for (const w of synsets[i]!) if (foldWord(w) === folded) out.add(w);
      return [...out];
    },
    capitalOrCountry(folded) {
      return capitalsAndCountries().get(folded) ?? [];
    },
    capitalOf(folded) {
      return capitalsOfCountries().get(folded) ?? [];
    },
    translationSiblings(folded) {
      return translationSiblings().get(folded) ?? [];
    },
    get germanRanks() {
      return germanRanks();
    },
  };
}

/** The data files {@link loadLexicon} reads for a corpus folder (its own or the embedded corpus's). */
export function lexiconFiles(corpusDir: string): string[] {
  return [VARIANTS_FILE, GLOSSARY_FILE, SYNONYMS_FILE].map((name) => dataFilePath(corpusDir, name));
}

/**
 * The lexicon of a corpus folder and the problems of its data files. `general` defaults to the general dictionaries
 * (loading them costs a few hundred milliseconds); `cli check`, which only reports problems, passes
 * {@link NO_GENERAL_DICTIONARIES}: they are shipped data and never a problem of the folder.
 */
export async function loadLexicon(corpusDir: string, general?: GeneralDictionaries): Promise<{ lexicon: Lexicon; problems: string[] }> {
  const lexicon = emptyLexicon(general ?? generalDictionaries());
  const problems: string[] = [];

  const variantsPath = dataFilePath(corpusDir, VARIANTS_FILE);
  const variants = await loadVariants(variantsPath);
  if (variants.ok) {
    for (const group of variants.value.groups) {
      const canonical = foldWord(group.canonical);
      lexicon.variants.set(canonical, canonical);
      for (const v of group.variants) lexicon.variants.set(foldWord(v), canonical);
    }
    lexicon.sources.push(variantsPath);
  } else problems.push(variants.error);

  const glossaryPath = dataFilePath(corpusDir, GLOSSARY_FILE);
  const glossary = await loadGlossary(glossaryPath);
  if (glossary.ok) {
    for (const [key, values] of Object.entries(glossary.value.entries)) {
      lexicon.glossary.set(key, values);
      lexicon.maxPhraseWords = Math.max(lexicon.maxPhraseWords, key.split(" ").length);
    }
    lexicon.sources.push(glossaryPath);
  } else problems.push(glossary.error);

  // Read within the data-file cap, as the glossary and the variants are (lexiconFiles.ts).
  const synonymsPath = dataFilePath(corpusDir, SYNONYMS_FILE);
  const synonyms = await loadSynonyms(synonymsPath);
  if (synonyms.ok) {
    for (const group of synonyms.value.groups) {
      const folded = group.map(foldWord);
      for (const word of folded) {
        const others = folded.filter((w) => w !== word);
        lexicon.synonyms.set(word, [...(lexicon.synonyms.get(word) ?? []), ...others]);
      }
    }
    // A name listed twice merges its short forms, each once and at most as many as one entry holds.
    for (const [name, ...short] of synonyms.value.names ?? []) {
      const key = foldWord(name!);
      lexicon.names.set(key, [...new Set([...(lexicon.names.get(key) ?? []), ...short])].slice(0, MAX_SYNONYMS_PER_GROUP - 1));
    }
    lexicon.sources.push(synonymsPath);
  } else problems.push(synonyms.error);
  return { lexicon, problems };
}

/** German words the decompounder may split against, beside the corpus vocabulary. */
export function lexiconWords(lexicon: Lexicon): string[] {
  const words: string[] = [];
  for (const values of lexicon.glossary.values()) for (const v of values) for (const w of v.split(/[\s-]+/)) words.push(foldWord(w));
  for (const w of lexicon.synonyms.keys()) words.push(...w.split(/[\s-]+/));
  return words;
}
