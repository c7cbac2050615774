/**
 * Ding (Frank Richter, TU Chemnitz; GPL-2.0-or-later) → en-de.tsv: English keys with ranked German translations.
 * The format and the ranking are described in compile.ts.
 */
import { MAX_TRANSLATIONS } from "./lineFormats.js";
import { compareStrings, isShortTerm, removeGroups, splitTopLevel } from "./compileText.js";

/** Translations scoring below this fraction of the key's best translation are dropped. */
const MIN_RELATIVE_SCORE = 0.1;

/** One alternative of a Ding sub-entry: its text without annotations, plus its `[]` tags and `{}` grammar. */
export interface DingAlternative {
  text: string;
  tags: string[];
  grammar: string[];
}

/** German "jdn." / "etw." and English "sb." / "sth." placeholders, alone or joined by slashes. */
const GERMAN_PLACEHOLDER = /^(?:jd[mns]?\.|etw\.)(?:\/(?:jd[mns]?\.|etw\.))*$/;
const ENGLISH_PLACEHOLDER = /^(?:sb\.|sth\.)(?:'s)?(?:\/(?:sb\.|sth\.)(?:'s)?)*$/;

export function parseDingAlternative(raw: string, language: "de" | "en"): DingAlternative {
  const tags: string[] = [];
  const grammar: string[] = [];
  let s = raw.replace(/[’‘]/g, "'");
  s = removeGroups(s, "[", "]", tags);
  s = removeGroups(s, "{", "}", grammar);
  s = removeGroups(s, "(", ")");
  s = removeGroups(s, "<", ">");
  let words = s.split(/\s+/).filter((w) => w !== "");
  if (language === "en") words = words.filter((w) => !ENGLISH_PLACEHOLDER.test(w));
  else {
    // "etw. aushandeln", "sich jdm. anschließen": leading placeholders go; "sich gegen etw. stellen" is unusable.
    while (words.length > 1 && (GERMAN_PLACEHOLDER.test(words[0]!) || words[0] === "sich")) words = words.slice(1);
    if (words.some((w) => GERMAN_PLACEHOLDER.test(w))) words = [];
  }
  return { text: words.join(" "), tags, grammar };
}

const OBSOLETE_OR_RARE = new Set([
  "obs.", "veraltet", "archaic", "altertümlich", "dated", "veraltend", "becoming dated", "rare", "selten",
  "poet.", "former name", "frühere Bezeichnung", "alt",
]);
const REGIONAL = new Set([
  "Ös.", "Schw.", "Bayr.", "Süddt.", "Norddt.", "Mitteldt.", "Westdt.", "Ostdt.", "BW", "Südtirol", "Sachsen",
  "Westös.", "Nordostdt.", "Nordwestdt.", "Mittelwestdt.", "Mittelostdt.", "Austr.", "NZ", "Sc.", "Ir.", "Can.",
  "Northern English", "Ind.", "South African", "SAfr.",
]);
const COLLOQUIAL = new Set([
  "ugs.", "coll.", "slang", "vulg.", "pej.", "humor.", "iron.", "euphem.", "Kindersprache", "children's speech",
  "Jugendsprache", "Jägersprache", "hunters' parlance",
]);
const NEUTRAL = new Set(["Br.", "Am.", "Dt.", "eAm.", "eBr.", "tm", "mass noun"]);
const FIGURATIVE_OR_FORMAL = new Set(["übtr.", "fig.", "geh.", "formal"]);
/** Subjects of everyday news: no penalty. Every other subject ("[zool.]", "[techn.]") marks a special sense. */
const GENERAL_SUBJECTS = new Set(["pol.", "econ.", "fin.", "mil.", "jur.", "adm.", "soc.", "geogr.", "sport", "hist.", "envir.", "transp."]);

/** How general an alternative is, from its `[]` tags: 1 for unmarked, less for rare, regional, slang or special. */
export function tagWeight(tags: readonly string[]): number {
  let weight = 1;
  let subject = false;
  for (const raw of tags) {
    const tag = raw.replace(/[’‘]/g, "'");
    if (NEUTRAL.has(tag) || GENERAL_SUBJECTS.has(tag)) continue;
    if (OBSOLETE_OR_RARE.has(tag)) weight *= 0.3;
    else if (REGIONAL.has(tag)) weight *= 0.4;
    else if (COLLOQUIAL.has(tag)) weight *= 0.5;
    else if (FIGURATIVE_OR_FORMAL.has(tag)) weight *= 0.75;
    else subject = true;
  }
  return subject ? weight * 0.85 : weight;
}

