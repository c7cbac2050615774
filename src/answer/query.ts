/**
 * Question → concepts. A concept is one thing the question asks about ("Waffenruhe", "Kellogg"),
 * with the alternative index terms that count as finding it: the stem itself, stems of compound parts,
 * German synonyms, and for English words their German glossary translations.
 *
 * Why over 300 lines: the question parser is one pipeline (language, months, answer types, German and English concepts, separable verbs, merging); its steps share the Ctx and the Concept shape and are only meaningful together.
 */
import { type Analyzer, SEPARABLE_PREFIXES } from "../analysis/analyzer.js";
import type { Lexicon } from "../analysis/lexicon.js";
import { foldWord } from "../analysis/normalize.js";
import { ENGLISH_STOPWORDS, GERMAN_STOPWORDS } from "../analysis/stopwords.js";
import { ANAPHOR_TERM, monthTerm, NUMBER_TERM, TIME_TERM } from "./passageTerms.js";
import { DEFAULT_RANKING, type RankingConfig } from "./ranking.js";
import { ENGLISH_MONTHS, GERMAN_MONTH_ABBREVIATIONS, GERMAN_MONTHS, germanMonthSpellings } from "../util/calendar.js";

export interface Alternative {
  term: string;
  /** 1 for the word itself; less for parts and synonyms. */
  weight: number;
}

export interface Concept {
  /** The words of the question this concept stands for. */
  label: string;
  alts: Alternative[];
  /** A noun or name: its absence from the corpus means the corpus does not cover the question. */
  noun: boolean;
  /** An English term whose German translations are equals: its rarity is that of the most common one. */
  translated?: boolean;
  /** Fixed weight for question-intent concepts (see {@link intentConcepts}); others weigh by IDF. */
  weight?: number;
  /**
   * Names the kind of answer ("Wochentag" in "An welchem Wochentag …") and the corpus does not use it: no topic a
   * passage must hold (evidence), though still a word the corpus lacks ("Wie viele Knochen …").
   */
  framing?: boolean;
}

export interface ParsedQuery {
  language: "de" | "en";
  concepts: Concept[];
}


const GERMAN_MARKERS = new Set(["der", "die", "das", "und", "ist", "wer", "was", "wie", "wann", "warum", "hat", "mit", "von", "den", "dem", "sich", "nicht", "ein", "eine", "welche", "welcher", "gibt", "sagte", "über", "uber", "für", "fur", "zu", "im", "auf"]);

/** Whether the corpus uses an index term; lets the parser widen only words the corpus does not use. */
export type KnownTerm = (term: string) => boolean;

export function parseQuery(asked: string, analyzer: Analyzer, lexicon: Lexicon, known: KnownTerm = () => true, cfg: RankingConfig = DEFAULT_RANKING): ParsedQuery {
  const question = spacedQuestionWords(asked);
  const tokens = analyzer.tokens(question);
  const language = detectLanguage(tokens.map((t) => t.raw), lexicon);
  const ctx: Ctx = { analyzer, lexicon, known, weights: cfg.alternatives, translation: cfg.translation };
  const months = monthConcepts(tokens);
  const rest = months.length > 0 ? tokens.filter((t) => monthOf(t.raw) === null) : tokens;
  const concepts = [...months, ...(language === "en" ? englishConcepts(question, rest, ctx) : germanConcepts(question, rest, ctx))];
  return { language, concepts: [...mergeDuplicates(concepts), ...intentConcepts(question, cfg.answerTypeWeight)] };
}

/** "wieviele", "wievielen", "wielange" (the spelling before 1996, and a common slip): the question word and its quantifier. */
const GLUED_QUESTION_WORD = /\b(wie)(viel(?:e[mnrs]?|mals?)?|lange?)\b/giu;

function spacedQuestionWords(question: string): string {
  return question.replace(GLUED_QUESTION_WORD, "$1 $2");
}

/** Per month, every folded spelling a question may use: German names and abbreviations, English names and abbreviations. */
const MONTHS: string[][] = GERMAN_MONTHS.map((_, i) =>
  [...new Set([...germanMonthSpellings(i + 1), ENGLISH_MONTHS[i]!, ...(GERMAN_MONTH_ABBREVIATIONS[i + 1] ?? []), ENGLISH_MONTHS[i]!.slice(0, 3)].map(foldWord))],
);

