/**
 * German questions → concepts: separable verbs joined to their particle ("gab … ab" → abgab), umlauts typed as
 * ae/oe/ue, months inside compounds, fixed phrases without topic, and the noun that frames the answer ("welchem Wochentag").
 */
import type { Analyzer } from "../analysis/analyzer.js";
import { foldWord } from "../analysis/normalize.js";
import { joinLetterCodes } from "../analysis/tokens.js";
import { type Concept, isCapitalised, isYear, makeAlternative, makeConcept, type ParseContext } from "./concepts.js";
import { glossaryPhraseConcept } from "./englishQuestion.js";
import { IS_QUESTION_QUANTIFIER, isQuantifier, separableVerb, withoutFixedPhrases } from "./germanSyntax.js";
import { nameShortForms } from "./germanPhrases.js";
import { monthTerm } from "./passageTerms.js";
import { characterisingVerbAt, DURATION_NOUNS, isKeywordQuery, isKeywordTypeWord, PRECISE, TIME_NOUNS } from "./questionIntent.js";
import { capitalisedInCorpus, firstWordNoun, looksLikeVerbForm, lowerCaseNoun } from "./questionNouns.js";
import { monthOf } from "./questionMonths.js";
import { transliterated } from "./typedUmlauts.js";
import { wordConcept } from "./wordConcept.js";
export function germanConcepts(question: string, tokens: ReturnType<Analyzer["tokens"]>, ctx: ParseContext): Concept[] {
  const concepts: Concept[] = [];
  const verb = separableVerb(question, tokens, (word, previous) => looksLikeVerbForm(word, previous, ctx));
  if (verb) {
    // "schlaegt … vor": the verb's typed umlauts are read on the verb alone, which the corpus and dictionaries know
    // ("schlägt"), not on the joined form ("vorschlaegt").
    const verbWord = transliterated(verb.verb.raw, ctx) ?? verb.verb.raw;
    const c = wordConcept(verb.particle + foldWord(verbWord), ctx, false);
    // The text may keep the verb separated too ("hänge … davon ab"): the bare verb counts, a little less.
    const bare = ctx.analyzer.headTerm(verbWord);
    const bareBase = ctx.analyzer.verbBase(foldWord(verbWord));
    if (c && bare) c.alts.push(makeAlternative(bare, ctx.weights.verbForm));
    if (c && bareBase) c.alts.push(makeAlternative(bareBase, ctx.weights.verbForm));
    if (c) concepts.push(c);
  }
  // A question typed all in lower case tells nouns from other words no more: words the corpus does not use
  // count as nouns there (a verb it does not use is rarer than a topic it does not cover), unless they are verb forms.
  const lowerCase = !tokens.slice(1).some((t) => /^\p{Lu}/u.test(t.raw));
  const framing = framingNoun(tokens);
  const timeNoun = timeNounAsked(tokens);
  const quantity = quantityWord(tokens);
  const keywords = isKeywordQuery(question.toLowerCase());
  const role = roleAsked(tokens);
  // "Wie bewertete Moskau das Telefonat?": the verb asks for someone's quoted words (the answer type stands for it).
  const characterisingAt = ctx.quotationType ? characterisingVerbAt(tokens.map((t) => t.raw.toLowerCase())) : -1;
  const characterising = characterisingAt > 0 ? tokens[characterisingAt] : undefined;
  // The raw word before each token (its article or determiner, for questionNouns.ts `looksLikeVerbForm`).
  const previousOf = new Map(tokens.map((t, i) => [t, tokens[i - 1]?.raw] as const));
  // The raw word after each token (a noun after the first word makes that an attribute: questionNouns.ts `firstWordNoun`).
  const nextOf = new Map(tokens.map((t, i) => [t, tokens[i + 1]?.raw] as const));
  const words = withoutFixedPhrases(tokens, question);
  const english = englishPhrases(words, ctx);
  const names = nameShortForms(words, ctx.lexicon, ctx.analyzer);
  for (const t of words) {
    if (verb && (t === verb.verb || t === verb.particleToken)) continue;
    const phrase = english.get(t);
    if (phrase !== undefined) {
      if (phrase !== null) concepts.push(phrase);
      continue;
    }
    // "An welchem Wochentag …", "In welchem Jahr …" (in lower case too): the noun asks for a time (the answer type
    // stands for it).
    if (timeNoun.has(t)) continue;
    // "Wie viele …", "wie lange …": "viele" and "lange" are part of the question word (the answer type stands for
    // them), as "many" in "how many". "alt" stays a word of the question (dropping it gained no tune row).
    if (t === quantity) continue;
    // "Welche Rolle spielt X …?" asks about X: "eine Rolle spielen" only frames it (and a text that says "keine Rolle
    // mehr spielen" matches the frame, not the answer).
    if (role.has(t) || t === characterising) continue;
    // "G-7-Treffen" asks about the G7 (tokens.ts joinLetterCodes), "Februar-Telefonat" about a month and a call.
    const pieces = t.raw.split(/['’]/).flatMap((part) => joinLetterCodes(part.split(/[-‐‑]/).filter(Boolean)));
    for (const written of pieces) {
      // "Kellogg Alter", "Zahl der Opfer …", "Waffenruhe-Dauer": in a question typed as keywords the noun asks for the
      // kind of answer, as "wie alt" and "wie viele" do (the answer type stands for it; questionIntent.ts reads each
      // part of a hyphenated word as a word).
      if (keywords && isKeywordTypeWord(written, lowerCase)) continue;
      // "Februar-Telefonat": a month inside a compound is a month, as on its own (a month's name on its own is read by
      // questionMonths.ts `monthConcepts`, which also tells a name: "Mai Thi Nguyen-Kim").
      const month = pieces.length > 1 ? monthOf(written) : null;
      if (month) {
        concepts.push(makeConcept(written, [makeAlternative(monthTerm(month), 1)], false, { weight: ctx.monthWeight }));
        continue;
      }
      const piece = transliterated(written, ctx);
      if (piece === null) continue;
      const noun = isCapitalised(question, t.start, piece) || isYear(piece) || (lowerCase && (lowerCaseNoun(piece, previousOf.get(t), ctx) || capitalisedInCorpus(piece, ctx))) || (question.slice(0, t.start).trim().length === 0 && firstWordNoun(piece, nextOf.get(t), ctx));
      const concept = wordConcept(piece, ctx, noun);
      if (!concept) continue;
      // "In welcher Funktion …": the noun after the question word names the kind of answer; when the corpus does
      // not use it, it is no missing topic.
      if (t === framing && !ctx.known(concept.alts[0]!.term)) concept.framing = true;
      // A word of a listed name ("Europäischen Union"): the name's short forms ("EU") name all of it; the word's own
      // synonyms do not ("Union" is no CDU there).
      const shortForms = names.get(t);
      if (shortForms) {
        const own = concept.alts.filter((a, k) => k === 0 || a.part);
        concept.alts.splice(0, concept.alts.length, ...own.filter((a) => !shortForms.includes(a.term)), ...shortForms.map((term) => makeAlternative(term, 1)));
      }
      concepts.push(concept);
    }
  }
  return concepts;
}

/**
 * English phrases of the domain glossary among the question's words (glossaryPhraseConcept): the first token of each
 * maps to its concept, the others to null (taken).
 */
function englishPhrases(tokens: ReturnType<Analyzer["tokens"]>, ctx: ParseContext): Map<(typeof tokens)[number], Concept | null> {
  const out = new Map<(typeof tokens)[number], Concept | null>();
  const raws = tokens.map((t) => t.raw);
  const lower = raws.map((r) => r.toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    const found = glossaryPhraseConcept(raws, lower, i, ctx);
    if (!found) continue;
    out.set(tokens[i]!, found.concept);
    for (let k = 1; k < found.length; k++) out.set(tokens[i + k]!, null);
    i += found.length - 1;
  }
  return out;
}

/** The token right after "welche(r/s/m/n)" or "wie viele" in the question's first words, and which of them it follows. */
function afterQuestionWord(tokens: ReturnType<Analyzer["tokens"]>): { token: (typeof tokens)[number]; welche: boolean; precise?: (typeof tokens)[number] } | null {
  for (let i = 0; i < Math.min(tokens.length - 1, 4); i++) {
    const w = foldWord(tokens[i]!.raw);
    const welche = /^welche[mnrs]?$/.test(w);
    if (welche || (w === "wie" && isQuantifier(foldWord(tokens[i + 1]!.raw)))) {
      // "An welchem genauen Datum …": the noun after the adjective.
      const at = welche && PRECISE_WORD.test(foldWord(tokens[i + 1]?.raw ?? "")) ? i + 2 : welche ? i + 1 : i + 2;
      const token = tokens[at];
      return token ? { token, welche, precise: at === i + 2 && welche ? tokens[i + 1] : undefined } : null;
    }
  }
  return null;
}

/** The noun right after "welche(r/s/m/n)" or "wie viele": it names the kind of answer the question wants. */
function framingNoun(tokens: ReturnType<Analyzer["tokens"]>) {
  const asked = afterQuestionWord(tokens);
  return asked && /^\p{Lu}/u.test(asked.token.raw) ? asked.token : null;
}

/**
 * The word after "welche…" (and a "genauen" before it) when it asks for a time or a duration ({@link TIME_NOUNS},
 * {@link DURATION_NOUNS}), in any case; "Datum" in "Was ist das (genaue) Datum …", "Uhr" in "Um wie viel Uhr …", "Zeit"
 * in "Wie viel Zeit …".
 */
function timeNounAsked(tokens: ReturnType<Analyzer["tokens"]>): ReadonlySet<(typeof tokens)[number]> {
  // "Was ist das (genaue) Datum …": the date asked for (questionIntent.ts), no topic.
  const folded = tokens.map((t) => foldWord(t.raw));
  if (/^(?:was|wann)$/.test(folded[0] ?? "") && /^(?:ist|war)$/.test(folded[1] ?? "") && folded[2] === "das") {
    const at = PRECISE_WORD.test(folded[3] ?? "") ? 4 : 3;
    if (folded[at] === "datum") return new Set(tokens.slice(3, at + 1));
  }
  // "Um wie viel Uhr …": a time ("viel" is the quantifier's, quantityWord).
  // "Wie viel Zeit …": a duration, as "wie lange".
  const kind = folded.findIndex((w, k) => (w === "uhr" || w === "zeit") && folded[k - 1] === "viel" && folded[k - 2] === "wie");
  if (kind > 0) return new Set([tokens[kind]!]);
  const asked = afterQuestionWord(tokens);
  const noun = asked?.welche ? foldWord(asked.token.raw) : "";
  if (!asked || !(TIME_NOUNS.has(noun) || DURATION_NOUNS.has(noun))) return new Set();
  return new Set(asked.precise ? [asked.token, asked.precise] : [asked.token]);
}

/** "genau(e/en/em/er/es)", "exakt(e/…)" between "welche…" and its noun (questionIntent.ts `PRECISE`). */
const PRECISE_WORD = new RegExp(`^${PRECISE}$`);

/**
 * "viele" in "wie viele", "vielfache" in "das Wievielfache", "lange" in "wie lange" (query.ts spaces the glued forms);
 * else null.
 */
function quantityWord(tokens: ReturnType<Analyzer["tokens"]>) {
  const i = tokens.findIndex((t, k) => k > 0 && IS_QUESTION_QUANTIFIER.test(foldWord(t.raw)) && foldWord(tokens[k - 1]!.raw) === "wie");
  return i > 0 ? tokens[i]! : null;
}

/**
 * "Rolle(n)" after "welche" and the verb "spielen" of the question ("Welche Rolle spielt/spielte/hat … gespielt"), in
 * lower case (the noun "Spielen" stays); none when the question has no such verb ("In welcher Rolle trat X auf?").
 */
function roleAsked(tokens: ReturnType<Analyzer["tokens"]>): ReadonlySet<(typeof tokens)[number]> {
  const asked = afterQuestionWord(tokens);
  if (!asked?.welche || !/^rollen?$/.test(foldWord(asked.token.raw))) return new Set();
  const verbs = tokens.filter((t) => /^\p{Ll}/u.test(t.raw) && PLAY_FORMS.has(t.raw));
  return verbs.length > 0 ? new Set([asked.token, ...verbs]) : new Set();
}

/** The forms of "spielen" in "Welche Rolle spielt …" (folded). */
const PLAY_FORMS = new Set(["spielt", "spielte", "spielten", "spielen", "gespielt", "spiele"]);