function inflects(x: string, w: string): boolean {
  if (x === w) return true;
  const last = w[w.length - 1] ?? "";
  const candidates = [
    `${w}s`, `${w}es`, `${w}ed`, `${w}d`, `${w}ing`, `${w}'s`, `${w}${last}ed`, `${w}${last}ing`,
    `${w.replace(/e$/, "")}ing`, `${w.replace(/y$/, "i")}es`, `${w.replace(/y$/, "i")}ed`,
  ];
  return candidates.includes(x);
}

/**
 * True when `form` is a regular English inflection of `base`: of its last word ("peace treaties" of
 * "peace treaty"), of its first word ("gives up" of "give up"), or of the verb a verbal phrase starts with
 * ("accommodates" of "accommodate yourself to").
 */
export function isRegularInflection(form: string, base: string): boolean {
  if (form === base) return true;
  const f = form.split(" ");
  const b = base.split(" ");
  if (f.length === 1) return b.length === 1 ? inflects(f[0]!, b[0]!) : f[0] !== b[0] && inflects(f[0]!, b[0]!);
  if (f.length !== b.length) return false;
  const n = f.length;
  if (f.slice(0, -1).join(" ") === b.slice(0, -1).join(" ") && inflects(f[n - 1]!, b[n - 1]!)) return true;
  return f.slice(1).join(" ") === b.slice(1).join(" ") && inflects(f[0]!, b[0]!);
}

const ABBREVIATION = / \/[^/|:\s][^/|:]{0,30}\/(?=[\s;|]|$)/g;
const VERB_GRAMMAR = /^(?:vt|vi|vr|v)(?:[;,]|$)/;

interface Candidate {
  score: number;
  count: number;
  first: number;
}

/** English key → German translation → accumulated score. */
export type TranslationScores = Map<string, Map<string, Candidate>>;

/** Adds the pairs of one Ding line to `scores`. `lineNo` is only used as a tie-breaker (earlier first). */
export function addDingLine(line: string, lineNo: number, scores: TranslationScores): void {
  if (line.startsWith("#") || line.trim() === "") return;
  // Abbreviations between slashes, which may hold ";": "Sauerstoff {m} /O/", "government /Gov.; Govt./".
  const sides = line.replace(ABBREVIATION, "").split(" :: ");
  if (sides.length !== 2) return;
  let deSubs = splitTopLevel(sides[0]!, "|");
  let enSubs = splitTopLevel(sides[1]!, "|");
  if (deSubs.length !== enSubs.length) {
    deSubs = deSubs.slice(0, 1);
    enSubs = enSubs.slice(0, 1);
  }
  const deParsed = deSubs.map((sub) => splitTopLevel(sub, ";").map((alt) => parseDingAlternative(alt, "de")));
  const enParsed = enSubs.map((sub) => splitTopLevel(sub, ";").map((alt) => parseDingAlternative(alt, "en")));
  const headVerb = deParsed[0]!.some((alt) => alt.grammar.some((g) => VERB_GRAMMAR.test(g)));
  const headKeys = enParsed[0]!.map((alt) => englishKey(alt.text, headVerb)).filter((k): k is string => k !== null);

  deParsed.forEach((deAlts, i) => {
    const enAlts = enParsed[i]!;
    const verbal =
      (i === 0 && headVerb) ||
      deAlts.some((alt) => alt.grammar.some((g) => VERB_GRAMMAR.test(g))) ||
      deAlts.every((alt) => /(?:^|\s)\p{Ll}+n$/u.test(alt.text));
    const subWeight = i === 0 ? 1 : 0.35;
    enAlts.forEach((en, ePos) => {
      const key = englishKey(en.text, verbal);
      if (key === null) return;
      // Plurals and -ing/-ed forms repeat the headword; the engine lemmatises English itself.
      if (i > 0 && headKeys.some((head) => head !== key && isRegularInflection(key, head))) return;
      const enWeight = tagWeight(en.tags) / (1 + 0.5 * ePos);
      deAlts.forEach((de, gPos) => {
        if (!isShortTerm(de.text)) return;
        const score = subWeight * enWeight * (tagWeight(de.tags) / (1 + 0.5 * gPos));
        let byGerman = scores.get(key);
        if (byGerman === undefined) {
          byGerman = new Map();
          scores.set(key, byGerman);
        }
        const c = byGerman.get(de.text);
        if (c === undefined) byGerman.set(de.text, { score, count: 1, first: lineNo });
        else {
          c.score += score;
          c.count++;
        }
      });
    });
  });
}

