/**
 * The German analyzer MiniSearch uses at index and query time:
 * NFKC → fold case, umlauts and ß → spelling variants → stopwords → Snowball German stem,
 * plus the stems of compound parts.
 */
import { germanStem } from "./germanStemmer.js";
import { CompoundSplitter } from "./compounds.js";
import { foldWord, LOWER_CASE_START } from "./normalize.js";
import { GERMAN_STOPWORDS } from "./stopwords.js";
import { TokenScanner } from "./tokenScanner.js";
import { allRawTokens, joinLetterCodes, MAX_TOKEN_LENGTH, PIECE_JOINER, piecesAreNouns, type Token, writtenToken } from "./tokens.js";
import { INVISIBLE } from "../util/text.js";
import { TwoGenerationCache } from "../util/twoGenerationCache.js";

/** Bumped whenever analysis output changes: index snapshots built by another version are rebuilt. */
export const ANALYZER_VERSION = 17;

/** Cached words per cache generation (TwoGenerationCache): a corpus's hot vocabulary stays; the long tail is recomputed. */
export const TERM_CACHE_SIZE = 100_000;

/** Separable verb prefixes (folded); shared with the query parser, which joins "stimmte … zu" to "zustimmte". */
export const SEPARABLE_PREFIXES = ["zusammen", "entgegen", "herunter", "zuruck", "wieder", "heraus", "hinaus", "herbei", "hinweg", "vorbei", "voraus", "bereit", "statt", "voran", "nieder", "weiter", "durch", "herab", "heran", "fest", "fort", "frei", "hinzu", "teil", "auf", "aus", "ein", "mit", "vor", "nach", "an", "ab", "bei", "um", "zu", "her", "hin", "weg", "los", "dar"];
const SEPARABLE_PARTICIPLE = new RegExp(`^(${SEPARABLE_PREFIXES.join("|")})ge(\\p{L}{3,}(?:t|en))$`, "u");
const SEPARABLE_PARTICIPLE_BASE = new RegExp(`^(${SEPARABLE_PREFIXES.join("|")})ge(\\p{L}{3,})$`, "u");
/** "aufzunehmen" ↔ "aufnehmen". */
const SEPARABLE_ZU_INFINITIVE = new RegExp(`^(${SEPARABLE_PREFIXES.join("|")})zu(\\p{L}{3,}en)$`, "u");

export interface AnalyzerData {
  /** Folded spelling variant → folded canonical form ("lavrov" → "lawrow"). */
  variants: ReadonlyMap<string, string>;
  /** Folded words known to the decompounder. */
  dictionary: Iterable<string>;
  /**
   * Folded inflected form → folded lemma, where Snowball's stems of the two differ ("sprach" → "sprechen",
   * "verträge" → "vertrag"); see src/analysis/dict. Both stems become index terms.
   */
  lemmas?: ReadonlyMap<string, string>;
}

// The analyzer's regular expressions, compiled once: a literal in a method makes a new object on every call, and
// the index build analyses ~300,000 distinct tokens.
const DIGIT = /\d/;
const CONSONANT_END = /[^aeiou]$/;

/** Snowball's German stem of a folded word; words with a digit stay as they are. */
function stemOf(folded: string): string {
  return DIGIT.test(folded) ? folded : germanStem(folded);
}

export class Analyzer {
  private readonly variants: ReadonlyMap<string, string>;
  private readonly lemmas: ReadonlyMap<string, string>;
  readonly splitter: CompoundSplitter;
  /** Reused by {@link tokens} (synchronous: one scan at a time). */
  private readonly scanner = new TokenScanner();
  private readonly termCache = new TwoGenerationCache<readonly string[]>(TERM_CACHE_SIZE);
  private readonly stemCache = new TwoGenerationCache<string>(TERM_CACHE_SIZE);

  constructor(data: AnalyzerData) {
    this.variants = data.variants;
    this.lemmas = data.lemmas ?? new Map();
    this.splitter = new CompoundSplitter(data.dictionary);
  }