/** "März"/"March" → "03"; null for other words ("may" and "mai" only when capitalised, as names of the month). */
function monthOf(raw: string): string | null {
  const folded = foldWord(raw);
  const i = MONTHS.findIndex((names) => names.includes(folded));
  if (i < 0 || folded.length < 3 || ((folded === "may" || folded === "mai" || folded === "mar") && !/^\p{Lu}/u.test(raw))) return null;
  return String(i + 1).padStart(2, "0");
}

/** Weight of a month named in the question, like a moderately rare word. */
export const MONTH_WEIGHT = 1.5;

/**
 * A month in the question ("im April", "in February") is met by the article's date or a month named in the
 * sentence (see passageTerms.ts), not by the word: articles rarely print their own month.
 */
function monthConcepts(tokens: ReturnType<Analyzer["tokens"]>): Concept[] {
  const out: Concept[] = [];
  for (const t of tokens) {
    const month = monthOf(t.raw);
    if (month) out.push({ label: t.raw, alts: [{ term: monthTerm(month), weight: 1 }], noun: false, weight: MONTH_WEIGHT });
  }
  return out;
}

/** Question forms and the answer type they ask for (the pseudo-term a sentence holding that type carries). */
const ANSWER_TYPES: ReadonlyArray<{ label: string; term: string; pattern: RegExp }> = [
  {
    label: "wann",
    term: TIME_TERM,
    pattern: /^(?:ab |seit |bis )?wann\b|^(?:since |until )?when\b|\b(?:what|which|in what|in which) (?:day|date|time|year|century|decade|month)\b|\bwelche[mnrs]? (?:tag|datum|jahr|jahrhundert|jahrzehnt|monat|zeit)\b|\bin welchem (?:jahr|jahrhundert|jahrzehnt|monat)\b/,
  },
  {
    label: "wie viel",
    term: NUMBER_TERM,
    pattern: /\bwie (?:viele?|hoch|lange?|alt|gro(?:ß|ss)|weit|schwer|oft|tief|breit)\b|\bhow (?:many|much|long|old|big|large|high|far|often|tall|deep|wide)\b|\b(?:welche[nrs]?|what) (?:anteil|prozentsatz|percentage|proportion|number|zahl|anzahl|summe|betrag)\b/,
  },
  { label: "wer", term: ANAPHOR_TERM, pattern: /^(?:wer (?:ist|war|sind)|who(?:'s| is| was| are))\b/ },
];

/** What kind of answer the question wants, as pseudo-concepts of a fixed weight (0: none). */
export function intentConcepts(question: string, weight: number): Concept[] {
  if (weight <= 0) return [];
  const q = question.toLowerCase();
  return ANSWER_TYPES.filter((t) => t.pattern.test(q)).map((t) => ({ label: t.label, alts: [{ term: t.term, weight: 1 }], noun: false, weight }));
}

function detectLanguage(raws: string[], lexicon: Lexicon): "de" | "en" {
  let en = 0;
  let de = 0;
  let glossaryOnly = 0;
  for (const raw of raws) {
    const lower = raw.toLowerCase().replace(/['’]s$/, "");
    const folded = foldWord(lower);
    const isEn = ENGLISH_STOPWORDS.has(lower);
    const isDe = GERMAN_MARKERS.has(folded) || GERMAN_STOPWORDS.has(folded);
    if (isEn && !isDe) en++;
    if (isDe && !isEn) de++;
    if (!isDe && lexicon.glossary.has(lower) && !/[äöüß]/.test(lower)) glossaryOnly++;
  }
  if (en !== de) return en > de ? "en" : "de";
  // Keyword queries without function words ("rare earths agreement"): English when most words are glossary keys.
  return glossaryOnly * 2 > raws.length ? "en" : "de";
}

interface Ctx {
  analyzer: Analyzer;
  lexicon: Lexicon;
  known: KnownTerm;
  weights: RankingConfig["alternatives"];
  translation: RankingConfig["translation"];
}

function germanConcepts(question: string, tokens: ReturnType<Analyzer["tokens"]>, ctx: Ctx): Concept[] {
  const concepts: Concept[] = [];
  const verb = separableVerb(question, tokens);
  if (verb) {
    const c = wordConcept(verb.joined, ctx, false);
    // The text may keep the verb separated too ("hänge … davon ab"): the bare verb counts, a little less.
    const bare = ctx.analyzer.headTerm(verb.verb.raw);
    const bareBase = ctx.analyzer.verbBase(foldWord(verb.verb.raw));
    if (c && bare) c.alts.push({ term: bare, weight: ctx.weights.verbForm });
    if (c && bareBase) c.alts.push({ term: bareBase, weight: ctx.weights.verbForm });
    if (c) concepts.push(c);
  }
  // A question typed all in lower case tells nouns from other words no more: words the corpus does not use
  // count as nouns there (a verb it does not use is rarer than a topic it does not cover).
  const lowerCase = !tokens.slice(1).some((t) => /^\p{Lu}/u.test(t.raw));
  const framing = framingNoun(tokens);
  for (const t of withoutFixedPhrases(tokens)) {
    if (verb && (t === verb.verb || t === verb.particle)) continue;
    for (const written of t.raw.split(/[-‐‑'’]/).filter(Boolean)) {
      // "Februar-Telefonat": a month inside a compound is a month, as on its own.
      const month = monthOf(written);
      if (month) {
        concepts.push({ label: written, alts: [{ term: monthTerm(month), weight: 1 }], noun: false, weight: MONTH_WEIGHT });
        continue;
      }
      const piece = transliterated(written, ctx);
      if (piece === null) continue;
      const noun = isCapitalised(question, t.start, piece) || isYear(piece) || (lowerCase && piece.length >= 4 && !ctx.known(ctx.analyzer.headTerm(piece) ?? ""));
      const concept = wordConcept(piece, ctx, noun);
      if (!concept) continue;
      // "An welchem Wochentag …": the noun after the question word names the kind of answer; when the corpus does
      // not use it, it is no missing topic.
      if (t === framing && !ctx.known(concept.alts[0]!.term)) concept.framing = true;
      concepts.push(concept);
    }
  }
  return concepts;
}

/** The noun right after "welche(r/s/m/n)" or "wie viele": it names the kind of answer the question wants. */
function framingNoun(tokens: ReturnType<Analyzer["tokens"]>) {
  for (let i = 0; i < Math.min(tokens.length - 1, 4); i++) {
    const w = foldWord(tokens[i]!.raw);
    if (/^welche[mnrs]?$/.test(w) || (w === "wie" && QUANTIFIERS.has(foldWord(tokens[i + 1]!.raw)))) {
      const next = tokens[w === "wie" ? i + 2 : i + 1];
      return next && /^\p{Lu}/u.test(next.raw) ? next : null;
    }
  }
  return null;
}

/**
 * Umlauts typed as ae/oe/ue ("waere", "fuer", "Gespraeche"): the word with umlauts when the corpus or the stopword
 * list knows that form and not the typed one; null when it is a stopword.
 */
function transliterated(word: string, ctx: Ctx): string | null {
  if (!/[aou]e/i.test(word)) return word;
  const typed = ctx.analyzer.headTerm(word);
  if (typed !== null && ctx.known(typed)) return word;
  const umlauts = word.replace(/([aouAOU])e/g, (_, v: string) => ({ a: "ä", o: "ö", u: "ü", A: "Ä", O: "Ö", U: "Ü" })[v]!);
  const head = ctx.analyzer.headTerm(umlauts);
  if (head === null) return null;
  return ctx.known(head) ? umlauts : word;
}

/** Fixed prepositional phrases that carry no topic ("mit Blick auf", "im Hinblick auf", "in Bezug auf"). */
const FIXED_PHRASES = [
  ["mit", "blick", "auf"],
  ["im", "hinblick", "auf"],
  ["in", "bezug", "auf"],
  ["im", "zusammenhang", "mit"],
  ["im", "rahmen"],
  ["zum", "beispiel"],
  ["unter", "anderem"],
  ["im", "vergleich", "zu"],
  ["auf", "grund"],
  ["in", "sachen"],
];

function withoutFixedPhrases(tokens: ReturnType<Analyzer["tokens"]>) {
  const folded = tokens.map((t) => foldWord(t.raw));
  const drop = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of FIXED_PHRASES) {
      if (phrase.every((w, k) => folded[i + k] === w)) for (let k = 0; k < phrase.length; k++) drop.add(i + k);
    }
  }
  return tokens.filter((_, i) => !drop.has(i));
}

/**
 * A question's verb with its separated particle at the end ("Wann stimmte die Ukraine … zu?",
 * "Welcher französische König gab diese Erklärung ab?"): joined to the infinitive-like form "zustimmte", "abgab".
 * German questions put the finite verb second: after the question word and its phrase ("Welcher französische
 * König"), or first in yes/no questions.
 */
function separableVerb(question: string, tokens: ReturnType<Analyzer["tokens"]>) {
  const last = tokens[tokens.length - 1];
  if (!last || tokens.length < 3 || !SEPARABLE_PREFIXES.includes(foldWord(last.raw)) || /^\p{Lu}/u.test(last.raw)) return null;
  if (!/^\s*[?.!]?\s*$/.test(question.slice(last.end))) return null;
  const verb = finiteVerb(tokens.slice(0, -1));
  if (!verb) return null;
  return { verb, particle: last, joined: foldWord(last.raw) + foldWord(verb.raw) };
}

/** The finite verb of a question: the first word after the question phrase (or the first word of a yes/no question). */
function finiteVerb(tokens: ReturnType<Analyzer["tokens"]>) {
  const folded = tokens.map((t) => foldWord(t.raw));
  // "Ab wann", "In welchem Jahr", "Seit wann": up to two words before the question word.
  let i = folded.slice(0, 3).findIndex((w) => QUESTION_WORDS.has(w));
  if (i < 0) return tokens[0] ?? null;
  i++;
  if (folded[i - 1] === "wie" && QUANTIFIERS.has(folded[i] ?? "")) i++;
  // The question word's phrase: lower-case attributes, then the capitalised noun they belong to.
  while (i < tokens.length && /^\p{Ll}/u.test(tokens[i]!.raw) && ADJECTIVE_ENDING.test(folded[i]!) && /^\p{Lu}/u.test(tokens[i + 1]?.raw ?? "")) i++;
  if (i < tokens.length && /^\p{Lu}/u.test(tokens[i]!.raw) && i > 0 && /^(?:welch|wie)/.test(folded[i - 1]! + (folded[i - 2] ?? ""))) i++;
  if (i < tokens.length && /^\p{Lu}/u.test(tokens[i]!.raw) && ATTRIBUTE_BEFORE_NOUN.test(folded[i - 1] ?? "")) i++;
  const verb = tokens[i];
  return verb && /^\p{Ll}/u.test(verb.raw) ? verb : null;
}

const QUESTION_WORDS = new Set(["wann", "wie", "was", "wer", "wen", "wem", "wessen", "wo", "warum", "weshalb", "wieso", "welche", "welcher", "welches", "welchem", "welchen", "womit", "wozu", "wofur", "woruber", "wohin", "woher", "wodurch", "wovon", "worauf"]);
const QUANTIFIERS = new Set(["viele", "viel", "lange", "oft", "hoch", "weit", "alt", "gross"]);
/** Inflected attributes ("französische", "neuen", "viele"). */
const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/;
/** Words after which a capitalised word is the noun of the question phrase, not the subject after the verb. */
const ATTRIBUTE_BEFORE_NOUN = /^(?:welche[rsmn]?|viele?|wie)$|(?:e|en|er|es|em)$/;

const synonymsByStem = new WeakMap<Lexicon, Map<string, string[]>>();

/** Synonyms of any inflected form: the groups are keyed by stem ("Feuerpausen" finds the group of "Feuerpause"). */
function synonymsOf(word: string, analyzer: Analyzer, lexicon: Lexicon): string[] {
  let byStem = synonymsByStem.get(lexicon);
  if (!byStem) {
    byStem = new Map();
    for (const [key, others] of lexicon.synonyms) {
      const stem = analyzer.stem(key);
      byStem.set(stem, [...(byStem.get(stem) ?? []), ...others, key]);
    }
    synonymsByStem.set(lexicon, byStem);
  }
  const folded = foldWord(word);
  return lexicon.synonyms.get(folded) ?? byStem.get(analyzer.stem(folded)) ?? [];
}

/** English keys with more German words than this are too vague to pivot through. */
const MAX_PIVOT_FANOUT = 8;

/** One German word → its concept, or null for a stopword. */
function wordConcept(word: string, ctx: Ctx, noun: boolean): Concept | null {
  const { analyzer, lexicon } = ctx;
  const head = analyzer.headTerm(word);
  if (head === null) return null;
  const alts: Alternative[] = [{ term: head, weight: 1 }];
  const base = noun ? null : analyzer.verbBase(foldWord(word));
  if (base) alts.push({ term: base, weight: ctx.weights.verbForm });
  for (const term of analyzer.terms(word)) if (!alts.some((a) => a.term === term)) alts.push({ term, weight: ctx.weights.part });
  const widen = (words: Iterable<string>, weight: number) => {
    if (weight <= 0) return;
    for (const w of words) {
      // The head of a German compound or phrase is its last part: "Ukraine-Hilfen" stands for Hilfen, "russische
      // Regierung" for Regierung; the parts before it name something else ("Ukraine").
      const term = analyzer.headTerm(w.split(/[\s-]+/).filter(Boolean).pop() ?? "");
      if (term !== null && !alts.some((a) => a.term === term)) alts.push({ term, weight });
    }
  };
  widen(synonymsOf(word, analyzer, lexicon), ctx.weights.synonym);
  if (!ctx.known(head)) {
    widen(pivotSynonyms(head, analyzer, lexicon), ctx.weights.pivot);
    // General synonyms (OpenThesaurus), single words only, for words the corpus does not use.
    widen(lexicon.general.synonyms(foldWord(word)).filter((w) => !/\s/.test(w)), ctx.weights.thesaurus);
  }
  return { label: word, alts, noun };
}

const pivotIndex = new WeakMap<Lexicon, Map<string, string[][]>>();

/** German words that share an English translation with the word ("Verbündete" → allies → "Unterstützer", "Alliierte"). */
function pivotSynonyms(stem: string, analyzer: Analyzer, lexicon: Lexicon): string[] {
  let index = pivotIndex.get(lexicon);
  if (!index) {
    index = new Map();
    for (const values of lexicon.glossary.values()) {
      if (values.length === 0 || values.length > MAX_PIVOT_FANOUT) continue;
      for (const v of values) {
        if (/\s/.test(v)) continue;
        const s = analyzer.headTerm(v);
        if (s) index.set(s, [...(index.get(s) ?? []), values]);
      }
    }
    pivotIndex.set(lexicon, index);
  }
  return (index.get(stem) ?? []).flat();
}

function englishConcepts(question: string, tokens: ReturnType<Analyzer["tokens"]>, ctx: Ctx): Concept[] {
  const { lexicon } = ctx;
  // "80-year-old", "Italy's": English pieces are looked up one by one.
  const words = tokens.flatMap((t) => {
    const base = t.raw.replace(/['’]s$/, "").replace(/[‐‑]/g, "-");
    // A hyphenated word the dictionaries know stays whole ("U-turn" → Kehrtwende, "cease-fire").
    const whole = base.toLowerCase();
    if (base.includes("-") && (lexicon.glossary.has(whole) || lexicon.general.englishGerman.has(whole))) return [{ ...t, raw: base, lower: whole }];
    const pieces = base.split("-").filter(Boolean);
    return pieces.map((piece) => ({ ...t, raw: pieces.length > 1 ? piece : t.raw, lower: piece.toLowerCase() }));
  });
  const concepts: Concept[] = [];
  const lower = words.map((w) => w.lower);
  for (let i = 0; i < words.length; ) {
    // The domain glossary first (curated for the negotiations), then the general dictionary for content words.
    // A capitalised word the corpus uses as it is written is a name ("Ford", "Victoria"), not a word for the general
    // dictionary to translate (the domain glossary still applies: "Italy" → Italien).
    const name = i > 0 && /^\p{Lu}/u.test(words[i]!.raw) && ctx.known(ctx.analyzer.headTerm(words[i]!.raw) ?? "");
    const match = longestMatch(lower, i, lexicon.glossary, lexicon.maxPhraseWords) ?? (name || ENGLISH_STOPWORDS.has(lower[i]!) ? null : dictionaryMatch(lower, i, ctx));
    if (match) {
      i += match.length;
      if (match.german.length === 0) continue;
      const alts: Alternative[] = [];
      addTranslations(alts, match, 1, ctx);
      // A term whose German words are all nouns ("stock market" → Börse, Aktienmarkt) is a noun concept.
      const noun = match.german.every((g) => /^\p{Lu}/u.test(g)) || isCapitalised(question, words[i - match.length]!.start, words[i - match.length]!.raw);
      if (alts.length > 0) concepts.push({ label: match.key, alts, noun, translated: true });
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

/** The German words of a dictionary or glossary match as alternatives (ranked ones decaying), each weighing `scale` more. */
function addTranslations(alts: Alternative[], match: Match, scale: number, ctx: Ctx): void {
  match.german.forEach((phrase, rank) => {
    const weight = scale * (match.ranked ? ctx.translation.decay ** rank : 1);
    for (const piece of phrase.split(/[\s]+/)) {
      const c = wordConcept(piece, { ...ctx, known: () => true }, false);
      if (c) for (const a of c.alts) if (!alts.some((b) => b.term === a.term)) alts.push({ term: a.term, weight: a.weight * weight });
    }
  });
}

interface Match {
  key: string;
  length: number;
  german: readonly string[];
  /** Translations best first (the general dictionary), rather than equals (the domain glossary). */
  ranked?: boolean;
}

function longestMatch(lower: string[], at: number, table: ReadonlyMap<string, readonly string[]>, maxWords: number, lastOk: (last: string) => boolean = () => true): Match | null {
  for (let n = Math.min(maxWords, lower.length - at); n >= 1; n--) {
    const words = lower.slice(at, at + n);
    const last = words.pop()!;
    if (n > 1 && !lastOk(last)) continue;
    // The last word of a phrase may be inflected: "steam engines" → "steam engine"; the inflected entry and the base
    // entry both count ("requirements" has fewer senses than "requirement").
    let german: string[] | null = null;
    for (const form of englishForms(last)) {
      const found = table.get([...words, form].join(" "));
      if (found !== undefined) german = [...(german ?? []), ...found.filter((g) => !german?.includes(g))];
    }
    if (german !== null) return { key: lower.slice(at, at + n).join(" "), length: n, german };
  }
  return null;
}

/** Longest phrase of the general English→German dictionary, its best translations only. */
function dictionaryMatch(lower: string[], at: number, ctx: Ctx): Match | null {
  // A phrase that ends in a function word ("impression of") is an idiom of its own; the content word alone is meant.
  const match = longestMatch(lower, at, ctx.lexicon.general.englishGerman, MAX_DICTIONARY_PHRASE, (last) => !ENGLISH_STOPWORDS.has(last));
  return match && { ...match, german: match.german.slice(0, ctx.translation.max), ranked: true };
}

const MAX_DICTIONARY_PHRASE = 3;

/** The word and its likely base forms: "talks" → talk, "agreed" → agree/agre, "stopped" → stop, "parties" → party. */
export function englishForms(word: string): string[] {
  const forms = [word];
  if (word.length <= 3) return forms;
  if (word.endsWith("ies")) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) forms.push(word.slice(0, -2));
  if (word.endsWith("s") && !word.endsWith("ss")) forms.push(word.slice(0, -1));
  if (word.endsWith("ed")) forms.push(word.slice(0, -2), word.slice(0, -1), ...(doubledBefore(word, 2) ? [word.slice(0, -3)] : []));
  if (word.endsWith("ied")) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("ing")) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`, ...(doubledBefore(word, 3) ? [word.slice(0, -4)] : []));
  if (word.endsWith("ly")) forms.push(word.slice(0, -2));
  // A stripped ending never leaves a two-letter word: "used" is not "us" (→ USA), "led" not "l".
  return forms.filter((f) => f.length >= 3);
}

/** "stopped", "planning": the consonant before the ending is doubled, so the base drops one ("warming" is not "war"). */
function doubledBefore(word: string, ending: number): boolean {
  const at = word.length - ending - 1;
  return at > 0 && word[at] === word[at - 1] && !/[aeiou]/.test(word[at]!);
}

/** A year ("2024") names a time the corpus either reports or does not, like a noun. */
function isYear(word: string): boolean {
  return /^(?:1[0-9]|20)\d\d$/.test(word);
}

/** German nouns and names are capitalised; the first word of a question tells nothing. */
function isCapitalised(question: string, start: number, word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  return question.slice(0, start).trim().length > 0;
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