/** The lookup key of an English alternative, or null when it is not a short term. "to deal" → "deal". */
export function englishKey(text: string, verbal: boolean): string | null {
  let key = text.toLowerCase();
  if (verbal && key.startsWith("to ") && key.length > 3) key = key.slice(3);
  return isShortTerm(key) ? key : null;
}

/**
 * How many Ding lines use each German word (lower case) anywhere on their German side, examples and compounds'
 * phrases included: a stand-in for how common the word is, which Ding does not record. "sagen" is in hundreds of
 * lines, "negoziieren" in one.
 */
export function germanWordCounts(dingText: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of dingText.split("\n")) {
    if (line.startsWith("#")) continue;
    const de = line.split(" :: ")[0]!;
    for (const w of new Set(de.toLowerCase().match(/\p{L}+/gu) ?? [])) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/** A German term's prior from word counts: log-scaled; a phrase counts as its rarest word, halved. */
export function germanPrior(term: string, counts: ReadonlyMap<string, number>): number {
  const words = term.toLowerCase().match(/\p{L}+/gu) ?? [];
  let min = Number.POSITIVE_INFINITY;
  for (const w of words) if (w.length > 3 || words.length === 1) min = Math.min(min, counts.get(w) ?? 0);
  if (!Number.isFinite(min)) min = 0;
  return Math.log2(2 + min) * (words.length > 1 ? 0.5 : 1);
}

/**
 * German translations of each key, best first, at most MAX_TRANSLATIONS. A key of several words is kept only
 * when one of its translations is a single word ("steam engine" → "Dampfmaschine"): a phrase translated by a
 * phrase ("inclined fold" → "geneigte Falte") is what word-by-word translation gives anyway.
 */
export function rankTranslations(scores: TranslationScores, prior: (german: string) => number = () => 1): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, byGerman] of scores) {
    const ranked = [...byGerman.entries()]
      .map(([german, c]) => ({ german, score: c.score * prior(german), count: c.count, first: c.first }))
      .sort((a, b) => {
        if (b.score !== a.score) return b.score - a.score;
        const wa = a.german.split(" ").length;
        const wb = b.german.split(" ").length;
        if (wa !== wb) return wa - wb;
        if (b.count !== a.count) return b.count - a.count;
        if (a.first !== b.first) return a.first - b.first;
        return compareStrings(a.german, b.german);
      });
    const best = ranked[0]!.score;
    // Case variants ("Golf"/"golf") and exact repeats collapse to the better one.
    const seen = new Set<string>();
    const list: string[] = [];
    for (const { german, score } of ranked) {
      if (score < best * MIN_RELATIVE_SCORE || list.length >= MAX_TRANSLATIONS) break;
      const lower = german.toLowerCase();
      if (seen.has(lower)) continue;
      seen.add(lower);
      list.push(german);
    }
    if (key.includes(" ") && list.every((g) => g.includes(" "))) continue;
    out.set(key, list);
  }
  return out;
}

export function compileEnglishGerman(dingText: string): Map<string, string[]> {
  const scores: TranslationScores = new Map();
  dingText.split("\n").forEach((line, i) => {
    addDingLine(line, i, scores);
  });
  const counts = germanWordCounts(dingText);
  return rankTranslations(scores, (german) => germanPrior(german, counts));
}

export function dingVersion(dingText: string): string {
  const m = /^# Version :: (.+)$/m.exec(dingText.slice(0, 2000));
  return m ? m[1]!.trim() : "unknown version";
}