  /** Raw tokens with offsets, over-long ones left out (the scanner finds exactly {@link TOKEN}'s matches, without a match array each). */
  tokens(text: string): Token[] {
    const out: Token[] = [];
    const scanner = this.scanner.reset(text);
    while (scanner.next()) {
      const { start, end } = scanner;
      if (end - start <= MAX_TOKEN_LENGTH) out.push({ raw: text.slice(start, end), start, end });
    }
    scanner.reset("");
    return out;
  }

  /** The raw tokens of {@link tokens} without their offsets (the index builder needs no more). */
  rawTokens(text: string): string[] {
    const out = allRawTokens(text);
    return out.every((t) => t.length <= MAX_TOKEN_LENGTH) ? out : out.filter((t) => t.length <= MAX_TOKEN_LENGTH);
  }

  /** Index terms of one raw token: its stem first, then stems of hyphen and compound parts. Cached. */
  terms(raw: string): readonly string[] {
    let terms = this.termCache.get(raw);
    if (terms === undefined) {
      terms = this.computeTerms(raw);
      this.termCache.set(raw, terms);
    }
    return terms;
  }

  /**
   * {@link terms} without the term cache, for a token analyzed once (the index build's distinct raw tokens): caching
   * ~300,000 of them only fed the garbage collector. The stems of the words stay cached.
   */
  uncachedTerms(raw: string): readonly string[] {
    return this.computeTerms(raw, true);
  }

  /** The main term of a raw token (its whole-word stem), or null for a stopword. */
  headTerm(raw: string): string | null {
    const folded = this.canonical(foldWord(raw.normalize("NFKC").replace(INVISIBLE, "")));
    return folded === null ? null : this.stem(folded);
  }

  /**
   * {@link headTerm} of a folded word, without the stem cache: for a long list read once (topicality.ts stems 73,000
   * dictionary words, which would push the corpus's own stems out of the cache).
   */
  uncachedHeadTerm(folded: string): string | null {
    const canonical = this.canonical(folded);
    return canonical === null ? null : stemOf(canonical);
  }

  /** All index terms of a text (deduplicated). */
  termSet(text: string): Set<string> {
    const set = new Set<string>();
    for (const t of this.tokens(text)) for (const term of this.terms(t.raw)) set.add(term);
    return set;
  }

  stem(folded: string): string {
    let s = this.stemCache.get(folded);
    if (s === undefined) {
      s = stemOf(folded);
      this.stemCache.set(folded, s);
    }
    return s;
  }

  /**
   * `distinct`: the raw token is analyzed once (the index build): its whole word's stem is not looked up in the stem
   * cache nor kept there (a miss in both of its generations and an insert that only aged the cache's useful entries,
   * for each of ~300,000 words; the stems of compound parts, lemmas and infinitives repeat and stay cached).
   */
  private computeTerms(raw: string, distinct = false, parts = true): readonly string[] {
    const out = new Set<string>();
    const written = writtenToken(raw);
    const folded = foldWord(written);
    const pieces = folded.split(PIECE_JOINER).filter(Boolean);
    // Only lower-case words can be verbs in German text; nouns ("Präsident", "Telefonat") keep their -t.
    const verbLike = LOWER_CASE_START.test(raw);
    if (pieces.length > 1) {
      // "Starmer's" → "starmer"; "US-Außenminister" → "us", "aussenminister" (+ its parts). Each piece is a noun or
      // not as written: "EU-politischen" holds no Tisch (compounds.ts `split`).
      const nouns = piecesAreNouns(written, pieces.length, !verbLike);
      for (let i = 0; i < pieces.length; i++) this.addWord(pieces[i]!, out, verbLike, false, parts, nouns[i]);
      // "G-7-Länder", "F-16-Kampfjets": a letter code and its number are one name, as "G7", "F16" write it (not across
      // an apostrophe: "B'52").
      if (DIGIT.test(folded)) {
        for (const hyphenated of folded.split("'")) {
          const split = hyphenated.split("-").filter(Boolean);
          for (const code of joinLetterCodes(split)) if (!split.includes(code)) this.addWord(code, out, false, distinct, parts);
        }
      }
    } else {
      this.addWord(folded, out, verbLike, distinct, parts);
    }
    return [...out];
  }

  /**
   * The index terms a raw token has as a word of its own: those of {@link terms} but the decompounder's parts
   * ("Kiesewetter" → "kiesewett", not "wett"; "Wetter-Chaos" → "wett", "chaos"). Not cached: for occasional checks.
   */
  ownTerms(raw: string): readonly string[] {
    return this.computeTerms(raw, false, false);
  }

  /**
   * The decompounder's parts of each compound piece of a raw token, as spelled (folded): "Vizechef" → [["vize", "chef"]],
   * "Klimapolitik" → [["klima", "politik"]]; a piece that is no compound gives none. For occasional checks (ownWords.ts).
   */
  compoundSplits(raw: string): string[][] {
    const written = writtenToken(raw);
    const pieces = foldWord(written).split(PIECE_JOINER);
    const nouns = piecesAreNouns(written, pieces.length, !LOWER_CASE_START.test(raw), false);
    return pieces.flatMap((piece, i) => {
      const parts = piece === "" ? [] : this.splitter.split(this.canonical(piece) ?? "", true, nouns[i]);
      return parts.length > 0 ? [[...parts]] : [];
    });
  }

  /**
   * The infinitive stem of a weak verb form, which Snowball leaves apart: "sagte"/"sagt" → "sag" (as "sagen"),
   * "reagierte" → "reagi" (as "reagieren"), "gelobt" → "lob". Null when the word does not look like one.
   */
  verbBase(folded: string, stemmed?: string): string | null {
    const lemma = this.lemmas.get(folded);
    if (lemma !== undefined) return this.stem(lemma);
    const stem = stemmed ?? this.stem(folded);
    if (!stem.endsWith("t") || stem.length < 4 || DIGIT.test(stem)) return null;
    let base = stem.slice(0, -1);
    if (base.startsWith("ge") && base.length >= 5) base = base.slice(2);
    const separable = SEPARABLE_PARTICIPLE_BASE.exec(base);
    if (separable) base = separable[1]! + separable[2]!;
    if (!CONSONANT_END.test(base) && !base.endsWith("ie")) return null;
    const infinitive = this.stem(`${base}en`);
    return infinitive === stem ? null : infinitive;
  }

  /** `distinct`: see {@link computeTerms}; `parts`: the decompounder's parts too. */
  private addWord(word: string, out: Set<string>, verbLike = false, distinct = false, parts = true, noun = !verbLike): void {
    const canonical = this.canonical(word);
    if (canonical === null) return;
    const stem = distinct ? stemOf(canonical) : this.stem(canonical);
    out.add(stem);
    const lemma = this.lemmas.get(canonical);
    if (lemma !== undefined) out.add(this.stem(lemma));
    if (verbLike) {
      const base = this.verbBase(canonical, stem);
      if (base) out.add(base);
    }
    // Participles of separable verbs meet their finite forms: "zugestimmt" ↔ "stimmte … zu" (→ "zustimmt").
    const participle = SEPARABLE_PARTICIPLE.exec(canonical);
    if (participle) out.add(this.stem(participle[1]! + participle[2]!));
    const infinitive = SEPARABLE_ZU_INFINITIVE.exec(canonical);
    if (infinitive) out.add(this.stem(infinitive[1]! + infinitive[2]!));
    if (!parts) return;
    // A lower-case word is no noun: no known tail after an unknown head splits it (compounds.ts `split`).
    for (const part of this.splitter.split(canonical, !distinct, noun)) {
      const c = this.canonical(part);
      if (c !== null) out.add(this.stem(c));
    }
  }

  /** Variant → canonical; genitive "Lawrows" → "lawrow" where the base is a known name; null for stopwords. */
  private canonical(word: string): string | null {
    if (word.length === 0 || GERMAN_STOPWORDS.has(word)) return null;
    if (word.length === 1 && !DIGIT.test(word)) return null;
    const variant = this.variants.get(word);
    if (variant !== undefined) return variant;
    if (word.endsWith("s") && word.length > 4) {
      const base = this.variants.get(word.slice(0, -1));
      if (base !== undefined) return base;
    }
    return word;
  }
}
